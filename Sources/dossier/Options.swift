import LuaSurface

/// The command line, read the way lua5.4 reads it: options up to the script name, then the
/// script's own arguments. `-e` and `-l` run in the order given.
struct Options {
    enum Action: Equatable {
        case execute(String)   // -e chunk
        case require(String)   // -l mod, -l g=mod
        case warningsOn        // -W
        case loadCorpus(String) // -c path, --corpus path
    }

    /// Index in argv of the script ("-" is stdin), or nil when there is none.
    var script: Int?
    var actions: [Action] = []
    var interactive = false        // -i
    var showVersion = false        // -v (and -i)
    var ignoreEnvironment = false  // -E
    var sandbox = false            // --sandbox
    var outputFolder: String?      // --out DIR
    var maxMemory: Int?            // --max-memory SIZE, in bytes
    var timeout: Double?           // --timeout SECONDS
    var executesChunk: Bool { actions.contains { if case .execute = $0 { return true } else { return false } } }

    /// A bad option and what is wrong with it, for the usage message.
    struct UsageError: Error, Equatable {
        let option: String
        var problem: String?
        var message: String {
            if let problem { return "'\(option)' \(problem)" }
            return ["-e", "-l", "-c", "--corpus", "--out", "--max-memory", "--timeout"].contains(option)
                ? "'\(option)' needs argument" : "unrecognized option '\(option)'"
        }
    }

    /// Parses argv (argv[0] is the program).
    init(_ argv: [String]) throws {
        var i = 1
        while i < argv.count {
            let argument = argv[i]
            guard argument.hasPrefix("-") else { script = i; return }
            switch argument {
            case "--":
                if i + 1 < argv.count { script = i + 1 }
                return
            case "-": script = i; return
            case "-E": ignoreEnvironment = true
            case "-W": actions.append(.warningsOn)
            case "-i": interactive = true; showVersion = true
            case "-v": showVersion = true
            case "-c", "--corpus":
                i += 1
                // "-" alone is standard input
                guard i < argv.count, argv[i] == "-" || !argv[i].hasPrefix("-") else { throw UsageError(option: argument) }
                actions.append(.loadCorpus(argv[i]))
            case let option where option.hasPrefix("--corpus="):
                actions.append(.loadCorpus(String(option.dropFirst("--corpus=".count))))
            case "--sandbox": sandbox = true
            case "--out", "--max-memory", "--timeout":
                i += 1
                guard i < argv.count, !argv[i].hasPrefix("-") else { throw UsageError(option: argument) }
                try setLimit(argument, argv[i])
            default:
                let flag = argument.prefix(2)
                guard flag == "-e" || flag == "-l" else { throw UsageError(option: argument) }
                var value = String(argument.dropFirst(2))
                if value.isEmpty {
                    i += 1
                    guard i < argv.count, !argv[i].hasPrefix("-") else { throw UsageError(option: argument) }
                    value = argv[i]
                }
                actions.append(flag == "-e" ? .execute(value) : .require(value))
            }
            i += 1
        }
    }

    /// --out, --max-memory or --timeout, checked.
    private mutating func setLimit(_ option: String, _ value: String) throws {
        switch option {
        case "--out": outputFolder = value
        case "--max-memory":
            guard let bytes = Limits.bytes(value) else { throw UsageError(option: option, problem: "needs a size such as 512M or 2G, got '\(value)'") }
            maxMemory = bytes
        default:
            guard let seconds = Double(value), seconds > 0, seconds < 1e7 else {
                throw UsageError(option: option, problem: "needs a number of seconds above 0, got '\(value)'")
            }
            timeout = seconds
        }
    }

    static let usage = """
        usage: dossier [options] [script [args]]
        Available options are:
          -c path   load a corpus (file, folder, or - for stdin) into global 'corpus'
          -e stat   execute string 'stat'
          -i        enter interactive mode after executing 'script'
          -l mod    require library 'mod' into global 'mod'
          -l g=mod  require library 'mod' into global 'g'
          -v        show version information
          -E        ignore environment variables
          -W        turn warnings on
          --sandbox       run what follows confined: no programs, no native code, files
                          read only from the corpus and the script's folder (docs/sandbox.md)
          --out dir       the one folder a sandboxed script may write to
          --max-memory n  a memory budget (512M, 2G); past it, work stops with an error
          --timeout s     stop the script (and dossier's work) after s seconds
          --        stop handling options
          -         stop handling options and execute stdin
        """
}
