-- A busted output handler for the parity tests: one line per result, "status<TAB>full name",
-- for every test that ends and every hook, block or file that fails outside a test, as
-- busted's own TAP handler reports them.
return function(options)
  local busted = require("busted")
  local handler = require("busted.outputHandlers.base")()

  local function line(status, element)
    io.write(status, "\t", handler.getFullName(element), "\n")
    return nil, true
  end

  busted.subscribe({ "test", "end" }, function(element, _, status) return line(status, element) end,
                   { predicate = handler.cancelOnPending })
  for _, kind in ipairs({ "error", "failure" }) do
    busted.subscribe({ kind }, function(element)
      if element.descriptor ~= "it" then return line(kind, element) end
      return nil, true
    end)
  end
  return handler
end
