-- Corpus methods written in Lua, so that they follow the List conventions exactly: a
-- sub-corpus by a predicate or a field (c:filter works as l:filter does), and iteration
-- (c:each(fn) calls fn, c:each() is an iterator, as for lists).
--
-- Loaded with (kit, sub_corpus(c, keep), stored_filter(c, field, value)) from Swift; returns
-- the Corpus methods it defines.

local kit, sub_corpus, stored_filter = ...
local corpus_methods = {}

function corpus_methods.filter(c, key, value)
  -- a store answers source, date and place from its columns, without reading each article's row
  if type(key) == "string" and (value == nil or type(value) == "string") then
    local sub = stored_filter(c, key, value)
    if sub then return sub end
  end
  return sub_corpus(c, kit.predicate(c, key, value, "c:filter"))
end

corpus_methods.each = kit.each

--- The article of a cluster that c:dedupe keeps.
local function kept_member(cluster, keep)
  if keep == "earliest" then return cluster.earliest end
  local longest = cluster.earliest
  for _, member in ipairs(cluster.members) do
    if #member.article.text > #longest.text then longest = member.article end
  end
  return longest
end

function corpus_methods.dedupe(c, opts)
  opts = kit.options(opts, { keep = { "earliest", "longest" }, threshold = true }, "c:dedupe")
  local dropped = {}
  for _, cluster in ipairs(c:duplicates({ threshold = opts.threshold })) do
    local kept = kept_member(cluster, opts.keep or "earliest")
    for _, member in ipairs(cluster.members) do
      if member.article ~= kept then dropped[member.article] = true end
    end
  end
  return sub_corpus(c, function(a) return not dropped[a] end)
end

return corpus_methods
