/// TestRunner owns `dossier test`: finding *_test.lua, *_spec.lua and test_*.lua files, running
/// each in a fresh Lua state with the busted-style DSL and every dossier function, stopping
/// runaway tests, and reporting as text, TAP 13 or JUnit XML. The last line of every run is
/// "N passed, N failed" (", N errors" when tests raised errors, ", N skipped" when they were
/// pending).
import ArgumentParser
import LuaSurface
import CLua
import Foundation
import LuaBridge
import LuaShim

/// One test's outcome.
public struct TestResult: Codable {
    public enum Status: String, Codable { case pass, fail, error, pending, listed }
    public var file: String
    public var name: String
    public var status: Status
    public var line: Int?
    public var message: String?
    public var location: String?
    public var expected: String?
    public var actual: String?
    public var diff: String?
    public var traceback: String?

    /// The lines shown under a failure or error: an error's traceback, and a failure's too
    /// when asked (-v).
    func details(withTraceback: Bool) -> [String] {
        var lines: [String] = []
        if let message { lines += message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        if let expected { lines.append("expected: \(expected)") }
        if let actual { lines.append("actual:   \(actual)") }
        if let diff, !diff.isEmpty { lines.append("differences:"); lines += diff.split(separator: "\n").map { "  " + $0 } }
        if status == .error || withTraceback, let traceback, !traceback.isEmpty {
            lines += traceback.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        return lines
    }

    /// "file:line: full name"
    var title: String { "\(location ?? line.map { "\(file):\($0)" } ?? file): \(name)" }
}

public struct TestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dossier test",
        abstract: "Run the tests of .lua analysis scripts (busted-style describe/it/assert).",
        discussion: """
            Test files are *_test.lua, *_spec.lua and test_*.lua under the given files and folders.
            Each runs in a process of its own, where the run started (as busted), with every dossier function and
            nothing on standard input; a process that crashes, exits or hangs is reported as an
            error of the test it was running, and the run goes on.
            Exit status: 0 when all passed, 1 when any failed or errored, 2 on usage errors or no test files.
            """)

    @Argument(help: "Test files or folders to search (default: scripts/tests).")
    var paths: [String] = []

    @Flag(help: "Print TAP version 13 (as -o TAP).")
    var tap = false

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Output as busted names it: utfTerminal or plainTerminal (the default text), TAP, junit or json (on standard output, nothing else). For a handler of your own, run busted itself under dossier: dossier /usr/bin/busted -o HANDLER.", valueName: "handler"))
    var output: String?

    /// The handler -o names (nil for one dossier test does not have), else the default.
    private var handler: OutputHandler? {
        if junit == "-" { return .junit }  // the JUnit document alone on standard output, as -o junit
        return output.map { OutputHandler(argument: $0) } ?? (tap ? .tap : .utfTerminal)
    }

    @Option(help: ArgumentHelp("Also write JUnit XML to this file (written through: a link or FIFO there stays); '-': on standard output alone, as -o junit.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Run only tests whose full name matches this Lua pattern.", valueName: "pattern"))
    var filter: String?

    @Option(name: .customLong("filter-out"), help: ArgumentHelp("Leave out tests whose full name matches this Lua pattern.", valueName: "pattern"))
    var filterOut: String?

    @Option(name: [.customShort("t"), .long], help: ArgumentHelp("Run only tests tagged with one of these (#tag in a describe's or test's name), ','-separated, as busted's --tags.", valueName: "tags"))
    var tags: String?

    @Option(name: .customLong("exclude-tags"), help: ArgumentHelp("Leave out tests tagged with one of these, ','-separated.", valueName: "tags"))
    var excludeTags: String?

    @Flag(inversion: .prefixedNo, help: "Run the files, and the tests in each block, in a random order (see --seed); over --sort.")
    var shuffle = false

