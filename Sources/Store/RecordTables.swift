import Articles
import Foundation

/// The table each kind of record is kept in. One list of columns (`Schema.columns(of:)`) makes
/// the table and serves the INSERT, the SELECT and the order `RecordColumns` writes and
/// reads them in, so none can disagree.
enum RecordTable: String, CaseIterable {
    case numbers, dates, places, people, orgs, terms

    /// The columns after `article` and `number`, as the schema lists them.
    var columns: [String] { Schema.columns(of: self).map { String($0.prefix { $0 != " " }) } }

    var insert: String {
        let marks = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        return "INSERT INTO \(rawValue) (article, number, \(columns.joined(separator: ", "))) VALUES (\(marks))"
    }

    var select: String { "SELECT \(columns.joined(separator: ", ")) FROM \(rawValue) WHERE article = ? ORDER BY number" }
}

/// One article's records as rows of their tables, in each kind's order: each row's values
/// start with its number among the article's records of that kind.
struct RecordRows {
    var rows: [(table: RecordTable, values: SQLRow)] = []

    init(_ records: ExtractedRecords) throws {
        add(.numbers, records.numbers.map(RecordColumns.values))
        add(.dates, records.dates.map(RecordColumns.values))
        add(.places, records.places.map(RecordColumns.values))
        add(.people, try records.people.map { try RecordColumns.values($0, in: .people) })
        add(.orgs, try records.orgs.map { try RecordColumns.values($0, in: .orgs) })
        add(.terms, try records.terms.map { try RecordColumns.values($0, in: .terms) })
    }

    private mutating func add(_ table: RecordTable, _ records: [SQLRow]) {
        rows += records.enumerated().map { (table, [$0.offset + 1] + $0.element) }
    }
}

/// A JSON array of strings, as the list columns hold them.
private func json(_ strings: [String]) -> String { FlatJSON.array(strings) }

/// Each record's fields as its table's columns (`RecordTable.columns`), and back.
enum RecordColumns {
    static func values(_ n: Amount) -> SQLRow {
        [n.kind.rawValue, n.text, n.offset, n.value?.integer, n.value.flatMap { $0.integer == nil ? $0.exact : nil },
         n.min?.exact, n.max?.exact, n.approx?.rawValue, n.unit, n.currency, n.label]
    }

    static func amount(_ row: inout ColumnCursor) throws -> Amount {
        let kind: Amount.Kind = try row.choice(), text = try row.text(), offset = try row.int()
        let whole = row.optionalInt(), exact = try row.optionalDecimal()
        return Amount(kind: kind, value: whole.map { Decimal10($0) } ?? exact, min: try row.optionalDecimal(),
                      max: try row.optionalDecimal(), approx: try row.optionalChoice(), unit: try row.text(),
                      currency: row.optionalText(), label: row.optionalText(), text: text, offset: offset)
    }

    static func values(_ d: DateMention) -> SQLRow {
        [d.kind.rawValue, d.text, d.offset, d.value, d.to, d.precision.rawValue, d.year, d.month, d.day]
    }

    static func date(_ row: inout ColumnCursor) throws -> DateMention {
        let kind: DateMention.Kind = try row.choice(), text = try row.text(), offset = try row.int()
        return DateMention(text: text, value: row.optionalText(), to: row.optionalText(), precision: try row.choice(), kind: kind,
                           offset: offset, year: row.optionalInt(), month: row.optionalInt(), day: row.optionalInt())
    }

    static func values(_ p: Place) -> SQLRow {
        [p.text, p.offset, p.name, p.level.rawValue, p.kind, p.province, p.city, p.county, p.code, p.ambiguous ? 1 : 0, p.within]
    }

    static func place(_ row: inout ColumnCursor) throws -> Place {
        let text = try row.text(), offset = try row.int()
        return Place(text: text, name: try row.text(), level: try row.choice(), kind: row.optionalText(), province: row.optionalText(),
                     city: row.optionalText(), county: row.optionalText(), code: row.optionalText(), ambiguous: try row.int() != 0,
                     within: row.optionalText(), offset: offset)
    }

