-- Memory of the running process, from /proc/self/status, for the benchmarks (in MB).
local memory = {}

local function status_mb(field)
  for line in io.lines("/proc/self/status") do
    local kb = line:match("^" .. field .. ":%s+(%d+)")
    if kb then return tonumber(kb) / 1024 end
  end
end

--- The most this process has held resident so far.
function memory.peak() return status_mb("VmHWM") end

--- Resident now, after a full garbage collection (so Lua garbage is not counted).
function memory.resident()
  collectgarbage()
  collectgarbage()
  return status_mb("VmRSS")
end

return memory
