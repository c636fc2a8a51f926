import Articles
import Foundation
import Text

/// The search index of a corpus: for every pair of neighbouring characters (after folding
/// script and width), where in the corpus it stands. Built once, on the first search, and kept
/// with the corpus; sub-corpora use their root's index.
///
/// Positions count characters through all articles' fields one after another (title, subtitle,
/// text, captions). A query of two or more characters is found from the postings of the pairs
/// that cover it, so nothing is rescanned; a one-character query takes every pair that starts
/// with that character (each field's last character is indexed with an end marker for this).
/// The postings come from memory (`MemoryPostings`, built here) or from a corpus store, which
/// keeps them by first character (`PairRows`) and reads only what a search asks for.
public final class SearchIndex {
    static let end: UInt32 = .max
    static let fields = Search.fields

    /// The global position where each article's field starts: fieldStarts[article * 4 + field];
    /// one more entry closes the last field.
    let fieldStarts: [UInt32]
    /// Where the positions of each pair are read: built in memory, or kept in a store.
    let postings: PairPostings
    public let buildSeconds: Double
    /// Sentence and paragraph starts of the articles compound searches have read.
    let units: UnitStarts

    /// An index of `articles` built in memory.
    convenience init(articles: [Article], folding: Folding) throws {
        let started = Date()
        let built = try MemoryPostings(articles: articles, folding: folding)
        self.init(fieldStarts: built.fieldStarts, postings: built, buildSeconds: Date().timeIntervalSince(started))
    }

    /// An index whose positions count characters through the fields `fieldStarts` gives, one
    /// article after another in corpus order, as `postings` gives them.
    public init(fieldStarts: [UInt32], postings: PairPostings, buildSeconds: Double) {
        self.fieldStarts = fieldStarts
        self.postings = postings
        self.buildSeconds = buildSeconds
        units = UnitStarts(count: max(0, fieldStarts.count - 1) / Self.fields.count)
    }

    /// The folded characters of one field, as the search compares them.
    static func fold(_ article: Article, _ field: String, _ folding: Folding, into buffer: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        if field == "text" {
            // the paragraphs one by one: a.text (their join) is not made for every article
            for (i, paragraph) in article.paragraphs.enumerated() {
                if i > 0 { buffer.append(0x0A) }
                for scalar in paragraph.unicodeScalars { buffer.append(folding.fold(scalar)) }
            }
        } else {
            for scalar in Search.fieldText(article, field).unicodeScalars { buffer.append(folding.fold(scalar)) }
        }
    }

    /// Each character with the one after it (or the end marker), at its global position.
    static func forEachPair(_ chars: [UInt32], from start: UInt32, _ body: (UInt64, UInt32) -> Void) {
        for i in chars.indices {
            let next = i + 1 < chars.count ? chars[i + 1] : end
            body(UInt64(chars[i]) << 32 | UInt64(next), start + UInt32(i))
        }
    }

    /// Every global position where the folded query starts, in order; like grep's matches,
    /// they do not overlap (ＸＸ in ＸＸＸ is found once, at the start).
    func positions(of query: [UInt32]) throws -> [UInt32] {
        // only a query that begins the way it ends (ＸＸ, 一二一) can overlap itself
        let selfOverlapping = (1..<max(query.count, 1)).contains { query.prefix($0).elementsEqual(query.suffix($0)) }
        let overlapping = try postings.positions(of: query)
        guard selfOverlapping else { return overlapping }
        var kept: [UInt32] = []
        for position in overlapping where kept.last.map({ position >= $0 + UInt32(query.count) }) ?? true {
            kept.append(position)
        }
        return kept
    }

    /// The positions whose article and field (numbers) pass the test; one walk through both
    /// sorted lists rather than a search for each position.
    func keep(_ positions: [UInt32], where test: (_ article: Int, _ field: Int) -> Bool) -> [UInt32] {
        var out: [UInt32] = []
        forEachField(of: positions) { position, article, field in
            if test(article, field) { out.append(position) }
        }
        return out
    }

