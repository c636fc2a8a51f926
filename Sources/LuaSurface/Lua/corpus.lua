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

corpus_methods.each = kit.each

return corpus_methods
