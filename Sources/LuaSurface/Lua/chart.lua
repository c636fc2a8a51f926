-- Terminal charts: Unicode block bars (in eighths) sized to the terminal; the `chart` namespace.
--
-- Loaded with (List, kit, the display width of a string, the terminal's width in columns);
-- returns the chart table.

local List, kit, width, columns = ...

local Chart = { __name = "Chart" }
Chart.__tostring = function(c) return c.text end
Chart.__card = Chart.__tostring
local EIGHTHS = { "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█" }

local function bar(length)
  local whole, part = math.floor(length), math.floor((length % 1) * 8)
  return string.rep("█", whole) .. (part > 0 and EIGHTHS[part] or "")
end

local function bar_chart(records, label, value, opts)
  opts = kit.options(opts, { width = true }, "chart.bar")
  local get_label, get_value = kit.getter(records, label or "key", "chart.bar"), kit.getter(records, value or "count", "chart.bar")
  local rows, label_width, most, value_width = {}, 0, 0, 0
  for _, r in ipairs(records) do
    local name, v = tostring(get_label(r)), tonumber(get_value(r)) or 0
    rows[#rows + 1] = { name, v }
    label_width = math.max(label_width, width(name))
    most = math.max(most, v)
    value_width = math.max(value_width, #kit.text_of(v))
  end
  local room = math.max(10, (opts.width or columns()) - label_width - value_width - 3)
  local lines = {}
  for _, row in ipairs(rows) do
    local length = most > 0 and row[2] / most * room or 0
    lines[#lines + 1] = row[1] .. string.rep(" ", label_width - width(row[1])) .. " "
      .. string.rep(" ", value_width - #kit.text_of(row[2])) .. kit.text_of(row[2]) .. " " .. bar(length)
  end
  return setmetatable({ text = table.concat(lines, "\n") }, Chart)
end

-- Dispersion: where a term falls across a corpus ordered by date, and within its articles.

local period_keys = {
  year = function(date) return date:sub(1, 4) end,
  month = function(date) return #date >= 7 and date:sub(1, 7) or nil end,
  day = function(date) return #date >= 10 and date or nil end,
}

--- The corpus's articles by period (in date order within each), and the periods in order;
--- articles without a date precise enough go under "undated", last.
local function articles_by_period(c, key_of)
  local groups, order = {}, {}
  for a in c:each() do
    local key = a.date and key_of(a.date) or "undated"
    if not groups[key] then
      groups[key] = {}
      order[#order + 1] = key
    end
    local list = groups[key]
    list[#list + 1] = a
  end
  table.sort(order, function(x, y)
    if (x == "undated") ~= (y == "undated") then return y == "undated" end
    return x < y
  end)
  for _, list in pairs(groups) do table.sort(list, function(x, y) return (x.date or "") < (y.date or "") end) end
  return groups, order
end

--- One period's strip: its articles side by side, each as wide as its text is long; a cell
--- holding a hit is ▮, others ·.
local function strip(articles, hits_of, room)
  local total = 0
  for _, a in ipairs(articles) do total = total + math.max(#a.text, 1) end
  local cells = {}
  for i = 1, room do cells[i] = "·" end
  local before = 0
  for _, a in ipairs(articles) do
    for _, offset in ipairs(hits_of[a] or {}) do
      local cell = math.min(room, math.floor((before + offset - 1) / total * room) + 1)
      cells[cell] = "▮"
    end
    before = before + math.max(#a.text, 1)
  end
  return table.concat(cells)
end

local function dispersion(c, term, opts)
  opts = kit.options(opts, { by = { "year", "month", "day" }, width = true }, "chart.dispersion")
  if type(term) ~= "string" then kit.raise("chart.dispersion: term is a string, got " .. type(term)) end
  local hits_of, thirds, total = {}, { 0, 0, 0 }, 0
  for _, hit in ipairs(c:search(term, { fields = { "text" } })) do
    local a = hit.article
    hits_of[a] = hits_of[a] or {}
    table.insert(hits_of[a], hit.offset)
    local at = (hit.offset - 1) / math.max(#a.text, 1)
    local part = at < 0.2 and 1 or at >= 0.8 and 3 or 2
    thirds[part], total = thirds[part] + 1, total + 1
  end
  local groups, order = articles_by_period(c, period_keys[opts.by or "month"])
  local label_width = 0
  for _, key in ipairs(order) do label_width = math.max(label_width, width(key)) end
  local rows = {}
  for _, key in ipairs(order) do
    local hits, with = 0, 0
    for _, a in ipairs(groups[key]) do
      if hits_of[a] then hits, with = hits + #hits_of[a], with + 1 end
    end
    rows[#rows + 1] = { key = key, articles = groups[key], figures = string.format("%d in %d/%d", hits, with, #groups[key]) }
  end
  local figures_width = 0
  for _, row in ipairs(rows) do figures_width = math.max(figures_width, #row.figures) end
  local room = math.max(10, (opts.width or columns()) - label_width - figures_width - 2)
  local lines = { string.format("%s: %d hits in %d articles, by %s (▮ a hit; each article as wide as it is long)", term, total,
    #c, opts.by or "month") }
  for _, row in ipairs(rows) do
    lines[#lines + 1] = row.key .. string.rep(" ", label_width - width(row.key)) .. " " .. strip(row.articles, hits_of, room)
      .. " " .. row.figures
  end
  local most = math.max(thirds[1], thirds[2], thirds[3], 1)
  local names = { "lead (first fifth)", "body", "end (last fifth)" }
  lines[#lines + 1] = "where in the articles:"
  for i, name in ipairs(names) do
    lines[#lines + 1] = string.format("  %-18s %5d %s", name, thirds[i], bar(thirds[i] / most * math.max(10, room // 2)))
  end
  return setmetatable({ text = table.concat(lines, "\n"), rows = rows, lead = thirds[1], body = thirds[2], ["end"] = thirds[3] }, Chart)
end

return {
  bar = bar_chart,
  dispersion = dispersion,
  timeline = function(records, period, value, opts)
    local get = kit.getter(records, period or "period", "chart.timeline")
    return bar_chart(List.of({ table.unpack(records) }):sort_by(get), period or "period", value or "count", opts)
  end,
}

