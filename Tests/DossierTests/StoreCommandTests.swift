import Foundation
import XCTest

/// `dossier build` from the command line: what it writes other tools can read, and a build
/// killed midway leaves the store it was updating as it was.
final class StoreCommandTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws { folder = try DossierProcess.temporaryFolder() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private var sample: String { DossierProcess.repository.appendingPathComponent("corpus").path }

    /// Articles and records per kind, as dossier counts them from a store; with `raw`, then
    /// the bytes of every clean text and of every raw text, and the sentences.
    private func dossierCounts(_ store: String, raw: Bool = false) throws -> String {
        let script = #"local n = {#corpus}; for _, k in ipairs{"numbers", "dates", "places", "people", "orgs", "terms"} do "#
            + #"local total = 0; for a in corpus:each() do total = total + #a[k](a) end; n[#n + 1] = total end; "#
            + (raw ? #"local clean, bytes, sentences = 0, 0, 0; for a in corpus:each() do "#
                + #"clean, bytes, sentences = clean + #a.text, bytes + #a.raw, sentences + #a.sentences end; "#
                + #"n[#n + 1] = clean; n[#n + 1] = bytes; n[#n + 1] = sentences; "# : "")
            + #"print(table.concat(n, " "))"#
        let result = try DossierProcess.run(["-c", store, "-e", script])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Python's sqlite3 and zlib alone read the articles, each kind of record (in its table
    /// and through the records view), the clean texts (deflated as sqlar keeps files), their
    /// sentences' bounds, and the raw texts, packed against the clean ones.
    func testPythonReadsWhatDossierCounts() throws {
        let store = folder + "/sample.db"
        let built = try DossierProcess.run(["build", sample, "-o", store])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(built.stdout.contains("articles and"), built.stdout)
        let python = """
            import sqlite3, sys, zlib
            db = sqlite3.connect(sys.argv[1])
            counts = [db.execute("select count(*) from articles").fetchone()[0]]
            for kind in ["numbers", "dates", "places", "people", "orgs", "terms"]:
                in_view = db.execute("select count(*) from records where kind = ?", (kind,)).fetchone()[0]
                assert in_view == db.execute(f"select count(*) from {kind}").fetchone()[0], kind
                counts.append(in_view)
            rows = db.execute("select size, text, raw, sentences from texts").fetchall()
            clean = [zlib.decompress(text) if len(text) < size else text for size, text, _, _ in rows]
            assert all(len(text) == size for text, (size, _, _, _) in zip(clean, rows))
            raw = [zlib.decompressobj(zdict=text).decompress(packed) for text, (_, _, packed, _) in zip(clean, rows)]
            def varints(blob):
                values, value, shift = [], 0, 0
                for byte in blob:
                    value |= (byte & 0x7F) << shift
                    shift += 7
                    if byte < 0x80:
                        values.append(value)
                        value, shift = 0, 0
                return values
            sentences = 0
            for text, (_, _, _, blob) in zip(clean, rows):
                numbers, end = varints(blob), 0
                for i in range(0, len(numbers), 3):
                    start = end + numbers[i]
                    end = start + numbers[i + 1]
                    assert text[start:end].strip() and end <= len(text), (start, end)
                    sentences += 1
            counts += [sum(len(text) for text in clean), sum(len(r) for r in raw), sentences]
            print(" ".join(map(str, counts)))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", python, store]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let counted = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(counted.trimmingCharacters(in: .whitespacesAndNewlines), try dossierCounts(store, raw: true))
        let check = try DossierProcess.run(["build", "--check", "-o", store])
        XCTAssertEqual(check.stdout, "\(store): ok\n", check.stderr)
    }

    func testAKilledBuildLeavesTheStoreAsItWas() throws {
        let store = folder + "/corpus.db"
        XCTAssertEqual(try DossierProcess.run(["build", sample, "-o", store]).status, 0)
        let before = try dossierCounts(store)
        // a larger second source, so the update is still working when it is killed
        let more = folder + "/more"
        let generator = DossierProcess.repository.appendingPathComponent("scripts/generate-corpus.lua").path
        XCTAssertEqual(try DossierProcess.run([generator, more, "--articles", "300", "--seed", "7"]).status, 0)
        let build = Process()
        build.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        build.arguments = ["build", sample, more, "-o", store]
        build.standardOutput = FileHandle.nullDevice
        build.standardError = FileHandle.nullDevice
        try build.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationReason, .uncaughtSignal, "the build was still running when killed")
        XCTAssertEqual(try dossierCounts(store), before, "the store is the one from before the killed build")
        XCTAssertEqual(try DossierProcess.run(["build", "--check", "-o", store]).stdout, "\(store): ok\n")
        let finished = try DossierProcess.run(["build", sample, more, "-o", store])
        XCTAssertEqual(finished.status, 0, finished.stderr)
        XCTAssertNotEqual(try dossierCounts(store), before, "a build run to its end updates the store")
    }
}
