import Analysis
import Articles
import Foundation
import XCTest
import Text

/// Word counts on every core, checked against the same counts made one article at a time,
/// and what counts as a word.
final class AnalysisCountingTests: XCTestCase {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus").path

    private func articles(_ texts: [String]) throws -> [Article] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (i, text) in texts.enumerated() {
            try text.write(to: folder.appendingPathComponent(String(format: "%03d.txt", i)), atomically: true, encoding: .utf8)
        }
        return try Corpus.load(folder.path).articles
    }

    /// Splitting the corpus among workers must not change a count: the whole corpus at once
    /// gives each word the sum of its counts in each article alone.
    func testCountsOnEveryCoreAddUpToPerArticleCounts() throws {
        let articles = try Corpus.load(Self.sample).articles
        XCTAssertGreaterThan(articles.count, 10)
        var expected: [String: (count: Int, articles: Int)] = [:]
        for article in articles {
            for word in try Counting.words(in: [article], keepStopWords: true) {
                let key = Folding.shared.folded(word.key)
                expected[key, default: (0, 0)].count += word.count
                expected[key, default: (0, 0)].articles += 1
            }
        }
        let whole = try Counting.words(in: articles, keepStopWords: true)
        XCTAssertEqual(whole.count, expected.count)
        for word in whole {
            let want = expected[Folding.shared.folded(word.key)]
            XCTAssertEqual(word.count, want?.count, word.key)
            XCTAssertEqual(word.articles, want?.articles, word.key)
        }
        var bigrams: [String: Int] = [:]
        for article in articles {
            for gram in try Counting.ngrams(2, in: [article], keepStopWords: true) { bigrams[gram.words.map(Folding.shared.folded).joined(separator: " "), default: 0] += gram.count }
        }
        let allBigrams = try Counting.ngrams(2, in: articles, keepStopWords: true)
        XCTAssertEqual(allBigrams.count, bigrams.count)
        for gram in allBigrams { XCTAssertEqual(gram.count, bigrams[gram.words.map(Folding.shared.folded).joined(separator: " ")], "\(gram.words)") }
    }

    func testWebLeftoversAndSymbolsAreNotWords() throws {
        let counted = try Counting.words(in: try articles([
            "标题\n\u{FEFF}项目签约 ┌──┐ 详见 https://www.example.com/a/b.html 或 www.example.org ，字号 1.5 em 与 12px 。"
            + "<div class=\"x\">项目</div>&nbsp;项目 2024年 GDP",
        ]), keepStopWords: false).map(\.key)
        for leftover in ["https", "www", "example", "com", "html", "org", "em", "px", "div", "class", "nbsp", "\u{FEFF}", "┌──┐", "1.5", "12"] {
            XCTAssertFalse(counted.contains(leftover), "\(leftover) in \(counted)")
        }
        for word in ["项目", "签约", "2024", "GDP"] { XCTAssertTrue(counted.contains(word), "\(word) missing from \(counted)") }
    }

    func testStopWordsAreCheckedAfterFolding() throws {
        let counted = try Counting.words(in: try articles(["标题\n爲了發展，為民服務，为人民。"]), keepStopWords: false).map(\.key)
        XCTAssertFalse(counted.contains("爲") || counted.contains("為") || counted.contains("为"), "\(counted)")
        let kept = try Counting.words(in: try articles(["标题\n爲了發展，為民服務，为人民。"]), keepStopWords: true)
        XCTAssertTrue(kept.contains { Folding.shared.folded($0.key) == "为" }, "\(kept)")
    }

    func testNGramsStopAtPunctuationAndJoinScripts() throws {
        let grams = try Counting.ngrams(2, in: try articles(["标题\n项目建设，建设。項目建設！"]), keepStopWords: false)
        let keys = Dictionary(grams.map { ($0.words.map(Folding.shared.folded).joined(separator: " "), $0.count) }, uniquingKeysWith: +)
        XCTAssertEqual(keys["项目 建设"], 2, "\(grams)")
        XCTAssertNil(keys["建设 建设"], "no n-gram across the comma")
        XCTAssertEqual(try Counting.ngrams(3, in: try articles(["标题\n项目建设，建设"]), keepStopWords: true).count, 0)
    }
}
