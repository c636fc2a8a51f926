-- Counting benchmark body: word frequencies and word bigrams over CORPUS, each on a freshly
-- loaded corpus (so each pays for its segmentation, as Python's side does), timed without
-- loading. With DUMP, first writes every article's title and body (as counted) to DUMP, one
-- article per record separated by U+001E, for the anchor. Prints seconds, MB/s and the
-- process's peak resident memory. Run by scripts/bench-counting.sh.
local folder, dump = assert(arg[1]), arg[2]

local function peak_mb()
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^VmHWM:%s+(%d+)")
    if kb then return tonumber(kb) / 1024 end
  end
end

local function fresh()
  local c = corpus.load(folder, { quiet = true })
  local bytes = 0
  for a in c:each() do bytes = bytes + #a.title + 1 + #a.text end
  return c, bytes
end

if dump then
  local c = fresh()
  local f = assert(io.open(dump, "w"))
  for a in c:each() do f:write(a.title, "\n", a.text, "\30") end
  assert(f:close())
end

zh.segment("预热")  -- the dictionary and fold table load before timing, as jieba.initialize() does
for _, job in ipairs({ { "word freq", function(c) return c:freq({ stopwords = true }) end },
                       { "bigrams", function(c) return c:ngrams(2, { stopwords = true }) end } }) do
  local c, bytes = fresh()
  collectgarbage()
  local start = dossier.clock()
  local rows = job[2](c)
  local seconds = dossier.clock() - start
  print(string.format("dossier %-9s %.2f s for %.1f MB = %.1f MB/s, %d rows, peak %.0f MB", job[1], seconds, bytes / 1048576,
    bytes / 1048576 / seconds, #rows, peak_mb()))
end
