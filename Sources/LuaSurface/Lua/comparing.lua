-- Comparing a corpus with another (this year with last, one city with the province): what is
-- over- and under-represented (keyness), and a one-screen summary (c:compare).
--
-- Keyness of a key seen a times among the n1 items counted in c, and b times among the n2 of
-- the reference:
--   expected counts  E1 = n1 (a + b) / (n1 + n2),  E2 = n2 (a + b) / (n1 + n2)
--   log-likelihood   G² = 2 (a ln(a / E1) + b ln(b / E2)), a term with a zero count being 0
--                    (Dunning 1993; Rayson and Garside 2000)
--   log ratio        log2((a / n1) / (b / n2)), a zero count taken as 0.5 (Hardie 2014)
--   significant      G² ≥ 3.84, the chi-squared critical value for p < 0.05 at one degree of
--                    freedom
--
-- Loaded with (kit, the display width of a string); returns the Corpus methods it defines.

local kit, width = ...
local corpus_methods = {}
local new, log, max = kit.new, math.log, math.max
local format, concat, rep = string.format, table.concat, string.rep

local CRITICAL = 3.84
local KINDS = { "words", "chars", "terms", "people", "orgs", "places" }

local function check_reference(c, reference, where)
  if getmetatable(reference) ~= getmetatable(c) then
    kit.raise(format("%s: the reference is a corpus (corpus.load(…) or c:filter(…)), got %s", where, type(reference)))
  end
end

--- c:freq{by = by} as a table folded key -> count, the total counted, and each folded key's
--- form as shown: each corpus shows a word in the script it most often takes there, and
--- 阳泉 here must meet 陽泉 in the reference.
local function counts_of(c, by, shown)
  local counts, total = {}, 0
  for _, row in ipairs(c:freq({ by = by })) do
    local key = zh.fold(row.key)
    counts[key] = (counts[key] or 0) + row.count
    shown[key] = shown[key] or row.key
    total = total + row.count
  end
  return counts, total
end

local function g2(a, b, n1, n2)
  local e1, e2 = n1 * (a + b) / (n1 + n2), n2 * (a + b) / (n1 + n2)
  local function term(observed, expected) return observed > 0 and observed * log(observed / expected) or 0 end
  return 2 * (term(a, e1) + term(b, e2))
end

local function log_ratio(a, b, n1, n2)
  return log((max(a, 0.5) / n1) / (max(b, 0.5) / n2), 2)
end

local keyness_fields = kit.field_set({ "key", "count", "reference_count", "g2", "log_ratio", "significant", "direction" })

--- Every key of either corpus with its counts, G², log ratio and direction, by G² (largest first).
function corpus_methods.keyness(c, reference, opts)
  check_reference(c, reference, "c:keyness")
  opts = kit.options(opts, { by = true }, "c:keyness")
  local by = kit.kind(opts.by or "words", KINDS, "c:keyness: by")
  local shown = {}
  local here, n1 = counts_of(c, by, shown)
  local there, n2 = counts_of(reference, by, shown)
  local rows = new()
  if n1 > 0 and n2 > 0 then
    local function add(key)
      local a, b = here[key] or 0, there[key] or 0
      local score = g2(a, b, n1, n2)
      rows[#rows + 1] = { key = shown[key], count = a, reference_count = b, g2 = score, log_ratio = log_ratio(a, b, n1, n2),
                          significant = score >= CRITICAL, direction = a / n1 >= b / n2 and "over" or "under" }
    end
    for key in pairs(here) do add(key) end
    for key in pairs(there) do if not here[key] then add(key) end end
    table.sort(rows, function(x, y)
      if x.g2 ~= y.g2 then return x.g2 > y.g2 end
      return x.key < y.key
    end)
  end
  rows.totals = { count = n1, reference_count = n2 }
  return kit.declare_fields(rows, keyness_fields)
end

-- The summary c:compare returns: its fields are lists; the REPL shows it as one screen.
local Comparison = { __name = "Comparison" }
Comparison.__index = Comparison

local function pad(s, w) return s .. rep(" ", max(0, w - width(s))) end

local function key_column(rows)
  local out = {}
  for i, row in ipairs(rows) do out[i] = format("%s  G² %.1f, ×%.1f", row.key, row.g2, 2 ^ math.abs(row.log_ratio)) end
  return out
end

local function names(rows)
  local out = {}
  for i, row in ipairs(rows) do out[i] = format("%s (%d)", row.key, row.count) end
  return #out > 0 and concat(out, "、") or "none"
end

function Comparison.__card(cmp)
  local lines = {
    format("%s%s", pad("", 24), "this corpus / reference"),
    format("%s%d / %d", pad("articles", 24), cmp.articles, cmp.reference_articles),
    format("%s%d / %d", pad("words counted", 24), cmp.words, cmp.reference_words),
    "",
    pad("more frequent here", 40) .. "more frequent in the reference",
  }
  local left, right = key_column(cmp.key_words), key_column(cmp.reference_key_words)
  for i = 1, max(#left, #right) do lines[#lines + 1] = pad(left[i] or "", 40) .. (right[i] or "") end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "people only here: " .. names(cmp.people_only_here)
  lines[#lines + 1] = "people only in the reference: " .. names(cmp.people_only_there)
  lines[#lines + 1] = "places only here: " .. names(cmp.places_only_here)
  lines[#lines + 1] = "places only in the reference: " .. names(cmp.places_only_there)
  return concat(lines, "\n")
end
Comparison.__tostring = Comparison.__card

--- The first `top` significant rows of a keyness list in each direction.
local function key_words(rows, top)
  local over, under = new(), new()
  for _, row in ipairs(rows) do
    if #over >= top and #under >= top then break end
    if row.significant then
      local list = row.direction == "over" and over or under
      if #list < top then list[#list + 1] = row end
    end
  end
  return over, under
end

--- The names of `kind` in c that the reference never has (in either script), most frequent first.
local function only_in(c, reference, kind, top)
  local elsewhere = {}
  for _, row in ipairs(reference:freq({ by = kind })) do elsewhere[zh.fold(row.key)] = true end
  local out = new()
  for _, row in ipairs(c:freq({ by = kind })) do
    if #out >= top then break end
    if not elsewhere[zh.fold(row.key)] then out[#out + 1] = row end
  end
  return out
end

function corpus_methods.compare(c, reference, opts)
  check_reference(c, reference, "c:compare")
  local top = kit.options(opts, { top = true }, "c:compare").top or 10
  if math.type(top) ~= "integer" or top < 1 then kit.raise("c:compare: top is a whole number, 1 or more, got " .. tostring(top)) end
  local words = c:keyness(reference)
  local over, under = key_words(words, top)
  return setmetatable({
    articles = #c, reference_articles = #reference, words = words.totals.count, reference_words = words.totals.reference_count,
    key_words = over, reference_key_words = under,
    people_only_here = only_in(c, reference, "people", top), people_only_there = only_in(reference, c, "people", top),
    places_only_here = only_in(c, reference, "places", top), places_only_there = only_in(reference, c, "places", top),
  }, Comparison)
end

return corpus_methods
