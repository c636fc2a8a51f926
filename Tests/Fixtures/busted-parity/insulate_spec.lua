-- insulate undoes what its block does to globals and package.loaded. TestRunnerTests runs
-- this file under Debian's busted and dossier test.
insulate("an insulated block", function()
  it("sets a global and loads a module", function()
    counted_projects = 47
    package.loaded["made.up"] = { figures = true }
    assert.are.equal(47, counted_projects)
  end)
end)

describe("after it", function()
  it("sees neither", function()
    assert.is_nil(counted_projects)
    assert.is_nil(package.loaded["made.up"])
  end)
end)
