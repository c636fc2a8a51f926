local cooccurrence = require("cooccurrence")

describe("who appears with whom", function()
  local c = corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true })

  it("pairs everyone named in the seed report", function()
    local rows = cooccurrence.analyse(c)
    -- everyone in one article: n * (n - 1) / 2 pairs, each seen once
    local n = #c[1]:people()
    assert.is_true(n >= 6)
    assert.equal(n * (n - 1) // 2, #rows)
    for _, row in ipairs(rows) do
      assert.equal(1, row.articles)
      assert.truthy(row.a < row.b)
    end
  end)

  it("keeps the pairs of one person", function()
    local rows = cooccurrence.analyse(c, "盧東亮")
    assert.equal(#c[1]:people() - 1, #rows)
    local partners = {}
    for _, row in ipairs(rows) do partners[row.a == "盧東亮" and row.b or row.a] = true end
    assert.is_true(partners["衛繼周"])
    assert.same(rows, cooccurrence.analyse(c, "卢东亮"), "either script names the person")
  end)
end)
