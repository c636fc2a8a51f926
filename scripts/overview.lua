#!/usr/bin/env dossier
-- What a corpus holds: articles, dates covered, sources, places, the most quoted terms,
-- and what cleaning had to do.
--   dossier -c CORPUS scripts/overview.lua [--top N]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/overview.lua [--top N]
Articles, dates covered, sources, places, most quoted terms, cleaning counts.
Without -c it reads the bundled sample corpus.]]

function M.analyse(c, top)
  local result = { articles = #c, first = nil, last = nil, undated = 0, cleaning = { pinyin = 0, boilerplate = 0, damaged = 0 } }
  local sources, places, terms = {}, {}, {}
  for a in c:each() do
    if a.date then
      if not result.first or a.date < result.first then result.first = a.date end
      if not result.last or a.date > result.last then result.last = a.date end
    else
      result.undated = result.undated + 1
    end
    local source = a.source or "(unknown)"
    sources[source] = (sources[source] or 0) + 1
    for _, p in ipairs(a:places()) do places[p.name] = (places[p.name] or 0) + 1 end
    for _, t in ipairs(a:terms()) do terms[t.text] = (terms[t.text] or 0) + t.count end
    local cleaning = a.cleaning
    for k in pairs(result.cleaning) do result.cleaning[k] = result.cleaning[k] + cleaning[k] end
  end
  result.sources = common.ranked(sources, top)
  result.places = common.ranked(places, top)
  result.terms = common.ranked(terms, top)
  return result
end

function M.main(args)
  local opts = common.options(args, { top = 10 }, M.usage)
  local r = M.analyse(common.corpus(), opts.top)
  print(string.format("%d articles, %s to %s (%d undated)", r.articles, r.first or "?", r.last or "?", r.undated))
  print(string.format("cleaning: %d pinyin annotations, %d boilerplate lines, %d damaged spans",
    r.cleaning.pinyin, r.cleaning.boilerplate, r.cleaning.damaged))
  for _, section in ipairs({ { "sources", r.sources }, { "places", r.places }, { "quoted terms", r.terms } }) do
    print("\n" .. section[1])
    print(inspect(section[2], { columns = { "key", "count" } }))
  end
end

if common.is_main("overview") then M.main(arg) end
return M