    @Flag(name: .customLong("shuffle-files"), inversion: .prefixedNo, help: "Run the files in a random order.")
    var shuffleFiles = false

    @Flag(name: .customLong("shuffle-tests"), inversion: .prefixedNo, help: "Run the tests in each block in a random order.")
    var shuffleTests = false

    @Flag(inversion: .prefixedNo, help: "Run the files, and the tests and blocks in each block, sorted by name.")
    var sort = false

    @Flag(name: .customLong("sort-files"), inversion: .prefixedNo, help: "Run the files sorted by path (they are by default).")
    var sortFiles = false

    @Flag(name: .customLong("sort-tests"), inversion: .prefixedNo, help: "Run the tests and blocks in each block sorted by name.")
    var sortTests = false

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Run the tests this many times.", valueName: "count"))
    var repeatCount = 1

    @Flag(inversion: .prefixedNo, help: "Make setup and teardown lazy (lazy_setup, lazy_teardown), as busted's --lazy.")
    var lazy = false

    @Option(name: .customShort("e"), help: ArgumentHelp("A Lua statement run in each file's state before the helper and the file (repeatable).", valueName: "statement"))
    var statements: [String] = []

    @Option(help: ArgumentHelp("The seed of the random order (default: from the clock, printed on stderr).", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("A Lua file (or a module to require) run in each test file's state before it (busted's --helper).", valueName: "file"))
    var helper: String?

    @Option(name: .customLong("Xhelper", withSingleDash: true), parsing: .unconditionalSingleValue, help: ArgumentHelp("An argument for the helper, in its `arg` (','-separated gives several; repeatable).", valueName: "option"))
    var helperOptions: [String] = []

    @Flag(name: .customLong("keep-going"), inversion: .prefixedNo, help: "Go on after a failure or an error (--no-keep-going stops at the first, as busted's).")
    var keepGoing = true

    @Flag(name: .customLong("suppress-pending"), inversion: .prefixedNo, help: "Leave pending tests out of the output and the counts.")
    var suppressPending = false

    @Flag(name: [.customShort("v"), .long], inversion: .prefixedNo, help: "Show the traceback of failures too, not only of errors.")
    var verbose = false

    @Flag(name: .customLong("defer-print"), inversion: .prefixedNo, help: "Hold what the tests print until the results are shown.")
    var deferPrint = false

    @Flag(name: [.customShort("l"), .long], help: "List the tests without running them.")
    var list = false

    @Flag(name: [.customShort("R"), .long], inversion: .prefixedNo, help: "Search the folders given, and the folders in them (--no-recursive: only the folders given).")
    var recursive = true

    @Option(help: ArgumentHelp("Stop a test that runs longer than this many seconds.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(name: [.customShort("C"), .customLong("directory")], help: ArgumentHelp("Change to this folder first (as busted -C does).", valueName: "dir"))
    var directory: String?

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("Module paths searched first, ';'-separated, relative to where the run starts (busted's --lpath; default ./src/?.lua;./src/?/?.lua;./src/?/init.lua).", valueName: "paths"))
    var lpath: String?

    @Option(help: ArgumentHelp("C module paths searched first, ';'-separated, relative to where the run starts (busted's --cpath; default ./csrc/?.so;./csrc/?/?.so).", valueName: "paths"))
    var cpath: String?

    @Option(name: [.customShort("p"), .long], help: ArgumentHelp("Run only test files whose name matches this Lua pattern (busted's --pattern; default: *_test.lua, *_spec.lua, test_*.lua).", valueName: "pattern"))
    var pattern: String?

    @Option(name: .customLong("exclude-pattern"), help: ArgumentHelp("Leave out test files whose name matches this Lua pattern.", valueName: "pattern"))
    var excludePattern: String?

    @Option(name: [.customShort("r"), .long], help: ArgumentHelp("The task of the .busted file to take options from (default: 'default').", valueName: "task"))
    var run: String?

    @Option(name: [.customShort("f"), .customLong("config-file")], help: ArgumentHelp("Take the options from this file instead of ./.busted.", valueName: "file"))
    var configFile: String?

    @Flag(name: .customLong("auto-insulate"), inversion: .prefixedNo, help: "Each file runs apart from the others (always: each has a process of its own).")
    var autoInsulate = true

    @Flag(help: "Print the version of dossier and of busted it follows.")
    var version = false

    @Option(help: .hidden)
    var lua: String?

    @Flag(name: [.customShort("c"), .long], inversion: .prefixedNo, help: .hidden)
    var coverage = false

    @Option(name: .customLong("coverage-config-file"), help: .hidden)
    var coverageConfigFile: String?

    @Option(help: .hidden)
    var lang: String?

    @Option(help: .hidden)
    var loaders: String?

    @Option(name: .customLong("Xoutput", withSingleDash: true), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("An option for the output handler: a file for junit, --color or --plain for utfTerminal.", valueName: "option"))
    var outputOptions: [String] = []

    @Flag(name: [.customShort("s"), .customLong("enable-sound")], inversion: .prefixedNo, help: .hidden)
    var sound = false

    @Flag(name: .customLong("ignore-lua"), help: .hidden)
    var ignoreLua = false

    @Flag(help: "Run each file confined as dossier --sandbox does (docs/sandbox.md): files read only from its folder and --out.")
    var sandbox = false

    @Option(help: ArgumentHelp("With --sandbox, the one folder tests may write to.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("A memory budget for each file's process, such as 512M or 2G (default: 90% of memory).", valueName: "size"))
    var maxMemory: String?

    /// Runs one file in this process, reporting to descriptor 3 (see TestProcess).
    @Option(help: .hidden)
    var worker: String?

    @Option(help: .hidden)
    var shownName: String?

    public init() {}

    /// Runs with `dossier test`'s arguments; returns the exit status.
    public static func run(arguments: [String]) -> Int32 { runParsing(arguments) { $0.execute() } }

    public func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        if let maxMemory, Limits.bytes(maxMemory) == nil {
            throw ValidationError("--max-memory needs a size such as 512M or 2G, got '\(maxMemory)'")
        }
        if out != nil, !sandbox { throw ValidationError("--out is for --sandbox, which confines writes to it") }
        guard repeatCount >= 1 else { throw ValidationError("--repeat needs a count of 1 or more, got \(repeatCount)") }
        try validateBustedOnly()
    }

    /// busted's options that have no meaning here are errors that say so, never silently dropped.
    private func validateBustedOnly() throws {
        if lua != nil {
            throw ValidationError("--lua: dossier test runs the specs in dossier's own Lua 5.4, with every dossier function; to run them under another interpreter, run busted itself with --lua")
        }
        if coverage || coverageConfigFile != nil {
            throw ValidationError("--coverage: dossier test does not measure coverage (LuaCov is not packaged by Debian); run busted --coverage with LuaCov installed")
        }
        if let lang, lang != "en" {
            throw ValidationError("--lang \(lang): dossier test's messages are in English only (--lang en)")
        }
        if let loaders, let other = loaders.split(separator: ",").first(where: { $0 != "lua" }) {
            throw ValidationError("--loaders: dossier test loads Lua spec files only, not '\(other)' (--loaders lua)")
        }
        if sound { throw ValidationError("--enable-sound: dossier test makes no sound; leave the option out") }
        if let output, handler == nil {
            throw ValidationError("-o \(output): dossier test's handlers are 'utfTerminal', 'plainTerminal', 'TAP', 'junit' or 'json'; for another (a handler of your own), run busted itself under dossier: dossier /usr/bin/busted -o \(output)")
        }
        _ = try outputArguments()
    }

    /// -Xoutput's options for the handler, as busted's handlers take them: a file for junit (the
    /// report goes there instead of standard output), --color or --plain for utfTerminal.
    private func outputArguments() throws -> (junitFile: String?, colour: Bool?) {
        let options = outputOptions.flatMap { $0.split(separator: ",").map(String.init) }
        guard let first = options.first else { return (nil, nil) }
        switch (handler, first) {
        case (.junit, _) where options.count == 1: return (first, nil)
        case (.utfTerminal, "--color"), (.utfTerminal, "--plain"): return (nil, first == "--color")
        default:
            throw ValidationError("-Xoutput \(options.joined(separator: ",")): not an option of that handler (junit takes a file name; utfTerminal --color or --plain)")
        }
    }

    func execute() -> Int32 {
        if version {
            print("dossier test 0.1.0 (follows busted 2.1.1)")
            return 0
        }
        if let directory, !FileManager.default.changeCurrentDirectoryPath(directory) {
            FileHandle.standardError.write(Data("dossier test: -C \(directory): cannot change to that folder\n".utf8))
            return 2
        }
        if let worker {
            let confinement = sandbox ? Sandbox(reading: [(worker as NSString).deletingLastPathComponent], writing: out.map { [$0] } ?? []) : nil
            TestFile(path: worker, shownName: shownName ?? relative(worker), modulePaths: modulePaths, sandbox: confinement,
                     memory: maxMemory.flatMap(Limits.bytes))
                .run(options: runOptions, listOnly: list, timeout: timeout, emit: TestFile.emitToRunner)
            return 0
        }
        var command = self
        do {
            if let config = try BustedConfig.load(task: run, file: configFile) { try command.take(config) }
        } catch {
            FileHandle.standardError.write(Data("dossier test: \(error)\n".utf8))
            return 2
        }
        return command.runFiles()
    }

    /// Options of a .busted file, where the command line gave none.
    private mutating func take(_ config: BustedConfig) throws {
        if !config.ignored.isEmpty {
            FileHandle.standardError.write(Data("dossier test: .busted: not supported, ignored: \(config.ignored.joined(separator: ", "))\n".utf8))
        }
        if paths.isEmpty { paths = config.list("ROOT") ?? [] }
        pattern = pattern ?? config.text("pattern")
        lpath = lpath ?? config.text("lpath")
        tags = tags ?? config.text("tags")
        excludeTags = excludeTags ?? config.text("exclude-tags")
        filter = filter ?? config.text("filter")
        filterOut = filterOut ?? config.text("filter-out")
        excludePattern = excludePattern ?? config.text("exclude-pattern")
        output = output ?? config.text("output") ?? config.text("o")
        shuffle = shuffle || config.flag("shuffle") == true
        shuffleFiles = shuffleFiles || config.flag("shuffle-files") == true
        shuffleTests = shuffleTests || config.flag("shuffle-tests") == true
        seed = seed ?? config.text("seed").flatMap { UInt64($0) }
        helper = helper ?? config.text("helper")
        keepGoing = keepGoing && config.flag("keep-going") != false
        suppressPending = suppressPending || config.flag("suppress-pending") == true
        sort = sort || config.flag("sort") == true
        sortFiles = sortFiles || config.flag("sort-files") == true
        sortTests = sortTests || config.flag("sort-tests") == true
        lazy = lazy || config.flag("lazy") == true
        verbose = verbose || config.flag("verbose") == true
        deferPrint = deferPrint || config.flag("defer-print") == true
        recursive = recursive && config.flag("recursive") != false
        cpath = cpath ?? config.text("cpath")
        if repeatCount == 1, let count = config.text("repeat").flatMap({ Int($0) }) { repeatCount = count }
        if statements.isEmpty { statements = config.list("e") ?? [] }
        if helperOptions.isEmpty { helperOptions = config.list("Xhelper") ?? [] }
        if outputOptions.isEmpty { outputOptions = config.list("Xoutput") ?? [] }
        // what the file sets is checked as the command line's is
        try validate()
    }

    /// Finds the test files and runs each in a process of its own; the exit status.
    private func runFiles() -> Int32 {
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            FileHandle.standardError.write(Data("dossier test: \(missing): no such file or folder\n".utf8))
            return 2
        }
        var files: [String]
        do {
            files = try TestFiles.find(in: paths.isEmpty ? ["scripts/tests"] : paths, pattern: pattern, excluding: excludePattern,
                                       recursive: recursive)
        } catch {
            FileHandle.standardError.write(Data("dossier test: --pattern \(pattern ?? ""): \(error)\n".utf8))
            return 2
        }
        if shuffle || shuffleFiles || shuffleTests {
            // the seed is printed so the order can be replayed
            FileHandle.standardError.write(Data("dossier test: random order from --seed \(randomSeed)\n".utf8))
        }
        if shuffle || shuffleFiles {
            var generator = SplitMix(seed: randomSeed)
            files.shuffle(using: &generator)
        }
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("dossier test: no test files (*_test.lua, *_spec.lua, test_*.lua) in \(paths.isEmpty ? "scripts/tests" : paths.joined(separator: ", "))\n".utf8))
            return 2
        }
        if let out, (try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)) == nil {
            FileHandle.standardError.write(Data("dossier test: --out \(out): cannot make the folder\n".utf8))
            return 2
        }
        guard let handler else { return 2 }  // validate() said why
        let (junitFile, colour) = (try? outputArguments()) ?? (nil, nil)
        var report: Report
        switch handler {
        case .tap: report = TAPReport(verbose: verbose)
        case .utfTerminal, .plainTerminal:
            let colours = handler == .utfTerminal && (colour ?? (isatty(1) == 1))
            report = TextReport(listOnly: list, colours: colours, verbose: verbose, deferred: deferPrint)
        case .junit, .json: report = SilentReport()
        }
        var all: [TestResult] = []
        runs: for _ in 0..<repeatCount {
            for file in files {
                var results = TestProcess(file: file, shownName: relative(file), arguments: workerArguments, timeout: timeout).run()
                if suppressPending { results.removeAll { $0.status == .pending } }
                report.file(file, results)
                fflush(nil)  // stdout, before the next file's process writes to the same descriptor
                all += results
                if !keepGoing, results.contains(where: { $0.status == .fail || $0.status == .error }) { break runs }
            }
        }
        report.finish(all)
        if let junit, junit != "-" { JUnitReport.write(all, files: files, to: junit) }
        let counts = Counts(all)
        switch handler {
        case .junit:
            if let junitFile { JUnitReport.write(all, files: files, to: junitFile) } else { print(JUnitReport.xml(all, files: files), terminator: "") }
        case .json: print(JSONReport.text(all))
        case .utfTerminal, .plainTerminal, .tap: if !list { print(counts.line) }  // a listing, as busted's, is names only
        }
        if all.isEmpty, !selectionOptions.isEmpty {
            // a mistyped --filter or tag must not pass for a green run
            FileHandle.standardError.write(Data("dossier test: no test is selected by \(selectionOptions.joined(separator: " "))\n".utf8))
            return 2
        }
        return counts.anyFailed ? 1 : 0
    }

    /// --lpath with each relative entry made absolute, as the run started.
    private var modulePaths: [String] {
        absolutePaths(lpath ?? "./src/?.lua;./src/?/?.lua;./src/?/init.lua").split(separator: ";").map(String.init)
    }

    /// A ';'-separated search path with each relative entry made absolute, from where the run
    /// started: each file's process runs there too, but the paths must not depend on it.
    private func absolutePaths(_ paths: String) -> String {
        let start = FileManager.default.currentDirectoryPath
        return paths.split(separator: ";").map { entry in
            entry.hasPrefix("/") ? String(entry) : start + "/" + (entry.hasPrefix("./") ? String(entry.dropFirst(2)) : String(entry))
        }.joined(separator: ";")
    }

    /// Which tests run, for each file's DSL: the --filter pattern and the tags wanted and not.
    private var runOptions: RunOptions {
        func list(_ tags: String?) -> [String] { tags?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [] }
        return RunOptions(filter: filter, filterOut: filterOut, tags: list(tags), excludedTags: list(excludeTags),
                          seed: shuffle || shuffleTests ? randomSeed : nil, helper: helper,
                          helperArguments: helperOptions.flatMap { $0.split(separator: ",").map(String.init) },
                          statements: statements, sort: (sort || sortTests) && !(shuffle || shuffleTests), lazy: lazy,
                          cpath: cpath.map(absolutePaths), keepGoing: keepGoing)
    }

    /// --seed, else one from the clock; in a worker, the one the run passed down.
    private var randomSeed: UInt64 { seed ?? TestCommand.clockSeed }
    private static let clockSeed = UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000_007

    /// The options that choose tests, as given.
    private var selectionOptions: [String] {
        [filter.map { "--filter \($0)" }, filterOut.map { "--filter-out \($0)" }, tags.map { "--tags \($0)" }, excludeTags.map { "--exclude-tags \($0)" }].compactMap { $0 }
    }

    /// The options each file's process runs with.
    private var workerArguments: [String] {
        var arguments = ["--timeout", String(timeout), "--lpath", modulePaths.joined(separator: ";")]
        if let filter { arguments += ["--filter", filter] }
        if let filterOut { arguments += ["--filter-out", filterOut] }
        if let tags { arguments += ["--tags", tags] }
        if let excludeTags { arguments += ["--exclude-tags", excludeTags] }
        if shuffle || shuffleTests { arguments += ["--shuffle-tests", "--seed", String(randomSeed)] }
        if let helper { arguments += ["--helper", helper.hasSuffix(".lua") ? TestFiles.absolute(helper) : helper] }
        arguments += helperOptions.flatMap { ["-Xhelper", $0] } + statements.flatMap { ["-e", $0] }
        if sort || sortTests { arguments.append("--sort-tests") }
        if lazy { arguments.append("--lazy") }
        if let cpath { arguments += ["--cpath", absolutePaths(cpath)] }
        if !keepGoing { arguments.append("--no-keep-going") }
        if list { arguments.append("--list") }
        if sandbox { arguments.append("--sandbox") }
        if let out { arguments += ["--out", TestFiles.absolute(out)] }
        if let maxMemory { arguments += ["--max-memory", maxMemory] }
        return arguments
    }
}

