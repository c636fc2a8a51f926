#!/usr/bin/env dossier
-- Every occurrence of a term with its context (keyword in context). The term is found in
-- either script: 储能 finds 儲能 and the reverse.
--   dossier -c CORPUS scripts/concordance.lua TERM [--width N]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/concordance.lua TERM [--width N]
Each occurrence of TERM in the body text (in Simplified or Traditional script) with N
characters of context on each side (default 12), aligned on the term. Without -c it reads the bundled sample corpus.]]

function M.analyse(c, term, width)
  return c:kwic(term, { width = width, fields = { "text" } })
end

function M.main(args)
  local opts, words = common.options(args, { width = 12 }, M.usage)
  local term = common.required_word(words, M.usage)
  local hits = M.analyse(common.corpus(), term, opts.width)
  print(getmetatable(hits).__card(hits))
  print(string.format("%d occurrences of %s", #hits, term))
end

if common.is_main("concordance") then M.main(arg) end
return M
