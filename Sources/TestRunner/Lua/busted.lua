-- The test DSL, compatible with busted's core: describe/context, it/test/spec, pending,
-- insulate/expose, randomize, before_each/after_each, setup/teardown, finally, and `assert`
-- with its modifiers (is, are, has, not, no) and assertions, luassert answering the rest
-- (spies, stubs, mocks, matchers, assert:register). A failed assertion raises a failure
-- record; anything else raised is an error. Loaded into each test file's fresh state with
-- (inspect, runner, path, shown name, options {filter, filter_out, tags, excluded_tags,
-- seed, helper, keep_going}, list_only, timeout). runner tells the process that runs the file what happens, as
-- it happens, so that a crash or a hang loses nothing already known: runner.limit(seconds)
-- turns the time limit on (0: off), runner.started(name, line) and runner.finished(result);
-- runner.confine() applies --sandbox, once this file has kept what it needs (debug.getinfo).

local inspect, runner, path, file, options, list_only, timeout = ...
local xpcall, pcall, type, tostring, error, setmetatable, rawequal, pairs =
      xpcall, pcall, type, tostring, error, setmetatable, rawequal, pairs
local getinfo, traceback = debug.getinfo, debug.traceback
local format, find, gsub, concat, insert = string.format, string.find, string.gsub, table.concat, table.insert

if options.cpath then package.cpath = options.cpath .. ";" .. package.cpath end
local luassert = require("luassert")  -- busted's assertion library (see the end of Assertions)
local FAILURE = {}   -- marks failure records
local PENDING = {}   -- marks pending() called inside a running test
local running        -- the test whose body runs now: { finally = {…} }

-- Where in the test file the assertion was made.
local function location()
  for level = 3, 40 do
    local info = getinfo(level, "Sl")
    if not info then break end
    if info.source == "@" .. file then return info.short_src .. ":" .. info.currentline end
  end
  local info = getinfo(3, "Sl")
  return info and (info.short_src .. ":" .. info.currentline) or file
end

-- The traceback of the test's own frames, from `level`: cut where the runner called it.
local function test_frames(level)
  local frames = traceback("", level + 1)
  local cut = find(frames, "\n%s*%[C%]: in function 'xpcall'")
  return cut and frames:sub(1, cut - 1) or frames
end

local function fail(message, fields)
  local record = fields or {}
  record[FAILURE] = true
  record.message = message
  record.where = location()
  record.traceback = test_frames(3)  -- shown with -v
  error(record, 0)
end

local function show(v) return inspect(v, { line = 100 }) end

----------------------------------------------------------------------------------------------
-- Deep comparison with a readable list of differences.

