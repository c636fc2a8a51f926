/// The list type every list dossier returns has, and the corpus-wide record lists. Loaded
/// with (the List metatable, the Corpus class's methods table).
let listSource = #"""
local List, corpus_methods, KWIC = ...
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

-- Corpus-wide records: each article's records, each with its `article`.
for _, name in ipairs({ "numbers", "people", "orgs", "places", "terms" }) do
  corpus_methods[name] = function(c)
    local out = new()
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
KWIC.__index = List
KWIC.__name = "KWIC"
KWIC.__card = function(lines)
  local left_width, match_width = 0, 0
  for _, l in ipairs(lines) do
    left_width = math.max(left_width, dossier.width(l.left))
    match_width = math.max(match_width, dossier.width(l.match))
  end
  local out = {}
  for _, l in ipairs(lines) do
    out[#out + 1] = string.rep(" ", left_width - dossier.width(l.left)) .. l.left .. "  " .. l.match
      .. string.rep(" ", match_width - dossier.width(l.match)) .. "  " .. l.right
  end
  out[#out + 1] = string.format("(%d lines)", #lines)
  return table.concat(out, "\n")
end

return List
"""#
