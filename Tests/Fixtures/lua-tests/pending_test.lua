describe("pending work", function()
  pending("timeline by week")
  it("passes", function() assert.is_true(true) end)
end)
