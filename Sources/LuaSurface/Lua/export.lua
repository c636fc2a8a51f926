-- Exports: lists (and corpora) as CSV, JSON Lines and Markdown tables, and dossier.json.
-- Records become rows; an article inside a record becomes its id, title and date.
--
-- Loaded with (List, kit); returns json(v) for dossier.json and the Corpus export methods.

local List, kit = ...


local json  -- defined below; flatten writes nested tables with it

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
      for i, x in ipairs(v) do parts[i] = type(x) == "table" and (rawget(x, "name") or rawget(x, "text") or json(x)) or tostring(x) end
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
function kit.text_of(v)
  if v == nil then return "" end
  if math.type(v) == "float" then
    if v == math.floor(v) and math.abs(v) < 2^53 then return string.format("%d", v) end
    local s = string.format("%.15g", v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end
    return s
  end
  return tostring(v)
end

--- Writes the whole file or raises: a full disk or a closed pipe must not pass for success.
local function write_file(path, text)
  local handle, problem = io.open(path, "wb")
  if not handle then kit.raise(problem) end
  local written, write_problem = handle:write(text)
  local closed, close_problem = handle:close()
  if not written or not closed then kit.raise(path .. ": " .. tostring(write_problem or close_problem)) end
end

--- CSV (RFC 4180, UTF-8; opts.bom = true adds the byte-order mark Excel wants).
local function to_csv(items, path, opts)
  opts = kit.options(opts, { bom = true, columns = true }, "to_csv")
  local rows, columns = table_of(items, opts)
  local function cell(v)
    local s = kit.text_of(v)
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

function json(v)
  local t = type(v)
  if v == nil then return "null" end
  if t == "boolean" then return tostring(v) end
  if t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then return "null" end
    return kit.text_of(v)
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
  opts = kit.options(opts, { columns = true }, "to_markdown")
  local rows, columns = table_of(items, opts)
  local function cell(v) return (kit.text_of(v):gsub("|", "\\|"):gsub("\r?\n", "<br>")) end
  local out = { "| " .. table.concat(columns, " | ") .. " |", "|" .. string.rep(" --- |", #columns) }
  for _, row in ipairs(rows) do
    local cells = {}
    for i, c in ipairs(columns) do cells[i] = cell(row[c]) end
    out[#out + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  return table.concat(out, "\n") .. "\n"
end

List.to_csv, List.to_jsonl, List.to_markdown = to_csv, to_jsonl, to_markdown
local corpus_methods = {
  to_csv = function(c, path, opts) return to_csv(c:articles(), path, opts) end,
  to_jsonl = function(c, path) return to_jsonl(c:articles(), path) end,
  to_markdown = function(c, opts) return to_markdown(c:articles(), opts) end,
}

return json, corpus_methods