    /// Each position (in order) with the numbers of its article and field.
    func forEachField(of positions: [UInt32], _ body: (_ position: UInt32, _ article: Int, _ field: Int) -> Void) {
        var field = 0
        for position in positions {
            while fieldStarts[field + 1] <= position { field += 1 }
            body(position, field / Self.fields.count, field % Self.fields.count)
        }
    }

    /// The article (index into the corpus's articles), field and character offset of a position.
    func locate(_ position: UInt32) -> (article: Int, field: String, character: Int) {
        var low = 0, high = fieldStarts.count - 1  // last field starting at or before position
        while low + 1 < high {
            let middle = (low + high) / 2
            if fieldStarts[middle] <= position { low = middle } else { high = middle }
        }
        // empty fields share their start with the next one: take the last that starts here
        while low + 1 < fieldStarts.count - 1, fieldStarts[low + 1] <= position { low += 1 }
        return (low / Self.fields.count, Self.fields[low % Self.fields.count], Int(position - fieldStarts[low]))
    }

    public var articleCount: Int { (fieldStarts.count - 1) / Self.fields.count }
    public var characters: Int { Int(fieldStarts.last ?? 0) }
    public var pairs: Int { postings.pairs }
    /// Bytes the index holds in memory: its postings (none, for an index kept in a store) and field starts.
    public var bytes: Int { postings.bytes + fieldStarts.count * 4 }
    /// Whether the postings are read from a store rather than held in memory.
    public var isKept: Bool { !(postings is MemoryPostings) }
}

/// Where an index reads the positions of character pairs: memory (`MemoryPostings`), or a
/// corpus store, which reads only the pairs a search asks for.
public protocol PairPostings: AnyObject {
    /// Every position, in order, where the folded `query` starts, matches that overlap
    /// included; `PairSearch.positions` finds them from the postings of its pairs.
    func positions(of query: [UInt32]) throws -> [UInt32]
    /// How many pairs it holds.
    var pairs: Int { get }
    /// The bytes it holds in memory.
    var bytes: Int { get }
}

/// How a query is found from the postings of the character pairs that cover it, wherever
/// they are kept.
public enum PairSearch {
    /// Every position where `query` starts, overlapping matches included, given the positions
    /// (in order) of a pair, and of every pair that starts with a character.
    public static func positions(of query: [UInt32], pair: (UInt32, UInt32) throws -> [UInt32],
                                 startingWith: (UInt32) throws -> [UInt32]) rethrows -> [UInt32] {
        switch query.count {
        case 0: return []
        case 1: return try startingWith(query[0])
        default:
            // pairs at 0, 2, 4 … and the last one cover every character of the query
            var offsets = Array(stride(from: 0, to: query.count - 1, by: 2))
            if offsets.last != query.count - 2 { offsets.append(query.count - 2) }
            var lists: [(offset: Int, positions: [UInt32])] = []
            for offset in offsets {
                let positions = try pair(query[offset], query[offset + 1])
                if positions.isEmpty { return [] }
                lists.append((offset, positions))
            }
            // the shortest postings first: the candidates only shrink from there
            lists.sort { $0.positions.count < $1.positions.count }
            let shortest = lists[0]
            var candidates = shortest.offset == 0 ? shortest.positions
                : shortest.positions.compactMap { $0 >= shortest.offset ? $0 - UInt32(shortest.offset) : nil }
            for list in lists.dropFirst() where !candidates.isEmpty {
                candidates = intersect(candidates, list.positions, shift: UInt32(list.offset))
            }
            return candidates
        }
    }

    /// The candidates c for which c + shift is in `other` (both sorted).
    private static func intersect(_ candidates: [UInt32], _ other: [UInt32], shift: UInt32) -> [UInt32] {
        var out: [UInt32] = []
        var j = 0
        for c in candidates {
            let wanted = c + shift
            while j < other.count, other[j] < wanted { j += 1 }
            if j == other.count { break }
            if other[j] == wanted { out.append(c) }
        }
        return out
    }
}

