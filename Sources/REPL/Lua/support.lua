-- The REPL's Lua half: evaluation with locals kept across lines, the pretty printer,
-- completion and help(). It keeps private copies of the library functions it uses, so
-- a session that reassigns `print`, `load` or `debug` does not break the prompt.
-- Loaded once per state with (display width function, docs table, classes: name -> methods
-- table, closest(name, candidates) for suggestions); returns its functions.

local width, docs, classes, closest = ...
local load, xpcall, select, type, tostring, pairs, next, rawget, rawequal, pcall =
      load, xpcall, select, type, tostring, pairs, next, rawget, rawequal, pcall
local pack, unpack, concat, sort = table.pack, table.unpack, table.concat, table.sort
local format, rep, gsub, match, find, sub, byte = string.format, string.rep, string.gsub,
      string.match, string.find, string.sub, string.byte
local getlocal, getmetatable, traceback = debug.getlocal, debug.getmetatable, debug.traceback
local ipairs, remove, min, max, gmatch, tonumber = ipairs, table.remove, math.min, math.max, string.gmatch, tonumber
local utf8codes, utf8char = utf8.codes, utf8.char
local mathtype = math.type
local stdout = io.stdout
local G = _G
local standard_print = print

local M = {}

----------------------------------------------------------------------------------------------
-- Locals typed at the prompt stay visible on the following lines: each chunk is compiled
-- behind a prelude that declares the kept locals (on the chunk's first line, so line numbers
-- hold) and ends with a call that reads its locals back with debug.getlocal.
local CAPTURE = "__dossier_keep_locals"
local MAX_KEPT = 150  -- Lua allows 200 locals per function; leave room for the user's own
local kept_names, kept_values = {}, {}

