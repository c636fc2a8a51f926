-- luacheck (Debian lua-check) over dossier's own Lua: `make test` runs it.
std = "lua54"
max_line_length = false
-- What dossier adds to Lua; its chunks read these at call time.
read_globals = { "dossier", "zh", "corpus", "chart", "List", "help", "pp", "inspect" }

-- The saved analyses and their tests run under `dossier test` (busted's DSL).
files["scripts"] = { std = "+busted" }

-- The test DSL defines busted's globals for the spec files.
files["Sources/TestRunner/Lua/busted.lua"] = {
  globals = { "assert", "describe", "context", "it", "test", "spec", "pending", "finally", "before_each", "after_each", "setup",
              "teardown", "lazy_setup", "lazy_teardown", "strict_setup", "strict_teardown", "spy", "stub", "mock", "match", "insulate", "expose", "randomize" },
}

-- The sandbox replaces the standard functions that reach outside the process.
files["Sources/LuaSurface/Lua/sandbox.lua"] = {
  globals = { "load", "loadfile", "dofile", "debug", "os", "io", "package" },
}