/// The postings of every pair of an index, built in memory: two passes over the articles'
/// folded fields, the first to size each pair's postings, the second to write them in place.
/// Postings are delta-encoded varints, laid out in pair order; the pairs themselves take eight
/// bytes each (second character, end of postings), grouped by first character. What it costs
/// in memory is measured by scripts/bench-queries.sh and stated in the README.
public final class MemoryPostings: PairPostings {
    /// The field starts of the articles indexed, as `SearchIndex.fieldStarts`.
    public let fieldStarts: [UInt32]
    /// The distinct first characters of the pairs, in order, and where each one's pairs begin
    /// in `seconds` and `ends` (one more entry closes the last run).
    private let firsts: [UInt32]
    private let runs: [UInt32]
    /// Per pair, in (first, second) order: its second character and where its postings end
    /// (they start where the previous pair's end).
    private let seconds: [UInt32]
    private let ends: [UInt32]
    private let postings: [UInt8]

    /// The index of `articles`, their fields folded by `folding`.
    public init(articles: [Article], folding: Folding) throws {
        var table = PairTable()
        // pass 1: how often each pair occurs and how many bytes its postings take
        var position = 0
        var starts: [UInt32] = []
        starts.reserveCapacity(articles.count * SearchIndex.fields.count + 1)
        var buffer: [UInt32] = []
        let progress = Progress(total: articles.count * 2, what: "building the search index", unit: "steps")
        defer { progress.finish() }
        for article in articles {
            try Cancellation.check()
            progress.advance()
            for field in SearchIndex.fields {
                starts.append(UInt32(truncatingIfNeeded: position))
                SearchIndex.fold(article, field, folding, into: &buffer)
                SearchIndex.forEachPair(buffer, from: UInt32(truncatingIfNeeded: position)) { key, at in table.count(key, at: at) }
                position += buffer.count
            }
            guard position < Int(UInt32.max) else { throw SearchIndexError.tooLarge }
        }
        starts.append(UInt32(position))
        // the pairs in order, each given the place of its postings
        let order = table.inKeyOrder()
        var firsts: [UInt32] = [], runs: [UInt32] = [], seconds: [UInt32] = [], ends: [UInt32] = []
        seconds.reserveCapacity(order.count)
        ends.reserveCapacity(order.count)
        var size = 0
        for (i, (key, slot)) in order.enumerated() {
            let first = UInt32(key >> 32)
            if firsts.last != first {
                firsts.append(first)
                runs.append(UInt32(i))
            }
            seconds.append(UInt32(truncatingIfNeeded: key))
            table.place(slot, at: size)
            size += table.size(slot)
            guard size < Int(UInt32.max) else { throw SearchIndexError.tooLarge }
            ends.append(UInt32(size))
        }
        runs.append(UInt32(order.count))
        // pass 2: the postings, each pair's written at its place
        var postings = [UInt8](repeating: 0, count: size)
        try postings.withUnsafeMutableBufferPointer { out in
            var index = 0
            for article in articles {
                try Cancellation.check()
                progress.advance()
                for field in SearchIndex.fields {
                    SearchIndex.fold(article, field, folding, into: &buffer)
                    SearchIndex.forEachPair(buffer, from: starts[index]) { key, at in table.write(key, at: at, into: out) }
                    index += 1
                }
            }
        }
        (self.firsts, self.runs, self.seconds, self.ends, self.postings, fieldStarts) = (firsts, runs, seconds, ends, postings, starts)
    }

    public func positions(of query: [UInt32]) -> [UInt32] {
        PairSearch.positions(of: query, pair: positions, startingWith: positions(startingWith:))
    }

    private func positions(_ first: UInt32, _ second: UInt32) -> [UInt32] {
        guard let pair = pair(first, second) else { return [] }
        return decode(pair)
    }

    /// A single character: the union of the postings of every pair it starts.
    private func positions(startingWith first: UInt32) -> [UInt32] {
        guard let run = run(of: first) else { return [] }
        return run.flatMap(decode).sorted()
    }

    /// The pairs that start with a character: a range of pair numbers.
    private func run(of first: UInt32) -> Range<Int>? {
        guard let i = PairRows.find(first, in: firsts, 0..<firsts.count) else { return nil }
        return Int(runs[i])..<Int(runs[i + 1])
    }