/// Lua's own string.find, for busted's file --pattern: a state of its own, made once.
struct LuaPatternMatcher {
    private let state = LuaState()
    private let find: LuaValue
    private let pattern: String

    init(_ pattern: String) throws {
        self.pattern = pattern
        find = try state.lua.run("return string.find").first ?? .nil
        _ = try matches("")  // a malformed pattern is an error now, not per file
    }

    func matches(_ text: String) throws -> Bool {
        (try state.lua.call(find, [.text(text), .text(pattern)]).first ?? .nil) != .nil
    }
}

extension ParsableCommand {
    /// Parses `arguments` and runs `body` on the command: --help prints the help and gives 0,
    /// a usage error prints its message and gives 2, as dossier's subcommands all do.
    public static func runParsing(_ arguments: [String], _ body: (Self) -> Int32) -> Int32 {
        do {
            // --help and -h parse to the library's help command, not to this one
            guard let command = try parseAsRoot(arguments) as? Self else {
                print(helpMessage())
                return 0
            }
            return body(command)
        } catch {
            let message = fullMessage(for: error)
            guard exitCode(for: error) != .success else {
                print(message)
                return 0
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return 2
        }
    }
}

/// SplitMix64: a small seeded generator, so a --seed replays the same order of files.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// busted's output handlers that dossier test has (-o).
enum OutputHandler: String, ExpressibleByArgument, CaseIterable {
    case utfTerminal, plainTerminal, tap, junit, json

