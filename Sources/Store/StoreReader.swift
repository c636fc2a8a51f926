import Articles
import Foundation

/// Reads a store back into a corpus: articles in path order, each reading its file, date,
/// text and records from the store when first asked for (so none is extracted again, and
/// opening reads only each article's number and file), and the load report as the build saw it.
struct StoreReader {
    let database: SQLiteDatabase

    func corpus() throws -> Corpus {
        var report = LoadReport()
        let ranks = try fileRanks(into: &report)
        // the table in the order it keeps it (no join to sort), then put in path order
        var order: [(file: Int, id: Int)] = []
        let count = try database.prepare("SELECT count(*) FROM articles")
        if try count.step() { order.reserveCapacity(max(0, count.int(0))) }
        let statement = try database.prepare("SELECT id, file, replaced_bytes FROM articles")
        while try statement.step() {
            guard let rank = ranks[statement.int(1)] else { throw StoreError("\(database.path): an article of no file; build the store again") }
            order.append((rank, statement.int(0)))
            let (total, overflow) = report.replacedBytes.addingReportingOverflow(max(0, statement.int(2)))
            guard !overflow else { throw StoreError("\(database.path): damaged byte counts in the articles table; build the store again") }
            report.replacedBytes = total
        }
        report.articles = order.count
        if !zip(order, order.dropFirst()).allSatisfy({ $0 < $1 }) { order.sort { $0 < $1 } }
        try addWarnings(to: &report)
        let fetcher = try StoreFetcher(database: database)
        let articles = order.map { _, id in
            let article = Article(keptIn: fetcher, id: id)
            article.adopt(StoredRecords(keptIn: fetcher, id: id))
            return article
        }
        let corpus = Corpus(articles: articles, report: report, path: database.path)
        corpus.searchState = StoredSearchIndex(database: database, ids: order.map(\.id))
        return corpus
    }

    /// Every file the build listed, by number: its place in path order. The report counts
    /// them and their bytes as the build did, and names those skipped.
    private func fileRanks(into report: inout LoadReport) throws -> [Int: Int] {
        var ranks: [Int: Int] = [:]
        let statement = try database.prepare("SELECT id, bytes, skipped, path FROM files ORDER BY path")
        while try statement.step() {
            ranks[statement.int(0)] = ranks.count
            if let reason = statement.text(2) {
                report.skipped.append((statement.text(3) ?? "", reason))
            } else {
                report.files += 1
            }
            // counts come from a file another program may have written: damaged ones are an error, not a trap
            let (bytes, overflow) = report.bytes.addingReportingOverflow(max(0, statement.int(1)))
            guard !overflow else { throw StoreError("\(database.path): damaged byte counts in the files table; build the store again") }
            report.bytes = bytes
        }
        return ranks
    }

    /// The build's warnings and the entries it did not read.
    private func addWarnings(to report: inout LoadReport) throws {
        let warnings = try database.prepare("""
            SELECT path, line, message FROM warnings ORDER BY path, rowid
            """)
        while try warnings.step() {
            let message = warnings.text(2) ?? ""
            report.warnings.append(LoadWarning(path: warnings.text(0) ?? "", line: warnings.optionalInt(1), message: message))
        }
        let hidden = try database.prepare("SELECT value FROM meta WHERE key = 'hidden'")
        if try hidden.step(), let names = hidden.text(0), !names.isEmpty { report.hidden = names.components(separatedBy: "\n") }
    }
}

/// Reads an article's text, and its records of one kind, from the store when first asked for:
/// opening reads neither, and memory holds only what a session uses. The connection stays
/// open with the corpus; work on every core asks at once, so reads take turns (`serialized`).
final class StoreFetcher: KeptTexts, KeptRecords, KeptMetadata, @unchecked Sendable {
    private let database: SQLiteDatabase
    private let rawQuery, textQuery, sentencesQuery, metadataQuery, headingQuery, rowsQuery, columnsQuery: Statement
    /// The blocks of rows `row` read last, by article number, newest last: neighbours are read
    /// together, since a pass over the corpus asks for them one after another. A few blocks
    /// are kept, since after a rebuild the articles of changed files, numbered last, come
    /// between the others.
    private var blocks: [[Int: KeptRow]] = []
    static let blockSize = 1024, blocksKept = 4
    private let recordQueries: [RecordTable: Statement]

