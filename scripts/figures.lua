#!/usr/bin/env dossier
-- Announced money and quantities: per article (largest first) and per place.
--   dossier -c CORPUS scripts/figures.lua [--top N] [--by article|place]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/figures.lua [--top N] [--by article|place]
Money announced per article and per place (the place an article names most), and the
physical quantities (噸, MW, MWh …) it states. Without -c it reads the bundled sample corpus.]]

--- Where the report is from (a.place), else the division it names most often (ties: first
--- named), or "(none)".
local function main_place(a)
  if a.place then return a.place.name end
  local counts, best = {}, nil
  for _, p in ipairs(a:places()) do
    if p.level ~= "other" then
      counts[p.name] = (counts[p.name] or 0) + 1
      if not best or counts[p.name] > counts[best] then best = p.name end
    end
  end
  return best or "(none)"
end

function M.analyse(c)
  local articles, places, quantities = {}, {}, {}
  for a in c:each() do
    local money, count = 0, 0
    for _, n in ipairs(a:numbers()) do
      if n.kind == "money" and n.currency == "CNY" and n.value then
        money = money + n.value
        count = count + 1
      elseif n.kind == "quantity" then
        quantities[n.unit] = (quantities[n.unit] or 0) + (n.value or 0)
      end
    end
    if count > 0 then
      local place = main_place(a)
      articles[#articles + 1] = { title = a.title, date = a.date or "", place = place, figures = count, yuan = money }
      places[place] = (places[place] or 0) + money
    end
  end
  table.sort(articles, function(x, y) return x.yuan > y.yuan end)
  return { articles = articles, places = common.ranked(places), quantities = common.ranked(quantities) }
end

function M.main(args)
  local opts = common.options(args, { top = 20, by = "article" }, M.usage)
  local r = M.analyse(common.corpus())
  if opts.by == "place" then
    local rows = {}
    for i, p in ipairs(r.places) do
      if i > opts.top then break end
      rows[#rows + 1] = { place = p.key, money = common.yi(p.count) }
    end
    print(inspect(rows, { columns = { "place", "money" } }))
  else
    local rows = {}
    for i, a in ipairs(r.articles) do
      if i > opts.top then break end
      rows[#rows + 1] = { date = a.date, title = a.title, place = a.place, money = common.yi(a.yuan) }
    end
    print(inspect(rows, { columns = { "money", "date", "place", "title" } }))
  end
  print("\nquantities")
  for _, q in ipairs(r.quantities) do print(string.format("  %-6s %.0f", q.key, q.count)) end
end

if common.is_main("figures") then M.main(arg) end
return M
