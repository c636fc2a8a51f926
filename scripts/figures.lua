#!/usr/bin/env dossier
-- Announced money and quantities: per article (largest first) and per place.
--   dossier -c CORPUS scripts/figures.lua [--top N] [--by article|place] [--label 总投资]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/figures.lua [--top N] [--by article|place] [--label 总投资]
Money announced (in yuan) per article and per city: where the report is from (a.place), else
the division it names most, a county counted for its city. --label keeps only the figures a
noun labels so (总投资, 年产值, 签约金额…). Also the physical quantities (噸, MW, MWh …) stated.
Without -c it reads the bundled sample corpus.]]

--- The city (or province) a place record lies in, or the place itself above that level.
local function city_of(p) return p.city or p.province or p.name end

--- Where the report is from (a.place), else the division it names most often (ties: first
--- named): its city; or "(none)".
local function main_place(a)
  if a.place then return city_of(a.place) end
  local counts, best = {}, nil
  for _, p in ipairs(a:places()) do
    if p.level ~= "other" then
      local city = city_of(p)
      counts[city] = (counts[city] or 0) + 1
      if not best or counts[city] > counts[best] then best = city end
    end
  end
  return best or "(none)"
end

function M.analyse(c, label)
  local articles, places, quantities = {}, {}, {}
  for a in c:each() do
    local money, count = 0, 0
    for _, n in ipairs(a:numbers()) do
      if n.kind == "money" and n.currency == "CNY" and n.value and (label == nil or n.label == label) then
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
  local opts = common.options(args, { top = 20, by = "article", label = "" }, M.usage)
  local r = M.analyse(common.corpus(), opts.label ~= "" and opts.label or nil)
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
