describe("runaway", function()
  it("never ends", function() while true do end end)
  it("runs after the runaway one", function() assert.equal(1, 1) end)
end)
