-- Extraction benchmark body: c:extract on the corpus, records made in Lua, and linearity in
-- article size. Writes every article's text to TEXT for the anchor. Run by scripts/bench-extract.sh.
local folder, text_out, news_folder = assert(arg[1]), assert(arg[2]), assert(arg[3])
local memory = require("memory")

-- The share of a corpus's line bytes that repeat a line before them: the tagger tags each
-- distinct line once, so this much of its work is a look-up.
local function repeated_share(c)
  local seen, total, repeated = {}, 0, 0
  for a in c:each() do
    for line in a.text:gmatch("[^\n]+") do
      total = total + #line
      if seen[line] then repeated = repeated + #line else seen[line] = true end
    end
  end
  return total > 0 and repeated / total or 0
end

local c = corpus.load(folder, { quiet = true })
local mb = 0
local out = assert(io.open(text_out, "w"))
for a in c:each() do
  mb = mb + #a.text / 1048576
  out:write(a.text, "\n")
end
out:close()

-- the tagger's model, lexicon and segmenter load on first use: once, before any timing
corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true }):extract("people")

-- people and organisations first, so their time includes the tagging they share with places
local start = dossier.clock()
c:extract("people", "orgs")
local entities = dossier.clock() - start
start = dossier.clock()
c:extract("numbers", "dates", "places")
local extracted = dossier.clock() - start
local counts = {}
for _, kind in ipairs({ "numbers", "dates", "places" }) do
  local t = dossier.clock()
  local records = c[kind](c)
  counts[kind] = { n = #records, seconds = dossier.clock() - t }
end
local news = corpus.load(news_folder, { quiet = true })
local news_mb = 0
for a in news:each() do news_mb = news_mb + #a.text / 1048576 end
start = dossier.clock()
news:extract("people", "orgs")
local news_entities = dossier.clock() - start
print(string.format("corpus                   %d articles, %.1f MB of clean text, %.0f%% of it lines seen before",
  #c, mb, 100 * repeated_share(c)))
print(string.format("people+orgs (2 cores)    %.2f s   %6.1f MB/s   tagging included, each distinct line tagged once",
  entities, mb / entities))
print(string.format("  on news                %.2f s   %6.1f MB/s   (target: 10 MB/s)  %.1f MB, %.2f%% of it lines seen before",
  news_entities, news_mb / news_entities, news_mb, 100 * repeated_share(news)))
print(string.format("extract (2 cores)        %.2f s   %6.1f MB/s   (target: 20 MB/s)  numbers, dates and places, after tagging",
  extracted, mb / extracted))
for _, kind in ipairs({ "numbers", "dates", "places" }) do
  print(string.format("  c:%-8s as records   %.2f s   %9d records", kind .. "()", counts[kind].seconds, counts[kind].n))
end
print(string.format("peak resident            %.0f MB", memory.peak()))

-- One article of about `kb` KB from the seed's paragraphs with their figures varied, and the
-- seconds per MB its numbers, dates, places, people and organisations take. `unbroken`: the
-- paragraphs joined with their sentence marks left out, one sentence (as scraped pages whose
-- breaks were lost come), whose records each hold that sentence.
local seed = corpus.load(dossier.sample .. "/seed-article.txt", { quiet = true })[1]
local n = 0  -- varies the figures across articles too, so no two articles are the same
local function per_mb(kb, unbroken)
  local path = os.tmpname()
  local f = assert(io.open(path, "w"))
  f:write("标题\n")
  local written = 0
  while written < kb * 1024 do
    for _, p in ipairs(seed.paragraphs) do
      n = n + 1
      local line = p:gsub("%d+", function(d) return tostring((tonumber(d) + n) % 100000) end)
      if unbroken then
        for _, mark in ipairs({ "。", "！", "？", "；" }) do line = line:gsub(mark, "") end
      else
        line = line .. "\n"
      end
      f:write(line)
      written = written + #line
    end
  end
  f:write("\n")
  f:close()
  local a = corpus.load(path, { quiet = true })[1]
  os.remove(path)
  local size = #a.text / 1048576
  local t = dossier.clock()
  local _ = { a:numbers(), a:dates(), a:places(), a:people(), a:orgs() }
  return (dossier.clock() - t) / size, size
end
local small = 0
for _ = 1, 200 do small = small + per_mb(4) end
small = small / 200
local large, size = per_mb(4096)
print(string.format("linearity (every kind)   4 KB article %.3f s/MB, %.1f MB article %.3f s/MB (ratio %.2f; target within 2x)",
  small, size, large, large / small))
local unbroken, unbroken_size = per_mb(4096, true)
print(string.format("  one sentence           %.1f MB article with no sentence breaks %.3f s/MB (ratio %.2f)",
  unbroken_size, unbroken, unbroken / small))
