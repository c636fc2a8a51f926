/// dossier: the command line. `dossier script.lua args` behaves like `lua5.4 script.lua args`
/// (same options, `arg` table, exit status, LUA_INIT); with no script on a terminal, or with
/// -i, it opens the REPL. The Lua VM runs on a thread with a large stack.
#if canImport(Glibc)
import Glibc
#endif
import LuaBridge
import TestRunner

let argv = CommandLine.arguments
if argv.count > 1, argv[1] == "test" {
    // `dossier test …` runs the test runner (a script named "test" runs as ./test)
    exit(runOnLargeStack { TestCommand.run(arguments: Array(argv.dropFirst(2))) })
}
exit(runOnLargeStack { Interpreter(argv: argv).run() })
