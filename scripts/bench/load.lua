-- Load benchmark body: loads a corpus folder, then reads every article's title and paragraphs.
-- Prints articles/s, MB/s and peak resident memory, then (unless --load-only) what counting
-- words and splitting sentences keep. Run by scripts/bench-load.sh.
local folder = assert(arg[1], "usage: dossier scripts/bench/load.lua FOLDER [--load-only]")
local load_only = arg[2] == "--load-only"

local memory = require("memory")

local start = dossier.clock()
local c = corpus.load(folder, { quiet = true })
local loaded = dossier.clock()
local paragraphs = 0
for a in c:each() do
  local _ = a.title
  paragraphs = paragraphs + #a.paragraphs
end
local split = dossier.clock()

local mb = c.report.bytes / 1048576
local function rate(n, seconds) return n / seconds end
print(string.format("corpus            %d articles, %d files, %.1f MB", #c, c.report.files, mb))
print(string.format("load              %.2f s   %8.0f articles/s   %6.1f MB/s", loaded - start, rate(#c, loaded - start), rate(mb, loaded - start)))
print(string.format("title+paragraphs  %.2f s   %8.0f articles/s   %6.1f MB/s   (%d paragraphs)", split - loaded,
  rate(#c, split - loaded), rate(mb, split - loaded), paragraphs))
print(string.format("load+split        %.2f s   %8.0f articles/s   %6.1f MB/s   (target: 50 MB/s)", split - start,
  rate(#c, split - start), rate(mb, split - start)))
local peak = memory.peak()
local now = memory.resident()
print(string.format("peak resident     %.0f MB = %.2fx the corpus (target: 2.5x or less)", peak, peak / mb))
print(string.format("resident after GC %.0f MB = %.2fx the corpus (Lua copies of the paragraphs collected)", now, now / mb))

if load_only then return end

-- What counting words and splitting sentences keep, after collection, against the text.
local before_words = memory.resident()
local words_start = dossier.clock()
c:freq()
local words_seconds = dossier.clock() - words_start
local words = memory.resident() - before_words
print(string.format("c:freq()          %.1f s; keeps %.0f MB = %.2fx the corpus (target: 2x or less)", words_seconds, words, words / mb))
local before_sentences = memory.resident()
local sentences = 0
for a in c:each() do sentences = sentences + #a.sentences end
local kept = memory.resident() - before_sentences
print(string.format("a.sentences       %d sentences; keeps %.0f MB = %.2fx the corpus (target: 1x or less)", sentences, kept, kept / mb))
