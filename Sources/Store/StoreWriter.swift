import Articles
import Foundation

/// Brings a store's tables up to date with its sources, inside the caller's transaction.
struct StoreWriter {
    let database: SQLiteDatabase
    let loader: Loader
    private let insertFile, insertWarning, insertArticle, insertText, insertRecord: Statement

    init(database: SQLiteDatabase, loader: Loader) throws {
        self.database = database
        self.loader = loader
        insertFile = try database.prepare("INSERT INTO files (path, size, modified, hash, bytes, skipped) VALUES (?, ?, ?, ?, ?, ?)")
        insertWarning = try database.prepare("INSERT INTO warnings (file, path, line, message) VALUES (?, ?, ?, ?)")
        insertArticle = try database.prepare("""
            INSERT INTO articles (file, line, key, title, subtitle, date, date_source, date_precision, source, url, place,
                                  encoding, replaced_bytes, metadata, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertText = try database.prepare("INSERT INTO texts (article, raw, text) VALUES (?, ?, ?)")
        insertRecord = try database.prepare("""
            INSERT INTO records (article, kind, number, text, name, offset, value, unit, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// A file row as stored.
    private struct StoredFile {
        let id: Int, size: Int, modified: Int, hash: String?
    }

    func update(from sources: [String]) throws -> BuildSummary {
        var summary = BuildSummary()
        var listed: [CorpusFile] = []
        var listing = LoadReport()
        for source in sources {
            let (files, report) = try loader.listFiles(source)
            listed += files
            listing.skipped += report.skipped
            listing.warnings += report.warnings
            listing.hidden += report.hidden
        }
        let stored = try storedFiles()
        var toRead: [CorpusFile] = [], replaced: [Int] = []
        for file in Set(listed).sorted(by: { $0.path < $1.path }) {
            guard let old = stored[file.path] else {
                toRead.append(file)
                summary.added += 1
                continue
            }
            if old.size == file.size, old.modified == file.modified {
                summary.unchanged += 1
            } else if let hash = old.hash, hash == StoreWriter.hash(of: file.path) {
                try database.prepare("UPDATE files SET size = ?, modified = ? WHERE id = ?").run([file.size, file.modified, old.id])
                summary.touched += 1
            } else {
                toRead.append(file)
                replaced.append(old.id)
                summary.changed += 1
            }
        }
        let listedPaths = Set(listed.map(\.path))
        let gone = stored.filter { !listedPaths.contains($0.key) }.map(\.value.id)
        summary.removed = gone.count
        let delete = try database.prepare("DELETE FROM files WHERE id = ?")
        for id in gone + replaced { try delete.run([id]) }

        let loaded = try loader.load(toRead)
        let articles = loaded.flatMap(\.articles)
        // records are extracted on every core before the single writer stores them
        try Corpus(articles: articles, report: LoadReport(), path: "").extract(ExtractionKind.allCases)
        let encoded = try parallelMap(articles) { try RecordRows(article: $0) }
        var next = 0
        for file in loaded {
            let fileID = try insert(file)
            for article in file.articles {
                let articleID = try insert(article, file: fileID)
                summary.records += try insert(encoded[next], article: articleID)
                next += 1
            }
            summary.report.add(file)
        }
        summary.articles = articles.count
        try replaceListing(listing)
        return summary
    }

    private func storedFiles() throws -> [String: StoredFile] {
        let statement = try database.prepare("SELECT id, path, size, modified, hash FROM files WHERE bytes >= 0")
        var files: [String: StoredFile] = [:]
        while try statement.step() {
            guard let path = statement.text(1) else { continue }
            files[path] = StoredFile(id: statement.int(0), size: statement.int(2), modified: statement.int(3), hash: statement.text(4))
        }
        return files
    }

    /// The hash of a file's bytes now, or nil when it cannot be read. Read a megabyte at a
    /// time: a large JSON Lines export is loaded in blocks, and hashing must not hold it whole.
    static func hash(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = ContentHash()
        while let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty { hash.add(block) }
        return hash.hex
    }

    private func insert(_ file: LoadedFile) throws -> Int {
        try insertFile.run([file.file.path, file.file.size, file.file.modified, StoreWriter.hash(of: file.file.path), file.bytes, file.skipped])
        let id = database.lastInsertedRow
        for item in file.warnings { try insertWarning.run([id, item.path, item.line, item.message]) }
        return id
    }

    private func insert(_ a: Article, file: Int) throws -> Int {
        let metadata = Dictionary(a.source.metadata.pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let json = String(decoding: try JSONSerialization.data(withJSONObject: metadata, options: [.sortedKeys]), as: UTF8.self)
        try insertArticle.run([file, a.source.line, a.id, a.title, a.subtitle, a.date, a.publication?.source.rawValue,
                      a.publication?.precision.rawValue, a.sourceName, a.source.metadata["url"], a.place?.place.name,
                      a.source.encoding, a.source.replacedBytes, json, contentHash(a.text.utf8)])
        let id = database.lastInsertedRow
        try insertText.run([id, a.raw, a.text])
        return id
    }

    private func insert(_ rows: RecordRows, article: Int) throws -> Int {
        for row in rows.rows {
            try insertRecord.run([article, row.kind, row.number, row.text, row.name, row.offset, row.value, row.unit, row.fields])
        }
        return rows.rows.count
    }

    /// What listing the sources said (formats not read, hidden entries): replaced at each build.
    private func replaceListing(_ listing: LoadReport) throws {
        try database.execute("DELETE FROM files WHERE bytes = -1")
        for (path, reason) in listing.skipped { try insertFile.run([path, 0, 0, nil, -1, reason]) }
        try database.execute("DELETE FROM warnings WHERE file IS NULL")
        for item in listing.warnings { try insertWarning.run([nil, item.path, item.line, item.message]) }
        let meta = try database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        try meta.run(["schema", String(Schema.version)])
        try meta.run(["hidden", listing.hidden.joined(separator: "\n")])
    }
}

/// One article's records as rows: the columns SQL users query, and every field as JSON.
struct RecordRows {
    struct Row {
        let kind: String, number: Int, text: String, name: String?, offset: Int?, value: Int?, unit: String?, fields: String
    }

    let rows: [Row]

    init(article: Article) throws {
        let records = article.records
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        var rows: [Row] = []
        for (i, n) in records.numbers.enumerated() {
            rows.append(Row(kind: "numbers", number: i + 1, text: n.text, name: n.label, offset: n.offset, value: n.value?.integer,
                            unit: n.currency ?? n.unit, fields: try json(n)))
        }
        for (i, d) in records.dates.enumerated() {
            rows.append(Row(kind: "dates", number: i + 1, text: d.text, name: d.value, offset: d.offset, value: nil, unit: nil, fields: try json(d)))
        }
        for (i, p) in records.places.enumerated() {
            rows.append(Row(kind: "places", number: i + 1, text: p.text, name: p.name, offset: p.offset, value: nil, unit: nil, fields: try json(p)))
        }
        for (kind, mentions) in [("people", records.people), ("orgs", records.orgs), ("terms", records.terms)] {
            for (i, m) in mentions.enumerated() {
                rows.append(Row(kind: kind, number: i + 1, text: m.text, name: m.text, offset: m.offsets.first, value: nil, unit: nil,
                                fields: try json(m)))
            }
        }
        self.rows = rows
    }
}