    init?(argument: String) {
        switch argument.lowercased() {
        case "utfterminal", "text": self = .utfTerminal
        case "plainterminal": self = .plainTerminal
        case "tap": self = .tap
        case "junit": self = .junit
        case "json": self = .json
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["utfTerminal", "plainTerminal", "TAP", "junit", "json"] }
}

/// How a file runs: which tests (names matching `filter` and not `filterOut`, Lua patterns;
/// carrying one of `tags` when any are given, and none of `excludedTags`, as busted chooses
/// them), in what order, after which helper, and whether to stop at the first failure.
struct RunOptions {
    var filter: String?
    var filterOut: String?
    var tags: [String]
    var excludedTags: [String]
    /// Set when the tests in each block run in an order drawn from it.
    var seed: UInt64?
    /// A Lua file run in the state before the test file, and the arguments it gets (-Xhelper).
    var helper: String?
    var helperArguments: [String] = []
    /// Lua statements (-e) run in the state before the helper.
    var statements: [String] = []
    /// --sort-tests: each block's tests and blocks run sorted by name.
    var sort = false
    /// --lazy: setup and teardown are lazy_setup and lazy_teardown.
    var lazy = false
    /// --cpath: C module paths searched first.
    var cpath: String?
    /// False: the file stops at its first failure or error.
    var keepGoing = true

