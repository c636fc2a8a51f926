-- Reprint detection scored on the generator's reprints: every pair of articles is a true
-- duplicate when one is a reprint of the other (or both of one article), and c:duplicates()
-- predicts a pair when it puts both in one cluster. Prints pair precision and recall per
-- threshold, and recall per kind of change. Run by scripts/eval-duplicates.sh.
--   dossier scripts/eval/duplicates.lua CORPUS MANIFEST [THRESHOLD…]
local folder, manifest_path = assert(arg[1], "usage: CORPUS MANIFEST [THRESHOLD…]"), assert(arg[2], "usage: CORPUS MANIFEST")
local handle = assert(io.open(manifest_path))
local manifest = require("cjson").decode(handle:read("a"))
handle:close()

local c = corpus.load(folder, { quiet = true })
-- the family of an article: the key of the article it reprints, or its own
local family, change_of = {}, {}
for _, r in ipairs(manifest.reprints) do family[r.file], change_of[r.file] = r.of, r.change end
local function family_of(a) return family[a.id] or a.id end

local true_pairs = 0
local members = {}
for a in c:each() do
  local f = family_of(a)
  members[f] = (members[f] or 0) + 1
end
for _, n in pairs(members) do true_pairs = true_pairs + n * (n - 1) // 2 end

local thresholds = {}
for i = 3, #arg do thresholds[#thresholds + 1] = tonumber(arg[i]) end
if #thresholds == 0 then thresholds = { 0.8 } end
print(string.format("corpus     %d articles, %d reprints, %d true pairs", #c, #manifest.reprints, true_pairs))
for _, threshold in ipairs(thresholds) do
  local start = dossier.clock()
  local clusters = c:duplicates({ threshold = threshold })
  local seconds = dossier.clock() - start
  local predicted, correct, found = 0, 0, {}
  for _, cluster in ipairs(clusters) do
    for i = 1, #cluster.members do
      for j = i + 1, #cluster.members do
        local a, b = cluster.members[i].article, cluster.members[j].article
        predicted = predicted + 1
        if family_of(a) == family_of(b) then
          correct = correct + 1
          found[a.id], found[b.id] = true, true
        end
      end
    end
  end
  local by_change = {}
  for file, change in pairs(change_of) do
    local t = by_change[change] or { all = 0, found = 0 }
    t.all = t.all + 1
    if found[file] then t.found = t.found + 1 end
    by_change[change] = t
  end
  print(string.format("threshold %.2f  precision %.3f  recall %.3f  (%d clusters, %d predicted pairs, %.2f s)  targets: 0.99, 0.95",
    threshold, predicted > 0 and correct / predicted or 1, true_pairs > 0 and correct / true_pairs or 1, #clusters, predicted, seconds))
  local kinds = {}
  for change in pairs(by_change) do kinds[#kinds + 1] = change end
  table.sort(kinds)
  for _, change in ipairs(kinds) do
    print(string.format("               %-12s %3d of %3d reprints found", change, by_change[change].found, by_change[change].all))
  end
end
