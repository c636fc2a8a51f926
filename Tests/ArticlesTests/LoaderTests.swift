import Articles
import Foundation
import XCTest

/// Files that real exports produce load whole, and what is skipped is reported.
final class LoaderTests: XCTestCase {
    private func load(_ name: String, _ contents: String) throws -> (articles: [Article], report: LoadReport) {
        let folder = NSTemporaryDirectory() + "dossier-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data(contents.utf8))
        return try Loader().load("\(folder)/\(name)")
    }

    func testJSONLinesWithEveryLineEnding() throws {
        for ending in ["\n", "\r\n", "\r"] {
            let lines = (1...20).map { #"{"title": "t\#($0)", "content": "正文\#($0)，含\u2028分隔。"}"# }
            let (articles, report) = try load("x.jsonl", lines.joined(separator: ending) + ending)
            XCTAssertEqual(articles.count, 20, "line ending \(ending.debugDescription)")
            XCTAssertEqual(report.warnings.count, 0, "\(report.warnings)")
            XCTAssertEqual(articles.last?.source.line, 20, "lines are numbered as the file has them")
        }
    }

    func testAJSONArrayKeepsItsObjectsAndNamesWhatItSkips() throws {
        let records = (1...20).map { #"{"title": "t\#($0)", "content": "正文\#($0)。"}"# }
        let (articles, report) = try load("x.json", "[" + (records[..<10] + ["null"] + records[10...]).joined(separator: ",") + "]")
        XCTAssertEqual(articles.count, 20)
        XCTAssertEqual(report.warnings.map(\.message), ["element 11 of the array skipped: null"])
    }

    /// A FIFO named like a corpus file is reported, not waited on; links back up the tree are
    /// walked once.
    func testFIFOsAndLinkLoopsNeitherHangNorRepeat() throws {
        let folder = NSTemporaryDirectory() + "dossier-loops-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(mkfifo(folder + "/pipe.txt", 0o644), 0)
        FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data("标题\n正文。\n".utf8))
        for (link, target) in [("self1", "."), ("self2", "."), ("sub/up", "..")] {
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/\(link)", withDestinationPath: target)
        }
        let (articles, report) = try Loader().load(folder)
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(report.skipped.map(\.reason), ["not a file"])
        XCTAssertTrue(report.warnings.contains { $0.message.contains("not a regular file") }, "\(report.warnings)")
    }
}
