#if canImport(Glibc)
import Glibc
#endif
import CLua
import Foundation
import LuaBridge
import LuaShim
import REPL
import Articles
import LuaSurface

let version = "dossier 0.1.0"
let luaRelease = "Lua \(LUA_VERSION_MAJOR).\(LUA_VERSION_MINOR).\(LUA_VERSION_RELEASE)"

/// One run of the command, step by step as lua.c's pmain: options, state, LUA_INIT,
/// -e/-l in order, the script, then the REPL when asked for.
struct Interpreter {
    let argv: [String]
    var environment: [String: String] { Environment.current }
    /// What messages about the run start with: the name the program was started by, as lua.c
    /// uses argv[0] (scripts that run `dossier` by a path read that path back).
    var programName: String { argv.first.flatMap { $0.isEmpty ? nil : $0 } ?? "dossier" }

    func run() -> Int32 {
        let options: Options
        do {
            options = try Options(argv)
        } catch let error as Options.UsageError {
            printError("\(programName): \(error.message)\n\(Options.usage)")
            return EXIT_FAILURE
        } catch {
            return EXIT_FAILURE
        }
        // lua.c prints Lua's copyright line; dossier's name comes first, the line stays whole
        if options.showVersion { print("\(version), \(String(cString: dossier_lua_copyright()))") }
        let state = LuaState(ignoreEnvironment: options.ignoreEnvironment)
        let lua = state.lua
        let support = LuaSurface.install(on: lua)
        createArgTable(lua, script: options.script)
        extendPackagePath(lua, options: options)
        Limits.setMemoryBudget(on: lua, bytes: options.maxMemory)
        if !options.ignoreEnvironment, !runLuaInit(lua) { return EXIT_FAILURE }
        guard confine(lua, options: options) else { return EXIT_FAILURE }
        if let timeout = options.timeout {
            dossier_set_time_limit(lua.L, timeout, "stopped after \(timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)) s (--timeout)")
        }
        guard runActions(lua, options.actions) else { return EXIT_FAILURE }
        if let script = options.script, !runScript(lua, at: script) { return EXIT_FAILURE }
        dossier_set_time_limit(lua.L, 0, "")  // the REPL, if it follows, has no time limit
        if options.interactive {
            startREPL(lua, support: support, options: options)
        } else if options.script == nil, !options.executesChunk, !options.showVersion {
            if isatty(0) != 0 {
                print("\(version) (\(luaRelease))  type help() for help")
                startREPL(lua, support: support, options: options)
            } else if !report(execute(lua) { try loadFile(lua, nil) }) {
                return EXIT_FAILURE
            }
        }
        return EXIT_SUCCESS
    }

    // MARK: Steps

    /// `arg`: the script at 0, its arguments at 1..n, the interpreter and options below 0.
    private func createArgTable(_ lua: Lua, script: Int?) {
        let zero = script ?? 0
        let entries = argv.enumerated().map { (key: LuaValue.integer($0.offset - zero), value: LuaValue.text($0.element)) }
        lua.setRawGlobal("arg", .table(LuaTable(entries: entries)))
    }

    /// dossier's default module path: the script's folder first, so that a saved analysis's
    /// helpers cannot be shadowed by files in the working folder (./?.lua), then Lua's own
    /// default, then ./scripts. A LUA_PATH the user set is taken as given, its ";;" standing
    /// for this default as lua5.4's stands for Lua's.
    private func extendPackagePath(_ lua: Lua, options: Options) {
        let pristine = LuaState(ignoreEnvironment: true)  // Lua's own default, whatever LUA_PATH says
        guard let luaDefault = withExtendedLifetime(pristine, { pristine.lua.packagePath }) else { return }
        var ours: [String] = []
        if let script = options.script, argv[script] != "-" {
            let path = argv[script]
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            ours += ["\(folder)/?.lua", "\(folder)/?/init.lua"]
        }
        ours += [luaDefault, "./scripts/?.lua", "./scripts/?/init.lua"]
        let given = ["LUA_PATH_\(LUA_VERSION_MAJOR)_\(LUA_VERSION_MINOR)", "LUA_PATH"].lazy.compactMap { environment[$0] }.first
        guard !options.ignoreEnvironment, let given else {
            lua.packagePath = ours.joined(separator: ";")
            return
        }
        // Lua put its default where the first ";;" was: put dossier's there instead
        if given.contains(";;"), let current = lua.packagePath, let at = current.range(of: luaDefault) {
            lua.packagePath = current.replacingCharacters(in: at, with: ours.joined(separator: ";"))
        }
    }

