-- Lazy lists. A search over a large corpus can match millions of times, and varied text has
-- millions of distinct word pairs; most uses read only the count or the first screen, so
-- these lists make each item when it is first read, and keep it. #, t[i], ipairs, pairs and every List method work as on any list.
-- A concordance (KWIC) is such a list that the REPL prints as aligned lines.
--
-- Loaded with (List, kit, the display width of a string); returns lazy(kind, n, make).

local List, kit, width = ...

-- The REPL shows a concordance's first lines, the keyword column centred.
local concordance_shown = 50
local function concordance_card(lines)
  local shown = math.min(#lines, concordance_shown)
  local left_width, match_width = 0, 0
  for i = 1, shown do
    left_width = math.max(left_width, width(lines[i].left))
    match_width = math.max(match_width, width(lines[i].match))
  end
  local out = {}
  for i = 1, shown do
    local l = lines[i]
    out[i] = string.rep(" ", left_width - width(l.left)) .. l.left .. "  " .. l.match
      .. string.rep(" ", match_width - width(l.match)) .. "  " .. l.right
  end
  if #lines > shown then
    out[#out + 1] = string.format("… %d more lines (%d in all); k[i] reads one, k:to_csv(path) writes all", #lines - shown, #lines)
  else
    out[#out + 1] = string.format("(%d lines)", #lines)
  end
  return table.concat(out, "\n")
end

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
    return List.__index(t, k)
  end
  function kind.__pairs(t)
    return function(_, i)
      i = i + 1
      if i <= #t then return i, t[i] end
    end, t, 0
  end
  return kind
end

-- Each kind's record fields; __columns: the REPL prints the first rows as a table without
-- reading the others.
local columns = {
  hits = { "article", "field", "paragraph", "offset", "text", "sentence" },
  compound = { "article", "field", "paragraph", "offset", "text", "sentence", "terms" },
  words = { "key", "count", "articles" },
  ngrams = { "key", "count", "words" },
  collocates = { "key", "together", "count", "score" },
  pairs = { "a", "b", "count" },
}
local lazy_kinds = { kwic = lazy_kind("KWIC", { __card = concordance_card }) }
local record_fields = { kwic = kit.field_set({ "left", "match", "right", "article", "field", "offset" }) }
for kind, fields in pairs(columns) do
  lazy_kinds[kind] = lazy_kind("List", { __columns = fields })
  record_fields[kind] = kit.field_set(fields)
end

local function lazy(kind, n, make)
  local t = setmetatable({}, lazy_kinds[kind])
  lazy_items[t] = { n = n, make = make }
  kit.declare_fields(t, record_fields[kind])
  return t
end

return lazy
