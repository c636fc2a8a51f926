#!/usr/bin/env dossier
-- Every occurrence of a term with its context (keyword in context). The term is found in
-- either script: 储能 finds 儲能 and the reverse.
--   dossier -c CORPUS scripts/concordance.lua TERM [--width N]
local common = require("common")
local M = {}

M.usage = [[usage: dossier -c CORPUS scripts/concordance.lua TERM [--width N]
Each occurrence of TERM (in Simplified or Traditional script) with N characters of context
on each side (default 12). Without -c it reads the bundled sample corpus.]]

--- The last n characters of s (UTF-8 aware), and the first n.
local function tail(s, n)
  local chars = {}
  for _, c in utf8.codes(s) do chars[#chars + 1] = utf8.char(c) end
  return table.concat(chars, "", math.max(1, #chars - n + 1))
end
local function head(s, n)
  local out, i = {}, 0
  for _, c in utf8.codes(s) do
    i = i + 1
    if i > n then break end
    out[#out + 1] = utf8.char(c)
  end
  return table.concat(out)
end

function M.analyse(c, term, width)
  local hits = {}
  for a in c:each() do
    local text = a.text:gsub("\n", " ")
    for _, form in ipairs(common.forms(term)) do
      for s, e in common.occurrences(text, form) do
        hits[#hits + 1] = { left = tail(text:sub(1, s - 1), width), match = text:sub(s, e), right = head(text:sub(e + 1), width),
                            title = a.title, offset = s }
      end
    end
  end
  return hits
end

function M.main(args)
  local opts, words = common.options(args, { width = 12 }, M.usage)
  local term = common.required_word(words, M.usage)
  local hits = M.analyse(common.corpus(), term, opts.width)
  local left_width = 0
  for _, h in ipairs(hits) do left_width = math.max(left_width, dossier.width(h.left)) end
  for _, h in ipairs(hits) do
    print(string.rep(" ", left_width - dossier.width(h.left)) .. h.left .. " 【" .. h.match .. "】 " .. h.right)
  end
  print(string.format("%d occurrences of %s", #hits, term))
end

if common.is_main("concordance") then M.main(arg) end
return M
