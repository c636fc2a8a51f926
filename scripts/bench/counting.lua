-- Counting benchmark body. Run by scripts/bench-counting.sh.
--   counting.lua CORPUS [DUMP]   word frequencies and word bigrams, each on a freshly loaded
--                                corpus (so each pays for its segmentation, as Python's side
--                                does), timed without loading, the median of three runs;
--                                with DUMP, first writes every article's title and body (as
--                                counted) to DUMP, one article per record separated by
--                                U+001E, for the anchor.
--   counting.lua CORPUS --memory what a session keeps: resident memory after loading, after
--                                reading every body once, then after counting, searching and
--                                reading sentences with the results dropped and the garbage
--                                collected.
local memory = require("memory")
local folder, option = assert(arg[1]), arg[2]

local function fresh()
  local c = corpus.load(folder, { quiet = true })
  local bytes = 0
  for a in c:each() do bytes = bytes + #a.title + 1 + #a.text end
  return c, bytes
end

local function session_memory()
  local c = corpus.load(folder, { quiet = true })
  local just_loaded = memory.resident()
  for a in c:each() do local _ = a.text end  -- every body joined once: what any query needs
  local loaded = memory.resident()
  local busy
  do  -- the results live only in this block
    local results = { c:freq(), c:ngrams(2), c:collocates("项目"), c:kwic("项目"), c:search("发展") }
    for a in c:each() do for i = 1, #a.sentences do local _ = a.sentences[i].text end end
    busy = memory.resident()
    assert(#results == 5)
  end
  local after = memory.resident()
  print(string.format("session memory  %.0f MB after loading, %.0f MB once every body is read, %.0f MB holding the results, "
    .. "%.0f MB after collectgarbage() (%.2fx loading, %.2fx with the bodies read; target <= 1.5x)",
    just_loaded, loaded, busy, after, after / just_loaded, after / loaded))
end

local function timings()
  if option then
    local c = fresh()
    local f = assert(io.open(option, "w"))
    for a in c:each() do f:write(a.title, "\n", a.text, "\30") end
    assert(f:close())
  end
  zh.segment("预热")  -- the dictionary and fold table load before timing, as jieba.initialize() does
  for _, job in ipairs({ { "word freq", function(c) return c:freq({ stopwords = true }) end },
                         { "bigrams", function(c) return c:ngrams(2, { stopwords = true }) end } }) do
    -- the median of three runs, each on a freshly loaded corpus: a run of a second or two on
    -- this shared machine can be slowed by a third; the anchor's one run lasts half a minute
    local times, rows, bytes = {}, 0, 0
    for run = 1, 3 do
      collectgarbage()  -- the last run's corpus goes before the next is loaded
      local c
      c, bytes = fresh()
      collectgarbage()
      local start = dossier.clock()
      rows = #job[2](c)
      times[run] = dossier.clock() - start
    end
    table.sort(times)
    local seconds = times[2]
    print(string.format("dossier %-9s %.2f s for %.1f MB = %.1f MB/s, %d rows, peak %.0f MB (median of %.2f, %.2f, %.2f s)", job[1],
      seconds, bytes / 1048576, bytes / 1048576 / seconds, rows, memory.peak(), times[1], times[2], times[3]))
  end
end

if option == "--memory" then session_memory() else timings() end
