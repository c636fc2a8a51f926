import Articles
import EntityTagger
import Foundation
import Search
@testable import Store
import Text
import XCTest

/// A store's search index, kept in segments and read a pair at a time, finds exactly what
/// the index built in memory finds on the loaded corpus, after rebuilds that changed,
/// removed and added files too.
final class StoredIndexTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write("corpus/a.txt", "長治重點項目集中開工\n10月23日，市委書記鄭麗娟出席活動，總投資286.38億元。發展發展發展。")
        let lines = (1...5).map { #"{"title": "大同簽約\#($0)", "subtitle": "副題\#($0)", "content": "大同市與華為公司簽約，投資\#($0)億元，推動發展。"}"# }
        try write("corpus/feeds/news.jsonl", lines.joined(separator: "\n"))
        try write("corpus/z.txt", "太原項目\n儲能電站發展迅速，ＸＸＸ全角。")
    }

    /// A store written a file at a time: one index segment per file.
    private var store: SQLiteCorpusStore {
        var store = SQLiteCorpusStore(path: folder + "/corpus.db")
        store.batchBytes = 1
        return store
    }

    /// Every hit of `query`, as it reads: the article's file and line, the field, offset and text.
    private func hits(_ query: String, in corpus: Corpus) throws -> [String] {
        let matches = try Search.find(query, in: corpus, fields: Search.fields, folding: Folding.shared)
        return (0..<matches.count).map { i in
            let hit = matches.hit(i)
            return "\(hit.article.source.path):\(hit.article.source.line ?? 0) \(hit.field) \(hit.offset) \(hit.text)"
        }
    }

    /// Queries of one to four characters cut from every field of the corpus at seeded random
    /// places, and a few chosen ones: across a field's end, the other script, full width, none.
    private func queries(from corpus: Corpus) -> [String] {
        let seed = ProcessInfo.processInfo.environment["DOSSIER_SEED"].flatMap(UInt64.init) ?? 20261202
        print("StoredIndexTests: seed \(seed) (DOSSIER_SEED=\(seed) replays it)")
        var random = SplitMix(seed: seed)
        var queries = ["发展", "發展發展", "儲能", "XX", "ＸＸ", "全角", "鄭麗娟", "簽約1", "大", "展", "約", "不在其中"]
        for article in corpus.articles {
            for field in Search.fields {
                let characters = Array(Search.fieldText(article, field).unicodeScalars)
                guard !characters.isEmpty else { continue }
                for _ in 0..<8 {
                    let start = Int.random(in: 0..<characters.count, using: &random)
                    let end = min(characters.count, start + Int.random(in: 1...4, using: &random))
                    queries.append(String(String.UnicodeScalarView(characters[start..<end])))
                }
            }
        }
        return queries
    }

    private func assertSameHits(_ stored: Corpus, _ loaded: Corpus, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(try SearchScope.of(stored, folding: Folding.shared).index.isKept, "the store's own index is read", file: file, line: line)
        var found = 0
        for query in queries(from: loaded) {
            let expected = try hits(query, in: loaded)
            XCTAssertEqual(try hits(query, in: stored), expected, query, file: file, line: line)
            found += expected.count
        }
        XCTAssertGreaterThan(found, 200, "the queries find text", file: file, line: line)
    }

    func testAStoreFindsWhatTheLoadedCorpusFinds() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        try assertSameHits(try store.open(), try Corpus.load(folder + "/corpus"))
    }

    /// A rebuild adds a segment for what it read and leaves removed articles in the old ones:
    /// they are skipped, and a new article never takes a removed one's number, so no position
    /// of the old segments lands in it (z.txt had the last numbers; y.txt comes after).
    func testAfterRebuildsTheStoreStillFindsWhatTheLoadedCorpusFinds() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        try write("corpus/a.txt", "長治項目開工\n市長王某出席，投資3億元，發展儲能。")
        try FileManager.default.removeItem(atPath: folder + "/corpus/z.txt")
        try write("corpus/y.txt", "太原項目簽約\n投資5億元。發展，發展。")
        let rebuilt = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual([rebuilt.added, rebuilt.changed, rebuilt.removed], [1, 1, 1], "\(rebuilt)")
        try assertSameHits(try store.open(), try Corpus.load(folder + "/corpus"))
    }

    func testSegmentsWithNoArticleLeftAreDropped() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let database = try SQLiteDatabase(path: store.path)
        XCTAssertEqual(try count("search_segments", in: database), 4, "one segment a file")
        for name in ["a.txt", "z.txt", "seed.txt"] { try FileManager.default.removeItem(atPath: folder + "/corpus/" + name) }
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(try count("search_segments", in: database), 1)
        let segment = try database.prepare("SELECT id FROM search_segments")
        XCTAssertTrue(try segment.step())
        let rows = try database.prepare("SELECT count(*), sum(id >> 21 = ?) FROM search_pairs")
        try rows.bind([segment.int(0)])
        XCTAssertTrue(try rows.step())
        XCTAssertEqual(rows.int(0), rows.int(1), "no rows are left of the dropped segments")
        try assertSameHits(try store.open(), try Corpus.load(folder + "/corpus"))
    }

    /// A segment that lost more than half its articles is written again with those left: a
    /// store rebuilt day after day does not read ever more dead positions.
    func testASegmentThatLostMostOfItsArticlesIsWrittenAgain() throws {
        _ = try SQLiteCorpusStore(path: store.path).build(from: [folder + "/corpus"], loader: Loader())  // one segment
        let database = try SQLiteDatabase(path: store.path)
        XCTAssertEqual(try count("search_segments", in: database), 1)
        try write("corpus/a.txt", "長治項目開工\n市長王某出席，發展儲能。")
        try write("corpus/z.txt", "太原項目\n發展發展。")
        let rebuilt = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(rebuilt.changed, 2)
        // the seed and the five news lines are left of eight articles: the first segment keeps them
        XCTAssertEqual(try count("search_segments", in: database), 3, "the first and one for each changed file")
        try FileManager.default.removeItem(atPath: folder + "/corpus/feeds/news.jsonl")
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        // the seed alone is left of the first segment's eight: it is indexed again, alone
        let segments = try database.prepare("SELECT articles FROM search_segments ORDER BY id")
        var sizes: [Int] = []
        while try segments.step() { sizes.append(try SearchSegments.summed(segments.bytes(0) ?? [], in: database).count) }
        XCTAssertEqual(sizes, [1, 1, 1], "the changed files' segments and the seed's new one")
        try assertSameHits(try store.open(), try Corpus.load(folder + "/corpus"))
    }

    /// Bytes of the index changed at random (seeded), as a disk or another tool might: every
    /// search gives hits or an error naming the store, never a crash.
    func testRandomDamageToTheIndexIsAnErrorOrAnAnswer() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let seed = ProcessInfo.processInfo.environment["DOSSIER_SEED"].flatMap(UInt64.init) ?? 20261203
        print("StoredIndexTests damage: seed \(seed) (DOSSIER_SEED=\(seed) replays it)")
        var random = SplitMix(seed: seed)
        let database = try SQLiteDatabase(path: store.path)
        let pristine = try Data(contentsOf: URL(fileURLWithPath: store.path))
        var errors = 0
        for _ in 0..<20 {
            try pristine.write(to: URL(fileURLWithPath: store.path))
            for (table, column) in [("search_pairs", "pairs"), ("search_segments", "lengths"), ("search_segments", "articles")] {
                let rows = try database.prepare("SELECT rowid, \(column) FROM \(table)")
                var damaged: [(Int, [UInt8])] = []
                while try rows.step() {
                    guard var bytes = rows.bytes(1), !bytes.isEmpty, Bool.random(using: &random) else { continue }
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                    }
                    if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random)) }
                    damaged.append((rows.int(0), bytes))
                }
                let update = try database.prepare("UPDATE \(table) SET \(column) = ? WHERE rowid = ?")
                for (row, bytes) in damaged { try update.run([bytes, row]) }
            }
            let opened = try store.open()
            for query in ["發展", "大", "簽約1", "儲能電站", "發展發展"] {
                do { _ = try hits(query, in: opened) } catch let error as StoreError {
                    XCTAssertTrue(error.description.contains("corpus.db") && error.description.contains("build the store again"), error.description)
                    errors += 1
                }
            }
        }
        XCTAssertGreaterThan(errors, 0, "some damage is found")
    }

    private func count(_ table: String, in database: SQLiteDatabase) throws -> Int {
        let statement = try database.prepare("SELECT count(*) FROM \(table)")
        return try statement.step() ? statement.int(0) : -1
    }

    /// Damage another tool did is an error that names the store and says what to do; a store
    /// whose index lacks articles is searched through an index built in memory, which finds
    /// the same.
    func testADamagedIndexIsAClearErrorAndAMissingOneIsBuiltInMemory() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let database = try SQLiteDatabase(path: store.path)
        let first = Int("發".unicodeScalars.first.map { Folding.shared.fold($0) } ?? 0)
        try database.execute("UPDATE search_pairs SET pairs = substr(pairs, 1, 10) WHERE (id & 2097151) = \(first)")
        XCTAssertThrowsError(try hits("發展", in: try store.open())) { error in
            XCTAssertTrue("\(error)".contains("corpus.db: search_pairs row") && "\(error)".contains("build the store again"), "\(error)")
        }
        try database.execute("UPDATE search_segments SET lengths = x'FF'")
        XCTAssertThrowsError(try hits("發展", in: try store.open())) { error in
            XCTAssertTrue("\(error)".contains("corpus.db: the search index is damaged"), "\(error)")
        }
        try database.execute("DELETE FROM search_segments")
        let opened = try store.open()
        XCTAssertEqual(try hits("發展", in: opened), try hits("發展", in: try Corpus.load(folder + "/corpus")))
        XCTAssertFalse(try SearchScope.of(opened, folding: Folding.shared).index.isKept)
    }
}
