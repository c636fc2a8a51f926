-- Article methods written in Lua: a:diff(b), whose list the REPL prints as a diff.
--
-- Loaded with (kit, diff(a, b) from Swift: the changes as records); returns the Article
-- methods it defines.

local kit, sentence_diff = ...
local article_methods = {}

local CONTEXT = 1  -- unchanged sentences shown on each side of a change

-- A list in every way (its methods, its errors for unknown fields), that prints as a diff.
local Diff = {}
for key, value in pairs(getmetatable(kit.new())) do Diff[key] = value end
Diff.__name = "Diff"

--- The changes, with CONTEXT unchanged sentences around each; longer unchanged runs shortened.
function Diff.__card(changes)
  local near = {}
  for i, change in ipairs(changes) do
    if change.op ~= "=" then
      for j = math.max(1, i - CONTEXT), math.min(#changes, i + CONTEXT) do near[j] = true end
    end
  end
  local lines, skipped = {}, 0
  local function flush()
    if skipped > 0 then lines[#lines + 1] = string.format("  … %d sentence%s unchanged", skipped, skipped == 1 and "" or "s") end
    skipped = 0
  end
  for i, change in ipairs(changes) do
    if near[i] then
      flush()
      lines[#lines + 1] = (change.op == "=" and " " or change.op) .. " " .. change.text
    else
      skipped = skipped + 1
    end
  end
  flush()
  local added, removed = 0, 0
  for _, change in ipairs(changes) do
    if change.op == "+" then added = added + 1 elseif change.op == "-" then removed = removed + 1 end
  end
  lines[#lines + 1] = string.format("(%d removed, %d added, %d unchanged)", removed, added, #changes - added - removed)
  return table.concat(lines, "\n")
end

Diff.__tostring = Diff.__card

function article_methods.diff(a, b)
  return setmetatable(sentence_diff(a, b), Diff)
end

return article_methods
