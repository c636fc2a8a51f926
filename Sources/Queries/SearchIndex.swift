import Articles
import Foundation

/// The search index of a corpus: for every pair of neighbouring characters (after folding
/// script and width), where in the corpus it stands. Built once, on the first search, and kept
/// with the corpus; sub-corpora use their root's index.
///
/// Positions count characters through all articles' fields one after another (title, subtitle,
/// text, captions). A query of two or more characters is found from the postings of the pairs
/// that cover it, so nothing is rescanned; a one-character query takes every pair that starts
/// with that character (each field's last character is indexed with an end marker for this).
/// Postings are delta-encoded varints: about two bytes a character (see the README).
final class SearchIndex {
    static let end: UInt32 = .max

    /// The global position where each article's field starts: fieldStarts[article * 4 + field];
    /// one more entry closes the last field.
    let fieldStarts: [UInt32]
    private let table: PairTable
    private let postings: [UInt8]
    /// Table slots in key order, so the pairs that start with one character form a run.
    private let slotsByKey: [Int32]
    let buildSeconds: Double

    static let fields = Search.fields

    init(articles: [Article], folding: Folding) {
        let started = Date()
        var table = PairTable(capacity: 1 << 16)
        // pass 1: how often each pair occurs and how many bytes its postings take
        var position: UInt32 = 0
        var starts: [UInt32] = []
        starts.reserveCapacity(articles.count * Self.fields.count + 1)
        var buffer: [UInt32] = []
        for article in articles {
            for field in Self.fields {
                starts.append(position)
                Self.fold(article, field, folding, into: &buffer)
                Self.forEachPair(buffer, from: position) { key, at in table.count(key, at: at) }
                position += UInt32(buffer.count)
            }
        }
        starts.append(position)
        // pass 2: the postings, written into one buffer at the offsets pass 1 worked out
        var postings = [UInt8](repeating: 0, count: table.layOut())
        postings.withUnsafeMutableBufferPointer { out in
            var index = 0
            for article in articles {
                for field in Self.fields {
                    Self.fold(article, field, folding, into: &buffer)
                    Self.forEachPair(buffer, from: starts[index]) { key, at in table.write(key, at: at, into: out) }
                    index += 1
                }
            }
        }
        table.finish()
        slotsByKey = table.occupiedSlots().sorted { table.keys[Int($0)] < table.keys[Int($1)] }
        self.table = table
        self.postings = postings
        fieldStarts = starts
        buildSeconds = Date().timeIntervalSince(started)
    }

