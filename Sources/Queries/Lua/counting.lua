-- Counting over a corpus: frequencies, timelines, co-occurrence, word n-grams and collocates,
-- and the corpus-wide record lists (c:people(), c:numbers()…).
--
-- Loaded with (kit, the Corpus class's methods table, word_counts(c, keep_stop_words)
-- from Swift).

local kit, corpus_methods, word_counts = ...
local new = kit.new

-- Kinds are named as the methods that list them, everywhere: c:freq{by = "people"},
-- c:cooccur("people"). The singular spellings of an earlier version are caught by name.
local plural = { person = "people", org = "orgs", place = "places", term = "terms", word = "words", char = "chars" }

local function kind_choice(value, values, what)
  if plural[value] then
    kit.raise(string.format('%s: "%s" is now "%s" (kinds are named as their methods are: a:people(), c:orgs())', what, value, plural[value]))
  end
  return kit.choice(value, values, what)
end

-- Han characters, and the punctuation and spaces left out of character counts.
local function is_counted_char(ch)
  local cp = utf8.codepoint(ch)
  return (cp >= 0x3400 and cp <= 0x9FFF) or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0x20000 and cp <= 0x2FFFF)
end

local freq_sources = {
  people = function(a) return a:people(), "name" end,
  orgs = function(a) return a:orgs(), "name" end,
  places = function(a) return a:places(), "name" end,
  terms = function(a) return a:terms(), "text" end,
}

local place_levels = { "province", "city", "county" }

--- A place record's key at a level: a county counts for its city, a city for its province.
local function place_at(r, level)
  if r.level == level then return r.name end
  return r[level]
end

