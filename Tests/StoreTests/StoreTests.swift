import Articles
import EntityTagger
import Foundation
@testable import Store
import XCTest

/// A store gives back the corpus it was built from, records included, and a rebuild reads
/// only what changed; what cannot be read is an error that names the file.
final class StoreTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write("corpus/a.txt", "長治重點項目集中開工\n10月23日，市委書記鄭麗娟出席活動，總投資286.38億元。\n（記者 李婷婷）")
        let lines = (1...5).map { #"{"title": "大同簽約\#($0)", "date": "2024-08-1\#($0)", "content": "大同市與華為公司簽約，投資\#($0)億元。"}"# }
        try write("corpus/feeds/news.jsonl", lines.joined(separator: "\n") + "\n{broken\n")
        // a report with a title and no body is stored too (its text is an empty blob, not NULL)
        try write("corpus/untold.jsonl", #"{"title": "只有標題", "content": ""}"#)
        try write("corpus/notes.docx", "not a corpus format")
        FileManager.default.createFile(atPath: folder + "/corpus/image.txt", contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]))
    }

    private var store: SQLiteCorpusStore { SQLiteCorpusStore(path: folder + "/corpus.db") }

    /// What a reader compares: each article's place, title, deck, paragraphs, text, raw text,
    /// date and every field of every record.
    private func summary(_ articles: [Article]) -> [String] {
        articles.map { a in
            let r = a.records
            return [a.source.path, "\(a.source.line ?? 0)", a.title, a.subtitle ?? "-", "\(a.paragraphs)", a.text, "\(a.sentences)", a.raw, a.date ?? "-",
                    "\(r.numbers)", "\(r.dates)", "\(r.places)", "\(r.people)", "\(r.orgs)", "\(r.terms)"].joined(separator: "|")
        }.sorted()
    }

    func testAStoreOpensAsTheCorpusItWasBuiltFrom() throws {
        let built = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(built.added, 5, "\(built)")
        let loaded = try Loader().load(folder + "/corpus")
        XCTAssertEqual(built.articles, loaded.articles.count)
        let opened = try store.open()
        XCTAssertEqual(summary(opened.articles), summary(loaded.articles))
        XCTAssertGreaterThan(built.records, 20, "the seed alone has more records")
        XCTAssertEqual(opened.report.articles, loaded.report.articles)
        XCTAssertEqual(opened.report.files, loaded.report.files)
        XCTAssertEqual(opened.report.bytes, loaded.report.bytes)
        XCTAssertEqual(opened.report.skipped.map(\.reason).sorted(), loaded.report.skipped.map(\.reason).sorted())
        XCTAssertEqual(opened.report.warnings.map(\.description).sorted(), loaded.report.warnings.map(\.description).sorted())
        XCTAssertEqual(try store.check(), [])
    }

    /// A build in batches (here a file at a time) writes what a build in one batch writes.
    func testABuildInBatchesWritesTheSameStore() throws {
        var batched = store
        batched.batchBytes = 1
        let built = try batched.build(from: [folder + "/corpus"], loader: Loader())
        let loaded = try Loader().load(folder + "/corpus")
        XCTAssertEqual(built.articles, loaded.articles.count)
        XCTAssertEqual(summary(try store.open().articles), summary(loaded.articles))
    }

    func testARebuildReadsOnlyWhatChanged() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        try write("corpus/a.txt", "長治項目開工\n市長王某出席，投資3億元。")                 // changed
        try FileManager.default.removeItem(atPath: folder + "/corpus/feeds/news.jsonl")     // gone
        try write("corpus/b.txt", "太原項目簽約\n投資5億元。")                               // new
        let seed = folder + "/corpus/seed.txt"                                              // touched, same bytes
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: seed)
        let rebuilt = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual([rebuilt.added, rebuilt.changed, rebuilt.removed, rebuilt.touched], [1, 1, 1, 1], "\(rebuilt)")
        XCTAssertEqual(rebuilt.articles, 2, "only the new and the changed file are read")
        let opened = try store.open().articles, loaded = try Loader().load(folder + "/corpus").articles
        XCTAssertEqual(summary(opened), summary(loaded))
        // the changed and the new file's articles were written last, yet come in path order, as loaded
        XCTAssertEqual(opened.map { "\($0.source.path):\($0.source.line ?? 0)" }, loaded.map { "\($0.source.path):\($0.source.line ?? 0)" })
        let again = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual([again.added, again.changed, again.removed, again.articles], [0, 0, 0, 0], "nothing to do")
    }

    /// Opened articles read their records from the store: a record changed there (by another
    /// tool) is what the article gives, so nothing was extracted again.
    func testRecordsAreReadFromTheStoreNotExtractedAgain() throws {
        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        let database = try SQLiteDatabase(path: store.path)
        try database.execute("UPDATE people SET name = '某某某' WHERE name = '鄭麗娟'")
        try database.execute("UPDATE numbers SET text = '九億元'")
        let article = try XCTUnwrap(try store.open().articles.first)
        XCTAssertTrue(article.people.map(\.text).contains("某某某"), "\(article.people.map(\.text))")
        XCTAssertFalse(article.people.map(\.text).contains("鄭麗娟"))
        XCTAssertEqual(Set(article.numbers.map(\.text)), ["九億元"])
    }

    /// A row another tool damaged makes its article extract that kind again, which gives the
    /// records the build stored; the other kinds are still read from the store.
    func testADamagedRowMeansExtractingAgain() throws {
        _ = try store.build(from: [folder + "/corpus/seed.txt"], loader: Loader())
        let loaded = try XCTUnwrap(try Loader().load(folder + "/corpus/seed.txt").articles.first)
        let database = try SQLiteDatabase(path: store.path)
        try database.execute("UPDATE numbers SET kind = 'not a kind'")
        try database.execute("UPDATE people SET offsets = '[1,'")
        try database.execute("UPDATE orgs SET name = '某某機構'")
        let opened = try XCTUnwrap(try store.open().articles.first)
        XCTAssertEqual(opened.numbers, loaded.numbers)
        XCTAssertEqual(opened.people, loaded.people)
        XCTAssertFalse(loaded.organisations.isEmpty)
        XCTAssertEqual(opened.organisations.map(\.text), loaded.organisations.map { _ in "某某機構" }, "orgs are still read from the store")
    }

    /// Raw texts are packed against the clean text: they come back exactly, whatever the two
    /// hold (empty, unrelated, longer than deflate's window), and bytes that are not what was
    /// packed for that clean text give nil, never a wrong text. (An empty clean text is no
    /// dictionary, so the raw text reads back whatever the clean text is then.)
    func testRawTextsComeBackExactly() throws {
        let long = String(repeating: "長治重點項目集中開工，總投資286.38億元。", count: 3000)
        let cases = [("", ""), ("", "正文"), ("原文", ""), ("完全不同的原文", "正文"), (long + "（記者 李婷婷）", long), ("𠀀😀\u{0}", "𠀀")]
        for (raw, text) in cases {
            let packed = try XCTUnwrap(RawText.pack(raw, cleanText: text))
            XCTAssertEqual(RawText.unpack(packed, cleanText: text), raw)
            if !text.isEmpty { XCTAssertNil(RawText.unpack(packed, cleanText: text + "改"), "another clean text") }
            XCTAssertNil(RawText.unpack(Array(packed.prefix(packed.count / 2)), cleanText: text), "cut short")
        }
        XCTAssertLessThan(try XCTUnwrap(RawText.pack(long + "尾", cleanText: long)).count, 2000, "what the clean text holds costs little")
    }

    /// Clean texts come back exactly, deflated or kept as they are when deflating would not
    /// shorten them; a row whose size and bytes disagree gives nil, never a wrong text or an
    /// allocation of whatever size a damaged row claims.
    func testCleanTextsComeBackExactly() throws {
        let long = String(repeating: "長治重點項目集中開工，總投資286.38億元。", count: 300)
        for text in ["", "正", "𠀀😀\u{0}", "長治重點項目集中開工", long] {
            let packed = try XCTUnwrap(CleanText.pack(text))
            XCTAssertLessThanOrEqual(packed.count, text.utf8.count)
            XCTAssertEqual(CleanText.unpack(packed, size: text.utf8.count), text)
            if packed.count < text.utf8.count {
                XCTAssertNil(CleanText.unpack(Array(packed.prefix(packed.count / 2)), size: text.utf8.count), "cut short")
                XCTAssertNil(CleanText.unpack(packed, size: text.utf8.count + 1), "another size")
            }
        }
        XCTAssertEqual(try XCTUnwrap(CleanText.pack("正")), Array("正".utf8), "kept as it is when deflating would lengthen it")
        XCTAssertLessThan(try XCTUnwrap(CleanText.pack(long)).count, long.utf8.count / 10)
        XCTAssertNil(CleanText.unpack(try XCTUnwrap(CleanText.pack(long)), size: Int.max), "a damaged size")
        XCTAssertNil(CleanText.unpack([0xFF, 0xFE], size: 2), "bytes that are not UTF-8")
    }

    /// Sentences' bounds come back as written; a store's article reads them instead of
    /// splitting its text again, unless they cannot be its text's (another tool changed them),
    /// when it splits the text again rather than cut it at a wrong place.
    func testSentencesAreReadFromTheStoreWhenTheyFitTheText() throws {
        let spans = [SentenceSpan(start: 0, end: 9, paragraph: 1), SentenceSpan(start: 10, end: 10, paragraph: 2),
                     SentenceSpan(start: 12, end: 40_000, paragraph: 7)]
        let database = try SQLiteDatabase(path: folder + "/varints.db", creating: true)
        XCTAssertEqual(SentenceBounds.spans(try SearchSegments.varints(SentenceBounds.pack(spans), in: database)), spans)
        XCTAssertNil(SentenceBounds.spans([1, 2]), "not three a sentence")
        XCTAssertNil(SentenceBounds.spans([UInt64(Int32.max), UInt64(Int32.max), 0]), "past Int32")
        XCTAssertEqual(SentenceBounds.spans([]), [])

        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        let loaded = try XCTUnwrap(try Loader().load(folder + "/corpus/a.txt").articles.first)
        XCTAssertGreaterThan(loaded.sentences.count, 1)
        let stored = try SQLiteDatabase(path: store.path)
        // the first sentence said to run to the end of the body: read as the store says
        let whole = SentenceSpan(start: 0, end: loaded.text.utf8.count, paragraph: 1)
        try stored.prepare("UPDATE texts SET sentences = ?").run([SentenceBounds.pack([whole])])
        XCTAssertEqual(try XCTUnwrap(try store.open().articles.first).sentences.map(\.text), [loaded.text])
        // bounds that cut a character, run past the text, or go back: split again
        let first = try XCTUnwrap(loaded.sentences.first)
        for damaged in [[SentenceSpan(start: 1, end: 3, paragraph: 1)], [SentenceSpan(start: 0, end: loaded.text.utf8.count + 3, paragraph: 1)],
                        [whole, SentenceSpan(start: 0, end: 3, paragraph: 1)], [SentenceSpan(start: 0, end: 3, paragraph: 9)]] {
            try stored.prepare("UPDATE texts SET sentences = ?").run([SentenceBounds.pack(damaged)])
            let opened = try XCTUnwrap(try store.open().articles.first)
            XCTAssertEqual(opened.sentences.map(\.text), loaded.sentences.map(\.text), "\(damaged)")
            XCTAssertEqual(opened.sentences.first?.offset, first.offset)
        }
    }

    /// An article's stored date reads back as written, and nothing else passes for one.
    func testStoredPublicationDatesReadBack() {
        for iso in ["2018-05-23", "2018-05", "2018", "0999-01-01"] {
            XCTAssertEqual(PublicationDate(iso: iso, source: .metadata)?.iso, iso)
        }
        for damaged in ["", "-", "2018-", "-05", "2018--05", "2018-05-23-01", "2018/05", "20x8", "１９９９", "99999999999999999999"] {
            XCTAssertNil(PublicationDate(iso: damaged, source: .metadata), damaged)
        }
    }

    /// Figures keep their exact value through the `exact`, `min` and `max` columns.
    func testExactValuesComeBackExactly() {
        let values = [Decimal10(0), Decimal10(35, exponent: -2), Decimal10(-125, exponent: -1), Decimal10(Int.max),
                      Decimal10(Int.min + 1), Decimal10(15, exponent: 20), Decimal10(7, exponent: -30)]
        for value in values {
            XCTAssertEqual(Decimal10(exact: value.exact), value, value.exact)
        }
        for damaged in ["", ".", "1.2.3", "1e", "e5", "1,5", "1.-5", "12345678901234567890123"] {
            XCTAssertNil(Decimal10(exact: damaged), damaged)
        }
    }

    /// Metadata JSON as JSONSerialization writes it reads back the same through the fast reader,
    /// and what the fast writer writes reads back the same through both; anything of another
    /// shape is left to JSONSerialization (nil).
    func testFlatJSONReadsWhatJSONSerializationWrites() throws {
        let seed = ProcessInfo.processInfo.environment["DOSSIER_SEED"].flatMap(UInt64.init) ?? 20261202
        print("FlatJSON: seed \(seed) (DOSSIER_SEED=\(seed) replays it)")
        var random = SplitMix(seed: seed)
        let pieces = ["標題", "a", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "😀", "𠀀", "é", " ", "{", "}", ":", ",", "\u{7F}", "\u{2028}"]
        for _ in 0..<300 {
            var fields: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                let key = (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
                fields[key] = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            }
            let json = String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
            let pairs = try XCTUnwrap(FlatJSON.pairs(json), json)
            XCTAssertEqual(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }), fields, json)
            XCTAssertEqual(pairs.count, fields.count, json)
            // and what the store writes, JSONSerialization and the fast reader read back the same
            let written = FlatJSON.object(fields)
            XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: String], fields, written)
            XCTAssertEqual(FlatJSON.pairs(written)?.map(\.key), fields.keys.sorted(), written)
            let list = FlatJSON.array(Array(fields.values))
            XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String], Array(fields.values), list)
            XCTAssertEqual(FlatJSON.strings(array: list), Array(fields.values), list)
        }
        XCTAssertEqual(FlatJSON.pairs(#"{"a":"\ud83d\ude00\u00e9"}"#)?.map(\.value), ["😀é"])
        for other in [#"{"a": "b"}"#, #"{"a":1}"#, #"{"a":{"b":"c"}}"#, #"{"a":"b""#, #"{"a":"b"} "#, #"{"a":"\ud83d"}"#, #"{"a":"\x"}"#, "", "[]"] {
            XCTAssertNil(FlatJSON.pairs(other), other)
        }
    }

    /// Metadata is read when an article is asked for it: as the loader gave it, and metadata
    /// another tool damaged gives the article no fields (with a warning), not a failed open.
    func testMetadataIsReadWhenAskedFor() throws {
        _ = try store.build(from: [folder + "/corpus/feeds"], loader: Loader())
        let loaded = try Loader().load(folder + "/corpus/feeds").articles
        func fields(_ article: Article) -> [String] { article.source.metadata.pairs.map { "\($0.key)=\($0.value)" }.sorted() }
        XCTAssertEqual(try store.open().articles.map(fields), loaded.map(fields))
        XCTAssertEqual(loaded.first.map(fields)?.contains("title=大同簽約1"), true)
        try SQLiteDatabase(path: store.path).execute("UPDATE articles SET metadata = '{\"title\":' WHERE line = 1")
        let opened = try store.open().articles
        XCTAssertEqual(opened.count, loaded.count)
        XCTAssertEqual(opened.first.map(fields), [])
        XCTAssertEqual(opened.dropFirst().map(fields), loaded.dropFirst().map(fields))
    }

    /// An opened article's body is the clean text the store kept, not the raw text cleaned
    /// again: records and their sentences need only the body.
    func testTheBodyIsReadFromTheStore() throws {
        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        let loaded = try XCTUnwrap(try Loader().load(folder + "/corpus/a.txt").articles.first)
        try SQLiteDatabase(path: store.path).prepare("UPDATE texts SET raw = ?").run([try XCTUnwrap(RawText.pack("換了的原文", cleanText: loaded.text))])
        let opened = try XCTUnwrap(try store.open().articles.first)
        XCTAssertEqual(opened.text, loaded.text)
        XCTAssertEqual(opened.sentence(at: 1)?.text, loaded.sentence(at: 1)?.text)
        XCTAssertEqual(opened.raw, "換了的原文", "the raw text is still read from the store when asked for")
    }

    /// Opening reads no text: each article's date and source come from their columns, and its
    /// text is read only when asked for. (Emptied texts would otherwise give other dates.)
    func testDatesAndSourcesNeedNoText() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let loaded = try Loader().load(folder + "/corpus").articles
        try SQLiteDatabase(path: store.path).execute("UPDATE texts SET raw = '', text = '', size = 0")
        let opened = try store.open().articles
        func datesAndSources(_ articles: [Article]) -> [String] {
            articles.map { "\($0.source.path):\($0.source.line ?? 0) \($0.date ?? "-") \($0.publication?.source.rawValue ?? "-") \($0.sourceName ?? "-")" }.sorted()
        }
        XCTAssertEqual(datesAndSources(opened), datesAndSources(loaded))
        XCTAssertTrue(loaded.contains { $0.publication?.source == .text }, "some dates come from the text")
        XCTAssertEqual(opened.first?.text, "", "the text is read from the store when asked for")
    }

    /// Opening reads each article's number and file only: its path, date and source are read
    /// when first asked for (here after another tool changed them), and an article gone from
    /// the store since is left empty, not a crash.
    func testAnArticlesRowIsReadWhenFirstAskedFor() throws {
        _ = try store.build(from: [folder + "/corpus/feeds"], loader: Loader())
        let opened = try store.open().articles
        let database = try SQLiteDatabase(path: store.path)
        try database.execute("UPDATE articles SET source = '某某日報', date = '2020-01-02'")
        try database.execute("UPDATE files SET path = '/elsewhere/news.jsonl'")
        XCTAssertEqual(opened.map(\.sourceName), Array(repeating: "某某日報", count: 5))
        XCTAssertEqual(opened.map(\.date), Array(repeating: "2020-01-02", count: 5))
        XCTAssertEqual(Set(opened.map(\.source.path)), ["/elsewhere/news.jsonl"])
        let reopened = try store.open().articles
        try database.execute("DELETE FROM articles")
        XCTAssertEqual(reopened.map(\.source.path), Array(repeating: "", count: 5))
        XCTAssertEqual(reopened.compactMap(\.date), [])
    }

    /// c:filter("source" or "date", value) on a store reads one column of every row in one
    /// query: the same articles, in the same order, as asking each article, also after another
    /// tool changed a row; other fields, and loaded corpora, are left to the predicate.
    func testAFilterOnSourceOrDateIsAnsweredByTheStore() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let database = try SQLiteDatabase(path: store.path)
        try database.execute("UPDATE articles SET source = '某某日報' WHERE id = (SELECT max(id) FROM articles)")
        try database.execute("UPDATE articles SET source = '大同日報' WHERE id = (SELECT min(id) FROM articles)")
        let opened = try store.open()
        let fields: [(name: String, read: (Article) -> String?)] = [("source", { $0.sourceName }), ("date", { $0.date })]
        for (name, read) in fields {
            let values = Set(opened.articles.compactMap(read))
            XCTAssertGreaterThan(values.count, 1, "\(name): the fixture has several")
            for value in values.map(Optional.some) + [nil, "absent"] {
                let answered = try XCTUnwrap(try opened.filter(storedField: name, equals: value), name)
                let asked = opened.filter { article in read(article).map { value == nil || $0 == value } ?? false }
                XCTAssertEqual(answered.articles.map(\.id), asked.articles.map(\.id), "\(name) = \(value ?? "set")")
                XCTAssertTrue(answered.root === opened, "a sub-corpus of the store")
            }
        }
        XCTAssertTrue(opened.articles.contains { $0.sourceName == "某某日報" })
        XCTAssertNil(try opened.filter(storedField: "title", equals: "長治項目開工"))
        let loaded = try Loader().load(folder + "/corpus")
        XCTAssertNil(try Corpus(articles: loaded.articles, report: loaded.report, path: folder).filter(storedField: "source", equals: nil))
    }

    /// c:filter("place", value) on a store reads the place each article had when built: the
    /// same articles as asking each one; once names are taught after opening (places may then
    /// change), it is left to the predicate.
    func testAFilterOnPlaceIsAnsweredByTheStoreUntilNamesAreTaught() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        let opened = try store.open()
        let places = opened.articles.map { $0.place?.place.name }
        XCTAssertTrue(places.contains(nil) && places.contains { $0 != nil }, "the fixture has both: \(places)")
        for value in Set(places.compactMap { $0 }).map(Optional.some) + [nil, "absent"] {
            let answered = try XCTUnwrap(try opened.filter(storedField: "place", equals: value))
            let asked = opened.filter { article in article.place.map { value == nil || $0.place.name == value } ?? false }
            XCTAssertEqual(answered.articles.map(\.id), asked.articles.map(\.id), "place = \(value ?? "set")")
        }
        TaughtNames.shared.remove(["大同"], as: .place)
        defer { TaughtNames.shared.clear(.place) }
        XCTAssertNil(try opened.filter(storedField: "place", equals: "大同市"), "the places may have changed")
        XCTAssertNotNil(try opened.filter(storedField: "source", equals: "大同日報"))
    }

    func testTaughtNamesStillApplyToAStoredCorpus() throws {
        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        let article = try XCTUnwrap(try store.open().articles.first)
        XCTAssertTrue(article.people.map(\.text).contains("鄭麗娟"), "\(article.people.map(\.text))")
        TaughtNames.shared.remove(["鄭麗娟"], as: .person)
        defer { TaughtNames.shared.clear(.person) }
        XCTAssertFalse(article.people.map(\.text).contains("鄭麗娟"), "a name removed after opening is removed")
    }

    /// Building over a store of another schema writes it anew (what the error on opening it
    /// asks for); building over a file that is no store leaves the file as it was.
    func testABuildOverAnotherSchemaWritesTheStoreAnew() throws {
        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        try SQLiteDatabase(path: store.path).execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
        XCTAssertThrowsError(try store.open())
        let rebuilt = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(rebuilt.added, 5, "every file is read again: \(rebuilt)")
        XCTAssertEqual(summary(try store.open().articles), summary(try Loader().load(folder + "/corpus").articles))
        try write("notes.db", "my own notes")
        XCTAssertThrowsError(try SQLiteCorpusStore(path: folder + "/notes.db").build(from: [folder + "/corpus/a.txt"], loader: Loader()))
        XCTAssertEqual(try String(contentsOfFile: folder + "/notes.db", encoding: .utf8), "my own notes")
    }

    /// Records another build of dossier extracted may differ from what this one finds: a build
    /// over them reads every file again, and says why.
    func testABuildOverAnotherExtractorsRecordsWritesTheStoreAnew() throws {
        _ = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(try StoreVersion.extractor(in: SQLiteDatabase(path: store.path)), Extractor.fingerprint)
        let same = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual([same.added, same.articles], [0, 0], "the same extractor keeps its records: \(same)")
        XCTAssertNil(same.writtenAnewBecause)
        try SQLiteDatabase(path: store.path).execute("UPDATE meta SET value = 'an older dossier' WHERE key = 'extractor'")
        XCTAssertNoThrow(try store.open(), "its records still read")
        let rebuilt = try store.build(from: [folder + "/corpus"], loader: Loader())
        XCTAssertEqual(rebuilt.added, 5, "every file is read again: \(rebuilt)")
        XCTAssertTrue(rebuilt.description.contains("written anew, since another build of dossier extracted its records"), rebuilt.description)
        XCTAssertEqual(summary(try store.open().articles), summary(try Loader().load(folder + "/corpus").articles))
    }

    func testAnotherSchemaOrADamagedFileIsAClearError() throws {
        _ = try store.build(from: [folder + "/corpus/a.txt"], loader: Loader())
        let database = try SQLiteDatabase(path: store.path)
        try database.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
        XCTAssertThrowsError(try store.open()) { error in
            XCTAssertTrue("\(error)".contains("schema 99") && "\(error)".contains("run dossier build SOURCES -o"), "\(error)")
        }
        try write("fake.db", "not a store")
        XCTAssertThrowsError(try SQLiteCorpusStore(path: folder + "/fake.db").open()) { error in
            XCTAssertTrue("\(error)".contains("fake.db: not a dossier store"), "\(error)")
        }
        try database.execute("UPDATE meta SET value = '\(Schema.version)' WHERE key = 'schema'")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: store.path))
        XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/cut.db", contents: bytes.prefix(bytes.count / 2)))
        XCTAssertThrowsError(try SQLiteCorpusStore(path: folder + "/cut.db").open()) { error in
            XCTAssertTrue("\(error)".contains("cut.db"), "\(error)")
        }
    }
}

/// docs/store.md is what other tools go by: every table and column of the schema is in it.
final class StoreDocumentationTests: XCTestCase {
    func testEveryTableAndColumnIsDocumented() throws {
        let docs = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/store.md").path, encoding: .utf8)
        var checked = 0
        for sql in Schema.tables where sql.hasPrefix("CREATE TABLE") {
            let lines = sql.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let table = try XCTUnwrap(lines.first?.split(separator: " ").dropFirst(2).first)
            let section = try XCTUnwrap(docs.components(separatedBy: "### `\(table)`").dropFirst().first, "no section for \(table)")
                .components(separatedBy: "\n### ").first ?? ""
            for line in lines.dropFirst() where !line.hasPrefix("PRIMARY KEY") {
                let column = String(line.prefix { $0 != " " })
                XCTAssertTrue(section.contains("| `\(column)` |"), "docs/store.md does not describe \(table).\(column)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30)
    }
}
