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

    /// A large JSON Lines file is read a block at a time; what it loads and says must not depend
    /// on where the blocks fall: line numbers, damaged bytes, malformed lines, every encoding.
    func testJSONLinesReadInBlocksLoadLikeTheWholeFile() throws {
        let folder = NSTemporaryDirectory() + "dossier-blocks-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let endings = ["\n", "\r\n", "\n\n"]
        let lines = (1...60).map { i in
            (i % 17 == 0 ? #"{"title": "broken \#(i)""# : #"{"title": "標題\#(i)", "content": "第\#(i)段  正文發(fā)展，含\u2028分隔。\n下一段。"}"#) + endings[i % 3]
        }
        var utf8 = Data(lines.joined().utf8)
        let insideBody = (lines[..<20].joined() + #"{"title": "標題21", "content": "第21段  正文"#).utf8.count
        utf8.insert(contentsOf: [0xE5, 0xFF], at: insideBody)  // damaged bytes inside a string
        let gb18030 = try Self.iconv(lines.joined(), to: "GB18030")
        for (name, contents) in [("utf8.jsonl", utf8), ("gb.jsonl", gb18030), ("bom.jsonl", Data([0xEF, 0xBB, 0xBF]) + utf8)] {
            let path = "\(folder)/\(name)"
            FileManager.default.createFile(atPath: path, contents: contents)
            let whole = try Loader().load(path)
            for blockSize in [100, 337, 1024] {
                var loader = Loader()
                loader.blockSize = blockSize
                let blocks = try loader.load(path)
                XCTAssertEqual(blocks.articles.map { "\($0.source.line ?? 0) \($0.title) \($0.raw)" },
                               whole.articles.map { "\($0.source.line ?? 0) \($0.title) \($0.raw)" }, "\(name) in blocks of \(blockSize)")
                XCTAssertEqual(blocks.report.warnings.map { $0.description }.sorted(), whole.report.warnings.map { $0.description }.sorted(), "\(name), \(blockSize)")
                XCTAssertEqual(blocks.report.replacedBytes, whole.report.replacedBytes)
                XCTAssertEqual(Set(blocks.articles.map { $0.source.encoding }), Set(whole.articles.map { $0.source.encoding }))
            }
            XCTAssertEqual(whole.articles.count, 57, name)
            XCTAssertEqual(whole.report.replacedBytes > 0, name != "gb.jsonl", "the damaged bytes are counted in \(name)")
            XCTAssertEqual(whole.report.warnings.filter { $0.description.contains("malformed") }.count, 3, name)
        }
    }

    /// `text` in another encoding, by the system's iconv (as the corpus generator writes it).
    static func iconv(_ text: String, to encoding: String) throws -> Data {
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        (iconv.standardInput, iconv.standardOutput) = (input, output)
        try iconv.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        iconv.waitUntilExit()
        return data
    }

    func testAJSONArrayKeepsItsObjectsAndNamesWhatItSkips() throws {
        let records = (1...20).map { #"{"title": "t\#($0)", "content": "正文\#($0)。"}"# }
        let (articles, report) = try load("x.json", "[" + (records[..<10] + ["null"] + records[10...]).joined(separator: ",") + "]")
        XCTAssertEqual(articles.count, 20)
        XCTAssertEqual(report.warnings.map(\.message), ["element 11 of the array skipped: null"])
    }

    /// Half a UTF-16 pair escaped in a string (an emoji cut by a scraper) costs that character,
    /// not the article: JSON parsers refuse the whole text.
    func testEscapedHalvesOfUTF16PairsBecomeReplacementCharacters() throws {
        let lines = [#"{"title": "\ud83d标题", "content": "正文\ud800甲 \\ud800 \ud83d\ude00 乙\udc00"}"#,
                     #"{"title": "t2", "content": "正文。"}"#, #"{"title": "t3", "content": "\ud83d" "#]
        let (articles, report) = try load("x.jsonl", lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(articles.map(\.title), ["\u{FFFD}标题", "t2"])
        XCTAssertEqual(articles.first?.text, "正文\u{FFFD}甲 \\ud800 😀 乙\u{FFFD}", "an escaped backslash and a whole pair are kept")
        XCTAssertEqual(report.warnings.map(\.description).sorted(), [
            report.warnings[0].path + ":1: 3 escapes of half a UTF-16 pair (\\ud800–\\udfff) replaced by U+FFFD",
            report.warnings[0].path + #":3: malformed JSON line skipped ({"title": "t3", "content": "\ud83d" …)"#,
        ])
        let (array, arrayReport) = try load("x.json", #"[{"title": "\udc00", "content": "正文。"}]"#)
        XCTAssertEqual(array.map(\.title), ["\u{FFFD}"])
        XCTAssertEqual(arrayReport.warnings.map(\.message), ["1 escape of half a UTF-16 pair (\\ud800–\\udfff) replaced by U+FFFD"])
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

    /// Many warnings are shown as the first twenty and a count that says where all of them
    /// are; a few are shown whole (never "and 1 more").
    func testManyWarningsAreCountedNotAllPrinted() {
        var report = LoadReport()
        report.warnings = (1...21).map { LoadWarning(path: "f\($0).txt", message: "damaged") }
        XCTAssertEqual(report.warningLines(allIn: "c.report.warnings").count, 21)
        report.warnings += (22...1620).map { LoadWarning(path: "f\($0).txt", message: "damaged") }
        let lines = report.warningLines(allIn: "c.report.warnings")
        XCTAssertEqual(lines.count, 21)
        XCTAssertEqual(lines.first, "dossier: warning: f1.txt: damaged")
        XCTAssertEqual(lines.last, "dossier: … and 1600 more warnings: c.report.warnings lists them all")
    }
}
