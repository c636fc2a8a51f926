-- Entity evaluation body: each sentence's distinct people, places (as written, not inside
-- another name, MSRA does not label 中国 inside 中国共产党, but for a work's title, 《北京人在纽约》,
-- inside which it does) and organisations as JSON Lines, and
-- how long that took; with a third path, what the tagger alone read in each (zh.tag), to
-- show what the rules add. Run by scripts/eval-entities.sh.
local json = require("cjson")
local input, output, tagger_output = assert(arg[1]), assert(arg[2]), arg[3]
local c = corpus.load(input, { quiet = true })
local start = dossier.clock()
c:extract("people", "places", "orgs")
local seconds = dossier.clock() - start
local function distinct(records, field)
  local seen, out = {}, {}
  for _, r in ipairs(records) do
    if not seen[r[field]] then seen[r[field]] = true; out[#out + 1] = r[field] end
  end
  table.sort(out)
  return out
end
-- MSRA labels a place's government (北京市政府, 717 times in its training split) as the place
-- and leaves 政府 out (45 times it labels the whole): so do the scores, which take the record
-- of the body 北京市政府 for the place 北京市.
local function governed(p) return p.within ~= nil and p.within == p.text .. "政府" end
local f = assert(io.open(output, "w"))
for a in c:each() do
  local named_alone = a:places():filter(function(p)
    return p.within == nil or governed(p) or a.text:find("《" .. p.within .. "》", 1, true) ~= nil
  end)
  local governments = {}
  for _, p in ipairs(a:places()) do
    if governed(p) then governments[p.within] = true end
  end
  local bodies = a:orgs():filter(function(o) return not governments[o.text] end)
  f:write(json.encode({ PER = distinct(a:people(), "name"), LOC = distinct(named_alone, "text"), ORG = distinct(bodies, "text") }), "\n")
end
f:close()
print(string.format("dossier: %d sentences, people, places and orgs extracted in %.2f s", #c, seconds))

if tagger_output then
  local kinds = { person = "PER", place = "LOC", org = "ORG" }
  local t = assert(io.open(tagger_output, "w"))
  for a in c:each() do
    local by_kind = { PER = {}, LOC = {}, ORG = {} }
    for _, name in ipairs(zh.tag(a.text)) do by_kind[kinds[name.kind]][#by_kind[kinds[name.kind]] + 1] = name end
    t:write(json.encode({ PER = distinct(by_kind.PER, "text"), LOC = distinct(by_kind.LOC, "text"), ORG = distinct(by_kind.ORG, "text") }), "\n")
  end
  t:close()
end