--- {key, count, articles} largest first; opts.by is what is counted.
function corpus_methods.freq(c, opts)
  opts = kit.options(opts, { by = true, level = place_levels, stopwords = true }, "c:freq")
  local by = kind_choice(opts.by or "words", { "words", "chars", "terms", "people", "orgs", "places" }, "c:freq: by")
  if opts.level ~= nil and by ~= "places" then kit.raise('c:freq: level goes with by = "places"') end
  if opts.stopwords ~= nil and by ~= "words" then kit.raise('c:freq: stopwords goes with by = "words"') end
  if by == "words" then return word_counts(c, opts.stopwords == true) end
  local counts, articles = {}, {}
  local function add(key, n, a)
    counts[key] = (counts[key] or 0) + n
    articles[key] = articles[key] or {}
    articles[key][a] = true
  end
  if freq_sources[by] then c:extract(by) end
  for a in c:each() do
    if by == "chars" then
      for _, cp in utf8.codes(a.text) do
        local ch = utf8.char(cp)
        if is_counted_char(ch) then add(ch, 1, a) end
      end
    else
      local records, field = freq_sources[by](a)
      for _, r in ipairs(records) do
        local key = opts.level and place_at(r, opts.level) or r[field]
        if key then add(key, math.max(r.count or 1, 1), a) end
      end
    end
  end
  local out = new()
  for key, n in pairs(counts) do
    local seen = 0
    for _ in pairs(articles[key]) do seen = seen + 1 end
    out[#out + 1] = { key = key, count = n, articles = seen }
  end
  table.sort(out, function(x, y) if x.count ~= y.count then return x.count > y.count end return x.key < y.key end)
  return out
end

-- How a publication date names its period; nil when the date is less precise than the period.
local period_of = {
  year = function(date) return date:sub(1, 4) end,
  quarter = function(date)
    local month = tonumber(date:sub(6, 7))
    return month and string.format("%s-Q%d", date:sub(1, 4), (month - 1) // 3 + 1)
  end,
  month = function(date) return #date >= 7 and date:sub(1, 7) or nil end,
  week = function(date)
    local y, m, d = date:match("^(%d+)-(%d+)-(%d+)$")
    if not y then return nil end
    -- ISO 8601 week: the week with the year's first Thursday is week 1
    local t = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
    return os.date("%G-W%V", t)
  end,
  day = function(date) return #date >= 10 and date or nil end,
}

--- Occurrences of a term (either script) per period of the articles' publication dates, in
--- order; the list's `undated` field counts those in articles with no date precise enough.
function corpus_methods.timeline(c, term, opts)
  local periods = { "year", "quarter", "month", "week", "day" }
  local by = kit.options(opts, { by = periods }, "c:timeline").by or "month"
  local key_of = period_of[by]
  local counts, undated = {}, 0
  for _, m in ipairs(c:mentions(term)) do
    local key = m.article.date and key_of(m.article.date)
    if key then
      counts[key] = (counts[key] or 0) + m.count
    else
      undated = undated + m.count
    end
  end
  local out = new()
  for key, n in pairs(counts) do out[#out + 1] = { period = key, count = n } end
  table.sort(out, function(x, y) return x.period < y.period end)
  out.undated = undated
  return out
end

--- The number of the last sentence that starts at or before `offset` (sentences are in
--- offset order), by binary search.
local function sentence_number(sentences, offset)
  local low, high = 1, #sentences + 1  -- the first sentence starting after offset
  while low < high do
    local middle = (low + high) // 2
    if sentences[middle].offset <= offset then low = middle + 1 else high = middle end
  end
  return low - 1
end

--- Pairs of people (or orgs, places, terms) named in the same article (or "sentence"),
--- with how many articles (or sentences) they share; most frequent first.
function corpus_methods.cooccur(c, kind, opts)
  kind = kind_choice(kind or "people", { "people", "orgs", "places", "terms" }, "c:cooccur: kind")
  local scope = kit.options(opts, { within = { "article", "sentence" } }, "c:cooccur").within or "article"
  local method, field = kind, kind == "terms" and "text" or "name"
  c:extract(kind)
  local pairs_seen = {}
  local function count(names)
    table.sort(names)
    for i = 1, #names do
      for j = i + 1, #names do
        if names[i] ~= names[j] then
          local key = names[i] .. "\0" .. names[j]
          pairs_seen[key] = (pairs_seen[key] or 0) + 1
        end
      end
    end
  end
  for a in c:each() do
    local records = a[method](a)
    if scope == "sentence" then
      local by_sentence = {}
      local sentences = a.sentences  -- read once: each read converts every sentence again
      for _, r in ipairs(records) do
        for _, offset in ipairs(r.offsets or { r.offset }) do
          local key = sentence_number(sentences, offset)
          by_sentence[key] = by_sentence[key] or {}
          by_sentence[key][r[field]] = true
        end
      end
      for _, set in pairs(by_sentence) do
        local names = {}
        for name in pairs(set) do names[#names + 1] = name end
        count(names)
      end
    else
      local names = {}
      for _, r in ipairs(records) do names[#names + 1] = r[field] end
      count(names)
    end
  end
  local out = new()
  for key, n in pairs(pairs_seen) do
    local a, b = key:match("^(.-)%z(.*)$")
    out[#out + 1] = { a = a, b = b, count = n }
  end
  table.sort(out, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    if x.a ~= y.a then return x.a < y.a end
    return x.b < y.b
  end)
  return out
end

----------------------------------------------------------------------------------------------
-- Word n-grams and collocates, over each article's words (a:words()).

local function stop_set()
  local set = {}
  for _, w in ipairs(dossier.stopwords) do set[w] = true end
  return set
end


local PUNCTUATION = {}
for _, p in ipairs({ "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】", "…", "—", "·", "「", "」" }) do
  PUNCTUATION[p] = true
end
local function counted(w) return not PUNCTUATION[w] and not w:find("^[%p%s]*$") end

-- Words count by their folded form (zh.fold: 當天 and 当天 are one word) and are shown in
-- the form they most often take.
local function word_forms()
  local folded, seen = {}, {}
  local forms = {}
  function forms.key(w)
    local k = folded[w]
    if not k then k = zh.fold(w); folded[w] = k end
    return k
  end
  function forms.saw(key, written)
    local counts = seen[key]
    if not counts then counts = {}; seen[key] = counts end
    counts[written] = (counts[written] or 0) + 1
  end
  function forms.shown(key)
    local best, most = key, 0
    for written, n in pairs(seen[key] or {}) do
      if n > most or (n == most and written < best) then best, most = written, n end
    end
    return best
  end
  return forms
end

function corpus_methods.ngrams(c, n, opts)
  n, opts = n or 2, kit.options(opts, { stopwords = true }, "c:ngrams")
  if math.type(n) ~= "integer" or n < 1 then kit.raise("c:ngrams: n is a whole number of words, 1 or more, got " .. tostring(n)) end
  local stop, forms = stop_set(), word_forms()
  local counts, order = {}, {}
  for a in c:each() do
    local run = {}
    for _, w in ipairs(a:words()) do
      if counted(w) then
        run[#run + 1] = w
        if #run >= n then
          local gram = { table.unpack(run, #run - n + 1, #run) }
          local all_stop, folded = true, {}
          for i, g in ipairs(gram) do
            if not stop[g] then all_stop = false end
            folded[i] = forms.key(g)
          end
          if opts.stopwords or not all_stop then
            local key = table.concat(folded, " ")
            if not counts[key] then counts[key] = { count = 0 }; order[#order + 1] = key end
            counts[key].count = counts[key].count + 1
            forms.saw(key, table.concat(gram, " "))
          end
        end
      else
        run = {}  -- n-grams never cross punctuation
      end
    end
  end
  local out = new()
  for i, key in ipairs(order) do
    local shown = forms.shown(key)
    local words = new()
    for w in shown:gmatch("%S+") do words[#words + 1] = w end
    out[i] = { key = shown, words = words, count = counts[key].count }
  end
  return out:sort_by("count", { desc = true })
end

local function xlogx_ratio(o, e) if o == 0 then return 0 end return o * math.log(o / e) end

function corpus_methods.collocates(c, term, opts)
  local window = kit.options(opts, { window = true }, "c:collocates").window or 5
  if math.type(window) ~= "integer" or window < 1 then
    kit.raise("c:collocates: window is a whole number of words, 1 or more, got " .. tostring(window))
  end
  local stop, forms = stop_set(), word_forms()
  local target = zh.fold(term)
  -- every word position other than the term's is either inside some window of the term or
  -- not: each counted once, so the four cells below partition the corpus
  local inside, outside, inside_total, outside_total = {}, {}, 0, 0
  for a in c:each() do
    local words = {}
    for _, written in ipairs(a:words()) do
      if counted(written) then
        local w = forms.key(written)
        forms.saw(w, written)
        words[#words + 1] = w
      end
    end
    local covered = {}
    for i, w in ipairs(words) do
      if w == target then
        for j = math.max(1, i - window), math.min(#words, i + window) do covered[j] = true end
      end
    end
    for j, w in ipairs(words) do
      if w ~= target then
        if covered[j] then
          inside_total = inside_total + 1
          inside[w] = (inside[w] or 0) + 1
        else
          outside_total = outside_total + 1
          outside[w] = (outside[w] or 0) + 1
        end
      end
    end
  end
  local n = inside_total + outside_total
  local out = new()
  for w, a in pairs(inside) do
    if not stop[forms.shown(w)] and not stop[w] then
      -- a: this word near the term; b: other words near it; cc: this word elsewhere; d: the rest
      local cc = outside[w] or 0
      local b, d = inside_total - a, outside_total - cc
      local function expected(row, col) return row * col / n end
      local g2 = 2 * (xlogx_ratio(a, expected(a + b, a + cc)) + xlogx_ratio(b, expected(a + b, b + d))
                    + xlogx_ratio(cc, expected(cc + d, a + cc)) + xlogx_ratio(d, expected(cc + d, b + d)))
      if a / (a + b) > cc / math.max(cc + d, 1) then
        out[#out + 1] = { key = forms.shown(w), together = a, count = a + cc, score = g2 }
      end
    end
  end
  return out:sort_by("score", { desc = true })
end

-- Corpus-wide records: each article's records, each with its `article`. The list declares
-- the fields of the articles' lists, plus `article`.
local with_article = setmetatable({}, { __mode = "k" })  -- an article list's field set -> the same plus article

local function corpus_fields(set)
  if not set then return nil end
  local wider = with_article[set]
  if not wider then
    wider = { article = true }
    for name in pairs(set) do wider[name] = true end
    with_article[set] = wider
  end
  return wider
end

for _, name in ipairs({ "numbers", "dates", "people", "orgs", "places", "terms" }) do
  corpus_methods[name] = function(c)
    local out, fields = new(), nil
    c:extract(name)
    for a in c:each() do
      local records = a[name](a)
      fields = fields or kit.fields_of(records)
      for _, r in ipairs(records) do
        r.article = a
        out[#out + 1] = r
      end
    end
    return kit.declare_fields(out, corpus_fields(fields))
  end
end

function corpus_methods.sentences(c)
  local out, fields = new(), nil
  for a in c:each() do
    local sentences = a.sentences
    fields = fields or kit.fields_of(sentences)
    for _, s in ipairs(sentences) do
      s.article = a
      out[#out + 1] = s
    end
  end
  return kit.declare_fields(out, corpus_fields(fields))
end
