-- The sandbox for scripts someone else wrote (dossier --sandbox, dossier test --sandbox).
-- docs/sandbox.md lists what it takes away and what it checks; a test tries each.
-- Loaded with (may_read(path), may_write(path), the script's folder); changes the state's
-- globals in place, after dossier's own Lua files have loaded.

local may_read, may_write, folder = ...
local io_open, io_lines, io_input, io_output = io.open, io.lines, io.input, io.output
local load_, loadfile_, searchpath = load, loadfile, package.searchpath
local error, type, format, select = error, type, string.format, select
local traceback = debug.traceback

local function refused(what)
  return function() error(what .. " is not allowed in the sandbox (--sandbox)", 2) end
end

-- No other programs, no changes to files outside --out, no native code.
for _, name in ipairs({ "execute", "remove", "rename", "tmpname" }) do os[name] = refused("os." .. name) end
io.popen = refused("io.popen")
package.loadlib = refused("package.loadlib")
package.cpath = ""
-- Secrets in the environment (tokens, keys) stay private.
os.getenv = function() return nil end
-- debug reaches every local, upvalue and the registry; only tracebacks stay.
debug = { traceback = traceback }
package.loaded.debug = debug

-- Raises unless path may be read (or written); level 3 is the caller of the wrapped function.
local function check(path, writing)
  if type(path) ~= "string" then return end  -- the wrapped function's own error follows
  if writing and not may_write(path) then
    error(format("writing %q is not allowed in the sandbox: only under the --out folder", path), 3)
  elseif not writing and not may_read(path) then
    error(format("reading %q is not allowed in the sandbox: only the corpus, the script's folder and --out", path), 3)
  end
end

function io.open(path, mode)
  check(path, type(mode) == "string" and mode:find("[wa+]") ~= nil)
  return io_open(path, mode)
end

function io.lines(path, ...)
  check(path, false)
  return io_lines(path, ...)
end

function io.input(file)
  check(file, false)
  return io_input(file)
end

function io.output(file)
  check(file, true)
  return io_output(file)
end

-- Precompiled chunks are not checked by Lua and can crash the interpreter: text only. The
-- environment argument is passed on only when given (an explicit nil means "no globals").
function load(chunk, name, _, ...)
  if select("#", ...) > 0 then return load_(chunk, name, "t", ...) end
  return load_(chunk, name, "t")
end

function loadfile(path, _, ...)
  check(path, false)
  if select("#", ...) > 0 then return loadfile_(path, "t", ...) end
  return loadfile_(path, "t")
end

function dofile(path)
  check(path, false)
  local chunk = assert(loadfile_(path, "t"))
  return chunk()
end

-- require: Lua modules from the script's folder only, read through the same check.
package.path = folder .. "/?.lua;" .. folder .. "/?/init.lua"
package.searchers[2] = function(name)
  local path, missing = searchpath(name, package.path)
  if not path then return missing end
  if not may_read(path) then return format("\n\tno module '%s' inside the sandbox ('%s' is outside)", name, path) end
  local chunk, problem = loadfile_(path, "t")
  if not chunk then error(format("error loading module '%s' from file '%s':\n\t%s", name, path, problem), 2) end
  return chunk, path
end
package.searchers[3], package.searchers[4] = nil, nil
