#!/usr/bin/env dossier
-- Who appears with whom: pairs of people named in the same article, with how many articles.
--   dossier -c CORPUS scripts/cooccurrence.lua [--top N] [--person NAME]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/cooccurrence.lua [--top N] [--person NAME]
Pairs of people named in the same article (titles, deck lines, captions), most frequent
first; --person keeps the pairs that include NAME. Without -c it reads the sample corpus.]]

function M.analyse(c, person)
  local wanted = person and zh.fold(person)  -- either script names the person
  return c:cooccur("people")
    :filter(function(p) return not wanted or zh.fold(p.a) == wanted or zh.fold(p.b) == wanted end)
    :map(function(p) return { a = p.a, b = p.b, articles = p.count } end)
end

function M.main(args)
  local opts = common.options(args, { top = 20, person = "" }, M.usage)
  local rows = M.analyse(common.corpus(), opts.person ~= "" and opts.person or nil)
  while #rows > opts.top do table.remove(rows) end
  print(inspect(rows, { columns = { "a", "b", "articles" } }))
end

if common.is_main("cooccurrence") then M.main(arg) end
return M