    init(database: SQLiteDatabase) throws {
        self.database = database
        rawQuery = try database.prepare("SELECT size, text, raw FROM texts WHERE article = ?")
        textQuery = try database.prepare("SELECT size, text FROM texts WHERE article = ?")
        sentencesQuery = try database.prepare("SELECT sentences FROM texts WHERE article = ?")
        metadataQuery = try database.prepare("SELECT metadata FROM articles WHERE id = ?")
        headingQuery = try database.prepare("SELECT title, subtitle FROM articles WHERE id = ?")
        rowsQuery = try database.prepare("""
            SELECT articles.id, files.path, line, encoding, replaced_bytes, date, date_source, source
            FROM articles JOIN files ON files.id = articles.file WHERE articles.id >= ? ORDER BY articles.id LIMIT ?
            """)
        columnsQuery = try database.prepare("SELECT id, date, date_source, source, place FROM articles")
        recordQueries = try Dictionary(uniqueKeysWithValues: RecordTable.allCases.map { ($0, try database.prepare($0.select)) })
    }

    /// What `read` makes of every row `statement` gives for `article`, or the error that stopped it.
    private func rows<T>(_ statement: Statement, article: Int, _ read: (inout ColumnCursor) throws -> T) -> Result<[T], Error> {
        database.serialized {
            Result {
                try statement.bind([article])
                var values: [T] = []
                while try statement.step() {
                    var cursor = ColumnCursor(statement)
                    values.append(try read(&cursor))
                }
                return values
            }
        }
    }

    /// An article's raw text. A store that can no longer be read (deleted, or rebuilt without
    /// the article) leaves the article empty, and says so on stderr: a lazy field cannot throw.
    func raw(article: Int) -> String {
        single(rawQuery, article: article) { row in
            let text = try cleanText(&row, article: article)
            guard let packed = row.optionalBytes(), let raw = RawText.unpack(packed, cleanText: text) else {
                throw StoreError("\(database.path): the raw text of article \(article) is damaged; build the store again")
            }
            return raw
        }
    }

    /// An article's clean body, as `raw` reads the raw text.
    func text(article: Int) -> String { single(textQuery, article: article) { try cleanText(&$0, article: article) } }

    /// An article's sentences as the build split them; nil (split again) when they cannot be read.
    func sentences(article: Int) -> [SentenceSpan]? {
        guard case .success(let found) = rows(sentencesQuery, article: article, { $0.optionalBytes() }),
              found.count == 1, let packed = found.first ?? nil, let values = try? SearchSegments.varints(packed, in: database) else { return nil }
        return SentenceBounds.spans(values)
    }

    /// The clean text from a row's `size` and `text`, read next by `row`.
    private func cleanText(_ row: inout ColumnCursor, article: Int) throws -> String {
        let size = try row.int()
        guard let packed = row.optionalBytes(), let text = CleanText.unpack(packed, size: size) else {
            throw StoreError("\(database.path): the text of article \(article) is damaged; build the store again")
        }
        return text
    }

    /// An article's file, date and source. A row that cannot be read leaves the article
    /// with no path and no date, and says so on stderr, as `raw` does.
    func row(article: Int) -> KeptRow {
        let found: Result<KeptRow?, Error> = database.serialized {
            Result {
                if let row = blocks.lazy.compactMap({ $0[article] }).first { return row }
                let block = try rows(from: article)
                blocks = blocks.suffix(StoreFetcher.blocksKept - 1) + [block]
                return block[article]
            }
        }
        return reported(found, article: article) ?? KeptRow(source: ArticleSource(path: ""), publication: nil, sourceName: nil)
    }

    /// The rows of `article` and the next articles by number (called serialized).
    private func rows(from article: Int) throws -> [Int: KeptRow] {
        var rows: [Int: KeptRow] = [:]
        rows.reserveCapacity(StoreFetcher.blockSize)
        var path = ""
        try rowsQuery.bind([article, StoreFetcher.blockSize])
        while try rowsQuery.step() {
            let id = rowsQuery.int(0)
            // the articles of one file (a JSON Lines export) come together, and share one copy of its path
            if let next = rowsQuery.text(1), next != path { path = next }
            let source = ArticleSource(path: path, line: rowsQuery.optionalInt(2),
                                       metadata: Metadata(keptIn: self, article: id), encoding: rowsQuery.text(3) ?? "UTF-8",
                                       replacedBytes: rowsQuery.int(4))
            let publication = StoreFetcher.publication(date: rowsQuery.text(5), source: rowsQuery.text(6))
            rows[id] = KeptRow(source: source, publication: publication, sourceName: rowsQuery.text(7))
        }
        return rows
    }

