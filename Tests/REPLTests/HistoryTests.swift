import REPL
import XCTest

final class HistoryTests: XCTestCase {
    var path: String!

    override func setUp() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)").path
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: path) }

    private func fileLines() -> [String] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func testEntriesAreWrittenAsTheyAreAdded() {
        let history = History(path: path)
        history.add("1+1")
        XCTAssertEqual(fileLines(), ["1+1"], "on disk before the session ends")
        history.add("print('a\\\\b')")
        XCTAssertEqual(History(path: path).entries, ["1+1", "print('a\\\\b')"])
    }

    func testMultiLineChunksStayOneEntry() {
        History(path: path).add("function f()\n  return 1\nend")
        XCTAssertEqual(fileLines().count, 1)
        XCTAssertEqual(History(path: path).entries, ["function f()\n  return 1\nend"])
    }

    func testRepeatsAndBlankLinesAreNotStored() {
        let history = History(path: path)
        XCTAssertTrue(history.add("x"))
        XCTAssertFalse(history.add("x"))
        XCTAssertFalse(history.add("   "))
        XCTAssertTrue(history.add("y"))
        XCTAssertTrue(history.add("x"), "only consecutive repeats are dropped")
        XCTAssertEqual(History(path: path).entries, ["x", "y", "x"])
    }

    func testHistoryIsCapped() {
        let history = History(path: path, limit: 1000)
        for i in 1...30 { history.add("line \(i)") }
        let reloaded = History(path: path, limit: 10)
        XCTAssertEqual(reloaded.entries.first, "line 21")
        XCTAssertEqual(reloaded.entries.count, 10)
        XCTAssertEqual(fileLines().count, 10, "the file itself is trimmed")
    }

    func testDefaultPath() {
        XCTAssertEqual(History.defaultPath(environment: ["HOME": "/home/u"]), "/home/u/.dossier_history")
        XCTAssertEqual(History.defaultPath(environment: ["HOME": "/home/u", "DOSSIER_HISTORY": "/tmp/h"]), "/tmp/h")
    }
}
