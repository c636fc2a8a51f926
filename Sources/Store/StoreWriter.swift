import Articles
import Foundation
import Search
import Text

/// Brings a store's tables up to date with its sources, inside the caller's transaction.
struct StoreWriter {
    let database: SQLiteDatabase
    let loader: Loader
    /// About this many bytes of files are loaded, extracted and written at a time, so that a
    /// build holds one batch in memory however large the corpus (a 100 MB corpus built whole
    /// peaked at 970 MB of memory, in batches at 380 MB).
    let batchBytes: Int
    private let insertFile, insertWarning, insertArticle, insertText: Statement
    private let insertRecord: [RecordTable: Statement]

    init(database: SQLiteDatabase, loader: Loader, batchBytes: Int) throws {
        self.database = database
        self.loader = loader
        self.batchBytes = batchBytes
        insertFile = try database.prepare("INSERT INTO files (path, size, modified, hash, bytes, skipped) VALUES (?, ?, ?, ?, ?, ?)")
        insertWarning = try database.prepare("INSERT INTO warnings (file, path, line, message) VALUES (?, ?, ?, ?)")
        insertArticle = try database.prepare("""
            INSERT INTO articles (file, line, key, title, subtitle, date, date_source, date_precision, source, url, place,
                                  encoding, replaced_bytes, metadata, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertText = try database.prepare("INSERT INTO texts (article, size, text, sentences, raw) VALUES (?, ?, ?, ?, ?)")
        insertRecord = try Dictionary(uniqueKeysWithValues: RecordTable.allCases.map { ($0, try database.prepare($0.insert)) })
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
        // each path made once: a file's path is made from its name's bytes whenever it is asked for
        for (path, file) in Set(listed).map({ ($0.path, $0) }).sorted(by: { $0.0 < $1.0 }) {
            guard let old = stored[path] else {
                toRead.append(file)
                summary.added += 1
                continue
            }
            if old.size == file.size, old.modified == file.modified {
                summary.unchanged += 1
            } else if let hash = old.hash, hash == StoreWriter.hash(of: path) {
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

        try pipelined(batches(of: toRead), prepare: prepare) { try write($0, into: &summary) }
        if !(gone + replaced).isEmpty { try SearchSegments.compact(database) }
        try replaceListing(listing)
        return summary
    }

    /// `files` in order, cut into runs of about `batchBytes` (a larger file is a run of its own).
    func batches(of files: [CorpusFile]) -> [ArraySlice<CorpusFile>] {
        var batches: [ArraySlice<CorpusFile>] = []
        var start = 0, bytes = 0
        for (i, file) in files.enumerated() {
            if bytes > 0, bytes + file.size > batchBytes {
                batches.append(files[start..<i])
                (start, bytes) = (i, 0)
            }
            bytes += max(file.size, 0)
        }
        if start < files.count { batches.append(files[start...]) }
        return batches
    }

    /// A batch of files loaded, its records extracted and everything the writer stores of it
    /// made, on every core, while the single writer stores the batch before.
    private struct PreparedBatch {
        let loaded: [LoadedFile]
        let hashes: [String?]
        let encoded: [EncodedArticle]
        let postings: MemoryPostings
    }

    private func prepare(_ batch: ArraySlice<CorpusFile>) throws -> PreparedBatch {
        let loaded = try loader.load(Array(batch))
        let articles = loaded.flatMap(\.articles)
        try Corpus(articles: articles, report: LoadReport(), path: "").extract(ExtractionKind.allCases)
        return PreparedBatch(loaded: loaded, hashes: try parallelMap(loaded) { StoreWriter.hash(of: $0.file.path) },
                             encoded: try parallelMap(articles) { try EncodedArticle($0) },
                             postings: try MemoryPostings(articles: articles, folding: Folding.shared))
    }

    /// Stores a prepared batch: its files, articles and records, and its search index.
    private func write(_ batch: PreparedBatch, into summary: inout BuildSummary) throws {
        var ids: [Int] = []
        for (file, hash) in zip(batch.loaded, batch.hashes) {
            let fileID = try insert(file, hash: hash)
            for article in file.articles {
                let articleID = try insert(article, file: fileID, encoded: batch.encoded[ids.count])
                summary.records += try insert(batch.encoded[ids.count].records, article: articleID)
                ids.append(articleID)
            }
            summary.report.add(file)
        }
        try SearchSegments.write(batch.postings, ids: ids, into: database)
        summary.articles += ids.count
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
        // through the bytes in place: Data's own iterator costs a call a byte
        while let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty { block.withUnsafeBytes { hash.add($0) } }
        return hash.hex
    }

    private func insert(_ file: LoadedFile, hash: String?) throws -> Int {
        try insertFile.run([file.file.path, file.file.size, file.file.modified, hash, file.bytes, file.skipped])
        let id = database.lastInsertedRow
        for item in file.warnings { try insertWarning.run([id, item.path, item.line, item.message]) }
        return id
    }

    private func insert(_ a: Article, file: Int, encoded: EncodedArticle) throws -> Int {
        try insertArticle.run([file, a.source.line, a.id, a.title, a.subtitle, a.date, a.publication?.source.rawValue,
                      a.publication?.precision.rawValue, a.sourceName, a.source.metadata["url"], a.place?.place.name,
                      a.source.encoding, a.source.replacedBytes, encoded.metadata, contentHash(a.text.utf8)])
        let id = database.lastInsertedRow
        try insertText.run([id, a.text.utf8.count, encoded.text, encoded.sentences, encoded.raw])
        return id
    }

    private func insert(_ records: RecordRows, article: Int) throws -> Int {
        for (table, values) in records.rows { try insertRecord[table]?.run([article] + values) }
        return records.rows.count
    }

    /// What listing the sources said (formats not read, hidden entries): replaced at each build.
    private func replaceListing(_ listing: LoadReport) throws {
        try database.execute("DELETE FROM files WHERE bytes = -1")
        for (path, reason) in listing.skipped { try insertFile.run([path, 0, 0, nil, -1, reason]) }
        try database.execute("DELETE FROM warnings WHERE file IS NULL")
        for item in listing.warnings { try insertWarning.run([nil, item.path, item.line, item.message]) }
        let meta = try database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        try meta.run(["schema", String(Schema.version)])
        try meta.run(["extractor", Extractor.fingerprint])
        try meta.run(["hidden", listing.hidden.joined(separator: "\n")])
    }
}

/// What the writer stores of an article beside its columns, made on every core (so that the
/// single writer only inserts): its records as rows, its metadata as JSON, its clean text
/// deflated, its sentences' bounds, and its raw text packed against the clean text.
private struct EncodedArticle {
    let records: RecordRows
    let metadata: String
    let text, sentences, raw: [UInt8]

    init(_ article: Article) throws {
        records = try RecordRows(article.records)
        let fields = Dictionary(article.source.metadata.pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        metadata = FlatJSON.object(fields)
        guard let text = CleanText.pack(article.text), let raw = RawText.pack(article.raw, cleanText: article.text) else {
            throw StoreError("\(article.source.path): zlib could not compress the text")
        }
        (self.text, self.raw) = (text, raw)
        sentences = SentenceBounds.pack(article.sentenceBounds)
    }
}
