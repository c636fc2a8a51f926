local overview = require("overview")

describe("overview of the sample corpus", function()
  local c = corpus.load(dossier.sample, { quiet = true })
  local r = overview.analyse(c, 100)

  it("counts articles and the dates they cover", function()
    local first, last = "9999", "0000"
    for a in c:each() do
      if a.date < first then first = a.date end
      if a.date > last then last = a.date end
    end
    assert.equal(#c, r.articles)
    assert.equal(first, r.first)
    assert.equal(last, r.last)
    assert.equal(0, r.undated)
  end)

  it("ranks the quoted terms, the seed's slogan among them", function()
    local found
    for i, t in ipairs(r.terms) do
      if i > 1 then assert.truthy(r.terms[i - 1].count >= t.count) end
      if t.key == "三個一批" then found = t end
    end
    assert.is_not_nil(found)
    assert.truthy(found.count >= 6)
  end)

  it("adds up the cleaning of every article", function()
    local pinyin = 0
    for a in c:each() do pinyin = pinyin + a.cleaning.pinyin end
    assert.equal(pinyin, r.cleaning.pinyin)
    assert.equal(2, r.cleaning.damaged)
  end)
end)
