-- Opens a store in a fresh process: how long it takes and what it adds to resident memory
-- (target: 0.5 s and 200 MB), its first search, a filter on a stored column against the same
-- filter as a predicate, and counts of its people. Run by scripts/bench-store.sh.
local store = assert(arg[1], "usage: dossier scripts/bench/store_open.lua STORE")
local memory = require("memory")
local before = memory.resident()
local start = dossier.clock()
local c = corpus.open(store)
local seconds = dossier.clock() - start
print(string.format("open (fresh process) %.2f s, %d articles, resident +%.0f MB (targets 0.5 s, 200 MB)", seconds, #c,
  memory.resident() - before))
local resident = memory.resident()
start = dossier.clock()
local hits = #c:search("项目")
print(string.format("first search (fresh process) %.2f s for %d hits of 项目, resident +%.0f MB more", dossier.clock() - start, hits,
  memory.resident() - resident))

local function timed(fn)
  local begin = dossier.clock()
  local result = fn()
  return result, dossier.clock() - begin
end
-- a filter on a stored column (one query) against the same filter as a predicate, which reads
-- every article's row; then counts made from the stored records
local source = c[1].source
local pushed, pushed_seconds = timed(function() return #c:filter("source", source) end)
local asked, asked_seconds = timed(function() return #c:filter(function(a) return a.source == source end) end)
print(string.format("filter     c:filter(\"source\", …) %.2f s for %d articles; the same as a predicate %.2f s (%d)",
  pushed_seconds, pushed, asked_seconds, asked))
local names, freq_seconds = timed(function() return #c:freq({ by = "people" }) end)
local pairs_found, cooccur_seconds = timed(function() return #c:cooccur("people") end)
print(string.format("records    c:freq{by = \"people\"} %.2f s (%d names), then c:cooccur(\"people\") %.2f s (%d pairs; the records already read)",
  freq_seconds, names, cooccur_seconds, pairs_found))
-- the home place, which an article finds from its places, dateline and source: the stored
-- column against finding it for every article (last, since that reads every text)
local place = c[1].place and c[1].place.name or "太原市"
local pushed_places, pushed_place_seconds = timed(function() return #c:filter("place", place) end)
local asked_places, asked_place_seconds = timed(function()
  return #c:filter(function(a) return a.place ~= nil and a.place.name == place end)
end)
print(string.format("filter     c:filter(\"place\", …) %.2f s for %d articles; the same as a predicate %.2f s (%d)",
  pushed_place_seconds, pushed_places, asked_place_seconds, asked_places))
