#!/usr/bin/env dossier
-- Who appears with whom: pairs of people named in the same article, with how many articles.
--   dossier -c CORPUS scripts/cooccurrence.lua [--top N] [--person NAME]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/cooccurrence.lua [--top N] [--person NAME]
Pairs of people named in the same article (titles, deck lines, captions), most frequent
first; --person keeps the pairs that include NAME. Without -c it reads the sample corpus.]]

function M.analyse(c, person)
  local pairs_seen = {}
  for a in c:each() do
    local names = {}
    for _, p in ipairs(a:people()) do names[#names + 1] = p.name end
    table.sort(names)
    for i = 1, #names do
      for j = i + 1, #names do
        if not person or names[i] == person or names[j] == person then
          local key = names[i] .. "\t" .. names[j]
          pairs_seen[key] = (pairs_seen[key] or 0) + 1
        end
      end
    end
  end
  local result = {}
  for _, entry in ipairs(common.ranked(pairs_seen)) do
    local a, b = entry.key:match("^(.-)\t(.*)$")
    result[#result + 1] = { a = a, b = b, articles = entry.count }
  end
  return result
end

function M.main(args)
  local opts = common.options(args, { top = 20, person = "" }, M.usage)
  local rows = M.analyse(common.corpus(), opts.person ~= "" and opts.person or nil)
  while #rows > opts.top do table.remove(rows) end
  print(inspect(rows, { columns = { "a", "b", "articles" } }))
end

if common.is_main("cooccurrence") then M.main(arg) end
return M
