/// dossier: the command line. `dossier script.lua args` behaves like `lua5.4 script.lua args`
/// (same options, `arg` table, exit status, LUA_INIT); with no script on a terminal, or with
/// -i, it opens the REPL. The Lua VM runs on a thread with a large stack.
#if canImport(Glibc)
import Glibc
#endif
import LuaBridge

let argv = CommandLine.arguments
exit(runOnLargeStack { Interpreter(argv: argv).run() })
