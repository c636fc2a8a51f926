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

    /// A symbolic link to the history stays a link when the file is trimmed.
    func testTrimmingWritesThroughASymlink() throws {
        let target = path + ".target"
        defer { try? FileManager.default.removeItem(atPath: target) }
        try (1...30).map { "entry \($0)" }.joined(separator: "\n").write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        XCTAssertEqual(History(path: path, limit: 10).entries.first, "entry 21")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: path), target)
        XCTAssertEqual(fileLines().count, 10, "the file the link points to was trimmed")
    }

    /// A history that is a folder, or cannot be written, is a problem said once, not silence.
    func testAHistoryThatCannotBeKeptIsReported() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertEqual(History(path: path).problem?.contains("is a folder"), true)
        XCTAssertEqual(History(path: path + "/missing/deeper").problem?.contains("cannot write"), true)
        XCTAssertNil(History(path: path + "/fine").problem)
    }

    /// Only the end of a long file is read; its last entries are kept whole.
    func testALongHistoryKeepsItsLastEntries() throws {
        let long = (1...200_000).map { "print(\"entry \($0) \(String(repeating: "x", count: 40))\")" }
        try long.joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        let history = History(path: path, limit: 1000)
        XCTAssertEqual(history.entries, Array(long.suffix(1000)))
        XCTAssertEqual(fileLines(), Array(long.suffix(1000)))
    }
}
