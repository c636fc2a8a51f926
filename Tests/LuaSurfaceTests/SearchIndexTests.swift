@testable import Articles
import EntityTagger
import Foundation
import LuaBridge
import LuaSurface
@testable import Search
import XCTest
import Text

/// The index against a plain scan: every query must find exactly what reading each field's
/// folded characters one by one finds.
final class SearchIndexTests: XCTestCase {
    static let folding = Folding.shared
    nonisolated(unsafe) static let corpus = try! Corpus.load(ListTests.sample)

    /// (article number, field, 1-based byte offset) of every match, by scanning.
    private func scan(_ query: String, _ corpus: Corpus, fields: [String] = Search.fields) -> [String] {
        let folding = Self.folding
        let needle = folding.fold(query)
        var found: [String] = []
        for (number, article) in corpus.articles.enumerated() {
            for field in Search.fields where fields.contains(field) {
                let text = Search.fieldText(article, field)
                let scalars = Array(text.unicodeScalars)
                let folded = scalars.map(folding.fold)
                guard folded.count >= needle.count, !needle.isEmpty else { continue }
                var i = 0
                while i <= folded.count - needle.count {
                    if Array(folded[i..<(i + needle.count)]) == needle {
                        let offset = scalars[..<i].reduce(0) { $0 + UTF8.width($1) }
                        found.append("\(number) \(field) \(offset + 1)")
                        i += needle.count  // matches do not overlap
                    } else {
                        i += 1
                    }
                }
            }
        }
        return found
    }

    private func indexed(_ query: String, _ corpus: Corpus, fields: [String] = Search.fields) -> [String] {
        let matches = try! Search.find(query, in: corpus, fields: fields, folding: Self.folding)
        let numbers = Dictionary(uniqueKeysWithValues: corpus.articles.enumerated().map { (ObjectIdentifier($1), $0) })
        return (0..<matches.count).map { i in
            let hit = matches.hit(i)
            return "\(numbers[ObjectIdentifier(hit.article)]!) \(hit.field) \(hit.offset)"
        }
    }

    /// Queries cut from the corpus itself (1 to 6 characters, across line breaks too), in the
    /// other script, in full width, and some that are nowhere.
    private func queries() -> [String] {
        var generator = SplitMix(seed: 5)  // the same queries on every run
        var queries = ["储能", "儲能", "项目", "項目", "ＭＷ", "mw", "2024", "億元", "”", "\n", "不存在的詞語", "x"]
        let articles = Self.corpus.articles
        while queries.count < 300 {
            let article = articles[Int(generator.next() % UInt64(articles.count))]
            let text = Array(Search.fieldText(article, Search.fields[Int(generator.next() % 4)]).unicodeScalars)
            let length = 1 + Int(generator.next() % 6)
            guard text.count > length else { continue }
            let start = Int(generator.next() % UInt64(text.count - length))
            queries.append(String(String.UnicodeScalarView(text[start..<(start + length)])))
        }
        return queries + queries.prefix(40).map { zhConvert($0) }
    }

    private func zhConvert(_ s: String) -> String { (try? ScriptConverter(config: "s2t.json").convert(s)) ?? s }

    func testIndexFindsWhatAScanFinds() {
        var nonEmpty = 0
        for query in queries() {
            let expected = scan(query, Self.corpus)
            XCTAssertEqual(indexed(query, Self.corpus), expected, "query \(query.debugDescription)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        XCTAssertGreaterThan(nonEmpty, 250)
    }

    func testFieldsAndSubCorporaFilterTheRootIndex() {
        let root = Self.corpus
        let kept = root.articles.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        let sub = Corpus(articles: kept, report: root.report, path: root.path, root: root)
        for query in ["项目", "摄", "大同", "。", "儲"] {
            XCTAssertEqual(indexed(query, root, fields: ["title", "captions"]), scan(query, root, fields: ["title", "captions"]), query)
            XCTAssertEqual(indexed(query, sub), scan(query, sub), query)
        }
        XCTAssertTrue(try SearchScope.of(sub, folding: Self.folding).index === SearchScope.of(root, folding: Self.folding).index)
    }

    func testEmptyFieldsAndArticles() {
        let articles = ["", "儲", "", "儲"].map { Article(ArticleSource(path: "x.txt"), raw: $0) }
        let corpus = Corpus(articles: articles, report: Self.corpus.report, path: "x")
        XCTAssertEqual(indexed("储", corpus), scan("储", corpus))
        XCTAssertEqual(indexed("储", corpus).count, 2)
        XCTAssertEqual(indexed("儲儲", corpus), [])
    }
}

