/// dossier: the command line. `dossier script.lua args` behaves like `lua5.4 script.lua args`
/// (same options, `arg` table, exit status, LUA_INIT); with no script on a terminal, or with
/// -i, it opens the REPL. `dossier test` runs spec files, `dossier build` writes a corpus store.
/// The Lua VM runs on a thread with a large stack.
#if canImport(Glibc)
import Glibc
#endif
import LuaBridge
import LuaShim
import TestRunner

dossier_tune_malloc()  // before any thread: see LuaShim.c

let argv = CommandLine.arguments
if argv.count > 1, argv[1] == "test" {
    // `dossier test …` runs the test runner (a script named "test" runs as ./test)
    exit(runOnLargeStack { TestCommand.run(arguments: Array(argv.dropFirst(2))) })
}
if argv.count > 1, argv[1] == "build" {
    // `dossier build SRC… -o NAME.db` writes a corpus store (a script named "build" runs as ./build)
    exit(BuildCommand.run(arguments: Array(argv.dropFirst(2))))
}
exit(runOnLargeStack { Interpreter(argv: argv).run() })
