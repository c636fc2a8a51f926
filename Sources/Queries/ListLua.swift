/// The list type every list dossier returns has, and the corpus-wide record lists. Loaded
/// with (the List metatable, the Corpus class's methods table); returns List and the
/// constructor of lazy lists.
let listSource = #"""
local List, corpus_methods = ...
List.__index = List
List.__name = "List"

local function new(t) return setmetatable(t or {}, List) end

-- A field name stands for the function that reads that field; nil for the item itself.
local function getter(key)
  if type(key) == "function" then return key end
  if key == nil then return function(x) return x end end
  return function(x) return x[key] end
end

function List.of(t) return new(t) end

function List:filter(key, value)
  local get, out = getter(key), new()
  for _, x in ipairs(self) do
    local v = get(x)
    if (value == nil and v) or (value ~= nil and v == value) then out[#out + 1] = x end
  end
  return out
end

function List:map(fn)
  local get, out = getter(fn), new()
  for i, x in ipairs(self) do
    local v = get(x, i)
    if v ~= nil then out[#out + 1] = v end
  end
  return out
end

function List:sort_by(key, order)
  local get, descending = getter(key), order == "desc"
  local decorated = {}
  for i, x in ipairs(self) do decorated[i] = { get(x), i, x } end
  table.sort(decorated, function(a, b)
    local ka, kb = a[1], b[1]
    if ka ~= kb then
      if ka == nil then return false end   -- nil keys go last either way
      if kb == nil then return true end
      if descending then return ka > kb end
      return ka < kb
    end
    return a[2] < b[2]                     -- stable: equal keys keep their order
  end)
  local out = new()
  for i, d in ipairs(decorated) do out[i] = d[3] end
  return out
end

function List:group_by(key)
  local get, groups, out = getter(key), {}, new()
  local NONE = {}
  for _, x in ipairs(self) do
    local k = get(x)
    local slot = k == nil and NONE or k
    local group = groups[slot]
    if not group then
      group = { key = k, items = new(), count = 0 }
      groups[slot] = group
      out[#out + 1] = group
    end
    group.items[#group.items + 1] = x
    group.count = group.count + 1
  end
  return out
end

function List:count(key, value)
  if key == nil then return #self end
  return #self:filter(key, value)
end

function List:sum(key)
  local get, total = getter(key), 0
  for _, x in ipairs(self) do total = total + (get(x) or 0) end
  return total
end

function List:top(n)
  local out = new()
  for i = 1, math.min(n or 10, #self) do out[i] = self[i] end
  return out
end

function List:first() return self[1] end

function List:each(fn)
  for i, x in ipairs(self) do fn(x, i) end
  return self
end

function List:unique(key)
  local get, seen, out = getter(key), {}, new()
  for _, x in ipairs(self) do
    local k = get(x)
    if k == nil then k = x end
    if not seen[k] then
      seen[k] = true
      out[#out + 1] = x
    end
  end
  return out
end

----------------------------------------------------------------------------------------------
-- Exports. Records become rows; an article inside a record becomes its id, title and date.

local function is_article(v) return type(v) == "userdata" and getmetatable(v) and getmetatable(v).__name == "Article" end

--- A record (or an article, or a plain value) as flat {column = scalar} plus column order.
local function flatten(item)
  if is_article(item) then
    return { id = item.id, date = item.date, source = item.source, title = item.title, subtitle = item.subtitle,
             path = item.path, paragraphs = #item.paragraphs, text = item.text },
           { "id", "date", "source", "title", "subtitle", "path", "paragraphs", "text" }
  end
  if type(item) ~= "table" then return { value = item }, { "value" } end
  local row, keys = {}, {}
  for k in pairs(item) do if type(k) == "string" then keys[#keys + 1] = k end end
  table.sort(keys)
  local order = {}
  for _, k in ipairs(keys) do
    local v = item[k]
    if is_article(v) then
      row[k .. "_id"], row[k .. "_title"], row[k .. "_date"] = v.id, v.title, v.date
      order[#order + 1] = k .. "_id"; order[#order + 1] = k .. "_title"; order[#order + 1] = k .. "_date"
    elseif type(v) == "table" then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = type(x) == "table" and (x.name or x.text or inspect(x)) or tostring(x) end
      row[k] = table.concat(parts, "; ")
      order[#order + 1] = k
    else
      row[k] = v
      order[#order + 1] = k
    end
  end
  return row, order
end

--- Rows and the columns of all of them (first seen first), or opts.columns.
local function table_of(items, opts)
  local rows, columns, seen = {}, {}, {}
  for i, item in ipairs(items) do
    local row, order = flatten(item)
    rows[i] = row
    for _, c in ipairs(order) do
      if not seen[c] then seen[c] = true; columns[#columns + 1] = c end
    end
  end
  return rows, (opts and opts.columns) or columns
end

--- A value as text; floats as the shortest of %.15g and %.17g that reads back the same.
local function text_of(v)
  if v == nil then return "" end
  if math.type(v) == "float" then
    if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
    local s = string.format("%.15g", v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end
    return s
  end
  return tostring(v)
end

local function write_file(path, text)
  local handle, problem = io.open(path, "wb")
  if not handle then error(problem, 3) end
  handle:write(text)
  handle:close()
end

--- CSV (RFC 4180, UTF-8; opts.bom = true adds the byte-order mark Excel wants).
local function to_csv(items, path, opts)
  opts = opts or {}
  local rows, columns = table_of(items, opts)
  local function cell(v)
    local s = text_of(v)
    if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
    return s
  end
  local lines = { table.concat((function() local h = {} for i, c in ipairs(columns) do h[i] = cell(c) end return h end)(), ",") }
  for _, row in ipairs(rows) do
    local cells = {}
    for i, c in ipairs(columns) do cells[i] = cell(row[c]) end
    lines[#lines + 1] = table.concat(cells, ",")
  end
  write_file(path, (opts.bom and "\239\187\191" or "") .. table.concat(lines, "\r\n") .. "\r\n")
  return #rows
end

local function json(v)
  local t = type(v)
  if v == nil then return "null" end
  if t == "boolean" then return tostring(v) end
  if t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "null" end
    return text_of(v)
  end
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      local named = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
      return named[c] or string.format("\\u%04x", c:byte())
    end) .. '"'
  end
  if is_article(v) then return json({ id = v.id, title = v.title, date = v.date, path = v.path }) end
  if t == "table" then
    if #v > 0 or next(v) == nil then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = json(x) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys, parts = {}, {}
    for k in pairs(v) do if type(k) == "string" then keys[#keys + 1] = k end end
    table.sort(keys)
    for _, k in ipairs(keys) do parts[#parts + 1] = json(k) .. ":" .. json(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  return json(tostring(v))
end

--- JSON Lines: one object per item; an article as {id, title, date, path} inside records,
--- with all its fields when it is the item.
local function to_jsonl(items, path)
  local lines = {}
  for i, item in ipairs(items) do lines[i] = json(is_article(item) and (flatten(item)) or item) end
  write_file(path, table.concat(lines, "\n") .. (#lines > 0 and "\n" or ""))
  return #lines
end

--- A Markdown table (returned as a string); "|" and line breaks in cells are escaped.
local function to_markdown(items, opts)
  local rows, columns = table_of(items, opts)
  local function cell(v) return (text_of(v):gsub("|", "\\|"):gsub("\r?\n", "<br>")) end
  local out = { "| " .. table.concat(columns, " | ") .. " |", "|" .. string.rep(" --- |", #columns) }
  for _, row in ipairs(rows) do
    local cells = {}
    for i, c in ipairs(columns) do cells[i] = cell(row[c]) end
    out[#out + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  return table.concat(out, "\n") .. "\n"
end

List.to_csv, List.to_jsonl, List.to_markdown = to_csv, to_jsonl, to_markdown
dossier.json = json
corpus_methods.to_csv = function(c, path, opts) return to_csv(c:articles(), path, opts) end
corpus_methods.to_jsonl = function(c, path) return to_jsonl(c:articles(), path) end
corpus_methods.to_markdown = function(c, opts) return to_markdown(c:articles(), opts) end

----------------------------------------------------------------------------------------------
-- Counting.

-- Han characters, and the punctuation and spaces left out of character counts.
local function is_counted_char(ch)
  local cp = utf8.codepoint(ch)
  return (cp >= 0x3400 and cp <= 0x9FFF) or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0x20000 and cp <= 0x2FFFF)
end

local freq_sources = {
  person = function(a) return a:people(), "name" end,
  org = function(a) return a:orgs(), "text" end,
  place = function(a) return a:places(), "name" end,
  term = function(a) return a:terms(), "text" end,
}

--- {key, count, articles} largest first; opts.by is what is counted.
local place_levels = { province = true, city = true, county = true }

--- A place record's key at a level: a county counts for its city, a city for its province.
local function place_at(r, level)
  if r.level == level then return r.name end
  return r[level]
end

function corpus_methods.freq(c, opts)
  opts = opts or {}
  local by = opts.by or "char"
  if opts.level ~= nil and (by ~= "place" or not place_levels[opts.level]) then
    error("freq: level goes with by = \"place\" and must be \"province\", \"city\" or \"county\", got " .. tostring(opts.level), 2)
  end
  local counts, articles = {}, {}
  local function add(key, n, a)
    counts[key] = (counts[key] or 0) + n
    articles[key] = articles[key] or {}
    articles[key][a] = true
  end
  for a in c:each() do
    if by == "char" then
      for _, cp in utf8.codes(a.text) do
        local ch = utf8.char(cp)
        if is_counted_char(ch) then add(ch, 1, a) end
      end
    elseif by == "word" then
      return c:words(opts)
    elseif freq_sources[by] then
      local records, field = freq_sources[by](a)
      for _, r in ipairs(records) do
        local key = opts.level and place_at(r, opts.level) or r[field]
        if key then add(key, math.max(r.count or 1, 1), a) end
      end
    else
      error("freq: by must be \"word\", \"char\", \"term\", \"person\", \"org\" or \"place\", got "
        .. tostring(by), 2)
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
  if type(opts) == "string" then opts = { by = opts } end
  local by = (opts or {}).by or "month"
  local key_of = period_of[by]
  if not key_of then
    error("timeline: by must be \"year\", \"quarter\", \"month\", \"week\" or \"day\", got " .. tostring(by), 2)
  end
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
function corpus_methods.cooccur(c, kind, scope)
  kind, scope = kind or "people", scope or "article"
  local method = ({ people = "people", orgs = "orgs", places = "places", terms = "terms" })[kind]
  if not method then error("cooccur: kind must be \"people\", \"orgs\", \"places\" or \"terms\"", 2) end
  local field = (kind == "people" or kind == "places") and "name" or "text"
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
-- Terminal charts: Unicode block bars (in eighths) sized to the terminal.

local Chart = { __name = "Chart" }
Chart.__tostring = function(c) return c.text end
Chart.__card = Chart.__tostring
local EIGHTHS = { "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█" }

local function bar(length)
  local whole, part = math.floor(length), math.floor((length % 1) * 8)
  return string.rep("█", whole) .. (part > 0 and EIGHTHS[part] or "")
end

local function bar_chart(records, label, value, opts)
  opts = opts or {}
  local get_label, get_value = getter(label or "key"), getter(value or "count")
  local rows, label_width, most, value_width = {}, 0, 0, 0
  for _, r in ipairs(records) do
    local name, v = tostring(get_label(r)), tonumber(get_value(r)) or 0
    rows[#rows + 1] = { name, v }
    label_width = math.max(label_width, dossier.width(name))
    most = math.max(most, v)
    value_width = math.max(value_width, #text_of(v))
  end
  local room = math.max(10, (opts.width or dossier.columns()) - label_width - value_width - 3)
  local lines = {}
  for _, row in ipairs(rows) do
    local length = most > 0 and row[2] / most * room or 0
    lines[#lines + 1] = row[1] .. string.rep(" ", label_width - dossier.width(row[1])) .. " "
      .. string.rep(" ", value_width - #text_of(row[2])) .. text_of(row[2]) .. " " .. bar(length)
  end
  return setmetatable({ text = table.concat(lines, "\n") }, Chart)
end

chart = {
  bar = bar_chart,
  timeline = function(records, period, value, opts)
    local get = getter(period or "period")
    return bar_chart(List.of({ table.unpack(records) }):sort_by(get), period or "period", value or "count", opts)
  end,
}

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
  n, opts = n or 2, opts or {}
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
  return out:sort_by("count", "desc")
end

local function xlogx_ratio(o, e) if o == 0 then return 0 end return o * math.log(o / e) end

function corpus_methods.collocates(c, term, opts)
  local window = (opts and opts.window) or 5
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
  return out:sort_by("score", "desc")
end

-- Corpus-wide records: each article's records, each with its `article`.
for _, name in ipairs({ "numbers", "dates", "people", "orgs", "places", "terms" }) do
  corpus_methods[name] = function(c)
    local out = new()
    c:extract(name)
    for a in c:each() do
      for _, r in ipairs(a[name](a)) do
        r.article = a
        out[#out + 1] = r
      end
    end
    return out
  end
end

function corpus_methods.sentences(c)
  local out = new()
  for a in c:each() do
    for _, s in ipairs(a.sentences) do
      s.article = a
      out[#out + 1] = s
    end
  end
  return out
end

-- A concordance is a list that the REPL prints as aligned lines, the keyword column centred.
local concordance_shown = 50
local function concordance_card(lines)
  local shown = math.min(#lines, concordance_shown)
  local left_width, match_width = 0, 0
  for i = 1, shown do
    left_width = math.max(left_width, dossier.width(lines[i].left))
    match_width = math.max(match_width, dossier.width(lines[i].match))
  end
  local out = {}
  for i = 1, shown do
    local l = lines[i]
    out[i] = string.rep(" ", left_width - dossier.width(l.left)) .. l.left .. "  " .. l.match
      .. string.rep(" ", match_width - dossier.width(l.match)) .. "  " .. l.right
  end
  if #lines > shown then
    out[#out + 1] = string.format("… %d more lines (%d in all); k[i] reads one, k:to_csv(path) writes all", #lines - shown, #lines)
  else
    out[#out + 1] = string.format("(%d lines)", #lines)
  end
  return table.concat(out, "\n")
end

----------------------------------------------------------------------------------------------
-- Lazy lists. A search over a large corpus can match millions of times, and most uses read
-- only the count or the first screen, so a search's list makes each item when it is first
-- read, and keeps it. #, t[i], ipairs, pairs and every List method work as on any list.

local lazy_items = setmetatable({}, { __mode = "k" })  -- list -> { n = count, make = fn(i) }

local function lazy_kind(name, fields)
  local kind = { __name = name, __methods = List }
  for k, v in pairs(fields) do kind[k] = v end
  function kind.__len(t) return lazy_items[t].n end
  function kind.__index(t, k)
    local items = lazy_items[t]
    if math.type(k) == "integer" and k >= 1 and k <= items.n then
      local item = items.make(k)
      rawset(t, k, item)
      return item
    end
    return List[k]
  end
  function kind.__pairs(t)
    return function(_, i)
      i = i + 1
      if i <= #t then return i, t[i] end
    end, t, 0
  end
  return kind
end

local lazy_kinds = {
  -- __columns: the REPL prints the first rows as a table without reading the others
  hits = lazy_kind("List", { __columns = { "article", "field", "paragraph", "offset", "text", "sentence" } }),
  kwic = lazy_kind("KWIC", { __card = concordance_card }),
}

local function lazy(kind, n, make)
  local t = setmetatable({}, lazy_kinds[kind])
  lazy_items[t] = { n = n, make = make }
  return t
end

return List, lazy
"""#
