describe("broken", function()
  it("has a syntax error", function( end)
end)
