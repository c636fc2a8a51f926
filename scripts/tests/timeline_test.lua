local timeline = require("timeline")

describe("timeline of a term", function()
  local c = corpus.load(dossier.sample, { quiet = true })

  it("puts the seed's slogan in August 2024", function()
    local seed = corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true })
    local r = timeline.analyse(seed, "三个一批", "month")
    assert.same({ { period = "2024-08", count = 7 } }, { table.unpack(r.rows) })  -- six in the body, one in the title
    assert.equal(0, r.rows.undated)
  end)

  it("periods add up to the total and are in order", function()
    local r = timeline.analyse(c, "项目", "month")
    local sum = 0
    for i, row in ipairs(r.rows) do
      sum = sum + row.count
      if i > 1 then assert.truthy(r.rows[i - 1].period < row.period) end
    end
    assert.equal(r.total, sum + r.undated)
    assert.truthy(r.total > 0)
  end)

  it("by day keeps full dates", function()
    for _, row in ipairs(timeline.analyse(c, "项目", "day").rows) do
      assert.matches("^%d%d%d%d%-%d%d%-%d%d$", row.period)
    end
  end)
end)