    var luaValue: LuaValue {
        .record([("filter", filter.map(LuaValue.text) ?? .nil), ("filter_out", filterOut.map(LuaValue.text) ?? .nil), ("tags", .list(tags.map(LuaValue.text))),
                 ("excluded_tags", .list(excludedTags.map(LuaValue.text))),
                 ("seed", seed.map { .integer(Int(truncatingIfNeeded: $0)) } ?? .nil),
                 ("helper", helper.map(LuaValue.text) ?? .nil), ("helper_arguments", .list(helperArguments.map(LuaValue.text))),
                 ("statements", .list(statements.map(LuaValue.text))), ("sort", .boolean(sort)), ("lazy", .boolean(lazy)),
                 ("cpath", cpath.map(LuaValue.text) ?? .nil),
                 ("keep_going", .boolean(keepGoing))])
    }
}

/// Finds test files, sorted, each once.
enum TestFiles {
    static func isTestFile(_ name: String) -> Bool {
        name.hasSuffix("_test.lua") || name.hasSuffix("_spec.lua") || (name.hasPrefix("test_") && name.hasSuffix(".lua"))
    }

    /// Test files under `paths` (files named there are taken as they are). With a `pattern`,
    /// the .lua files whose name matches it, as a Lua pattern, as busted's --pattern; none
    /// whose name matches `excluding` (--exclude-pattern). Not `recursive`: only the files
    /// directly in the folders given (busted's --no-recursive).
    static func find(in paths: [String], pattern: String? = nil, excluding: String? = nil, recursive: Bool = true) throws -> [String] {
        let matches = try pattern.map(LuaPatternMatcher.init)
        let excluded = try excluding.map(LuaPatternMatcher.init)
        var found = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                found.insert(absolute(path))
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if !recursive { enumerator?.skipDescendants() }
                let name = (relative as NSString).lastPathComponent
                let wanted: Bool
                if let matches { wanted = try name.hasSuffix(".lua") && matches.matches(name) } else { wanted = isTestFile(name) }
                if wanted, try excluded?.matches(name) != true { found.insert(absolute((path as NSString).appendingPathComponent(relative))) }
            }
        }
        return found.sorted()
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// One test file, run in a fresh state where the run started, in the process of its own
/// that TestProcess started.
struct TestFile {
    let path: String
    /// The path as messages show it: relative to where `dossier test` was started.
    let shownName: String
    /// Searched after the file's own folder (busted's lpath: ./src by default).
    var modulePaths: [String] = []
    var sandbox: Sandbox?
    var memory: Int?

