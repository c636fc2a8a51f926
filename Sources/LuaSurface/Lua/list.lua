-- The List type: every list dossier returns is a plain Lua sequence with methods that chain
-- left to right (:filter, :map, :sort_by, :group_by, :sum…), in the manner of Neovim's
-- vim.iter. A field name given to a method must exist on the records, so a typo is an error
-- that suggests the right name instead of an empty or zero answer.
--
-- Loaded with (the List metatable, the registry table of the field names of Swift-made
-- record lists, closest(name, candidates)); returns List and the helpers the other chunks
-- share (kit).

local List, field_names, closest = ...
List.__name = "List"
List.__methods = List  -- where the REPL's completion finds the methods

local kit = {}

--- Raises `message` at the first frame outside dossier's own chunks: the user's line.
function kit.raise(message)
  local level = 2
  while true do
    local info = debug.getinfo(level, "S")
    if not info then break end
    if info.what ~= "C" and not info.source:find("^@dossier/") then break end
    level = level + 1
  end
  error(message, level)
end

local function sorted_keys(set)
  local keys = {}
  for k in pairs(set) do if type(k) == "string" then keys[#keys + 1] = k end end
  table.sort(keys)
  return keys
end

--- "; did you mean 'x'?" for the closest of `names` to `name`, or "".
function kit.hint(name, names)
  local best = type(name) == "string" and closest(name, names)
  return best and ("; did you mean '" .. best .. "'?") or ""
end

--- Checks an options table against the names it may hold; returns it (or an empty table).
--- `allowed` maps each option to true, or to the list of the values it takes.
function kit.options(opts, allowed, where)
  if opts == nil then return {} end
  local names = sorted_keys(allowed)
  if type(opts) ~= "table" then
    kit.raise(string.format("%s: options are a table ({%s = …}), got %s %s", where, names[1] or "name", type(opts),
      type(opts) == "string" and string.format("%q", opts) or ""))
  end
  for key, value in pairs(opts) do
    if not allowed[key] then
      kit.raise(string.format("%s: unknown option '%s'%s (options: %s)", where, tostring(key), kit.hint(key, names),
        table.concat(names, ", ")))
    end
    local values = allowed[key]
    if type(values) == "table" then kit.choice(value, values, where .. ": " .. key) end
  end
  return opts
end

--- Checks that `value` is one of `values` (a list of strings); returns it.
function kit.choice(value, values, what)
  for _, v in ipairs(values) do if v == value then return value end end
  local quoted = {}
  for i, v in ipairs(values) do quoted[i] = string.format("%q", v) end
  kit.raise(string.format("%s must be %s, got %s%s", what, table.concat(quoted, ", "),
    type(value) == "string" and string.format("%q", value) or tostring(value), kit.hint(value, values)))
end

-- Kinds are named as the methods that list them, everywhere: c:freq{by = "people"},
-- c:cooccur("people"). The singular spellings of an earlier version are caught by name.
local plural = { person = "people", org = "orgs", place = "places", term = "terms", word = "words", char = "chars" }

--- kit.choice for a kind of record or token ("people", "words"…).
function kit.kind(value, values, what)
  if plural[value] then
    kit.raise(string.format('%s: "%s" is now "%s" (kinds are named as their methods are: a:people(), c:orgs())', what, value, plural[value]))
  end
  return kit.choice(value, values, what)
end

----------------------------------------------------------------------------------------------
-- Lists and the fields of their records.

local function new(t) return setmetatable(t or {}, List) end
kit.new = new

--- A new list whose records have the same fields as `from`'s.
local function like(from, t)
  local out = new(t)
  field_names[out] = field_names[from]
  return out
end
kit.like = like

--- A set of field names, for kit.declare_fields.
function kit.field_set(names)
  local set = {}
  for _, name in ipairs(names) do set[name] = true end
  return set
end

--- Declares the fields of a list's records (a set from kit.field_set), so a field that every
--- record leaves nil is still one the list's methods accept.
function kit.declare_fields(list, set)
  field_names[list] = set
  return list
end

--- The declared field set of a list, or nil.
function kit.fields_of(list) return field_names[list] end

--- The field names a list's records have, for messages: those Swift declared, else those of
--- the first records.
local function known_fields(list)
  local names = {}
  for name in pairs(field_names[list] or {}) do names[name] = true end
  for i = 1, math.min(#list, 20) do
    local x = list[i]
    if type(x) == "table" then for k in pairs(x) do names[k] = true end end
  end
  return sorted_keys(names)
end

--- Raises unless some record in the list has the field (or Swift declared it for them).
--- Articles check their own fields; so does an empty list, which has nothing to check.
local function check_field(list, key, where)
  if field_names[list] and field_names[list][key] then return end
  local n = #list
  for i = 1, n do
    local x = list[i]
    if type(x) ~= "table" then
      if type(x) == "userdata" then return end
      kit.raise(string.format("%s: the items are %ss, not records, so they have no field '%s'; give no field to use the items themselves",
        where, type(x), key))
    end
    if x[key] ~= nil then return end
  end
  if n == 0 then return end
  local fields = known_fields(list)
  kit.raise(string.format("%s: no record has a field '%s'%s (fields: %s)", where, key, kit.hint(key, fields),
    table.concat(fields, ", ")))
end

--- The function that reads a key from an item: a function as it is, a field name (checked
--- against the list's records), or nil for the item itself.
local function getter(list, key, where)
  if type(key) == "function" then return key end
  if key == nil then return function(x) return x end end
  if type(key) ~= "string" then
    kit.raise(string.format("%s: expected a field name or a function, got %s", where, type(key)))
  end
  check_field(list, key, where)
  return function(x) return x[key] end
end
kit.getter = getter

-- Methods are found on List; any other name is a mistake, reported with the closest method.
List.__index = function(_, key)
  local method = List[key]
  if method ~= nil or type(key) ~= "string" then return method end
  kit.raise(string.format("no method '%s' on List%s (help(\"List\") lists them)", key, kit.hint(key, sorted_keys(List))))
end

function List.of(t) return new(t) end

--- A field's value as filter compares it with a string or number: a record (a.place) by its
--- name, so that c:filter("place", "太原市") means what it says. Any other table would equal
--- no such value, silently: that is an error that says what to write instead.
local function comparable(v, key, where)
  if type(v) ~= "table" then return v end
  local name = rawget(v, "name")
  if name ~= nil then return name end
  kit.raise(string.format("%s: field '%s' is a table with no name, which equals no string or number;"
    .. " filter with a function of the item instead", where, key))
end

--- fn(item) is true, or item[field] is true (or equals value).
function kit.predicate(list, key, value, where)
  local get = getter(list, key, where)
  if value == nil then return function(x) return get(x) end end
  if type(value) == "table" or type(key) ~= "string" then return function(x) return get(x) == value end end
  return function(x) return comparable(get(x), key, where) == value end
end

function List:filter(key, value)
  local keep, out = kit.predicate(self, key, value, "l:filter"), like(self)
  for _, x in ipairs(self) do
    if keep(x) then out[#out + 1] = x end
  end
  return out
end

function List:map(fn)
  local get, out = getter(self, fn, "l:map"), new()
  for i, x in ipairs(self) do
    local v = get(x, i)
    if v ~= nil then out[#out + 1] = v end
  end
  return out
end

function List:sort_by(key, opts)
  local get = getter(self, key, "l:sort_by")
  local descending = kit.options(opts, { desc = true }, "l:sort_by").desc
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
  local out = like(self)
  for i, d in ipairs(decorated) do out[i] = d[3] end
  return out
end

function List:group_by(key)
  local get, groups, out = getter(self, key, "l:group_by"), {}, new()
  local NONE = {}
  for _, x in ipairs(self) do
    local k = get(x)
    local slot = k == nil and NONE or k
    local group = groups[slot]
    if not group then
      group = { key = k, items = like(self), count = 0 }
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
  local keep, n = kit.predicate(self, key, value, "l:count"), 0
  for _, x in ipairs(self) do if keep(x) then n = n + 1 end end
  return n
end

function List:sum(key)
  local get, total = getter(self, key, "l:sum"), 0
  for _, x in ipairs(self) do total = total + (get(x) or 0) end
  return total
end

function List:top(n)
  local out = like(self)
  for i = 1, math.min(n or 10, #self) do out[i] = self[i] end
  return out
end

function List:first() return self[1] end

--- With fn: calls fn(item, i) for each item and returns the list. Without: an iterator
--- for a generic for (for x in l:each() do … end), as c:each() is.
function kit.each(items, fn)
  if fn == nil then
    local i = 0
    return function()
      i = i + 1
      return items[i]
    end
  end
  for i = 1, #items do fn(items[i], i) end
  return items
end
List.each = kit.each

function List:unique(key)
  local get, seen, out = getter(self, key, "l:unique"), {}, like(self)
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

return List, kit
