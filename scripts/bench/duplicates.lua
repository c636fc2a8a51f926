-- Reprint detection speed body: loads a corpus, then times c:duplicates(). Run by
-- scripts/bench-duplicates.sh.
--   dossier scripts/bench/duplicates.lua FOLDER
local folder = assert(arg[1], "usage: dossier scripts/bench/duplicates.lua FOLDER")
local memory = require("memory")

local start = dossier.clock()
local c = corpus.load(folder, { quiet = true })
print(string.format("corpus       %d articles, %.0f MB, loaded in %.1f s", #c, c.report.bytes / 1048576, dossier.clock() - start))
local before = memory.resident()
start = dossier.clock()
local clusters = c:duplicates()
local seconds = dossier.clock() - start
local clustered = 0
for _, cluster in ipairs(clusters) do clustered = clustered + cluster.size end
print(string.format("duplicates   %.2f s for %d articles: %d clusters of %d articles (target: under 10 s for 100,000)",
  seconds, #c, #clusters, clustered))
print(string.format("memory       peak %.0f MB; %.0f MB before finding them", memory.peak(), before))
