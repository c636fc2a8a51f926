local say = require("say")
local function has_key(state, arguments)
  return type(arguments[1]) == "table" and arguments[1][arguments[2]] ~= nil
end
say:set("assertion.has_key.positive", "Expected %s to have key %s")
say:set("assertion.has_key.negative", "Expected %s not to have key %s")
assert:register("assertion", "has_key", has_key, "assertion.has_key.positive", "assertion.has_key.negative")

describe("registered", function()
  it("passes", function() assert.has_key({ a = 1 }, "a") end)
  it("negated", function() assert.is_not.has_key({ a = 1 }, "b") end)
  it("fails", function() assert.has_key({ a = 1 }, "b") end)
  it("formatter", function()
    assert:add_formatter(function(v) if type(v) == "number" then return "#" .. v end end)
    assert.are.equal(1, 1)
  end)
end)
