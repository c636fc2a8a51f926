import Articles
import Foundation

/// Store owns dossier's corpus stores: one SQLite file holding a corpus's articles, its load
/// report, every record extracted from it and its search index. A store is built once,
/// brought up to date by reading only the files that changed, and opened without extracting
/// again; other tools read it with plain SQL (docs/store.md). SQLite sits behind `CorpusStore`, so that a second
/// engine (PostgreSQL, for teams sharing a corpus) goes beside it rather than through it.

/// A place a corpus is kept between sessions.
public protocol CorpusStore {
    /// Brings the store up to date with `sources` (files and folders, as `corpus.load` reads
    /// them): new and changed files are read and extracted, records of files gone are removed.
    func build(from sources: [String], loader: Loader) throws -> BuildSummary
    /// The stored corpus: its articles, each with its records, and the load report.
    func open() throws -> Corpus
}

/// What a build did.
public struct BuildSummary: CustomStringConvertible {
    public var added = 0, changed = 0, removed = 0, unchanged = 0, touched = 0
    public var articles = 0, records = 0
    public var report = LoadReport()
    /// Why an existing store was written anew rather than updated, if it was.
    public var writtenAnewBecause: String?

    public var description: String {
        "\(articles) article\(articles == 1 ? "" : "s") and \(records) record\(records == 1 ? "" : "s") written; files: "
            + "\(added) new, \(changed) changed, \(removed) removed, \(unchanged + touched) unchanged"
            + (writtenAnewBecause.map { "; written anew, since \($0)" } ?? "")
    }
}

/// A store in one SQLite file.
public struct SQLiteCorpusStore: CorpusStore {
    public let path: String
    /// How many bytes of files a build reads, extracts and writes at a time (see `StoreWriter`).
    var batchBytes = 32 << 20

    public init(path: String) { self.path = path }

    /// Whether `path` is an SQLite file (by its 16-byte header), so `corpus.open` can tell a
    /// store from a corpus file.
    public static func isStore(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\0".utf8)
    }

    public func build(from sources: [String], loader: Loader) throws -> BuildSummary {
        // A new store is written beside its name and renamed into place once complete, so a
        // build that dies leaves no half store; an existing one changes in one transaction.
        // (an empty file, as os.tmpname leaves, counts as no store.) A store another dossier
        // wrote with another schema is written anew the same way; a file that is no dossier
        // store is an error, never overwritten.
        // So is one whose records another build of dossier extracted (`Extractor`): what it
        // would keep of them may differ from what this one finds.
        let exists = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) > 0
        let anewBecause = try exists ? StoreVersion.reasonToWriteAnew(SQLiteDatabase(path: path)) : nil
        let anew = !exists || anewBecause != nil
        let target = anew ? path + ".building" : path
        if anew { try? FileManager.default.removeItem(atPath: target) }
        let summary: BuildSummary
        do {
            let database = try SQLiteDatabase(path: target, creating: true)
            // texts of a few KB each fill 4 KB pages one to a page, a third of them empty: in
            // 64 KB pages they pack, and the 100 MB benchmark's store shrank from 207 to 171 MB
            if anew { try database.execute("PRAGMA page_size = 65536") }
            try database.execute("PRAGMA foreign_keys = ON")
            summary = try database.transaction {
                if anew { try Schema.tables.forEach(database.execute) }
                var summary = try StoreWriter(database: database, loader: loader, batchBytes: batchBytes).update(from: sources)
                summary.writtenAnewBecause = anewBecause
                return summary
            }
        } catch {
            if anew { try? FileManager.default.removeItem(atPath: target) }
            throw error
        }
        if anew {
            guard rename(target, path) == 0 else {
                throw StoreError("\(path): cannot move the new store into place (\(String(cString: strerror(errno))))")
            }
        }
        return summary
    }

    public func open() throws -> Corpus {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError("\(path): no such store") }
        guard SQLiteCorpusStore.isStore(path) else {
            throw StoreError("\(path): not a dossier store (not an SQLite file); build one with: dossier build SOURCES -o \(path)")
        }
        let database = try SQLiteDatabase(path: path)
        try StoreVersion.check(database)
        return try StoreReader(database: database).corpus()
    }

    /// SQLite's integrity check; the problems it lists, empty when the file is sound.
    public func check() throws -> [String] {
        let database = try SQLiteDatabase(path: path)
        try StoreVersion.check(database)
        let statement = try database.prepare("PRAGMA integrity_check")
        var problems: [String] = []
        while try statement.step() {
            if let line = statement.text(0), line != "ok" { problems.append(line) }
        }
        return problems
    }
}

/// The schema version a store was written with, checked before anything else is read.
enum StoreVersion {
    /// The version `database` was written with; an error when it is not a dossier store.
    static func found(in database: SQLiteDatabase) throws -> Int {
        let found: Int?
        do {
            let statement = try database.prepare("SELECT value FROM meta WHERE key = 'schema'")
            found = try statement.step() ? statement.text(0).flatMap { Int($0) } : nil
        } catch {
            throw StoreError("\(database.path): not a dossier store, or a damaged one (\(error)); build it again with: dossier build SOURCES -o \(database.path)")
        }
        guard let found else { throw StoreError("\(database.path): not a dossier store (no schema version)") }
        return found
    }

    /// The `Extractor.fingerprint` of the dossier that extracted the store's records; nil for
    /// a store written before stores said so.
    static func extractor(in database: SQLiteDatabase) throws -> String? {
        let statement = try database.prepare("SELECT value FROM meta WHERE key = 'extractor'")
        return try statement.step() ? statement.text(0) : nil
    }

    /// Why a build should write `database` anew rather than update it, if it should.
    static func reasonToWriteAnew(_ database: SQLiteDatabase) throws -> String? {
        if try found(in: database) != Schema.version { return "it was built with another schema" }
        return try extractor(in: database) != Extractor.fingerprint ? "another build of dossier extracted its records" : nil
    }

    static func check(_ database: SQLiteDatabase) throws {
        let found = try found(in: database)
        guard found == Schema.version else {
            throw StoreError("\(database.path): built by a dossier with schema \(found); this one reads schema \(Schema.version); "
                             + "run dossier build SOURCES -o \(database.path) again, which writes it anew")
        }
    }
}

/// FNV-1a, 64 bits, in hex: a content hash that is the same in every run (Swift's Hasher is
/// seeded per process), to tell a file touched from a file changed. Fed in pieces.
struct ContentHash {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    var hex: String { String(value, radix: 16) }
}

/// The content hash of `bytes`, whole.
func contentHash<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hash = ContentHash()
    hash.add(bytes)
    return hash.hex
}