local function keep(name, value)
  for i = #kept_names, 1, -1 do
    if kept_names[i] == name then remove(kept_names, i); remove(kept_values, i) end
  end
  if #kept_names >= MAX_KEPT then remove(kept_names, 1); remove(kept_values, 1) end
  kept_names[#kept_names + 1] = name
  kept_values[#kept_names] = value
end

local function capture()
  local found, i = {}, 1
  while true do
    local name, value = getlocal(2, i)
    if not name then break end
    if sub(name, 1, 1) ~= "(" and name ~= CAPTURE then found[#found + 1] = { name, value } end
    i = i + 1
  end
  for _, pair in ipairs(found) do keep(pair[1], pair[2]) end
end

local function prelude()
  if #kept_names == 0 then return "local " .. CAPTURE .. " = ...; " end
  return "local " .. CAPTURE .. ", " .. concat(kept_names, ", ") .. " = ...; "
end

local pending, pending_mode

--- Compiles a chunk typed at the prompt. Returns "ok", "incomplete" or "error", message.
function M.compile(source)
  if sub(source, 1, 1) == "=" then source = "return " .. sub(source, 2) end  -- Lua 5.2 habit
  if M.plain_results then  -- piped input: as lua.c, no locals kept and no ';' to hide results
    local fn = load("return " .. source, "=stdin", "t")
    if fn then pending, pending_mode = fn, "print"; return "ok" end
    local err
    fn, err = load(source, "=stdin", "t")
    if not fn then return sub(err, -5) == "<eof>" and "incomplete" or "error", err end
    pending, pending_mode = fn, "print"
    return "ok"
  end
  local head = prelude()
  local silent = find(source, ";%s*$") ~= nil
  local fn = load(head .. "return " .. source, "=stdin", "t")
  if fn then
    pending, pending_mode = fn, silent and "silent" or "print"
    return "ok"
  end
  local err
  fn, err = load(head .. source, "=stdin", "t")
  if not fn then
    if sub(err, -5) == "<eof>" then return "incomplete", err end
    return "error", err
  end
  pending = load(head .. source .. "\n;" .. CAPTURE .. "()", "=stdin", "t") or fn
  pending_mode = silent and "silent" or "print"
  return "ok"
end

local function short_traceback(message)
  local text = traceback(message, 2)
  -- drop the frames of this support code and the xpcall that called the chunk
  local cut = find(text, "\n%s*%[C%]: in function 'xpcall'")
  return cut and sub(text, 1, cut - 1) or text
end

local function handler(e)
  if type(e) ~= "string" then
    local mt = getmetatable(e)
    if mt and mt.__tostring then
      local ok, s = pcall(tostring, e)
      if ok then e = s end
    end
    if type(e) ~= "string" then e = format("(error object is a %s value)", type(e)) end
  end
  return short_traceback(e)
end

--- The prompt, as lua.c makes it: _PROMPT (or _PROMPT2 when continuing) through tostring, so
--- a table with __tostring works; the default when it is nil or its __tostring fails.
function M.prompt(continuing)
  local value = G[continuing and "_PROMPT2" or "_PROMPT"]
  local default = continuing and ">> " or "> "
  if value == nil then return default end
  local ok, text = pcall(tostring, value)
  return ok and type(text) == "string" and text or default
end

--- From now on chunks run as lua.c runs them (input is piped): results shown by the global
--- print, locals not kept, a trailing ';' hiding nothing.
function M.use_plain_results() M.plain_results = true end

--- Runs the compiled chunk; prints its results. Returns true, or false and the message.
function M.run()
  local fn, mode = pending, pending_mode
  pending = nil
  local results = pack(xpcall(fn, handler, capture, unpack(kept_values, 1, #kept_names)))
  if not results[1] then return false, results[2] end
  if results.n > 1 then
    G._ = results[2]
    if mode == "print" then
      local print_now = G.print
      if M.plain_results or (print_now ~= standard_print and print_now ~= M.print) then
        -- as lua.c does: results go through the global print when input is piped (scripts that
        -- drive `lua -i` read what lua.c prints), or when the session replaced print or removed it
        local ok, problem = pcall(print_now, unpack(results, 2, results.n))
        if not ok then return false, "error calling 'print' (" .. tostring(problem) .. ")" end
      else
        local shown = {}
        for i = 2, results.n do shown[#shown + 1] = M.inspect(results[i]) end
        stdout:write(concat(shown, "\t"), "\n")
      end
    end
  end
  stdout:flush()
  return true
end

----------------------------------------------------------------------------------------------
-- Pretty printer.

--- Text as the terminal may show it: corpus text can hold ESC sequences (which retitle the
--- window or clear the screen), other C0 and C1 controls; each is written as an escape.
--- Tabs and line breaks stay.
local function terminal_safe(s)
  s = gsub(s, "[%z\1-\8\11-\31\127]", function(c) return format("\\%03d", byte(c)) end)
  return (gsub(s, "\194([\128-\159])", function(c) return format("\\u{%X}", byte(c)) end))
end
M.terminal_safe = terminal_safe

local function quote(s)
  return '"' .. gsub(s, '[%c"\\]', function(c)
    if c == "\n" then return "\\n" elseif c == "\t" then return "\\t"
    elseif c == "\r" then return "\\r" elseif c == '"' then return '\\"'
    elseif c == "\\" then return "\\\\" end
    return format("\\%03d", byte(c))
  end) .. '"'
end

local function safe_tostring(v)
  local ok, s = pcall(tostring, v)
  if ok and type(s) == "string" then return s end
  return "<" .. type(v) .. ": __tostring failed>"
end

local function is_identifier(k)
  return type(k) == "string" and match(k, "^[%a_][%w_]*$") ~= nil
end

local type_order = { number = 1, string = 2, boolean = 3 }
local function key_before(a, b)
  local ta, tb = type_order[type(a)] or 4, type_order[type(b)] or 4
  if ta ~= tb then return ta < tb end
  if ta <= 2 then return a < b end
  return safe_tostring(a) < safe_tostring(b)
end

--- How many items of the sequence part, and the other keys, sorted.
local function layout(t)
  local n = 0
  while rawget(t, n + 1) ~= nil do n = n + 1 end
  local keys = {}
  for k in next, t do
    if not (mathtype(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  sort(keys, key_before)
  return n, keys
end

local function scalar(v)
  local tv = type(v)
  if tv == "string" then return quote(v) end
  if tv == "table" then
    local mt = getmetatable(v)
    if mt and rawget(mt, "__tostring") then return safe_tostring(v) end
    if #v > 0 then return format("{%d items}", #v) end
    return next(v) == nil and "{}" or "{…}"
  end
  if tv == "userdata" then return safe_tostring(v) end
  return tostring(v)
end

-- A list of records: a sequence of two or more tables whose string keys are all the same.
local function record_columns(t, n, keys)
  if n < 2 or #keys > 0 then return nil end
  local columns, signature
  for i = 1, n do
    local row = rawget(t, i)
    if type(row) ~= "table" or getmetatable(row) ~= nil then return nil end
    local rn, rkeys = layout(row)
    if rn > 0 or #rkeys == 0 then return nil end
    for _, k in ipairs(rkeys) do if type(k) ~= "string" then return nil end end
    local s = concat(rkeys, "\0")
    if signature and s ~= signature then return nil end
    signature, columns = s, rkeys
  end
  return columns
end

-- The record keys in the order asked for first, then the others alphabetically.
local function ordered(columns, wanted)
  local present, out, used = {}, {}, {}
  for _, c in ipairs(columns) do present[c] = true end
  for _, c in ipairs(wanted) do if present[c] and not used[c] then out[#out + 1] = c; used[c] = true end end
  for _, c in ipairs(columns) do if not used[c] then out[#out + 1] = c end end
  return out
end

local function truncate(s, limit)
  if width(s) <= limit then return s end
  local out, w = {}, 0
  for _, c in utf8codes(s) do
    local ch = utf8char(c)
    local cw = width(ch)
    if w + cw > limit - 1 then break end
    out[#out + 1] = ch
    w = w + cw
  end
  return concat(out) .. "…"
end

local function pad(s, w, right)
  local fill = rep(" ", w - width(s))
  return right and fill .. s or s .. fill
end

--- Renders a list of records as an aligned table; widths count CJK characters as two columns.
function M.table(rows, columns, opts)
  opts = opts or {}
  local max_rows, max_cell = opts.rows or 20, opts.cell or 40
  local shown = min(#rows, max_rows)
  local cells, widths, numeric = {}, {}, {}
  local header = { "#" }
  for j, c in ipairs(columns) do header[j + 1] = c; numeric[j + 1] = true end
  numeric[1] = true
  for j, h in ipairs(header) do widths[j] = width(h) end
  for i = 1, shown do
    local row, line = rows[i], { tostring(i) }
    for j, c in ipairs(columns) do
      local v = row[c]
      if type(v) ~= "number" and v ~= nil then numeric[j + 1] = false end
      line[j + 1] = v == nil and "" or truncate(type(v) == "string" and gsub(v, "%s+", " ") or scalar(v), max_cell)
    end
    for j, s in ipairs(line) do if width(s) > widths[j] then widths[j] = width(s) end end
    cells[i] = line
  end
  local out = {}
  local function emit(line)
    local parts = {}
    for j, s in ipairs(line) do parts[j] = pad(s, widths[j], numeric[j] and j > 1) end
    out[#out + 1] = (gsub(concat(parts, "  "), "%s+$", ""))
  end
  emit(header)
  local rule = {}
  for j, w in ipairs(widths) do rule[j] = rep("─", w) end
  out[#out + 1] = concat(rule, "  ")
  for i = 1, shown do emit(cells[i]) end
  if #rows > shown then
    out[#out + 1] = format("… %d more rows (%d in all); print(inspect(t, {rows = %d})) shows them",
      #rows - shown, #rows, #rows)
  else
    out[#out + 1] = format("(%d rows)", #rows)
  end
  return concat(out, "\n")
end

-- An object's card (__card, e.g. an article) when it is shown on its own.
local function card(v)
  local mt = getmetatable(v)
  local make = mt and type(mt) == "table" and rawget(mt, "__card")
  if type(make) ~= "function" then return nil end
  local ok, text = pcall(make, v)
  return ok and type(text) == "string" and text or nil
end

local function render(v, opts, indent, path)
  if indent == "" and (type(v) == "userdata" or type(v) == "table") then
    local text = card(v)
    if text then return text end
  end
  if type(v) ~= "table" then return scalar(v) end
  local mt = getmetatable(v)
  if mt and rawget(mt, "__tostring") then return safe_tostring(v) end
  -- a list that names its columns (a search's hits) is shown without reading every row
  local named = indent == "" and mt and rawget(mt, "__columns")
  if named then
    if #v == 0 then return "{}" end
    return M.table(v, opts.columns and ordered(named, opts.columns) or named, opts)
  end
  if path[v] then return "<cycle>" end
  local depth = 0
  for _ in pairs(path) do depth = depth + 1 end
  if depth >= opts.depth then return "{...}" end
  local n, keys = layout(v)
  if n + #keys == 0 then return "{}" end
  local columns = indent == "" and record_columns(v, n, keys)
  if columns then return M.table(v, opts.columns and ordered(columns, opts.columns) or columns, opts) end
  path[v] = true
  local items, limit = {}, opts.items
  for i = 1, min(n, limit) do items[#items + 1] = render(v[i], opts, indent .. "  ", path) end
  for i = 1, min(#keys, limit - #items) do
    local k = keys[i]
    local label = is_identifier(k) and k or "[" .. scalar(k) .. "]"
    items[#items + 1] = label .. " = " .. render(rawget(v, k), opts, indent .. "  ", path)
  end
  path[v] = nil
  local hidden = n + #keys - #items
  if hidden > 0 then items[#items + 1] = format("… (%d more)", hidden) end
  local inline = "{ " .. concat(items, ", ") .. " }"
  if not find(inline, "\n") and width(indent) + width(inline) <= opts.line then return inline end
  local inner = indent .. "  "
  return "{\n" .. inner .. concat(items, ",\n" .. inner) .. "\n" .. indent .. "}"
end

--- The readable form of any value.
function M.inspect(v, opts)
  opts = opts or {}
  local o = { depth = opts.depth or 6, items = opts.items or 50, line = opts.line or 78,
              rows = opts.rows, cell = opts.cell, columns = opts.columns }
  return terminal_safe(render(v, o, "", {}))
end

--- print for an interactive session on a terminal: as print, control characters escaped.
function M.print(...)
  local shown = {}
  for i = 1, select("#", ...) do shown[i] = terminal_safe(safe_tostring((select(i, ...)))) end
  stdout:write(concat(shown, "\t"), "\n")
end

function M.pp(...)
  local shown = {}
  for i = 1, select("#", ...) do shown[i] = M.inspect((select(i, ...))) end
  stdout:write(concat(shown, "\t"), "\n")
end

----------------------------------------------------------------------------------------------
-- Completion.

local keywords = { "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
  "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until",
  "while" }

-- The table whose keys are a value's fields: itself, or __index tables up the chain.
local function field_tables(v)
  local found, seen = {}, {}
  while v ~= nil and not seen[v] do
    seen[v] = true
    if type(v) == "table" then found[#found + 1] = v end
    local mt = getmetatable(v)
    if not mt then break end
    if type(rawget(mt, "__methods")) == "table" then found[#found + 1] = rawget(mt, "__methods") end
    if type(rawget(mt, "__fields")) == "table" then found[#found + 1] = rawget(mt, "__fields") end
    local index = rawget(mt, "__index")
    v = type(index) == "table" and index or nil
  end
  return found
end

local function lookup(v, name)
  for _, t in ipairs(field_tables(v)) do
    local found = rawget(t, name)
    if found ~= nil then return found end
  end
end

-- What a call returns, for completing after it without running it (c:people():fi⇥ must not
-- extract people). A method of a dossier class returns a List unless listed here; false
-- means "not something to complete on". "string" completes string methods.
local call_results = {
  ["List.of"] = "List", ["Corpus:filter"] = "Corpus", ["Corpus:each"] = false, ["Corpus:extract"] = false,
  ["Corpus:index"] = false, ["Corpus:to_csv"] = false, ["Corpus:to_jsonl"] = false, ["Corpus:to_markdown"] = "string",
  ["Article:simplified"] = "string", ["Article:traditional"] = "string",
  ["List:first"] = false, ["List:count"] = false, ["List:sum"] = false, ["List:to_csv"] = false,
  ["List:to_jsonl"] = false, ["List:to_markdown"] = "string",
}

-- The class a value belongs to, for call_results: "Corpus", "Article", "List" or nil.
local function class_of(v)
  for name, methods in pairs(classes) do
    if rawequal(v, methods) then return name end
  end
  local mt = getmetatable(v)
  if type(mt) ~= "table" then return nil end
  if type(v) == "userdata" then return rawget(mt, "__name") end
  if rawequal(mt, classes.List) or rawequal(rawget(mt, "__methods"), classes.List) then return "List" end
end

-- A stand-in for what a call returns: the class's methods table (completion only reads its
-- keys), a string for string methods, or nil.
local function call_result(v, name, sep)
  local class = class_of(v)
  local key = class and (class .. sep .. name)
  local result = key and call_results[key]
  if result == nil and key and sep == ":" then result = "List" end
  if sep == "." and name == "load" and rawequal(v, rawget(G, "corpus")) then result = "Corpus" end
  if result == "string" then return "" end
  return result and classes[result] or nil
end

-- The text between a closing bracket at `close` and its opening one, going back; nil if
-- unbalanced. Brackets inside quoted strings are not told apart (rare at a prompt).
local function opening(text, close)
  local pairs_of = { [")"] = "(", ["]"] = "[", ["}"] = "{" }
  local depth, want, shut = 0, pairs_of[sub(text, close, close)], sub(text, close, close)
  for i = close, 1, -1 do
    local ch = sub(text, i, i)
    if ch == shut then depth = depth + 1 elseif ch == want then depth = depth - 1 end
    if depth == 0 then return i end
  end
end

--- The chain of steps before the cursor: `corpus[1]:pe` is corpus, [1], then ":" and "pe".
--- Returns base, steps ({sep, name} or {call} or {index = literal}), sep, prefix; or nil.
local function parse_chain(text)
  local prefix = match(text, "[%w_]*$")
  local rest = sub(text, 1, #text - #prefix)
  local sep = match(rest, "[%.:]$")
  if not sep then return nil, nil, nil, prefix end
  rest = sub(rest, 1, #rest - 1)
  local steps = {}
  while true do
    local last = sub(rest, -1)
    if last == ")" or last == "]" or last == "}" then
      local open = opening(rest, #rest)
      if not open then return nil end
      local inside = sub(rest, open + 1, #rest - 1)
      if last ~= "]" then  -- f(…) or f{…}
        steps[#steps + 1] = { call = true }
      else
        local key = tonumber(inside) or match(inside, '^%s*"([^"]*)"%s*$') or match(inside, "^%s*'([^']*)'%s*$")
        if key == nil then return nil end
        steps[#steps + 1] = { index = key }
      end
      rest = sub(rest, 1, open - 1)
    else
      local name = match(rest, "[%a_][%w_]*$")
      if not name then return nil end
      rest = sub(rest, 1, #rest - #name)
      local before = match(rest, "[%.:]$")
      if not before then
        local reversed = {}
        for i = #steps, 1, -1 do reversed[#reversed + 1] = steps[i] end
        return name, reversed, sep, prefix
      end
      steps[#steps + 1] = { sep = before, name = name }
      rest = sub(rest, 1, #rest - 1)
    end
  end
end

local function kept_value(name)
  for i = #kept_names, 1, -1 do
    if kept_names[i] == name then return kept_values[i], true end
  end
end

-- Follows the steps from the base value without calling anything; nil when lost.
local function follow(base, steps)
  local value, found = kept_value(base)
  if not found then value = rawget(G, base) end
  local i = 1
  while value ~= nil and i <= #steps do
    local step, after = steps[i], steps[i + 1]
    if step.name and after and after.call then
      value = call_result(value, step.name, step.sep)
      i = i + 2
    elseif step.name then
      local direct = type(value) == "table" and rawget(value, step.name)
      if direct == nil and type(value) == "userdata" then
        local ok, field = pcall(function() return value[step.name] end)
        direct = ok and field or nil
      end
      value = direct or lookup(value, step.name)
      i = i + 1
    elseif step.index ~= nil and type(value) == "userdata" then
      local ok, item = pcall(function() return value[step.index] end)
      value = ok and item or nil
      i = i + 1
    elseif step.index ~= nil and type(value) == "table" then
      value = rawget(value, step.index)
      i = i + 1
    else
      return nil
    end
  end
  return value
end

-- readline replaces the text after the last of these characters (LineEditor.c), so each
-- candidate keeps that text and changes only the name being typed: nothing typed is rewritten.
local WORD = "[^%s\"\\'`@$><=;|&{(,+%-*/%%^~#%[%]}%)]*$"

--- Candidates for the name before the cursor: globals, keywords, kept locals, `t.field`,
--- `obj:method` (methods from metatables included), also after calls and brackets:
--- `c:people():fi`, `corpus[1]:pe`. Each is the word readline replaces, completed.
function M.complete(line, cursor)
  local text = sub(line, 1, cursor)
  local base, steps, sep, prefix = parse_chain(text)
  local word = match(text, WORD)
  local typed = sub(word, 1, #word - #prefix)
  local names = {}
  local function offer(name, value, methods_only)
    if type(name) == "string" and is_identifier(name) and sub(name, 1, #prefix) == prefix
       and not (methods_only and type(value) ~= "function") then
      names[typed .. name] = true
    end
  end
  if not sep then
    for k, v in next, G do offer(k, v) end
    for _, k in ipairs(keywords) do offer(k) end
    for _, k in ipairs(kept_names) do offer(k) end
  elseif base then
    local value = follow(base, steps)
    if value == nil then return {} end
    for _, t in ipairs(field_tables(value)) do
      for k, v in next, t do offer(k, v, sep == ":") end
    end
  end
  local list = {}
  for name in pairs(names) do list[#list + 1] = name end
  sort(list)
  return list
end

----------------------------------------------------------------------------------------------
-- help()

-- Docs are registered under one name each: "zh.t2s", "Corpus:search" (a method),
-- "Article.title" (a field), "List.of". help() accepts what a user would type instead.
local receivers = { c = "Corpus", a = "Article", l = "List", corpus = "Corpus", article = "Article", list = "List" }

--- The doc names a string may mean: itself, "c:search" as "Corpus:search", or every
--- documented name whose last part is the string ("search").
local function doc_names(name)
  if docs[name] then return { name } end
  local receiver, sep, member = match(name, "^([%w_]+)([%.:])([%w_]+)$")
  local class = receiver and receivers[receiver]
  if class then
    for _, s in ipairs({ sep, ":", "." }) do
      if docs[class .. s .. member] then return { class .. s .. member } end
    end
  end
  local found = {}
  for doc_name in pairs(docs) do
    if match(doc_name, "[%.:]([%w_]+)$") == name then found[#found + 1] = doc_name end
  end
  sort(found)
  return found
end

--- The value a doc name stands for: a global path, or a class's method.
local function resolve(name)
  local class, method = match(name, "^([%w_]+):([%w_]+)$")
  if class then
    local methods = classes[class]
    return methods and rawget(methods, method)
  end
  local value = G
  for part in gmatch(name, "[^%.]+") do
    if type(value) ~= "table" then return nil end
    value = rawget(value, part)
  end
  return value
end

--- The doc names of a value (a function, a class table): found by identity.
local function names_of(f)
  local found = {}
  for name in pairs(docs) do
    if rawequal(resolve(name), f) then found[#found + 1] = name end
  end
  for class, methods in pairs(classes) do
    if rawequal(methods, f) then found[#found + 1] = class end
  end
  sort(found)
  return found
end

local function show_list(names, heading)
  local w = 0
  for _, name in ipairs(names) do w = max(w, width(docs[name].signature)) end
  local out = { heading }
  for _, name in ipairs(names) do
    local doc = docs[name]
    out[#out + 1] = "  " .. pad(doc.signature, w) .. "  " .. doc.summary
  end
  stdout:write(concat(out, "\n"), "\n")
end

local function show_one(doc)
  local out = { doc.signature, "", doc.summary }
  if doc.details ~= "" then out[#out + 1] = ""; out[#out + 1] = doc.details end
  if doc.example ~= "" then
    out[#out + 1] = ""
    out[#out + 1] = "Example:"
    out[#out + 1] = "  " .. gsub(doc.example, "\n", "\n  ")
  end
  stdout:write(concat(out, "\n"), "\n")
end

--- Everything documented for a class: "Corpus" lists Corpus:… and Corpus.….
local function class_members(class)
  local found = {}
  for name in pairs(docs) do
    if sub(name, 1, #class + 1) == class .. ":" or sub(name, 1, #class + 1) == class .. "." then found[#found + 1] = name end
  end
  sort(found)
  return found
end

function M.help(f)
  if f == nil then
    local names = {}
    for name in pairs(docs) do names[#names + 1] = name end
    sort(names)
    return show_list(names, "Functions dossier adds to Lua (help(f), help(\"c:search\") or help(\"search\") for one):")
  end
  local names
  if type(f) == "string" then
    if classes[f] then
      return show_list(class_members(f), f .. " (help(\"" .. f .. ":name\") for one):")
    end
    names = doc_names(f)
  else
    names = names_of(f)
    if #names == 1 and classes[names[1]] then
      return show_list(class_members(names[1]), names[1] .. ":")
    end
  end
  if #names == 1 then return show_one(docs[names[1]]) end
  if #names > 1 then return show_list(names, format("%d matches (help(\"name\") for one):", #names)) end
  local suggestion = ""
  if type(f) == "string" then
    local candidates = {}
    for name in pairs(docs) do
      candidates[#candidates + 1] = name
      candidates[#candidates + 1] = match(name, "[%.:]([%w_]+)$")
    end
    local best = closest(match(f, "[%.:]([%w_]+)$") or f, candidates)
    if best then suggestion = format(" (did you mean %q?)", best) end
  end
  stdout:write("no help for ", scalar(f), suggestion, "; help() lists what there is\n")
end

return M
