-- Store benchmark body: corpus.build, a rebuild with nothing changed and one after changing 1%
-- of the files (a line appended to every hundredth .txt file), corpus.open against
-- corpus.load, search on the store against search in memory, and the sum of all money through
-- SQL (sqlite3). Run by scripts/bench-store.sh on a copy of a generated corpus (the files are
-- changed).
local folder, store = assert(arg[1]), assert(arg[2])
local memory = require("memory")

local function timed(fn)
  local start = dossier.clock()
  local result = fn()
  return result, dossier.clock() - start
end

local built, build_seconds = timed(function() return corpus.build(folder, store) end)
local build_peak = memory.peak()  -- before loading the corpus in memory below
local loaded, load_seconds = timed(function() return corpus.load(folder, { quiet = true }) end)
local text_mb = loaded.report.bytes / 1048576
local store_mb = assert(io.open(store)):seek("end") / 1048576
print(string.format("build      %.1f s for %.1f MB = %.1f MB/s (%d articles, %d records; target 20 MB/s), peak %.0f MB",
  build_seconds, text_mb, text_mb / build_seconds, built.articles, built.records, build_peak))
print(string.format("store      %.1f MB = %.2fx the corpus files (target 2x or less)", store_mb, store_mb / text_mb))
local _, rebuild_seconds = timed(function() return corpus.build(folder, store) end)
print(string.format("rebuild    %.2f s with nothing changed", rebuild_seconds))
-- every hundredth .txt file gets one more paragraph
local listing = assert(io.popen("find " .. folder .. " -name '*.txt' | sort"))
local changed = 0
for i, path in ipairs((function() local t = {} for line in listing:lines() do t[#t + 1] = line end return t end)()) do
  if i % 100 == 0 then
    local file = assert(io.open(path, "a"))
    assert(file:write("\n補充：本項目總投資1億元。\n"))
    assert(file:close())
    changed = changed + 1
  end
end
listing:close()
local again, changed_seconds = timed(function() return corpus.build(folder, store) end)
print(string.format("rebuild    %.2f s after changing %d of %d files (%d articles read again): %.1f%% of the full build",
  changed_seconds, changed, loaded.report.files, again.articles, changed_seconds / build_seconds * 100))
local opened, open_seconds = timed(function() return corpus.open(store) end)
print(string.format("open       %.2f s, %d articles (target 0.5 s); corpus.load took %.2f s", open_seconds, #opened, load_seconds))
-- search: the index the store keeps against the one built in memory for the loaded corpus,
-- on the same queries (each timed after one warm-up round)
local queries = require("sample_queries")(loaded:articles(), 100)
local _, first_search = timed(function() return #opened:search(queries[1]) end)
local _, memory_build = timed(function() return loaded:index() end)
local function median_ms(c)
  local times = {}
  for _ = 1, 2 do
    for i, q in ipairs(queries) do
      local start = dossier.clock()
      local _ = #c:search(q)
      times[i] = (dossier.clock() - start) * 1000
    end
  end
  table.sort(times)
  return times[(#times + 1) // 2]
end
local stored_ms, memory_ms = median_ms(opened), median_ms(loaded)
print(string.format("search     median %.2f ms on the store against %.2f ms in memory (%.2fx; targets 10 ms and 2x), 100 queries;"
  .. " the store's first search %.2f s, the memory index %.1f s to build", stored_ms, memory_ms, stored_ms / memory_ms,
  first_search, memory_build))
local people, people_seconds = timed(function() return #opened:people() end)
print(string.format("c:people() %.2f s on the opened store (%d people: stored, not extracted again)", people_seconds, people))
local pipe = assert(io.popen("sqlite3 " .. store .. " \"SELECT count(*), sum(value) FROM numbers WHERE kind = 'money' AND currency = 'CNY'\""))
local sql_start = dossier.clock()
local answer = pipe:read("a")
pipe:close()
print(string.format("money      %s in %.2f s through sqlite3", answer:gsub("%s+$", ""), dossier.clock() - sql_start))
