local figures = require("figures")

describe("money and quantities", function()
  local c = corpus.load(dossier.sample, { quiet = true })
  local r = figures.analyse(c)

  it("totals the seed report's announced money", function()
    local seed
    for _, a in ipairs(r.articles) do if a.title:find("三個一批", 1, true) then seed = a end end
    assert.is_not_nil(seed)
    assert.equal(9975400000 + 4996000000, seed.yuan)
    assert.equal("大同市", seed.place)  -- the gazetteer's name for the 大同 the report names
  end)

  it("ranks articles by money, and places add up to the same total", function()
    local by_article, by_place = 0, 0
    for i, a in ipairs(r.articles) do
      if i > 1 then assert.truthy(r.articles[i - 1].yuan >= a.yuan) end
      by_article = by_article + a.yuan
    end
    for _, p in ipairs(r.places) do by_place = by_place + p.count end
    assert.near(by_article, by_place, 1)
  end)

  it("counts a county's money for its city", function()
    local cities = {}
    for a in c:each() do
      for _, p in ipairs(a:places()) do
        if p.city then cities[p.city] = true end
        if p.level == "province" then cities[p.name] = true end
      end
    end
    assert.truthy(#r.places > 0)
    for _, p in ipairs(r.places) do
      assert.truthy(cities[p.key], p.key .. " is a city or province")
    end
  end)

  it("sums only the figures a label names when asked", function()
    local invested = figures.analyse(c, "总投资")
    local all, only = 0, 0
    for _, a in ipairs(r.articles) do all = all + a.yuan end
    for _, a in ipairs(invested.articles) do only = only + a.yuan end
    assert.truthy(only > 0 and only < all)
    local direct = c:numbers():filter("label", "总投资"):filter("currency", "CNY"):sum("value")
    assert.equal(direct, only)
  end)

  it("sums the seed's 200MW and 800MWh among the quantities", function()
    local units = {}
    for _, q in ipairs(r.quantities) do units[q.key] = q.count end
    assert.truthy(units.MW >= 200 and units.MWh >= 800)
    assert.truthy(units["噸"] >= 3000)
  end)
end)
