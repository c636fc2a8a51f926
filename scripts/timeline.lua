#!/usr/bin/env dossier
-- How often a term occurs per month (or day), in either script, from the articles' dates.
--   dossier -c CORPUS scripts/timeline.lua TERM [--by year|quarter|month|week|day]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/timeline.lua TERM [--by year|quarter|month|week|day]
Occurrences of TERM (Simplified or Traditional; titles, decks, captions and body) per month
or day, with a bar per period.
Articles without a date are counted apart. Without -c it reads the bundled sample corpus.]]

function M.analyse(c, term, by)
  local rows = c:timeline(term, { by = by })
  return { rows = rows, undated = rows.undated, total = rows:sum("count") + rows.undated }
end

function M.main(args)
  local opts, words = common.options(args, { by = "month" }, M.usage)
  local term = common.required_word(words, M.usage)
  local r = M.analyse(common.corpus(), term, opts.by)
  local most = 0
  for _, row in ipairs(r.rows) do most = math.max(most, row.count) end
  for _, row in ipairs(r.rows) do
    print(string.format("%-10s %4d %s", row.period, row.count, string.rep("█", math.ceil(row.count / most * 40))))
  end
  print(string.format("%d occurrences of %s (%d in undated articles)", r.total, term, r.undated))
end

if common.is_main("timeline") then M.main(arg) end
return M
