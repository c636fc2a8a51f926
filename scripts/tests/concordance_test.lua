local concordance = require("concordance")

describe("concordance", function()
  local seed = corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true })

  it("finds a Traditional term from its Simplified form, with context", function()
    local hits = concordance.analyse(seed, "储能", 6)
    assert.equal(3, #hits)
    assert.equal("儲能", hits[1].match)
    assert.equal("0MWh", hits[1].left:sub(-4))
    for _, h in ipairs(hits) do assert.truthy(utf8.len(h.left) <= 6 and utf8.len(h.right) <= 6) end
  end)

  it("counts every occurrence in the sample corpus", function()
    local c = corpus.load(dossier.sample, { quiet = true })
    local expected = 0
    for a in c:each() do
      for _, form in ipairs({ "储能", "儲能" }) do
        local from = 1
        while true do
          local s, e = a.text:find(form, from, true)
          if not s then break end
          expected, from = expected + 1, e + 1
        end
      end
    end
    assert.equal(expected, #concordance.analyse(c, "儲能", 10))
  end)
end)
