local ledger = {}
ledger.__index = ledger
function ledger.new(name) return setmetatable({ name = name, entries = {} }, ledger) end
function ledger:add(amount, what)
  if type(amount) ~= "number" then error("amount must be a number, got " .. type(amount), 2) end
  self.entries[#self.entries + 1] = { amount = amount, what = what }
  return #self.entries
end
function ledger:total() local s = 0 for _, e in ipairs(self.entries) do s = s + e.amount end return s end
function ledger:notify(f) for _, e in ipairs(self.entries) do f(e.what, e.amount) end end
return ledger
