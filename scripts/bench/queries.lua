-- Query benchmark body: loads a corpus, builds the search index, then times searches, KWIC
-- and word frequencies. Writes the queries to QUERIES (one a line) for ripgrep to run the same
-- ones. Run by scripts/bench-queries.sh.
--   dossier scripts/bench/queries.lua FOLDER QUERIES [N]
local folder = assert(arg[1], "usage: dossier scripts/bench/queries.lua FOLDER QUERIES [N]")
local queries_path = assert(arg[2], "usage: dossier scripts/bench/queries.lua FOLDER QUERIES [N]")
local query_count = tonumber(arg[3]) or 100

local memory = require("memory")

local function median(values)
  local sorted = {}
  for i, v in ipairs(values) do sorted[i] = v end
  table.sort(sorted)
  return sorted[(#sorted + 1) // 2], sorted[math.ceil(#sorted * 0.9)], sorted[#sorted]
end

local function timed(fn)
  local start = dossier.clock()
  local result = fn()
  return (dossier.clock() - start) * 1000, result
end

local baseline = memory.resident()
local load_ms, c = timed(function() return corpus.load(folder, { quiet = true }) end)
for a in c:each() do local _ = a.title end
local mb = c.report.bytes / 1048576
local loaded = memory.resident() - baseline
print(string.format("corpus        %d articles, %.1f MB of text, loaded in %.1f s", #c, mb, load_ms / 1000))

local index = c:index()
local indexed = memory.resident() - baseline
print(string.format("index build   %.2f s   %.1f M characters, %d character pairs", index.seconds, index.characters / 1e6, index.pairs))
print(string.format("memory        corpus %.0f MB = %.2fx the text; index %.0f MB = %.2fx; together %.0f MB = %.2fx (target: under 4x)",
  loaded, loaded / mb, index.bytes / 1048576, index.bytes / 1048576 / mb, indexed, indexed / mb))

local articles = c:articles()
local queries = require("sample_queries")(articles, query_count)
local out = assert(io.open(queries_path, "w"))
out:write(table.concat(queries, "\n"), "\n")
out:close()

local times, hits = {}, {}
for i, q in ipairs(queries) do
  times[i], hits[i] = timed(function() return #c:search(q) end)
end
local m, p90, max = median(times)
local hm, hp90, hmax = median(hits)
print(string.format("search        median %.2f ms, 90th %.2f ms, slowest %.2f ms over %d queries (target: median under 10 ms)",
  m, p90, max, #queries))
print(string.format("              hits per query: median %d, 90th %d, most %d", hm, hp90, hmax))

local first_screen = {}
for i, q in ipairs(queries) do
  first_screen[i] = timed(function()
    local k = c:kwic(q)
    for j = 1, math.min(#k, 50) do local _ = k[j].left end
  end)
end
print(string.format("kwic          median %.2f ms to the first 50 lines", (median(first_screen))))
local typical = queries[1]
for i, q in ipairs(queries) do if hits[i] == hm then typical = q end end
local all_ms, lines = timed(function()
  local k = c:kwic(typical)
  for j = 1, #k do local _ = k[j].left end
  return #k
end)
print(string.format("              every line of a median query: %d lines in %.1f ms", lines, all_ms))

-- Two terms in one sentence (c:search{all = …}): pairs of 2 to 3 characters cut from one
-- random sentence each, written to QUERIES.pairs for ripgrep (one search piped into another).
local pairs_asked = {}
while #pairs_asked < query_count do
  local a = articles[math.random(#articles)]
  local sentences = a.sentences
  local s = #sentences > 0 and sentences[math.random(#sentences)].text or ""
  local chars = {}
  for _, cp in utf8.codes(s) do if cp >= 0x3400 and cp <= 0x9FFF then chars[#chars + 1] = cp end end
  if #chars >= 12 then
    local i, j = math.random(1, #chars // 2 - 3), math.random(#chars // 2, #chars - 2)
    pairs_asked[#pairs_asked + 1] = { utf8.char(chars[i], chars[i + 1]), utf8.char(chars[j], chars[j + 1], chars[j + 2]) }
  end
end
local pair_times, pair_hits = {}, {}
for i, pair in ipairs(pairs_asked) do
  pair_times[i], pair_hits[i] = timed(function() return #c:search({ all = pair }) end)
end
local pm, pp90, pmax = median(pair_times)
print(string.format("two terms     median %.2f ms, 90th %.2f ms, slowest %.2f ms over %d sentence queries (target: median under 20 ms)",
  pm, pp90, pmax, #pairs_asked))
print(string.format("              sentences per query: median %d", (median(pair_hits))))
local pairs_out = assert(io.open(queries_path .. ".pairs", "w"))
for _, pair in ipairs(pairs_asked) do pairs_out:write(pair[1], "\t", pair[2], "\n") end
pairs_out:close()

-- Regular expressions (RE2) over every article's text, written to QUERIES.grep for ripgrep.
-- The second pattern makes a backtracking engine run for ever.
local patterns = { "[0-9]+(\\.[0-9]+)?[億亿]元", "(.*.*)*z", "\\p{Han}{2}[市区區县縣]" }
for _, pattern in ipairs(patterns) do
  local ms, n = timed(function() return #c:grep(pattern) end)
  print(string.format("grep          %-26s %7d hits in %6.1f ms", pattern, n, ms))
end
local grep_out = assert(io.open(queries_path .. ".grep", "w"))
grep_out:write(table.concat(patterns, "\n"), "\n")
grep_out:close()

local words_ms, words = timed(function() return c:freq() end)
print(string.format("word freq     %.1f s for %d distinct words (%.1f MB/s, segmentation included)", words_ms / 1000, #words,
  mb / (words_ms / 1000)))
local again_ms = timed(function() return c:freq() end)
print(string.format("              %.2f s the second time (words kept per article)", again_ms / 1000))
