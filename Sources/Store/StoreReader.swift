import Articles
import Foundation

/// Reads a store back into a corpus: articles in path order, each reading its text and its
/// records from the store when first asked for (so none is extracted again, and opening reads
/// only what identifies each article), and the load report as the build saw it.
struct StoreReader {
    let database: SQLiteDatabase

    func corpus() throws -> Corpus {
        let fetcher = try StoreFetcher(database: database)
        let rows = try articleRows()
        let articles = try parallelMap(rows) { row -> Article in
            let source = ArticleSource(path: row.path, line: row.line, metadata: Metadata(kept: row.metadata, reader: fetcher),
                                       encoding: row.encoding,
                                       replacedBytes: row.replacedBytes)
            let article = Article(source, keptIn: fetcher, id: row.id)
            let publication = row.date.flatMap { date in
                row.dateSource.flatMap(PublicationDate.Source.init).flatMap { PublicationDate(iso: date, source: $0) }
            }
            article.adopt(StoredRecords(publication: publication, sourceName: row.sourceName, keptIn: fetcher, id: row.id))
            return article
        }
        let corpus = Corpus(articles: articles, report: try report(), path: database.path)
        corpus.searchState = StoredSearchIndex(database: database, ids: rows.map(\.id))
        return corpus
    }

    private struct ArticleRow {
        let id: Int, path: String, line: Int?, metadata: String, encoding: String, replacedBytes: Int
        let date: String?, dateSource: String?, sourceName: String?
    }

    private func articleRows() throws -> [ArticleRow] {
        let statement = try database.prepare("""
            SELECT articles.id, files.path, articles.line, articles.metadata, articles.encoding, articles.replaced_bytes,
                   articles.date, articles.date_source, articles.source
            FROM articles JOIN files ON files.id = articles.file ORDER BY files.path, articles.id
            """)
        var rows: [ArticleRow] = []
        var lastPath = ""
        while try statement.step() {
            // the articles of one file (a JSON Lines export) share one copy of its path
            let path = statement.text(1) ?? ""
            if path != lastPath { lastPath = path }
            rows.append(ArticleRow(id: statement.int(0), path: lastPath, line: statement.optionalInt(2),
                                   metadata: statement.text(3) ?? "{}", encoding: statement.text(4) ?? "UTF-8",
                                   replacedBytes: statement.int(5), date: statement.text(6), dateSource: statement.text(7),
                                   sourceName: statement.text(8)))
        }
        return rows
    }

    /// The load report of the build: files read and skipped, bytes, warnings, hidden entries.
    private func report() throws -> LoadReport {
        var report = LoadReport()
        let files = try database.prepare("SELECT path, bytes, skipped FROM files ORDER BY path")
        while try files.step() {
            if let reason = files.text(2) {
                report.skipped.append((files.text(0) ?? "", reason))
            } else {
                report.files += 1
            }
            // counts come from a file another program may have written: damaged ones are an error, not a trap
            let (bytes, overflow) = report.bytes.addingReportingOverflow(max(0, files.int(1)))
            guard !overflow else { throw StoreError("\(database.path): damaged byte counts in the files table; build the store again") }
            report.bytes = bytes
        }
        let warnings = try database.prepare("""
            SELECT path, line, message FROM warnings ORDER BY path, rowid
            """)
        while try warnings.step() {
            let message = warnings.text(2) ?? ""
            report.warnings.append(LoadWarning(path: warnings.text(0) ?? "", line: warnings.optionalInt(1), message: message))
        }
        let hidden = try database.prepare("SELECT value FROM meta WHERE key = 'hidden'")
        if try hidden.step(), let names = hidden.text(0), !names.isEmpty { report.hidden = names.components(separatedBy: "\n") }
        let totals = try database.prepare("SELECT count(*), coalesce(sum(replaced_bytes), 0) FROM articles")
        if try totals.step() { (report.articles, report.replacedBytes) = (totals.int(0), totals.int(1)) }
        return report
    }
}

/// Reads an article's text, and its records of one kind, from the store when first asked for:
/// opening reads neither, and memory holds only what a session uses. The connection stays
/// open with the corpus; work on every core asks at once, so reads take turns (`serialized`).
final class StoreFetcher: KeptTexts, KeptRecords, KeptMetadata, @unchecked Sendable {
    private let database: SQLiteDatabase
    private let rawQuery, textQuery: Statement
    private let recordQueries: [RecordTable: Statement]

    init(database: SQLiteDatabase) throws {
        self.database = database
        rawQuery = try database.prepare("SELECT text, raw FROM texts WHERE article = ?")
        textQuery = try database.prepare("SELECT text FROM texts WHERE article = ?")
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
            let text = try row.text()
            guard let packed = row.optionalBytes(), let raw = RawText.unpack(packed, cleanText: text) else {
                throw StoreError("\(database.path): the raw text of article \(article) is damaged; build the store again")
            }
            return raw
        }
    }

    /// An article's clean body, as `raw` reads the raw text.
    func text(article: Int) -> String { single(textQuery, article: article) { try $0.text() } }

    private func single(_ query: Statement, article: Int, _ read: (inout ColumnCursor) throws -> String) -> String {
        switch rows(query, article: article, read) {
        case .success(let texts) where texts.count == 1: return texts[0]
        case .success: StoreFetcher.warn("\(database.path): article \(article) is no longer in the store; open it again")
        case .failure(let error): StoreFetcher.warn("\(error)")
        }
        return ""
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: warning: \(message)\n".utf8))
    }

    /// An article's metadata as the store wrote it. What cannot be read (another tool changed
    /// it) gives no fields, and says so on stderr: a lazy field cannot throw.
    func fields(of json: String) -> [(key: String, value: String)] {
        if let fields = FlatJSON.pairs(json) { return fields }
        guard let fields = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
            StoreFetcher.warn("\(database.path): damaged article metadata (\(json.prefix(60))); build the store again")
            return []
        }
        return fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

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
