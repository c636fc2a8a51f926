/// REPL owns the interactive prompt: reading lines (readline on a terminal), continuation of
/// incomplete chunks, persistent history, printing results, completion, Ctrl-C, and the
/// Lua functions that make a session pleasant (help, pp, inspect).
import CLua
import Foundation
import LuaBridge
import LuaShim
import Text
#if canImport(Glibc)
import Glibc
#endif

/// The REPL's Lua half (Lua/support.lua), loaded into one state.
public struct REPLSupport {
    public let lua: Lua
    private let functions: LuaTable

    /// Loads the support chunk into `lua` and registers help, pp, inspect and the dossier table.
    public init(installingOn lua: Lua) {
        self.lua = lua
        lua.register("dossier.width", doc: LuaDoc(
            "dossier.width(s)", "Display width of a string in terminal columns (CJK characters count two).",
            example: #"assert(dossier.width("大同ab") == 6)"#)) { args in
            [.integer(displayWidth(try args.string(1)))]
        }
        lua.register("dossier.reference", doc: LuaDoc(
            "dossier.reference()", "The Lua API reference, as Markdown (docs/lua-api.md is this).",
            example: #"assert(dossier.reference():find("help([f])", 1, true))"#)) { args in
            [.text(referenceMarkdown(args.lua.documentation()))]
        }
        lua.register("dossier.docs", doc: LuaDoc(
            "dossier.docs()", "Every documented function as records {name, signature, summary, details, example}.",
            example: #"for _, d in ipairs(dossier.docs()) do assert(d.summary ~= "") end"#)) { args in
            [.list(args.lua.documentation().map { entry in
                .record([("name", .text(entry.name)), ("signature", .text(entry.doc.signature)),
                         ("summary", .text(entry.doc.summary)), ("details", .text(entry.doc.details)),
                         ("example", .text(entry.doc.example))])
            })]
        }
        lua.register("dossier.clock", doc: LuaDoc(
            "dossier.clock()", "Wall-clock seconds (monotonic, sub-microsecond) for timing; os.clock() is CPU time.",
            example: #"local t = dossier.clock(); assert(dossier.clock() >= t)"#)) { _ in
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            return [.number(Double(now.tv_sec) + Double(now.tv_nsec) / 1e9)]
        }
        let width = lua.rawGlobal("dossier").tableValue?[.text("width")] ?? .nil
        let docs = lua.documentationTable()
        let classes = lua.classesTable()
        do {
            let support = Bundle.module.url(forResource: "support", withExtension: "lua", subdirectory: "Lua")
            lua.push(try lua.runChunk(at: support, arguments: [width, docs, classes, Suggestions.luaFunction]).first ?? .nil)
            defer { lua.pop() }
            guard case .table(let table) = lua.value(at: -1) else { fatalError("REPL support chunk returned no table") }
            functions = table
        } catch {
            fatalError("REPL support chunk failed: \(error)")
        }
        lua.setRawGlobal("help", functions[.text("help")])
        lua.document("help", LuaDoc(
            "help([f])", "Lists dossier's functions; help(f) or help(\"name\") shows one in full.",
            example: #"help("help")"#))
        lua.setRawGlobal("pp", functions[.text("pp")])
        lua.document("pp", LuaDoc(
            "pp(...)", "Prints values readably: nested tables indented, records as aligned tables.",
            example: #"pp({ name = "大同", projects = 47 })"#))
        lua.setRawGlobal("inspect", functions[.text("inspect")])
        lua.document("inspect", LuaDoc(
            "inspect(v [, opts])", "The readable form pp prints, as a string.",
            details: """
            Tables print with sorted keys and indentation; cycles show as <cycle>. A sequence of
            records with the same keys prints as an aligned table (CJK counts two columns).
            opts: depth (6), items per table (50), line width (78), rows of a record table (20),
            cell width (40), columns (the order of a record table's columns; others follow).
            Control characters from corpus text (ESC sequences, other C0 and C1 codes) are shown
            escaped, as \\027 or \\u{9B}, so a report cannot clear or retitle the terminal; at an
            interactive prompt print does the same. Exports (to_csv, to_jsonl) keep text as it is.
            """,
            example: ##"assert(inspect({{b = 1, a = 2}, {b = 3, a = 4}}, {columns = {"b"}}):find("#  b  a", 1, true))"##))
    }

    private func function(_ name: String) -> LuaValue { functions[.text(name)] }

    /// Compiles what was typed so far.
    public func compile(_ source: String) -> CompileResult {
        guard let results = try? lua.call(function("compile"), [.text(source)]) else { return .error("compile failed") }
        switch results.first?.stringValue {
        case "ok": return .ready
        case "incomplete": return .incomplete(results.dropFirst().first?.stringValue ?? "unexpected <eof>")
        default: return .error(results.dropFirst().first?.stringValue ?? "syntax error")
        }
    }

    /// Replaces the global print with one that escapes control characters.
    func useTerminalSafePrint() {
        lua.setRawGlobal("print", functions[.text("print")])
    }

    /// The prompt support.lua makes (see M.prompt there).
    func prompt(continuing: Bool) -> String {
        (try? lua.call(function("prompt"), [.boolean(continuing)]))?.first?.stringValue ?? (continuing ? ">> " : "> ")
    }

    /// Results shown by the global print, as lua.c shows them, instead of pretty-printed:
    /// for input that is not a terminal.
    func usePlainResults() {
        _ = try? lua.call(function("use_plain_results"))
    }

    /// Runs the chunk `compile` accepted, printing its results; Ctrl-C interrupts it.
    /// Returns the error message with a short traceback, or nil.
    public func run() -> String? {
        dossier_interrupt_arm(lua.L)
        defer { dossier_interrupt_disarm() }
        do {
            let results = try lua.call(function("run"))
            return results.first == .boolean(true) ? nil : (results.dropFirst().first?.stringValue ?? "error")
        } catch {
            return "\(error)"  // an error in the support code itself, or out of memory
        }
    }

    /// Completion candidates for the word before `cursor`.
    public func complete(_ line: String, cursor: Int) -> [String] {
        guard let results = try? lua.call(function("complete"), [.text(line), .integer(cursor)]),
              case .table(let list) = results.first
        else { return [] }
        return list.array.compactMap(\.stringValue)
    }

}

public enum CompileResult: Equatable {
    case ready
    /// More lines may complete it; the message is the syntax error if input ends here.
    case incomplete(String)
    case error(String)
}

/// The read-eval-print loop.
public final class REPL {
    private let support: REPLSupport
    private let reader: LineReader
    private let history: History?
    private let report: (String) -> Void

    public init(support: REPLSupport, reader: LineReader, history: History?, report: @escaping (String) -> Void) {
        self.support = support
        self.reader = reader
        self.history = history
        self.report = report
    }

    /// Runs until end of input. On a terminal, print shows control characters from corpus text
    /// escaped, as the pretty printer does: an ESC sequence in a title must not clear the screen.
    public func run() {
        if isatty(1) != 0 { support.useTerminalSafePrint() }
        if isatty(0) == 0 { support.usePlainResults() }
        while readChunk() {
            if let error = support.run() { report(error) }
        }
        print()
    }

    /// `_PROMPT` and `_PROMPT2` through tostring (as in lua.c), else "> " and ">> ".
    private func prompt(continuing: Bool) -> String { support.prompt(continuing: continuing) }

    /// Reads lines until they form a chunk that compiles, leaving it ready to run; a syntax
    /// error is reported and reading starts over, Ctrl-C abandons the chunk. False at end of input.
    private func readChunk() -> Bool {
        chunks: while true {
            var source: String
            switch reader.read(prompt: prompt(continuing: false)) {
            case .line(let line): source = line
            case .interrupted: continue chunks
            case .endOfInput: return false
            }
            var outcome = support.compile(source)
            while case .incomplete(let message) = outcome {
                switch reader.read(prompt: prompt(continuing: true)) {
                case .line(let line):
                    source += "\n" + line
                    outcome = support.compile(source)
                case .interrupted:
                    continue chunks
                case .endOfInput:
                    remember(source)
                    report(message)
                    return false
                }
            }
            remember(source)
            if case .error(let message) = outcome {
                report(message)
                continue
            }
            return true
        }
    }

    private func remember(_ source: String) {
        guard history?.add(source) ?? true else { return }
        reader.remember(source)
    }
}