    /// A name's columns: those every kind of name has (`forms` is NULL when every mention is
    /// written as the name), then its table's own.
    static func values(_ m: Mention, in table: RecordTable) throws -> SQLRow {
        let offsets = "[" + m.offsets.map(String.init).joined(separator: ",") + "]"
        let shared: SQLRow = [m.text, m.offsets.first, m.offsets.count, offsets,
                              m.forms.allSatisfy { $0 == m.text } ? nil : json(m.forms)]
        switch table {
        case .people: return shared + [json(m.titles), json(m.roles), m.org]
        case .orgs: return shared + [m.kind, m.place]
        default: return shared
        }
    }

    static func mention(_ row: inout ColumnCursor, in table: RecordTable) throws -> Mention {
        let name = try row.text()
        _ = (row.optionalInt(), row.optionalInt())  // the first offset and the count: the offsets say both
        let offsets = try row.integers()
        let forms = try row.optionalStrings() ?? Array(repeating: name, count: offsets.count)
        guard forms.count == offsets.count else { throw ColumnCursor.Damaged() }
        var mention = Mention(text: name, offsets: offsets, forms: forms)
        switch table {
        case .people: (mention.titles, mention.roles, mention.org) = (try row.strings(), try row.strings(), row.optionalText())
        case .orgs: (mention.kind, mention.place) = (row.optionalText(), row.optionalText())
        default: break
        }
        return mention
    }
}

/// Reads a row's columns left to right; a value missing or of the wrong form throws `Damaged`
/// (the kind is then extracted again).
struct ColumnCursor {
    struct Damaged: Error {}

    let statement: Statement
    private var column: Int32 = 0

    init(_ statement: Statement) { self.statement = statement }

    private mutating func next() -> Int32 {
        defer { column += 1 }
        return column
    }

    mutating func optionalText() -> String? { statement.text(next()) }
    mutating func optionalInt() -> Int? { statement.optionalInt(next()) }
    mutating func optionalBytes() -> [UInt8]? { statement.bytes(next()) }

    mutating func text() throws -> String {
        guard let text = optionalText() else { throw Damaged() }
        return text
    }

    mutating func int() throws -> Int {
        guard let int = optionalInt() else { throw Damaged() }
        return int
    }

    mutating func optionalChoice<T: RawRepresentable>() throws -> T? where T.RawValue == String {
        guard let text = optionalText() else { return nil }
        guard let choice = T(rawValue: text) else { throw Damaged() }
        return choice
    }

    mutating func choice<T: RawRepresentable>() throws -> T where T.RawValue == String {
        guard let choice: T = try optionalChoice() else { throw Damaged() }
        return choice
    }

    mutating func optionalDecimal() throws -> Decimal10? {
        guard let text = optionalText() else { return nil }
        guard let decimal = Decimal10(exact: text) else { throw Damaged() }
        return decimal
    }

    mutating func integers() throws -> [Int] {
        guard let integers = FlatJSON.integers(try text()) else { throw Damaged() }
        return integers
    }

    mutating func optionalStrings() throws -> [String]? {
        guard let text = optionalText() else { return nil }
        guard let strings = FlatJSON.strings(array: text) else { throw Damaged() }
        return strings
    }

    mutating func strings() throws -> [String] {
        guard let strings = try optionalStrings() else { throw Damaged() }
        return strings
    }
}

extension Decimal10 {
    /// The exact value as the `exact`, `min` and `max` columns hold it: decimal notation
    /// ("0.35", "9975400000"), or digits and a power of ten ("15e20") for a whole number too
    /// large for 64 bits.
    var exact: String { exponent > 0 ? "\(mantissa)e\(exponent)" : description }

    init?(exact text: String) {
        let parts = text.split(separator: "e", omittingEmptySubsequences: false)
        guard parts.count <= 2, let number = parts.first else { return nil }
        let power = parts.count == 2 ? Int(parts[1]) : 0
        let pieces = number.split(separator: ".", omittingEmptySubsequences: false)
        guard let power, pieces.count <= 2, let whole = pieces.first else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigitCharacter), let mantissa = Int(whole + fraction) else { return nil }
        self.init(mantissa, exponent: power - fraction.count)
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isWholeNumber }
}