    /// The folded characters of one field, as the search compares them.
    private static func fold(_ article: Article, _ field: String, _ folding: Folding, into buffer: inout [UInt32]) {
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
    private static func forEachPair(_ chars: [UInt32], from start: UInt32, _ body: (UInt64, UInt32) -> Void) {
        for i in chars.indices {
            let next = i + 1 < chars.count ? chars[i + 1] : end
            body(UInt64(chars[i]) << 32 | UInt64(next), start + UInt32(i))
        }
    }

    /// Every global position where the folded query starts, in order; like grep's matches,
    /// they do not overlap (ＸＸ in ＸＸＸ is found once, at the start).
    func positions(of query: [UInt32]) -> [UInt32] {
        // only a query that begins the way it ends (ＸＸ, 一二一) can overlap itself
        let selfOverlapping = (1..<max(query.count, 1)).contains { query.prefix($0).elementsEqual(query.suffix($0)) }
        guard selfOverlapping else { return overlapping(query) }
        var kept: [UInt32] = []
        for position in overlapping(query) where kept.last.map({ position >= $0 + UInt32(query.count) }) ?? true {
            kept.append(position)
        }
        return kept
    }

    private func overlapping(_ query: [UInt32]) -> [UInt32] {
        switch query.count {
        case 0: return []
        case 1: return positions(startingWith: query[0])
        default:
            // pairs at 0, 2, 4 … and the last one cover every character of the query
            var offsets = Array(stride(from: 0, to: query.count - 1, by: 2))
            if offsets.last != query.count - 2 { offsets.append(query.count - 2) }
            var lists: [(offset: Int, slot: Int)] = []
            for offset in offsets {
                guard let slot = table.slot(of: UInt64(query[offset]) << 32 | UInt64(query[offset + 1])) else { return [] }
                lists.append((offset, slot))
            }
            lists.sort { table.counts[$0.slot] < table.counts[$1.slot] }
            var candidates = decode(lists[0].slot).compactMap { $0 >= lists[0].offset ? $0 - UInt32(lists[0].offset) : nil }
            for list in lists.dropFirst() where !candidates.isEmpty {
                candidates = Self.intersect(candidates, decode(list.slot), shift: UInt32(list.offset))
            }
            return candidates
        }
    }

    /// A single character: the union of the postings of every pair it starts.
    private func positions(startingWith char: UInt32) -> [UInt32] {
        let low = UInt64(char) << 32
        var i = lowerBound(low)
        var all: [UInt32] = []
        while i < slotsByKey.count, table.keys[Int(slotsByKey[i])] >> 32 == UInt64(char) {
            all += decode(Int(slotsByKey[i]))
            i += 1
        }
        return all.sorted()
    }

    private func lowerBound(_ key: UInt64) -> Int {
        var low = 0, high = slotsByKey.count
        while low < high {
            let middle = (low + high) / 2
            if table.keys[Int(slotsByKey[middle])] < key { low = middle + 1 } else { high = middle }
        }
        return low
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

    private func decode(_ slot: Int) -> [UInt32] {
        var out = [UInt32]()
        out.reserveCapacity(Int(table.counts[slot]))
        postings.withUnsafeBufferPointer { bytes in
            var at = table.offsets[slot]
            var position: UInt32 = 0
            for _ in 0..<table.counts[slot] {
                var delta: UInt32 = 0, shift: UInt32 = 0
                while true {
                    let byte = bytes[at]
                    at += 1
                    delta |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                position &+= delta
                out.append(position)
            }
        }
        return out
    }

    /// The positions whose article and field (numbers) pass the test; one walk through both
    /// sorted lists rather than a search for each position.
    func keep(_ positions: [UInt32], where test: (_ article: Int, _ field: Int) -> Bool) -> [UInt32] {
        var out: [UInt32] = []
        var field = 0
        for position in positions {
            while fieldStarts[field + 1] <= position { field += 1 }
            if test(field / Self.fields.count, field % Self.fields.count) { out.append(position) }
        }
        return out
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

    var articleCount: Int { (fieldStarts.count - 1) / Self.fields.count }
    var characters: Int { Int(fieldStarts.last ?? 0) }
    var pairs: Int { slotsByKey.count }
    /// Bytes the index holds: postings, the pair table, the key order and the field starts.
    var bytes: Int { postings.count + table.bytes + slotsByKey.count * 4 + fieldStarts.count * 4 }
}

/// An open-addressing hash table from a character pair to its postings' count, size and place.
struct PairTable {
    static let empty = UInt64.max
    private(set) var keys: [UInt64]
    private(set) var counts: [UInt32]
    /// Pass 1: the postings' size in bytes; after layOut(): where they start in the buffer.
    private(set) var offsets: [Int]
    /// The last position counted or written for each pair (deltas are taken from it).
    private var last: [UInt32]
    /// Pass 2: where the next byte of each pair's postings goes.
    private var cursor: [Int] = []
    private var used = 0

    init(capacity: Int) {
        keys = [UInt64](repeating: Self.empty, count: capacity)
        counts = [UInt32](repeating: 0, count: capacity)
        offsets = [Int](repeating: 0, count: capacity)
        last = [UInt32](repeating: 0, count: capacity)
    }

    private var mask: Int { keys.count - 1 }

    private static func hash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) }

    func slot(of key: UInt64) -> Int? {
        var i = Self.hash(key) & mask
        while keys[i] != Self.empty {
            if keys[i] == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func insertionSlot(_ key: UInt64) -> Int {
        var i = Self.hash(key) & mask
        while keys[i] != Self.empty {
            if keys[i] == key { return i }
            i = (i + 1) & mask
        }
        if (used + 1) * 4 > keys.count * 3 {  // keep it under three quarters full
            grow()
            return insertionSlot(key)
        }
        keys[i] = key
        used += 1
        return i
    }

    private mutating func grow() {
        let old = self
        self = PairTable(capacity: keys.count * 2)
        for i in old.keys.indices where old.keys[i] != Self.empty {
            let j = insertionSlot(old.keys[i])
            counts[j] = old.counts[i]
            offsets[j] = old.offsets[i]
            last[j] = old.last[i]
        }
    }

    mutating func count(_ key: UInt64, at position: UInt32) {
        let i = insertionSlot(key)
        offsets[i] += Self.varintSize(position - last[i])
        counts[i] += 1
        last[i] = position
    }

    /// Turns sizes into start offsets and readies the write cursors; returns the buffer size.
    mutating func layOut() -> Int {
        var total = 0
        for i in keys.indices where keys[i] != Self.empty {
            let size = offsets[i]
            offsets[i] = total
            total += size
        }
        last = [UInt32](repeating: 0, count: keys.count)
        cursor = offsets
        return total
    }

    /// Appends a position to its pair's postings (pass 2).
    mutating func write(_ key: UInt64, at position: UInt32, into out: UnsafeMutableBufferPointer<UInt8>) {
        let i = slot(of: key)!
        var delta = position - last[i]
        last[i] = position
        var at = cursor[i]
        while delta >= 0x80 {
            out[at] = UInt8(delta & 0x7F) | 0x80
            delta >>= 7
            at += 1
        }
        out[at] = UInt8(delta)
        cursor[i] = at + 1
    }

    /// Drops what only building needed.
    mutating func finish() {
        last = []
        cursor = []
    }

    private static func varintSize(_ value: UInt32) -> Int {
        value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
    }

    func occupiedSlots() -> [Int32] { keys.indices.compactMap { keys[$0] != Self.empty ? Int32($0) : nil } }

    var bytes: Int { keys.count * (8 + 4 + 8) }
}
