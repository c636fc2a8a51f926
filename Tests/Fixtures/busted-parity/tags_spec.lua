-- Tags as busted reads them (#word in a describe's or a test's name); TestRunnerTests runs this
-- file under Debian's busted and dossier test with --tags money --exclude-tags slow.
describe("figures #money", function()
  it("sums yuan", function() assert.are.equal(3, 1 + 2) end)
  it("sums a long series #slow", function() assert.is_true(true) end)
  it("fails on purpose", function() assert.are.equal(1, 2) end)
end)

describe("people", function()
  it("finds names #money-laundering", function() assert.is_true(true) end)
  it("finds donors #money", function() assert.is_true(true) end)
  it("is untagged", function() assert.is_true(true) end)
end)
