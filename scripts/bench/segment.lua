-- Segmentation benchmark body: segments FILE line by line, writes the words of each line
-- joined by spaces to OUT, prints MB/s. Run by scripts/bench-segment.sh.
local input, output = assert(arg[1]), assert(arg[2])
zh.segment("预热")  -- loads the dictionary and the fold table before timing
local lines = {}
for line in io.lines(input) do lines[#lines + 1] = line end
local bytes = 0
local words = {}
-- timed: the segmentation calls only, as the Python side times jieba.lcut only
local start = dossier.clock()
for i, line in ipairs(lines) do words[i] = zh.segment(line) end
local seconds = dossier.clock() - start
local results = {}
for i, line in ipairs(lines) do
  results[i] = table.concat(words[i], " ")
  bytes = bytes + #line
end
local f = assert(io.open(output, "w"))
f:write(table.concat(results, "\n"), "\n")
f:close()
print(string.format("dossier  %.2f MB in %.2f s = %.2f MB/s", bytes / 1048576, seconds, bytes / 1048576 / seconds))