    func run(options: RunOptions, listOnly: Bool, timeout: Double, emit: @escaping (TestEvent) -> Void) {
        // as in busted, the file runs where the run started: fixture paths are relative to it
        let folder = (path as NSString).deletingLastPathComponent
        let start = FileManager.default.currentDirectoryPath
        let state = LuaState()
        let lua = state.lua
        LuaSurface.install(on: lua)
        Limits.setMemoryBudget(on: lua, bytes: memory)
        lua.extendPackagePath(prepending: [folder + "/?.lua"] + modulePaths + [start + "/scripts/?.lua"])
        do {
            let busted = Bundle.module.url(forResource: "busted", withExtension: "lua", subdirectory: "Lua")
            _ = try lua.runChunk(at: busted, arguments: [
                lua.rawGlobal("inspect"), runner(timeout: timeout, emit: emit), .text(path), .text(shownName),
                options.luaValue, .boolean(listOnly), .number(timeout),
            ])
        } catch {
            emit(.finished(TestResult(file: shownName, name: "(running the file)", status: .error, message: "\(error)")))
        }
        emit(.done)
    }

    /// The runner table busted.lua reports to: limit(seconds) also sets the C count hook, on
    /// the thread that runs the tests.
    private func runner(timeout: Double, emit: @escaping (TestEvent) -> Void) -> LuaValue {
        let message = "test timed out after \(formatSeconds(timeout)) s (stopped by --timeout)"
        let folder = (path as NSString).deletingLastPathComponent
        return .record([
            ("confine", .function { [sandbox] args in
                try sandbox?.apply(on: args.lua, scriptFolder: folder)
                return []
            }),
            ("limit", .function { args in
                let seconds = args.value(1).doubleValue ?? 0
                dossier_set_time_limit(args.lua.L, seconds, message)
                emit(.limit(seconds))
                return []
            }),
            ("started", .function { args in
                emit(.started(try args.string(1), line: args.value(2).intValue))
                return []
            }),
            ("finished", .function { args in
                if let result = result(from: args.value(1)) { emit(.finished(result)) }
                return []
            }),
        ])
    }