    /// --sandbox: everything after the options (-e, -l, the script, the REPL) runs confined to
    /// the corpus, the script's folder and --out. LUA_INIT, set by the user, runs before.
    private func confine(_ lua: Lua, options: Options) -> Bool {
        guard options.sandbox else {
            if options.outputFolder != nil { printError("dossier: --out is for --sandbox, which confines writes to it") }
            return options.outputFolder == nil
        }
        if let out = options.outputFolder {
            guard (try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)) != nil else {
                printError("dossier: --out \(out): cannot make the folder")
                return false
            }
        }
        let folder = options.script.flatMap { argv[$0] == "-" ? nil : argv[$0] }
            .map { path in path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "." } ?? "."
        let corpora = options.actions.compactMap { action -> String? in
            if case .loadCorpus(let path) = action { return path } else { return nil }
        }
        let sandbox = Sandbox(reading: corpora + [folder], writing: options.outputFolder.map { [$0] } ?? [])
        do {
            try sandbox.apply(on: lua, scriptFolder: folder)
            return true
        } catch {
            printError("dossier: --sandbox: \(error)")
            return false
        }
    }

    /// LUA_INIT_5_4, else LUA_INIT: `@file` runs a file, anything else is a chunk.
    private func runLuaInit(_ lua: Lua) -> Bool {
        let names = ["LUA_INIT_\(LUA_VERSION_MAJOR)_\(LUA_VERSION_MINOR)", "LUA_INIT"]
        guard let name = names.first(where: { environment[$0] != nil }), let code = environment[name] else { return true }
        if code.hasPrefix("@") {
            return report(execute(lua) { try loadFile(lua, String(code.dropFirst())) })
        }
        return report(execute(lua) { try lua.load(code, name: "=" + name) })
    }

    private func runActions(_ lua: Lua, _ actions: [Options.Action]) -> Bool {
        for action in actions {
            switch action {
            case .execute(let chunk):
                guard report(execute(lua) { try lua.load(chunk, name: "=(command line)") }) else { return false }
            case .require(let spec):
                let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
                let (global, module) = parts.count == 2 ? (parts[0], parts[1]) : (spec, spec)
                let result = execute(lua, results: 1) {
                    lua.push(lua.rawGlobal("require"))
                    lua.push(module)
                    return 1
                }
                guard report(result) else { return false }
                lua.setRawGlobalFromTop(global)
            case .warningsOn:
                lua_warning(lua.L, "@on", 0)
            case .loadCorpus(let path):
                do {
                    lua.setRawGlobal("corpus", .object(try CorpusNamespace.loadReporting(path)))
                } catch {
                    return report(LuaError("\(error)"))
                }
            }
        }
        return true
    }

    /// The script gets its arguments (arg[1..n]) as `...`.
    private func runScript(_ lua: Lua, at index: Int) -> Bool {
        let fromStdin = argv[index] == "-" && argv[index - 1] != "--"
        return report(execute(lua) {
            try loadFile(lua, fromStdin ? nil : argv[index])
            // `...` is arg[1] to arg[#arg] as they are now, as in lua.c: -e "arg[1] = 100" counts
            guard case .table(let table) = lua.rawGlobal("arg") else { throw LuaError("'arg' is not a table") }
            table.array.forEach { lua.push($0) }
            return Int32(table.array.count)
        })
    }

    private func startREPL(_ lua: Lua, support: REPLSupport, options: Options) {
        if !options.ignoreEnvironment, let home = environment["HOME"] {
            let rc = home + "/.dossierrc.lua"
            if access(rc, R_OK) == 0 { _ = report(execute(lua) { try loadFile(lua, rc) }) }
        }
        let interactive = isatty(0) != 0
        let history = interactive ? History.defaultPath(environment: environment).map { History(path: $0) } : nil
        if let problem = history?.problem { printError("dossier: warning: \(problem)") }
        let reader: LineReader = interactive
            ? TerminalReader(history: history?.entries ?? [], complete: support.complete)
            : StreamReader()
        REPL(support: support, reader: reader, history: history, report: printError).run()
    }

    // MARK: Running chunks as lua.c's docall does

    /// Pushes the function (and returns how many arguments it pushed after it), then calls
    /// it with a traceback handler and Ctrl-C armed. Results stay on the stack.
    private func execute(_ lua: Lua, results: Int32 = 0, _ prepare: () throws -> Int32) -> LuaError? {
        let base = lua.top
        do {
            let arguments = try prepare()
            // under a C function, as lua.c runs chunks from pmain (so tracebacks end alike)
            lua_pushcclosure(lua.L, dossier_call_through_c, 0)
            lua_rotate(lua.L, base + 1, 1)
            dossier_interrupt_arm(lua.L)
            defer { dossier_interrupt_disarm() }
            let n = try lua.protectedCall(arguments: arguments + 1)
            if results == 0 { lua.top = base } else { lua.top = base + min(n, results) }
            return nil
        } catch let error as LuaError {
            lua.top = base
            return error
        } catch {
            lua.top = base
            return LuaError("\(error)")
        }
    }

    private func execute(_ lua: Lua, _ prepare: () throws -> Void) -> LuaError? {
        execute(lua) { try prepare(); return 0 }
    }

    /// luaL_loadfile: nil is stdin; a first line starting with '#' is skipped.
    private func loadFile(_ lua: Lua, _ path: String?) throws {
        if luaL_loadfilex(lua.L, path, nil) != LUA_OK {
            let message = lua.string(at: -1) ?? "cannot load \(path ?? "stdin")"
            lua.pop()
            throw LuaError(message)
        }
    }

    /// Prints `dossier: message` to stderr when there was an error; true when there was none.
    private func report(_ error: LuaError?) -> Bool {
        guard let error else { return true }
        printError("\(programName): \(error.message)")
        return false
    }
}

/// Writes a line to stderr (unbuffered, so it interleaves correctly with stdout).
func printError(_ message: String) {
    let line = message + "\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

enum Environment {
    static var current: [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                values[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return values
    }
}
