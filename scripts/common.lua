-- Shared by the saved analyses: which corpus to use, command-line options, ranking.
local M = {}

--- The corpus given with -c (the global `corpus` is then a loaded corpus), else the sample.
function M.corpus()
  if type(corpus) == "userdata" then return corpus end
  return corpus.load(dossier.sample, { quiet = true })
end

--- Reads `--name value` options, `--flag` switches and positional words from `args`.
--- `spec` gives each option's default (a boolean default makes it a switch). -h/--help
--- prints `usage` and exits.
function M.options(args, spec, usage)
  local opts, positional = {}, {}
  for k, v in pairs(spec) do opts[k] = v end
  local i = 1
  while args[i] do
    local a = args[i]
    if a == "-h" or a == "--help" then
      print(usage)
      os.exit(0)
    end
    local name = a:match("^%-%-(.+)$")
    if name then
      if spec[name] == nil then
        io.stderr:write("unknown option --", name, "\n", usage, "\n")
        os.exit(2)
      elseif type(spec[name]) == "boolean" then
        opts[name] = true
      else
        i = i + 1
        opts[name] = type(spec[name]) == "number" and tonumber(args[i]) or args[i]
      end
    else
      positional[#positional + 1] = a
    end
    i = i + 1
  end
  return opts, positional
end

--- The one word a script needs (a TERM); without it, usage on stderr and exit status 2.
function M.required_word(words, usage)
  if not words[1] then
    io.stderr:write(usage, "\n")
    os.exit(2)
  end
  return words[1]
end

--- {key = count} as a list of {key, count}, largest first (ties by key), at most n.
function M.ranked(counts, n)
  local list = {}
  for key, count in pairs(counts) do list[#list + 1] = { key = key, count = count } end
  table.sort(list, function(a, b) if a.count ~= b.count then return a.count > b.count end return a.key < b.key end)
  while n and #list > n do table.remove(list) end
  return list
end

--- Money in 億元 (hundreds of millions of yuan), as reports state it.
function M.yi(yuan) return string.format("%.2f億元", yuan / 1e8) end

--- True when the script is run (not required by a test): `arg[0]` names it.
function M.is_main(name)
  return arg ~= nil and type(arg[0]) == "string" and arg[0]:find(name .. "%.lua$") ~= nil
end

return M
