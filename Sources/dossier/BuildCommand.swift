import ArgumentParser
import Articles
import Dispatch
import Foundation
import Store
import TestRunner

/// `dossier build SRC… -o NAME.db`: a corpus store, built once and brought up to date after.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier build",
        abstract: "Build or update a corpus store: articles, load report and every record, in one SQLite file.",
        discussion: """
        Sources are read as corpus.load reads them. Run again on the same sources, only new and
        changed files are read, and what is gone is removed. The store changes in one transaction:
        Ctrl-C, a full disk or a killed build leave it as it was. Open it with corpus.open(path)
        or dossier -c NAME.db; docs/store.md describes its tables for other tools.
        """)

    @Argument(help: "Files and folders of articles.")
    var sources: [String] = []

    @Option(name: .shortAndLong, help: "The store to write (an SQLite file).")
    var output: String

    @Flag(help: "Check the store with SQLite's integrity check instead of building.")
    var check = false

    func validate() throws {
        if !check && sources.isEmpty { throw ValidationError("name the files or folders to build from, e.g. dossier build corpus/ -o corpus.db") }
    }

    /// Parses `arguments` and builds; the exit status.
    static func run(arguments: [String]) -> Int32 { runParsing(arguments) { $0.execute() } }

    func execute() -> Int32 {
        let store = SQLiteCorpusStore(path: output)
        do {
            if check {
                let problems = try store.check()
                print(problems.isEmpty ? "\(output): ok" : problems.map { "\(output): \($0)" }.joined(separator: "\n"))
                return problems.isEmpty ? 0 : 1
            }
            let interrupts = Interrupts()
            Cancellation.reason = { interrupts.requested ? "interrupted" : nil }
            let start = Date()
            let summary = try store.build(from: sources, loader: Loader())
            let warnings = summary.report.warningLines(allIn: "the store's warnings table")
            if !warnings.isEmpty { FileHandle.standardError.write(Data((warnings.joined(separator: "\n") + "\n").utf8)) }
            print(String(format: "dossier: %@: %@ in %.1f s", output, summary.description, Date().timeIntervalSince(start)))
            return 0
        } catch {
            FileHandle.standardError.write(Data("dossier build: \(error)\n".utf8))
            return 1
        }
    }
}

/// Ctrl-C during a build: noted, so the work stops at its next check and the transaction is
/// rolled back, instead of the process dying mid-write.
final class Interrupts: @unchecked Sendable {
    private let lock = NSLock()
    private var pressed = false
    private let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())

    init() {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.withLock { self.pressed = true }
        }
        source.resume()
    }

    var requested: Bool { lock.withLock { pressed } }
}
