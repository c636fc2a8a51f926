-- Opens a store in a fresh process: how long it takes and what it adds to resident memory
-- (target: 0.5 s and 200 MB). Run by scripts/bench-store.sh.
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
