-- Counting over a corpus: frequencies, timelines, co-occurrence, word n-grams and collocates,
-- and the corpus-wide record lists (c:people(), c:numbers()…).
--
-- Loaded with (kit, the Swift counters: word_counts(c, keep_stop_words), ngrams(c, n,
-- keep_stop_words), collocates(c, term, window), record_counts(c, kind, level),
-- cooccur(c, kind, scope)); returns the
-- Corpus methods it defines.

local kit, counters = ...
local corpus_methods = {}
local new = kit.new

local kind_choice = kit.kind

-- Han characters, and the punctuation and spaces left out of character counts.
local function is_counted_char(ch)
  local cp = utf8.codepoint(ch)
  return (cp >= 0x3400 and cp <= 0x9FFF) or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0x20000 and cp <= 0x2FFFF)
end

local place_levels = { "province", "city", "county" }

--- {key, count, articles} largest first; opts.by is what is counted.
function corpus_methods.freq(c, opts)
  opts = kit.options(opts, { by = true, level = place_levels, stopwords = true }, "c:freq")
  local by = kind_choice(opts.by or "words", { "words", "chars", "terms", "people", "orgs", "places" }, "c:freq: by")
  if opts.level ~= nil and by ~= "places" then kit.raise('c:freq: level goes with by = "places"') end
  if opts.stopwords ~= nil and by ~= "words" then kit.raise('c:freq: stopwords goes with by = "words"') end
  if by == "words" then return counters.word_counts(c, opts.stopwords == true) end
  if by ~= "chars" then return counters.record_counts(c, by, opts.level) end
  local counts, articles = {}, {}
  local function add(key, n, a)
    counts[key] = (counts[key] or 0) + n
    articles[key] = articles[key] or {}
    articles[key][a] = true
  end
  for a in c:each() do
    for _, cp in utf8.codes(a.text) do
      local ch = utf8.char(cp)
      if is_counted_char(ch) then add(ch, 1, a) end
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

--- Pairs of people (or orgs, places, terms) named in the same article (or "sentence"),
--- with how many articles (or sentences) they share; most frequent first.
function corpus_methods.cooccur(c, kind, opts)
  kind = kind_choice(kind or "people", { "people", "orgs", "places", "terms" }, "c:cooccur: kind")
  local scope = kit.options(opts, { within = { "article", "sentence" } }, "c:cooccur").within or "article"
  return counters.cooccur(c, kind, scope)
end

----------------------------------------------------------------------------------------------
-- Word n-grams and collocates, counted in Swift on every core (Analysis).

function corpus_methods.ngrams(c, n, opts)
  n, opts = n or 2, kit.options(opts, { stopwords = true }, "c:ngrams")
  if math.type(n) ~= "integer" or n < 1 then kit.raise("c:ngrams: n is a whole number of words, 1 or more, got " .. tostring(n)) end
  return counters.ngrams(c, n, opts.stopwords == true)
end

function corpus_methods.collocates(c, term, opts)
  local window = kit.options(opts, { window = true }, "c:collocates").window or 5
  if math.type(window) ~= "integer" or window < 1 then
    kit.raise("c:collocates: window is a whole number of words, 1 or more, got " .. tostring(window))
  end
  if type(term) ~= "string" then kit.raise("c:collocates: term is a string, got " .. type(term)) end
  return counters.collocates(c, term, window)
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

--- One list of every article's records (records_of(a)), each with its article.
local function every_article(c, records_of)
  local out, fields = new(), nil
  for a in c:each() do
    local records = records_of(a)
    fields = fields or kit.fields_of(records)
    for _, r in ipairs(records) do
      r.article = a
      out[#out + 1] = r
    end
  end
  return kit.declare_fields(out, corpus_fields(fields))
end

for _, name in ipairs({ "numbers", "dates", "people", "orgs", "places", "terms" }) do
  corpus_methods[name] = function(c)
    c:extract(name)
    return every_article(c, function(a) return a[name](a) end)
  end
end

function corpus_methods.sentences(c)
  return every_article(c, function(a) return a.sentences end)
end

return corpus_methods
