import CSQLite
import Foundation

/// Why a store could not be read or written, in words that name the file.
public struct StoreError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// One connection to an SQLite database: statements, transactions, and errors that carry
/// SQLite's own message and the file's name.
final class SQLiteDatabase {
    let path: String
    private let handle: OpaquePointer
    /// The connection is opened without SQLite's own mutex: work on every core that reads an
    /// opened store takes turns through this lock (`serialized`).
    private let lock = NSLock()

    /// `creating` makes the file when it is missing. Opened for writing either way, where the
    /// file allows, so the journal of a build that was killed can be rolled back.
    init(path: String, creating: Bool = false) throws {
        var opened: OpaquePointer?
        let flags = creating ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READWRITE
        let status = sqlite3_open_v2(path, &opened, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(opened)
            throw StoreError("\(path): cannot open the store (\(message))")
        }
        handle = opened
        self.path = path
        sqlite3_busy_timeout(handle, 5000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? lastError
            sqlite3_free(message)
            throw StoreError("\(path): \(text)")
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw StoreError("\(path): \(lastError)")
        }
        return Statement(statement, database: self)
    }

    /// Runs `body` in one transaction: all of it is written, or none (on an error, Ctrl-C, a
    /// full disk or a killed process, SQLite's journal puts the file back as it was).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body`, whose statements read, in one read transaction: each statement on its own
    /// would take and release the file's lock, about a sixth of reading a store's records
    /// article by article. Other processes can still read meanwhile; a build waits for it. Inside
    /// a transaction already open (a build's), `body` just runs.
    func inOneRead<T>(_ body: () throws -> T) rethrows -> T {
        guard sqlite3_get_autocommit(handle) != 0, (try? serialized({ try execute("BEGIN") })) != nil else { return try body() }
        defer { try? serialized { try execute("COMMIT") } }
        return try body()
    }

    /// Runs `body` while no other thread uses the connection through this method.
    func serialized<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }
    var lastInsertedRow: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Reads parts of the blobs of `table`.`column`, row by row, through one handle that is
    /// closed when `body` returns: an open handle holds a read lock, which would keep a build
    /// from writing the store.
    func readingBlobs<T>(of table: String, _ column: String, _ body: (BlobReader) throws -> T) throws -> T {
        let reader = BlobReader(database: self, handle: handle, table: table, column: column)
        defer { reader.close() }
        return try body(reader)
    }
}

/// Reads byte ranges of one column's blobs without reading the rest of the row (SQLite's
/// incremental blob I/O), moving from row to row without preparing anything again.
final class BlobReader {
    private unowned let database: SQLiteDatabase
    private let handle: OpaquePointer
    private let table: String, column: String
    private var blob: OpaquePointer?
    private var row: Int64?

    fileprivate init(database: SQLiteDatabase, handle: OpaquePointer, table: String, column: String) {
        (self.database, self.handle, self.table, self.column) = (database, handle, table, column)
    }

    fileprivate func close() {
        sqlite3_blob_close(blob)
        blob = nil
    }

    /// The bytes `range` of the blob in `row`; an error naming the store when the row is
    /// missing or shorter than the range.
    func read(row: Int64, _ range: Range<Int>) throws -> [UInt8] {
        let blob = try open(row)
        guard range.lowerBound >= 0, range.upperBound <= Int(sqlite3_blob_bytes(blob)) else {
            throw StoreError("\(database.path): \(table) row \(row) is shorter than it says; build the store again")
        }
        guard !range.isEmpty else { return [] }
        var status = SQLITE_OK
        // read straight into the array's storage: no pass to zero it first
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            status = sqlite3_blob_read(blob, buffer.baseAddress, Int32(range.count), Int32(range.lowerBound))
            count = status == SQLITE_OK ? range.count : 0
        }
        guard status == SQLITE_OK else { throw StoreError("\(database.path): \(database.lastError)") }
        return bytes
    }

    private func open(_ row: Int64) throws -> OpaquePointer {
        if let blob, self.row == row { return blob }
        // a failed reopen leaves the handle unusable: it is closed and opened afresh next time
        let status: Int32
        if let blob { status = sqlite3_blob_reopen(blob, row) } else { status = sqlite3_blob_open(handle, "main", table, column, row, 0, &blob) }
        guard status == SQLITE_OK, let blob else {
            close()
            self.row = nil
            throw StoreError("\(database.path): no \(table) row \(row) (\(database.lastError)); build the store again")
        }
        self.row = row
        return blob
    }
}

/// A row of values to bind, nil for NULL.
typealias SQLRow = [(any SQLValue)?]

/// A value a statement binds as its own SQLite type: typed, so that a million records' values
/// are bound without a cast from `Any` each (a twentieth of a store's build when they were).
protocol SQLValue {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

/// SQLite copies bound text and blobs at once, so Swift's buffer may go after the call.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Int: SQLValue {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension String: SQLValue {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_text(statement, index, self, -1, transient) }
}

extension Array: SQLValue where Element == UInt8 {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        // an empty array may have no address, which SQLite would bind as NULL
        guard !isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
        return withUnsafeBytes { sqlite3_bind_blob64(statement, index, $0.baseAddress, sqlite3_uint64($0.count), transient) }
    }
}

/// A prepared statement: bind, step, read columns, reset for the next row.
final class Statement {
    private let statement: OpaquePointer
    private unowned let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds values to ?1, ?2… in order; nil is NULL.
    @discardableResult
    func bind(_ values: SQLRow) throws -> Statement {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let status = value?.bind(to: statement, at: index) ?? sqlite3_bind_null(statement, index)
            guard status == SQLITE_OK else { throw StoreError("\(database.path): \(database.lastError)") }
        }
        return self
    }

    /// Runs the statement to its end (for INSERT, UPDATE, DELETE).
    func run(_ values: SQLRow = []) throws {
        try bind(values)
        while try step() {}
    }

    /// Moves to the next row; false when there is none.
    func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw StoreError("\(database.path): \(database.lastError)")
        }
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    func optionalInt(_ column: Int32) -> Int? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : int(column)
    }

    /// A blob's bytes; a text's bytes too, so a value written as text by another tool reads.
    func bytes(_ column: Int32) -> [UInt8]? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let start = sqlite3_column_blob(statement, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