    /// An article's publication date from its `date` and `date_source` columns.
    private static func publication(date: String?, source: String?) -> PublicationDate? {
        guard let date, let source = source.flatMap(PublicationDate.Source.init) else { return nil }
        return PublicationDate(iso: date, source: source)
    }

    /// The articles whose source, date or place is `value` (or is set), each read from its
    /// columns as `row` reads it (the place's name as the build found it), so the answer is
    /// the one a filter over the articles would give.
    func articles(whose field: String, equals value: String?) throws -> Set<Int>? {
        let read: (Statement) -> String?
        switch field {
        case "source": read = { $0.text(3) }
        case "place": read = { $0.text(4) }
        case "date": read = { StoreFetcher.publication(date: $0.text(1), source: $0.text(2))?.iso }
        default: return nil
        }
        return try database.serialized {
            var numbers = Set<Int>()
            try columnsQuery.bind([])
            while try columnsQuery.step() {
                // byte for byte, as Lua compares (Swift's == would match other normalisations)
                guard let found = read(columnsQuery), value.map({ found.utf8.elementsEqual($0.utf8) }) ?? true else { continue }
                numbers.insert(columnsQuery.int(0))
            }
            return numbers
        }
    }

    /// An article's title and deck line, as `raw` reads the raw text.
    func heading(article: Int) -> (title: String, subtitle: String?) {
        var subtitle: String?
        let title = single(headingQuery, article: article) { row in
            let title = try row.text()
            subtitle = row.optionalText()
            return title
        }
        return (title, subtitle)
    }

    private func single(_ query: Statement, article: Int, _ read: (inout ColumnCursor) throws -> String) -> String {
        reported(rows(query, article: article, read).map { $0.count == 1 ? $0.first : nil }, article: article) ?? ""
    }

    /// What was read of an article, or nil after saying on stderr why there is nothing: the
    /// article is gone from the store, or its row could not be read.
    private func reported<T>(_ found: Result<T?, Error>, article: Int) -> T? {
        switch found {
        case .success(let value?): return value
        case .success: StoreFetcher.warn("\(database.path): article \(article) is no longer in the store; open it again")
        case .failure(let error): StoreFetcher.warn("\(error)")
        }
        return nil
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: warning: \(message)\n".utf8))
    }

    /// An article's metadata as the store wrote it. What cannot be read (another tool changed
    /// it) gives no fields, and says so on stderr: a lazy field cannot throw.
    func fields(article: Int) -> [(key: String, value: String)] {
        let json = single(metadataQuery, article: article) { try $0.text() }
        guard !json.isEmpty else { return [] }  // the article is gone, as `single` said
        if let fields = FlatJSON.pairs(json) { return fields }
        guard let fields = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
            StoreFetcher.warn("\(database.path): damaged article metadata (\(json.prefix(60))); build the store again")
            return []
        }
        return fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    func readingMany<T>(_ body: () throws -> T) rethrows -> T { try database.inOneRead(body) }

    /// An article's records of one kind; nil (extract again) when the rows cannot be read or
    /// are damaged.
    private func records<T>(_ table: RecordTable, article: Int, _ read: (inout ColumnCursor) throws -> T) -> [T]? {
        guard let query = recordQueries[table] else { return nil }
        return try? rows(query, article: article, read).get()
    }

    func numbers(article: Int) -> [Amount]? { records(.numbers, article: article, RecordColumns.amount) }
    func dates(article: Int) -> [DateMention]? { records(.dates, article: article, RecordColumns.date) }
    func places(article: Int) -> [Place]? { records(.places, article: article, RecordColumns.place) }
    func people(article: Int) -> [Mention]? { records(.people, article: article) { try RecordColumns.mention(&$0, in: .people) } }
    func orgs(article: Int) -> [Mention]? { records(.orgs, article: article) { try RecordColumns.mention(&$0, in: .orgs) } }
    func terms(article: Int) -> [Mention]? { records(.terms, article: article) { try RecordColumns.mention(&$0, in: .terms) } }
}