    private func pair(_ first: UInt32, _ second: UInt32) -> Int? {
        guard let run = run(of: first) else { return nil }
        return PairRows.find(second, in: seconds, run)
    }

    private func postingsStart(_ pair: Int) -> Int { pair == 0 ? 0 : Int(ends[pair - 1]) }

    private func decode(_ pair: Int) -> [UInt32] {
        postings.withUnsafeBufferPointer { bytes in
            PairRows.decode(UnsafeBufferPointer(rebasing: bytes[postingsStart(pair)..<Int(ends[pair])])) ?? []
        }
    }

    public var pairs: Int { seconds.count }
    /// The characters that begin pairs, in order: one row each in `rows`.
    public var firstCharacters: [UInt32] { firsts }
    public var bytes: Int { postings.count + (seconds.count + ends.count + firsts.count + runs.count) * 4 }

    /// The pairs that start with each character, in order, as `PairRows` lays them out for
    /// a store: each first character with its row.
    public func rows(_ body: (_ first: UInt32, _ row: [UInt8]) throws -> Void) rethrows {
        for (i, first) in firsts.enumerated() {
            let run = Int(runs[i])..<Int(runs[i + 1])
            let base = postingsStart(run.lowerBound)
            try body(first, PairRows.row(seconds: seconds[run], ends: ends[run].map { $0 - UInt32(base) },
                                         postings: postings[base..<Int(ends[run.upperBound - 1])]))
        }
    }
}

/// How the pairs that start with one character are kept in a store, one row per first
/// character: their number (UInt32), then each one's second character (UInt32), then where
/// each one's postings end (UInt32, from the start of the postings), then the postings, each
/// pair's positions as varint deltas from the one before (the first from 0). Little-endian.
/// A reader takes the directory first and then only the postings of the pair it wants.
public enum PairRows {
    /// The second character that marks a field's last character.
    public static let end = SearchIndex.end

    static func row(seconds: ArraySlice<UInt32>, ends: [UInt32], postings: ArraySlice<UInt8>) -> [UInt8] {
        var row: [UInt8] = []
        row.reserveCapacity(4 + 8 * seconds.count + postings.count)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { row.append(contentsOf: $0) } }
        append(UInt32(seconds.count))
        seconds.forEach(append)
        ends.forEach(append)
        row.append(contentsOf: postings)
        return row
    }

    /// The bytes of a row's directory, given the count its first four bytes give.
    public static func directorySize(count: Int) -> Int { 4 + 8 * count }

    /// The number of pairs a row's first four bytes give.
    public static func count(_ header: UnsafeRawBufferPointer) -> Int? {
        header.count >= 4 ? Int(UInt32(littleEndian: header.loadUnaligned(as: UInt32.self))) : nil
    }

    /// Where the postings of `second` lie, from the start of the row, in a row's directory
    /// (its first `directorySize` bytes); nil when the row has no such pair or the directory is
    /// damaged (ends that go back).
    public static func postings(of second: UInt32, in directory: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let count = count(directory), directory.count >= directorySize(count: count) else { return nil }
        func word(_ i: Int) -> UInt32 { UInt32(littleEndian: directory.loadUnaligned(fromByteOffset: 4 + 4 * i, as: UInt32.self)) }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if word(middle) < second { low = middle + 1 } else { high = middle }
        }
        guard low < count, word(low) == second else { return nil }
        let start = low == 0 ? 0 : Int(word(count + low - 1)), end = Int(word(count + low))
        guard start <= end else { return nil }
        let base = directorySize(count: count)
        return (base + start)..<(base + end)
    }

    /// Where all the postings of a row lie, from the start of the row.
    public static func allPostings(in directory: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let count = count(directory), directory.count >= directorySize(count: count) else { return nil }
        let base = directorySize(count: count)
        guard count > 0 else { return base..<base }
        let end = Int(UInt32(littleEndian: directory.loadUnaligned(fromByteOffset: 4 + 4 * (2 * count - 1), as: UInt32.self)))
        return base..<(base + end)
    }

    /// The positions of varint deltas, in order; nil when the bytes are damaged (a varint cut
    /// short or longer than 32 bits, or positions past 2³²), so a damaged store is an error.
    /// Counted from `base` instead of 0, they come out moved by it.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from base: UInt32 = 0) -> [UInt32]? {
        var damaged = false
        // at most one position a byte: written in place, without a capacity check for each
        let out = [UInt32](unsafeUninitializedCapacity: bytes.count) { out, written in
            var at = 0, position = UInt64(base)
            while at < bytes.count {
                guard let delta = varint(in: bytes, at: &at), delta <= UInt64(UInt32.max) else { damaged = true; break }
                position += delta
                guard position <= UInt64(UInt32.max) else { damaged = true; break }
                out[written] = UInt32(position)
                written += 1
            }
        }
        return damaged ? nil : out
    }

    /// The varint at `at` (seven bits a byte, low first, the top bit set on all but the last),
    /// moving `at` past it; nil when it is cut short or longer than 35 bits.
    @inline(__always)
    public static func varint(in bytes: UnsafeBufferPointer<UInt8>, at: inout Int) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while at < bytes.count, shift <= 28 {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// Appends `value` as a varint.
    public static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Binary search of a sorted range.
    static func find(_ value: UInt32, in values: [UInt32], _ range: Range<Int>) -> Int? {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && values[low] == value ? low : nil
    }
}

