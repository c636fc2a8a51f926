#!/usr/bin/env dossier
-- How often a term occurs per month (or day), in either script, from the articles' dates.
--   dossier -c CORPUS scripts/timeline.lua TERM [--by month|day]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/timeline.lua TERM [--by month|day]
Occurrences of TERM (Simplified or Traditional) per month or day, with a bar per period.
Articles without a date are counted apart. Without -c it reads the bundled sample corpus.]]

local function count_in(text, form)
  local n, from = 0, 1
  while true do
    local s, e = text:find(form, from, true)
    if not s then return n end
    n, from = n + 1, e + 1
  end
end

function M.analyse(c, term, by)
  local forms = { term }
  for _, f in ipairs({ zh.s2t(term), zh.t2s(term) }) do if f ~= term and f ~= forms[2] then forms[#forms + 1] = f end end
  local periods, undated, total = {}, 0, 0
  for a in c:each() do
    local n = 0
    for _, form in ipairs(forms) do n = n + count_in(a.title .. "\n" .. a.text, form) end
    if n > 0 then
      total = total + n
      if a.date then
        local period = by == "day" and a.date or a.date:sub(1, 7)
        periods[period] = (periods[period] or 0) + n
      else
        undated = undated + n
      end
    end
  end
  local rows = {}
  for period, n in pairs(periods) do rows[#rows + 1] = { period = period, count = n } end
  table.sort(rows, function(x, y) return x.period < y.period end)
  return { rows = rows, undated = undated, total = total }
end

function M.main(args)
  local opts, words = common.options(args, { by = "month" }, M.usage)
  if not words[1] then
    io.stderr:write(M.usage, "\n")
    os.exit(2)
  end
  local r = M.analyse(common.corpus(), words[1], opts.by)
  local most = 0
  for _, row in ipairs(r.rows) do most = math.max(most, row.count) end
  for _, row in ipairs(r.rows) do
    print(string.format("%-10s %4d %s", row.period, row.count, string.rep("█", math.ceil(row.count / most * 40))))
  end
  print(string.format("%d occurrences of %s (%d in undated articles)", r.total, words[1], r.undated))
end

if common.is_main("timeline") then M.main(arg) end
return M
