-- Search queries for the benchmarks: 2 to 4 Han characters cut at random from random
-- paragraphs (seeded, so every run, every corpus form and ripgrep get the same ones).
return function(articles, count)
  math.randomseed(7)
  local queries = {}
  while #queries < count do
    local a = articles[math.random(#articles)]
    local p = a.paragraphs[math.random(#a.paragraphs)]
    local chars = {}
    for _, cp in utf8.codes(p) do chars[#chars + 1] = cp end
    local n = math.random(2, 4)
    if #chars >= n then
      local from = math.random(#chars - n + 1)
      local q = utf8.char(table.unpack(chars, from, from + n - 1))
      if not q:find("[%z\1-\127]") and not q:find("[，。、“”：；（）《》！？]") then queries[#queries + 1] = q end
    end
  end
  return queries
end