local function same(a, b, where, differences, seen)
  if rawequal(a, b) then return end
  if type(a) ~= "table" or type(b) ~= "table" then
    if a ~= b then insert(differences, format("%s: expected %s, got %s", where ~= "" and where or "value", show(a), show(b))) end
    return
  end
  seen = seen or {}
  if seen[a] == b then return end
  seen[a] = b
  local keys = {}
  for k in pairs(a) do keys[#keys + 1] = k end
  for k in pairs(b) do if a[k] == nil then keys[#keys + 1] = k end end
  table.sort(keys, function(x, y) return tostring(x) < tostring(y) end)
  for _, k in ipairs(keys) do
    local here = where .. "[" .. show(k) .. "]"
    if a[k] == nil then insert(differences, here .. ": not expected, got " .. show(b[k]))
    elseif b[k] == nil then insert(differences, here .. ": missing, expected " .. show(a[k]))
    else same(a[k], b[k], here, differences, seen) end
  end
end

----------------------------------------------------------------------------------------------
-- Assertions: each returns holds (boolean), message, and extra fields for the report.

local assertions = {}

function assertions.equal(expected, actual)
  return expected == actual, "Expected objects to be equal.", { expected = show(expected), actual = show(actual) }
end
assertions.equals = assertions.equal

function assertions.same(expected, actual)
  local differences = {}
  same(expected, actual, "", differences)
  return #differences == 0, "Expected objects to be the same.",
    { expected = show(expected), actual = show(actual), diff = concat(differences, "\n") }
end

local function value_is(wanted, name)
  return function(v) return v == wanted, "Expected value to be " .. name .. ".", { expected = show(wanted), actual = show(v) } end
end
assertions["true"] = value_is(true, "true")
assertions["false"] = value_is(false, "false")
assertions["nil"] = value_is(nil, "nil")

function assertions.truthy(v) return v ~= nil and v ~= false, "Expected value to be truthy.", { actual = show(v) } end
function assertions.falsy(v) return v == nil or v == false, "Expected value to be falsy.", { actual = show(v) } end

-- assert.has_error(fn [, wanted]): it raises, and (as luassert compares) a string error without
-- its "file:line: " equals a wanted string, or the error is the same value as the wanted one.
function assertions.error(fn, wanted)
  local ok, err = pcall(fn)
  if ok then return false, "Expected the function to raise an error.", { expected = show(wanted) } end
  if wanted == nil then return true, "Expected the function not to raise an error.", { actual = show(err) } end
  if type(err) == "string" then err = gsub(err, "^.-:%d+: ", "", 1) end
  local holds
  if type(wanted) == "string" and (type(err) == "string" or (getmetatable(err) or {}).__tostring) then
    holds = wanted == tostring(err)
  elseif type(wanted) == "number" and type(err) == "string" then
    holds = tostring(wanted) == tostring(tonumber(err))
  else
    local differences = {}
    same(wanted, err, "", differences)
    holds = #differences == 0
  end
  return holds, "Expected the function to raise " .. show(wanted) .. ".", { expected = show(wanted), actual = show(err) }
end
assertions.errors = assertions.error

-- assert.error_matches(fn, pattern [, init [, plain]]): it raises, and the message (without its
-- "file:line: ", as luassert reads it) matches. An error that is not a string, number, boolean
-- or value with __tostring matches nothing.
function assertions.error_matches(fn, pattern, init, plain)
  local ok, err = pcall(fn)
  if ok then return false, "Expected the function to raise an error.", { expected = show(pattern) } end
  if type(err) == "string" then err = gsub(err, "^.-:%d+: ", "", 1) end
  local kind = type(err)
  local readable = kind == "string" or kind == "number" or kind == "boolean" or (getmetatable(err) or {}).__tostring
  return readable and find(tostring(err), pattern, init, plain) ~= nil or false, "Expected the error to match " .. show(pattern) .. ".",
    { expected = show(pattern), actual = show(err) }
end
assertions.error_match = assertions.error_matches

-- Type assertions: assert.is_string(v), assert.is_not_table(v)…
for _, kind in ipairs({ "string", "number", "table", "function", "boolean", "userdata", "thread" }) do
  assertions[kind] = function(v)
    return type(v) == kind, "Expected a " .. kind .. ".", { expected = kind, actual = type(v) }
  end
end

-- How many arguments each assertion reads; one more, if it is a string, is the user's own
-- message (assert.are.equal(47, n, "projects in August")). matches and error_matches take
-- optional init and plain after their two.
local arity = { equal = 2, equals = 2, same = 2, ["true"] = 1, ["false"] = 1, ["nil"] = 1, truthy = 1, falsy = 1,
                error = 2, errors = 2, near = 3, matches = 2, match = 2, error_matches = 2, error_match = 2 }
for kind in pairs({ string = 1, number = 1, table = 1, ["function"] = 1, boolean = 1, userdata = 1, thread = 1 }) do arity[kind] = 1 end

local function custom_message(name, ...)
  local n = arity[name]
  local message = select(n + 1, ...)
  if type(message) ~= "string" and (name == "matches" or name == "match" or name == "error_matches" or name == "error_match") then
    message = select(n + 3, ...)  -- after init and plain
  end
  return type(message) == "string" and message or nil
end

function assertions.matches(pattern, s, init, plain)
  return type(s) == "string" and find(s, pattern, init, plain) ~= nil, "Expected the string to match " .. show(pattern) .. ".",
    { expected = show(pattern), actual = show(s) }
end
assertions.match = assertions.matches

function assertions.near(expected, actual, tolerance)
  return type(actual) == "number" and math.abs(expected - actual) <= tolerance,
    format("Expected a number within %s of %s.", tostring(tolerance), tostring(expected)),
    { expected = show(expected), actual = show(actual) }
end

-- Words that only make the sentence read well, and those that negate it.
local fillers = { is = true, are = true, has = true, was = true, does = true, the = true, a = true, an = true, to = true, be = true }
local negations = { ["not"] = true, no = true }

local function chain(negated)
  return setmetatable({}, {
    __index = function(_, key)
      local words, name = {}, nil
      for word in string.gmatch(key, "[^_]+") do words[#words + 1] = word end
      local flip = negated
      for i, word in ipairs(words) do
        if negations[word] then flip = not flip
        elseif not fillers[word] then name = concat(words, "_", i); break end
      end
      if name == nil then return chain(flip) end
      local check = assertions[name]
      -- luassert reads its own negations from the key: only an outer one is passed on
      if not check then return luassert[(negated and "not_" or "") .. key] end
      return function(...)
        local holds, message, fields = check(...)
        if flip then holds = not holds; message = gsub(message, "^Expected ([^%s]+ ?[^%s]*) to ", "Expected %1 not to ", 1) end
        if not holds then
          local own = custom_message(name, ...)
          fail(own and (own .. "\n" .. message) or message, fields)
        end
        return ...
      end
    end,
    -- plain assert(v [, message]): Lua's assert, but a false value is a failure
    __call = function(_, v, message, ...)
      if not v then fail(message ~= nil and tostring(message) or "assertion failed!", {}) end
      return v, message, ...
    end,
  })
end

----------------------------------------------------------------------------------------------
-- busted's own assertion library (Debian's lua-luassert) answers every assertion not above:
-- spies, stubs, mocks, matchers, and assertions users add with assert:register. As busted
-- does, its failures are made failure records by binding the `error` its checks call.

local function bind_error(callable)
  local f = (debug.getmetatable(callable) or {}).__call or callable
  local up, name = 0
  repeat
    up = up + 1
    name = debug.getupvalue(f, up)
  until name == "_ENV" or name == nil
  if not name then return end
  local env = setmetatable({ error = function(message) fail(tostring(message), {}) end },
                           { __index = select(2, debug.getupvalue(f, up)) })
  debug.upvaluejoin(f, up, function() return env end, 1)
end
bind_error(luassert)
bind_error(luassert.is_true)

spy, stub, mock, match = require("luassert.spy"), require("luassert.stub"), require("luassert.mock"), require("luassert.match")

assert = chain(false)

----------------------------------------------------------------------------------------------
-- The tree of blocks and tests, collected when the file runs.

----------------------------------------------------------------------------------------------
-- Globals as busted scopes them: the file runs with an environment that writes to the table
-- of the context running now (the file, a describe's body, its hooks, or one test) and reads
-- through the contexts around it, then _G. So a global a test sets is gone for the next test,
-- and one a describe's body sets is seen by its tests only.

local function new_context(parent) return { env = {}, parent = parent } end
local scope = new_context(nil)  -- the context running now

local scoped = setmetatable({}, {
  __index = function(_, key)
    local c = scope
    while c do
      local value = c.env[key]
      if value ~= nil then return value end
      c = c.parent
    end
    return _G[key]
  end,
  __newindex = function(_, key, value) scope.env[key] = value end,
})

-- A block's hooks, each kind a list of { fn, name } (the name as the spec called it: setup or
-- strict_setup…, which names its failure, as in busted).
local function no_hooks()
  return { before_each = {}, after_each = {}, strict_setup = {}, strict_teardown = {}, lazy_setup = {}, lazy_teardown = {} }
end

local root = { names = {}, items = {}, hooks = no_hooks(), context = scope }
local current = root

local function block_names(block, name)
  local names = {}
  for _, n in ipairs(block.names) do names[#names + 1] = n end
  if name then names[#names + 1] = name end
  return names
end

-- Whether --filter-out or --exclude-tags leaves out a test or a whole block by its full name
-- (--filter and --tags choose among tests only), as busted's filters do. Defined below.
local left_out

-- busted's registering functions also take their body curried, describe "name" (function() … end):
-- given a name alone, `register` returns the function that takes the body. (So it("name") with
-- no body registers nothing, as in busted.)
local function curried(register)
  return function(name, body)
    if body == nil and type(name) ~= "function" then
      return function(fn) register(name, fn, 3) end
    end
    register(name, body, 3)
  end
end

-- The context an expose block's globals go to: the one around the block it is in, as busted's
-- expose writes two levels up; from a file's top level, _G.
local function exposed_context()
  local around = current.parent and current.parent.context
  return { env = around and around.env or _G, parent = current.context }
end

-- A describe's body runs when the run reaches the block, as in busted: code in it (outside
-- its tests) runs after the tests before it, and an error there is the block's own.
local function add_block(mode)
  return curried(function(name, body, level)
    local info = getinfo(level, "l")
    local block = { names = block_names(current, tostring(name)), parent = current, items = {}, hooks = no_hooks(),
                    body = body, line = info and info.currentline, insulated = mode == "insulate",
                    context = mode == "expose" and exposed_context() or new_context(current.context) }
    if not left_out(concat(block.names, " ")) then insert(current.items, { block = block }) end
  end)
end

describe = add_block("describe")
context = describe
-- insulate: what the block does to globals and package.loaded is undone after it, as busted
-- does. expose: what the block sets reaches the rest of the block around it (from the top
-- level, the rest of the file; each file has a process of its own, so not other files).
insulate = add_block("insulate")
expose = add_block("expose")

-- randomize([seed]) in a describe: its tests run in an order drawn from the seed (else the clock).
function randomize(seed) current.randomized = math.tointeger(seed) or os.time() end

local function add_test(name, body, is_pending, level)
  local info = getinfo(level, "l")
  insert(current.items, { test = { name = concat(block_names(current, tostring(name)), " "), body = body,
                                   pending = is_pending, line = info and info.currentline, block = current } })
end
it = curried(function(name, body, level) add_test(name, body, false, level + 1) end)
test = it
spec = it

-- Spec files written for busted's own command start with require 'busted.runner'(), which
-- would take over the process and exit before the rest of the run (a false green). Here the
-- runner is already running them, so that call does nothing.
package.preload["busted.runner"] = function() return function() end end

-- os.exit inside a test file would end the whole run, with whatever status the file chose:
-- exit 0 after a failure is a false green. Here it is an error of the test that called it.
os.exit = function(code)  -- luacheck: ignore 122 (replaced on purpose, see above)
  error(format("os.exit(%s) called by the test file; dossier test keeps running", tostring(code)), 2)
end
-- pending(name [, body]) declares a pending test; called inside a running test, it stops
-- that test and reports it pending, with the reason given.
function pending(name, body)
  if running then error({ [PENDING] = true, message = name and tostring(name) or "pending" }, 2) end
  add_test(name, body, true, 3)
end

-- finally(fn) inside a test: fn runs when the test ends, whether it passed or not.
function finally(fn)
  if not running then error("finally() belongs inside a test (it)", 2) end
  insert(running.finally, fn)
end

-- Hooks, each kept under its kind with the name it was called by. setup and teardown are
-- strict (run when the block starts and ends) unless --lazy makes them lazy (run before the
-- block's first test that runs, and after its last), as in busted.
local function hook(kind, name)
  return function(fn)
    if running then error("'" .. name .. "' not supported inside current context block", 2) end
    insert(current.hooks[kind], { fn = fn, name = name, line = (getinfo(2, "l") or {}).currentline })
  end
end
for _, kind in ipairs({ "before_each", "after_each", "strict_setup", "strict_teardown", "lazy_setup", "lazy_teardown" }) do
  _G[kind] = hook(kind, kind)
end
setup = hook(options.lazy and "lazy_setup" or "strict_setup", "setup")
teardown = hook(options.lazy and "lazy_teardown" or "strict_teardown", "teardown")

----------------------------------------------------------------------------------------------
-- Running.

local function handler(err)
  if type(err) == "table" and (err[FAILURE] or err[PENDING]) then return err end
  local message = type(err) == "string" and err or inspect(err)
  return { message = message, traceback = test_frames(2) }
end

-- Calls fn with the time limit on, its globals in `within` (a context); returns nil, or the
-- failure/error record.
local function guarded(fn, within)
  local outer = scope
  scope = within or scope
  runner.limit(timeout)
  local ok, problem = xpcall(fn, handler)
  runner.limit(0)
  scope = outer
  if ok then return nil end
  return problem
end

local stopped = false  -- --no-keep-going, after a failure or an error

local function record(t, status, problem)
  if stopped then return end
  stopped = not options.keep_going and (status == "fail" or status == "error")
  local r = { name = t.name, line = t.line, status = status }
  if problem then
    r.message, r.where, r.traceback = problem.message, problem.where, problem.traceback
    r.expected, r.actual, r.diff = problem.expected, problem.actual, problem.diff
  end
  runner.finished(r)
end

-- Whether a name carries one of the tags: "#" and the tag anywhere in it, read as a Lua
-- pattern, as busted reads them (so --tags money also runs "#money-laundering").
local function tagged(name, tags)
  for _, tag in ipairs(tags) do
    if find(name, "#" .. tag) then return true end
  end
  return false
end

function left_out(name)
  return (options.filter_out ~= nil and find(name, options.filter_out) ~= nil) or tagged(name, options.excluded_tags)
end

local function selected(t)
  return (options.filter == nil or find(t.name, options.filter) ~= nil)
    and (#options.tags == 0 or tagged(t.name, options.tags))
    and not left_out(t.name)
end

-- In a test, a failed assertion is a failure and anything else raised is an error. Outside a
-- test (a hook, a describe's body, the file's top level), both are errors, as in busted.
local function outcome(problem) return problem[FAILURE] and "fail" or "error" end

-- Runs all of a block's hooks of one kind. As in busted, each failure is an error of its own,
-- named by the block and the hook ("outer before_each"); true when none failed.
local function run_hooks(block, kind)
  local ok = true
  for _, h in ipairs(block.hooks[kind]) do
    local problem = guarded(h.fn, block.context)
    if problem then
      ok = false
      record({ name = concat(block_names(block, h.name), " "), line = h.line }, "error", problem)
    end
  end
  return ok
end

-- The blocks from the file's down to this one.
local function lineage(block)
  local blocks = {}
  while block do insert(blocks, 1, block); block = block.parent end
  return blocks
end

-- before_each from the outermost block in. At the first block whose hooks fail, it stops: the
-- test does not run, and after_each runs from that block out, as in busted. Returns whether
-- all passed, and the block after_each starts from.
local function before_each_hooks(block)
  for _, b in ipairs(lineage(block)) do
    if not run_hooks(b, "before_each") then return false, b end
  end
  return true, block
end

local function after_each_hooks(block)
  while block do
    run_hooks(block, "after_each")
    block = block.parent
  end
end

-- Each surrounding block's lazy_setup, once, before its first test that runs. false when one
-- failed: that block's tests are then left out, the failure reported once, as in busted.
local function lazy_setups(block)
  for _, b in ipairs(lineage(block)) do
    if b.lazy_done == nil then b.lazy_done = run_hooks(b, "lazy_setup") end
    if not b.lazy_done then return false end
  end
  return true
end

local function run_test(t)
  if stopped or not selected(t) then return end
  if list_only then return record(t, "listed") end
  if t.pending then return record(t, "pending") end
  if not lazy_setups(t.block) then return end
  runner.started(t.name, t.line)
  local passed, from = before_each_hooks(t.block)
  if passed then
    local own = new_context(t.block.context)  -- what the test sets is its own
    running = { finally = {} }
    local problem = guarded(t.body, own)
    for _, fn in ipairs(running.finally) do
      local cleanup = guarded(fn, own)  -- runs even when the test failed; its failure is an error
      if cleanup then cleanup[FAILURE] = nil end
      problem = problem or cleanup
    end
    running = nil
    if not problem then record(t, "pass")
    elseif problem[PENDING] then record(t, "pending", problem)
    else record(t, outcome(problem), problem) end
  end
  after_each_hooks(from)  -- whatever the test did; a failure here is the hook's own result
end

-- Runs a describe's body, which registers its tests, hooks and blocks; false when it failed
-- (the failure is recorded as the block's).
local function collect(block)
  local body = block.body
  if not body then return true end
  block.body = nil
  local outer = current
  current = block
  local problem = guarded(body, block.context)
  current = outer
  if not problem then return true end
  record({ name = concat(block.names, " "), line = block.line }, "error", problem)
  return false
end

-- --shuffle-tests, or randomize() in a block: its tests and blocks in an order drawn from a
-- seed, by a generator of the runner's own (xorshift), so the tests' math.random stays theirs.
local function shuffled(items, seed)
  if not seed then return items end
  local state = seed | 1
  local order = { table.unpack(items) }
  for i = #order, 2, -1 do
    state = state ~ (state << 13)
    state = state ~ (state >> 7)
    state = state ~ (state << 17)
    local j = state % i + 1
    order[i], order[j] = order[j], order[i]
  end
  return order
end

-- The globals and loaded modules as they are, and a function that puts them back so.
local function snapshot()
  local saved = {}
  for _, t in ipairs({ _G, package.loaded }) do
    local copy = {}
    for k, v in pairs(t) do copy[k] = v end
    saved[t] = copy
  end
  return function()
    for t, copy in pairs(saved) do
      for k in pairs(t) do if copy[k] == nil then t[k] = nil end end
      for k, v in pairs(copy) do t[k] = v end
    end
  end
end

local run_block

-- A block's items in the order they run: --sort-tests sorts them by name; else --shuffle-tests
-- or randomize() in the block draws the order; else as written.
local function ordered(block)
  if options.sort then
    local items = { table.unpack(block.items) }
    local function name(item) return item.test and item.test.name or concat(item.block.names, " ") end
    table.sort(items, function(x, y) return name(x) < name(y) end)
    return items
  end
  return shuffled(block.items, block.randomized or options.seed)
end

-- As busted's block: its setup; its items, unless setup failed; then its lazy_teardown (when a
-- test ran its lazy_setup) and its teardown, whatever happened.
local function run_contents(block)
  if not collect(block) then return end
  if list_only or run_hooks(block, "strict_setup") then
    for _, item in ipairs(ordered(block)) do
      if item.block then run_block(item.block) else run_test(item.test) end
    end
  end
  if list_only then return end
  if block.lazy_done ~= nil then run_hooks(block, "lazy_teardown") end
  run_hooks(block, "strict_teardown")
end

function run_block(block)
  local restore = block.insulated and snapshot()
  run_contents(block)
  if restore then restore() end
end

-- The file itself: compile (named as the user gave it), then run its top level, which
-- registers the tests.
local function load_test_file()
  local handle, problem = io.open(path, "rb")
  if not handle then return nil, problem end
  local source = handle:read("a")
  handle:close()
  source = source:gsub("^\239\187\191", ""):gsub("^#[^\n]*", "")  -- BOM, shebang line
  return load(source, "@" .. file, "t", scoped)
end
runner.confine()
-- -e statements, then the helper (a .lua file, or a module to require) with -Xhelper's
-- arguments as its `arg`, as busted runs them before the test file.
local function prepare()
  for _, statement in ipairs(options.statements) do
    local chunk, problem = load(statement, "=(command line)")
    problem = chunk and guarded(chunk) or problem and { message = problem }
    if problem then return problem, "(running -e " .. statement .. ")" end
  end
  if not options.helper then return nil end
  local helper, problem
  if find(options.helper, "%.lua$") then
    helper, problem = loadfile(options.helper)
  else
    helper = function() require(options.helper) end
  end
  if not helper then return { message = problem }, "(loading the helper)" end
  local outer_arg = _G.arg
  -- as busted's, the helper's arg also holds the program at 0
  _G.arg = { [0] = outer_arg and outer_arg[0], table.unpack(options.helper_arguments) }
  problem = guarded(helper)
  _G.arg = outer_arg
  return problem, "(loading the helper)"
end
local problem, what = prepare()
if problem then return record({ name = what }, "error", problem) end
local loading = { name = "(loading the file)" }
local chunk, syntax = load_test_file()
if not chunk then return record(loading, "error", { message = syntax }) end
problem = guarded(chunk)
if problem then return record(loading, "error", problem) end
run_block(root)
