-- Checked against Debian's busted 2.1.1: TestRunnerTests runs this file under both and
-- compares each test's outcome (ok or not ok). Both passing and failing uses are here.
describe("spies", function()
  it("count calls and arguments", function()
    local s = spy.new(function(x) return x * 2 end)
    s(1); s(2)
    assert.spy(s).was.called(2)
    assert.spy(s).was.called_with(2)
    assert.spy(s).was_not.called_with(3)
  end)

  it("fail when not called as said", function()
    local s = spy.new(function() end)
    assert.spy(s).was.called(1)
  end)

  it("watch a method with spy.on", function()
    local t = { add = function(a, b) return a + b end }
    spy.on(t, "add")
    assert.are.equal(5, t.add(2, 3))
    assert.spy(t.add).was.returned_with(5)
  end)
end)

describe("stubs and mocks", function()
  it("stub a function and revert it", function()
    local t = { f = function() return 1 end }
    stub(t, "f").returns(5)
    assert.are.equal(5, t.f())
    assert.stub(t.f).was.called()
    t.f:revert()
    assert.are.equal(1, t.f())
  end)

  it("mock a table, stubbing it", function()
    local m = mock({ g = function() return 3 end }, true)
    assert.is_nil(m.g())
    assert.stub(m.g).was.called(1)
  end)

  it("fail on a stub never called", function()
    local t = { f = function() end }
    stub(t, "f")
    assert.stub(t.f).was.called()
  end)
end)

describe("matchers", function()
  it("match arguments by kind", function()
    local s = spy.new(function() end)
    s("abc", 3, { 1 })
    assert.spy(s).was.called_with(match._, match.is_number(), match.is_table())
  end)

  it("fail when no call matches", function()
    local s = spy.new(function() end)
    s("abc")
    assert.spy(s).was.called_with(match.is_number())
  end)
end)

describe("assert:register", function()
  local function has_property(_, arguments)
    return type(arguments[1]) == "table" and arguments[1][arguments[2]] ~= nil
  end
  assert:register("assertion", "has_property", has_property, "assertion.has_property.positive",
    "assertion.has_property.negative")

  it("adds an assertion", function()
    assert.has_property({ x = 1 }, "x")
    assert.is_not.has_property({ x = 1 }, "y")
  end)

  it("whose failure is a failure", function()
    assert.has_property({ x = 1 }, "y")
  end)
end)

describe("the core assertions", function()
  it("pass", function()
    assert.are.same({ 1, { 2 } }, { 1, { 2 } })
    assert.is_string("a")
    assert.has_error(function() error("boom") end)
    assert.error_matches(function() error("width must be positive") end, "positive")
    assert.is_true(1 < 2)
    assert.is_falsy(nil)
  end)

  it("fail with their own message", function()
    assert.are.equal(47, 46, "projects in August")
  end)
end)

describe("pending", function()
  pending("a test still to write")

  it("stops where it is called", function()
    pending("waiting for the July figures")
    error("not reached")
  end)
end)
