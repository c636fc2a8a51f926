-- Globals as busted scopes them: a test's own are gone for the next test, a describe's are
-- seen by its tests only, hooks' and the file's by all. TestRunnerTests runs this file under
-- Debian's busted and dossier test.
file_global = "file"
describe("a", function()
  in_describe = "describe"
  before_each(function() from_hook = "hook" end)
  setup(function() from_setup = "setup" end)
  it("sees hook global", function() assert.are.equal("hook", from_hook) end)
  it("sees setup global", function() assert.are.equal("setup", from_setup) end)
  it("sees describe and file globals", function() assert.are.equal("describe", in_describe); assert.are.equal("file", file_global) end)
  it("sets", function() set_in_test = 2; rawset(_G, "raw_set", 3) end)
  it("reads test global", function() assert.are.equal(2, set_in_test) end)
  it("reads rawset global", function() assert.are.equal(3, raw_set) end)
end)
describe("b", function()
  it("reads a's describe global", function() assert.are.equal("describe", in_describe) end)
end)
