import Articles
import Foundation
import XCTest

/// Parsing never crashes, whatever bytes arrive.
final class RobustnessTests: XCTestCase {
    /// Touches every lazily computed part of an article.
    private func parseFully(_ bytes: [UInt8]) {
        guard let decoded = TextDecoding.decode(bytes) else { return }
        let a = Article(ArticleSource(path: "fuzz.txt", raw: decoded.text))
        _ = (a.title, a.subtitle, a.captions, a.dateline, a.text, a.sentences, a.lists, a.issues, a.date)
        _ = (a.numbers, a.people, a.organisations, a.places, a.terms, a.cleaning)
    }

    func testRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("發(fā)展?。“”（）(1)一是二是萬億元噸%攝".utf8) + [0, 0xFF, 0xFE, 0xE5, 0x5C, 0x6E, 0x0A]
        for round in 0..<600 {
            let length = Int.random(in: 0...400, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet.randomElement(using: &generator)!
            }
            parseFully(bytes)
        }
    }

    func testEveryTruncationOfTheSeed() throws {
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SeedArticleTests.seedPath)))
        for cut in stride(from: 0, to: seed.count, by: 13) { parseFully(Array(seed[..<cut])) }
    }

    func testLoaderOnAFolderOfBadFiles() throws {
        let folder = NSTemporaryDirectory() + "dossier-robust-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SystemRandomNumberGenerator()
        for i in 0..<20 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let ext = ["txt", "jsonl", "json", "csv", "tsv"][i % 5]
            FileManager.default.createFile(atPath: "\(folder)/f\(i).\(ext)", contents: Data(bytes))
        }
        let (articles, report) = try Loader().load(folder)
        XCTAssertEqual(report.files + report.skipped.count, 20, "every file is either loaded or reported as skipped")
        articles.forEach { _ = ($0.title, $0.numbers, $0.people) }
    }

    func testMissingPathIsAnError() {
        XCTAssertThrowsError(try Loader().load("/no/such/corpus")) { error in
            XCTAssertEqual("\(error)", "/no/such/corpus: no such file or folder")
        }
    }
}
