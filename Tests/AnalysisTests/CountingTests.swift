@testable import Analysis
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

    /// Every counted word against a count made here from the articles' own words: it counts
    /// each word that folds to it, in how many articles, and shows the form most often written
    /// (ties: the smaller string). Forms in either script and either case, of short words
    /// (packed into a key) and of long ones (kept by their scalars), hundreds of them.
    func testEachWordCountsEveryFormAndShowsItsCommonest() throws {
        let long = (0..<300).map { "Project\($0 % 150)" + ($0 % 3 == 0 ? "X" : "x") }
        let texts = [
            "标题\n中華人民共和國與中华人民共和国，中華人民共和國。發展、发展、發展。Shanghai SHANGHAI shanghai shanghai",
            "標題\n" + long.joined(separator: "，") + "。中华人民共和国，中华人民共和国，发展。",
            "标题\n" + long.reversed().joined(separator: "；"),
        ]
        let counted = try Counting.words(in: try articles(texts), keepStopWords: true)
        var forms: [String: [String: Int]] = [:]  // folded -> written -> count
        var articlesWith: [String: Set<Int>] = [:]
        for (index, article) in try articles(texts).enumerated() {
            let words = try article.words()
            for i in 0..<words.ends.count {
                let written = words.text(i)
                forms[Folding.shared.folded(written), default: [:]][written, default: 0] += 1
                articlesWith[Folding.shared.folded(written), default: []].insert(index)
            }
        }
        for key in ["中華人民共和國", "發展", "shanghai"] + long.map({ Folding.shared.folded($0) }) {
            XCTAssertNotNil(forms[Folding.shared.folded(key)], "\(key) was not cut as one word")
        }
        XCTAssertGreaterThan(counted.count, 150)
        for word in counted {
            let folded = Folding.shared.folded(word.key)
            let written = forms[folded] ?? [:]
            XCTAssertEqual(word.count, written.values.reduce(0, +), word.key)
            XCTAssertEqual(word.articles, articlesWith[folded]?.count, word.key)
            let commonest = written.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            XCTAssertEqual(word.key, commonest, "\(written)")
        }
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

    /// The sixteen ranked tables of n-gram counts merge into one list ranked the same way (most
    /// frequent first, ties by ids), whatever the lists' lengths, empty ones included.
    func testRankedListsInterleaveIntoOneRankedList() {
        let seed = ProcessInfo.processInfo.environment["DOSSIER_SEED"].flatMap(UInt64.init) ?? 20261203
        print("interleave: seed \(seed) (DOSSIER_SEED=\(seed) replays it)")
        var state = seed
        func random(_ bound: Int) -> Int {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        for n in [1, 2, 3] {
            // distinct n-grams, each dealt to one list, with counts full of ties (and, past one
            // word, of n-grams that share their first ids)
            var all: [(ids: [Int32], count: Int)] = []
            var seen = Set<[Int32]>()
            let words = n == 1 ? 5_000 : 60
            while all.count < 2_000 {
                let ids = (0..<n).map { _ in Int32(random(words)) }
                if seen.insert(ids).inserted { all.append((ids, 1 + random(6))) }
            }
            func ranked(_ x: (ids: [Int32], count: Int), _ y: (ids: [Int32], count: Int)) -> Bool {
                x.count != y.count ? x.count > y.count : x.ids.lexicographicallyPrecedes(y.ids)
            }
            var lists = [[(ids: [Int32], count: Int)]](repeating: [], count: 16)
            for gram in all where random(8) != 0 { lists[random(15)].append(gram) }  // list 15 stays empty
            let kept = lists.flatMap { $0 }.sorted(by: ranked)
            let merged = NGramCounts.interleave(lists.map { list in
                let sorted = list.sorted(by: ranked)
                return (sorted.flatMap(\.ids), sorted.map(\.count))
            }, n: n)
            XCTAssertEqual(merged.counts, kept.map(\.count), "n = \(n)")
            XCTAssertEqual(merged.ids, kept.flatMap(\.ids), "n = \(n)")
        }
    }
}