    private func result(from value: LuaValue) -> TestResult? {
        guard case .table(let t) = value else { return nil }
        let text = { (key: String) in t[.text(key)].stringValue }
        return TestResult(file: shownName, name: text("name") ?? "?", status: TestResult.Status(rawValue: text("status") ?? "") ?? .error,
                          line: t[.text("line")].intValue, message: text("message"), location: text("where"),
                          expected: text("expected"), actual: text("actual"), diff: text("diff"), traceback: text("traceback"))
    }

    /// Writes an event to descriptor 3, one JSON line, whole.
    static func emitToRunner(_ event: TestEvent) {
        guard var line = try? JSONEncoder().encode(event) else { return }
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let n = write(3, base + offset, bytes.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

func formatSeconds(_ s: Double) -> String { s == s.rounded() ? String(Int(s)) : String(s) }

/// The counts every run ends with. Failures (an assertion that did not hold) and errors
/// (anything else raised, a process that crashed or hung) are counted apart, as busted does.
struct Counts {
    var passed = 0, failed = 0, errors = 0, skipped = 0

    init(_ results: [TestResult]) {
        for r in results {
            switch r.status {
            case .pass: passed += 1
            case .fail: failed += 1
            case .error: errors += 1
            case .pending: skipped += 1
            case .listed: break
            }
        }
    }

    /// Whether the run (or file) is not green.
    var anyFailed: Bool { failed + errors > 0 }

    var line: String {
        "\(passed) passed, \(failed) failed" + (errors > 0 ? ", \(errors) error\(errors == 1 ? "" : "s")" : "")
            + (skipped > 0 ? ", \(skipped) skipped" : "")
    }
}
