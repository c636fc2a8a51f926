import LuaSurface
import Foundation
import LuaBridge
import XCTest

/// Exports read back by another program (Python's csv and json modules) lose nothing.
final class ExportTests: XCTestCase {
    let state = LuaState()
    var folder: String!

    override func setUpWithError() throws {
        LuaSurface.install(on: state.lua)
        folder = NSTemporaryDirectory() + "dossier-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        state.lua.setRawGlobal("sample", .text(ListTests.sample))
        state.lua.setRawGlobal("out", .text(folder))
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func python(_ code: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testCSVAndJSONLinesRoundTrip() throws {
        let lua = try state.lua.run("""
            local c = corpus.load(sample, { quiet = true })
            local money = c:numbers():filter("kind", "money")
            money:to_csv(out .. "/money.csv", { bom = true })
            c:to_csv(out .. "/articles.csv")
            c:to_jsonl(out .. "/articles.jsonl")
            local texts = {}
            for a in c:each() do texts[#texts + 1] = a.text end
            return #money, money:sum("value"), #c, table.concat(texts, "\\u{1}")
            """)
        let reread = try python("""
            import csv, json
            money = list(csv.DictReader(open('\(folder!)/money.csv', encoding='utf-8-sig', newline='')))
            rows = list(csv.DictReader(open('\(folder!)/articles.csv', encoding='utf-8', newline='')))
            lines = [json.loads(l) for l in open('\(folder!)/articles.jsonl', encoding='utf-8')]
            assert [r['text'] for r in rows] == [l['text'] for l in lines]
            print(len(money)); print(sum(float(m['value']) for m in money)); print(len(rows))
            print('\\u0001'.join(r['text'] for r in rows))
            """)
        let fields = reread.split(separator: "\n", maxSplits: 3).map(String.init)
        XCTAssertEqual(Int(fields[0]), lua[0].intValue)
        XCTAssertEqual(Double(fields[1])!, lua[1].doubleValue!, accuracy: 1)
        XCTAssertEqual(Int(fields[2]), lua[2].intValue)
        XCTAssertEqual(fields[3], lua[3].stringValue, "every article's text, with its commas, quotes and line breaks, survives CSV")
    }

    /// A write that fails (here a full device) is an error naming the file, never a row count.
    func testAFailedWriteIsAnError() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        let result = try state.lua.run("""
            local c = corpus.load(sample, { quiet = true })
            local function message(f) local ok, e = pcall(f); assert(not ok, "no error"); return e end
            return message(function() return (c:to_csv("/dev/full")) end), message(function() return (c:people():to_jsonl("/dev/full")) end)
            """, name: "=test")
        XCTAssertEqual(result, ["test:3: /dev/full: No space left on device", "test:3: /dev/full: No space left on device"])
    }

    func testMarkdownEscapesCells() throws {
        let markdown = try state.lua.run(#"return List.of({ { a = "x|y", b = "line\nbreak" }, { a = 1, b = 2 } }):to_markdown()"#)
        XCTAssertEqual(markdown, ["| a | b |\n| --- | --- |\n| x\\|y | line<br>break |\n| 1 | 2 |\n"])
    }
}
