import Articles
import Foundation

/// Reads a store back into a corpus: articles in path order, each given its stored records so
/// none is extracted again, and the load report as the build saw it.
struct StoreReader {
    let database: SQLiteDatabase

    func corpus() throws -> Corpus {
        let stored = try articles()
        let records = try RecordFetcher(database: database)
        let articles = try parallelMap(stored) { row -> Article in
            let article = Article(row.source, raw: row.raw)
            article.adopt(records.stored(article: row.id))
            return article
        }
        return Corpus(articles: articles, report: try report(articles: articles), path: database.path)
    }

    private struct ArticleRow {
        let id: Int
        let source: ArticleSource
        let raw: String
    }

    private func articles() throws -> [ArticleRow] {
        let statement = try database.prepare("""
            SELECT articles.id, files.path, articles.line, articles.metadata, articles.encoding, articles.replaced_bytes, articles.raw
            FROM articles JOIN files ON files.id = articles.file ORDER BY files.path, articles.id
            """)
        var rows: [ArticleRow] = []
        while try statement.step() {
            let metadata = try StoreReader.metadata(statement.text(3) ?? "{}", in: database.path)
            let source = ArticleSource(path: statement.text(1) ?? "", line: statement.optionalInt(2), metadata: metadata,
                                       encoding: statement.text(4) ?? "UTF-8", replacedBytes: statement.int(5))
            rows.append(ArticleRow(id: statement.int(0), source: source, raw: statement.text(6) ?? ""))
        }
        return rows
    }

    private static func metadata(_ json: String, in path: String) throws -> [String: String] {
        guard let fields = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else {
            throw StoreError("\(path): damaged article metadata (\(json.prefix(60))); build the store again")
        }
        return fields
    }

    /// The load report of the build: files read and skipped, bytes, warnings, hidden entries.
    private func report(articles: [Article]) throws -> LoadReport {
        var report = LoadReport()
        let files = try database.prepare("SELECT path, bytes, skipped FROM files ORDER BY path")
        while try files.step() {
            if let reason = files.text(2) {
                report.skipped.append((files.text(0) ?? "", reason))
            } else {
                report.files += 1
            }
            report.bytes += max(0, files.int(1))
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
        report.articles = articles.count
        report.replacedBytes = articles.reduce(0) { $0 + $1.source.replacedBytes }
        return report
    }
}

/// Reads an article's records of one kind from the store when they are first asked for:
/// opening reads none, and memory holds only the kinds a session uses. The connection stays
/// open with the corpus; extraction asks from every core, so reads take turns.
final class RecordFetcher: @unchecked Sendable {
    private let database: SQLiteDatabase
    private let query: Statement
    private let lock = NSLock()

    init(database: SQLiteDatabase) throws {
        self.database = database
        query = try database.prepare("SELECT fields FROM records WHERE article = ? AND kind = ? ORDER BY number")
    }

    /// The records' JSON, or nil when the store cannot be read now.
    private func fields(article: Int, kind: String) -> [String]? {
        lock.withLock {
            do {
                try query.bind([article, kind])
                var fields: [String] = []
                while try query.step() { fields.append(query.text(0) ?? "") }
                return fields
            } catch {
                return nil
            }
        }
    }

    /// An article's records, each kind decoded when first asked for; nil (extract again)
    /// when the rows cannot be read or decoded.
    func stored(article: Int) -> StoredRecords {
        func kind<T: Decodable>(_ name: String, as type: T.Type) -> () -> [T]? {
            { [self] in
                let decoder = JSONDecoder()
                return try? fields(article: article, kind: name)?.map { try decoder.decode(T.self, from: Data($0.utf8)) }
            }
        }
        return StoredRecords(numbers: kind("numbers", as: Amount.self), dates: kind("dates", as: DateMention.self),
                             places: kind("places", as: Place.self), people: kind("people", as: Mention.self),
                             orgs: kind("orgs", as: Mention.self), terms: kind("terms", as: Mention.self))
    }
}
