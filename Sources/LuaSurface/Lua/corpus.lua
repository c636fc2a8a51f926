-- Corpus methods written in Lua, so that they follow the List conventions exactly: a
-- sub-corpus by a predicate or a field (c:filter works as l:filter does), and iteration
-- (c:each(fn) calls fn, c:each() is an iterator, as for lists).
--
-- Loaded with (kit, sub_corpus(c, keep) from Swift); returns the Corpus methods it defines.

local kit, sub_corpus = ...
local corpus_methods = {}

function corpus_methods.filter(c, key, value)
  return sub_corpus(c, kit.predicate(c, key, value, "c:filter"))
end

function corpus_methods.each(c, fn)
  if fn == nil then
    local i = 0
    return function()
      i = i + 1
      return c[i]
    end
  end
  for i = 1, #c do fn(c[i], i) end
  return c
end

return corpus_methods
