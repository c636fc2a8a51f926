import Foundation
import XCTest

/// docs/sandbox.md is the sandbox's promise: each row of its table is run in a sandbox and
/// must give the answer the row states. Further tests cover what a table row cannot: the
/// test runner's sandbox and the limits.
final class SandboxTests: XCTestCase {
    struct Promise {
        let promise: String
        let code: String
        let answer: String
    }

    /// The rows of the table in docs/sandbox.md.
    static func promises() throws -> [Promise] {
        let doc = try String(contentsOf: DossierProcess.repository.appendingPathComponent("docs/sandbox.md"), encoding: .utf8)
        return doc.split(separator: "\n").compactMap { line -> Promise? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") else { return nil }
            return Promise(promise: cells[0], code: String(cells[1].dropFirst().dropLast()), answer: cells[2])
        }
    }

    /// A corpus (with a link out of it), a script folder with a module, an output folder and
    /// a folder outside them all.
    private func layout() throws -> (root: String, corpus: String, script: String, out: String, outside: String) {
        let root = try DossierProcess.temporaryFolder()
        let (corpus, script, out, outside) = (root + "/corpus", root + "/analysis", root + "/out", root + "/outside")
        for folder in [corpus, script, out, outside] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try "外部\n不應讀到。\n".write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        try "報道\n正文。\n".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: corpus + "/link-out.txt", withDestinationPath: outside + "/secret.txt")
        try "return 'helper'".write(toFile: script + "/helper.lua", atomically: true, encoding: .utf8)
        return (root, corpus, script, out, outside)
    }

    func testEveryPromiseInTheDocHolds() throws {
        let promises = try Self.promises()
        XCTAssertGreaterThan(promises.count, 20, "the table was read")
        let (root, corpus, script, out, outside) = try layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // each row in its own pcall; one line of outcome per row
        let probe = promises.map { promise in
            """
            do
              local ok, problem = pcall(function() \(promise.code) end)
              print(ok and "allowed" or ("refused: " .. tostring(problem):gsub("\\n", " ")))
            end
            """
        }.joined(separator: "\n")
        let header = "local CORPUS, SCRIPT, OUT, OUTSIDE = \(luaString(corpus)), \(luaString(script)), \(luaString(out)), \(luaString(outside))\n"
        try (header + probe).write(toFile: script + "/probe.lua", atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["--sandbox", "-c", corpus, "--out", out, script + "/probe.lua"], in: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        let outcomes = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(outcomes.count, promises.count, result.stdout)
        for (promise, outcome) in zip(promises, outcomes) {
            if promise.answer == "allowed" {
                XCTAssertEqual(outcome, "allowed", promise.promise)
            } else {
                let expected = promise.answer.replacingOccurrences(of: "refused: ", with: "")
                XCTAssertTrue(outcome.hasPrefix("refused: ") && outcome.contains(expected), "\(promise.promise): \(outcome)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside + "/planted.txt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/planted.txt"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/rows.csv"))
        XCTAssertTrue(result.stderr.contains("link-out.txt: skipped: outside the folders this script may read"), result.stderr)
    }

    /// dossier test --sandbox confines each file to its folder: its fixtures load, the rest
    /// of the machine does not.
    func testTheTestRunnerSandbox() throws {
        let (root, _, script, out, outside) = try layout()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try """
            it("reads its own folder", function() assert.are.equal("helper", require("helper")) end)
            it("cannot read outside", function() assert.has_error(function() io.open(\(luaString(outside + "/secret.txt"))) end) end)
            it("cannot run programs", function() assert.has_error(function() os.execute("true") end) end)
            it("writes under --out", function() assert(io.open(\(luaString(out + "/x.txt")), "w")):close() end)
            """.write(toFile: script + "/box_spec.lua", atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["test", "--sandbox", "--out", out, script])
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "4 passed, 0 failed", result.stdout)
        let unconfined = try DossierProcess.run(["test", script])
        XCTAssertEqual(unconfined.stdout.split(separator: "\n").last, "2 passed, 2 failed", "without --sandbox: \(unconfined.stdout)")
    }

    /// --timeout and --max-memory stop a script with an error it can see, never an abort.
    func testLimits() throws {
        let loop = try DossierProcess.run(["--timeout", "0.5", "-e", "while true do end"])
        XCTAssertEqual(loop.status, 1)
        XCTAssertTrue(loop.stderr.hasPrefix("\(DossierProcess.binary): stopped after 0.5 s (--timeout)"), loop.stderr)
        let memory = try DossierProcess.run(["--max-memory", "64M", "-e", """
            local ok, problem = pcall(function() local t = {} for i = 1, 1e8 do t[i] = ("x"):rep(64) .. i end end)
            print(ok, problem)
            """])
        XCTAssertEqual(memory.status, 0, memory.stderr)
        XCTAssertEqual(memory.stdout, "false\tnot enough memory\n")
        let bad = try DossierProcess.run(["--max-memory", "lots", "-e", ""])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.hasPrefix("\(DossierProcess.binary): '--max-memory' needs a size such as 512M or 2G, got 'lots'"), bad.stderr)
    }

    private func luaString(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\\", with: "\\\\") + "\"" }
}
