describe("upvalues", function()
  local list = {}
  for i = 1, 3 do
    it("generated " .. i, function() list[#list + 1] = i; assert.are.equal(i, #list) end)
  end
  it("saw all", function() assert.same({ 1, 2, 3 }, list) end)
end)
describe("insulate and expose", function()
  insulate("insulated", function()
    shared_value = "inside"
    it("sees it", function() assert.are.equal("inside", shared_value) end)
  end)
  it("does not see it", function() assert.is_nil(shared_value) end)
  expose("exposed", function()
    exposed_value = "out"
    it("sees it", function() assert.are.equal("out", exposed_value) end)
  end)
  it("sees the exposed value", function() assert.are.equal("out", exposed_value) end)
end)
describe("describe body error", function()
  it("before", function() end)
  error("body broke")
end)
