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

return {
  bar = bar_chart,
  timeline = function(records, period, value, opts)
    local get = kit.getter(records, period or "period", "chart.timeline")
    return bar_chart(List.of({ table.unpack(records) }):sort_by(get), period or "period", value or "count", opts)
  end,
}