/// The index is too large for its 32-bit positions.
enum SearchIndexError: Error, CustomStringConvertible {
    case tooLarge
    var description: String { "the corpus is too large to index (over 4 billion characters or 4 GB of postings)" }
}

/// The pairs while the index is built: an open-addressing hash table from a pair to its count,
/// its postings' size and place, and the last position seen (postings are deltas from it).
struct PairTable {
    private struct Entry {
        var key = PairTable.empty
        var last: UInt32 = 0
        /// Pass 1: the postings' size in bytes; pass 2: where the next byte goes.
        var cursor = 0
        var size = 0
    }

    static let empty = UInt64.max
    private var entries = [Entry](repeating: Entry(), count: 1 << 16)
    private var used = 0

    private var mask: Int { entries.count - 1 }

    private static func hash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) }

    private func slot(of key: UInt64) -> Int {
        var i = Self.hash(key) & mask
        while entries[i].key != key && entries[i].key != Self.empty { i = (i + 1) & mask }
        return i
    }

    mutating func count(_ key: UInt64, at position: UInt32) {
        var i = slot(of: key)
        if entries[i].key == Self.empty {
            if (used + 1) * 4 > entries.count * 3 {  // keep it under three quarters full
                grow()
                i = slot(of: key)
            }
            entries[i].key = key
            used += 1
        }
        entries[i].size += Self.varintSize(position - entries[i].last)
        entries[i].last = position
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(), count: old.count * 2)
        for entry in old where entry.key != Self.empty { entries[slot(of: entry.key)] = entry }
    }

    /// Every pair with its slot, in key order (first character, then second).
    func inKeyOrder() -> [(key: UInt64, slot: Int)] {
        entries.indices.compactMap { entries[$0].key == Self.empty ? nil : (entries[$0].key, $0) }.sorted { $0.key < $1.key }
    }

    func size(_ slot: Int) -> Int { entries[slot].size }

    /// Where a pair's postings start; readies it for pass 2.
    mutating func place(_ slot: Int, at offset: Int) {
        entries[slot].cursor = offset
        entries[slot].last = 0
    }

    /// Appends a position to its pair's postings (pass 2).
    mutating func write(_ key: UInt64, at position: UInt32, into out: UnsafeMutableBufferPointer<UInt8>) {
        let i = slot(of: key)
        var delta = position - entries[i].last
        entries[i].last = position
        var at = entries[i].cursor
        while delta >= 0x80 {
            out[at] = UInt8(delta & 0x7F) | 0x80
            delta >>= 7
            at += 1
        }
        out[at] = UInt8(delta)
        entries[i].cursor = at + 1
    }

    private static func varintSize(_ value: UInt32) -> Int {
        value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
    }
}
