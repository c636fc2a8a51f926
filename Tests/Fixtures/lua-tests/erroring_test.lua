describe("errors", function()
  it("raises", function() error("something broke") end)
  it("indexes nil", function() local t = nil; return t.field end)
end)
