import Articles
import Foundation
import Search
import Text

/// The search index kept in a store, in segments: each build writes one for every batch of
/// articles it writes (`SearchSegments.write`), so a rebuild indexes only what it read. A
/// segment counts positions through its own articles' fields; `search_pairs` holds its
/// postings, one row per first character (`PairRows`), whose rowid is the segment's number
/// times 2²¹ plus the character. Articles that a later build removed stay in their segment and
/// are skipped when read; article numbers are never reused (AUTOINCREMENT), so a skipped
/// position cannot land in another article.
enum SearchSegments {
    /// Row numbers of `search_pairs`: the segment above the 21 bits of a code point.
    static func row(segment: Int, first: UInt32) -> Int64 { Int64(segment) << 21 | Int64(first) }

    /// Indexes `articles` (just written, with these ids, in order) as one new segment.
    static func write(_ articles: [Article], ids: [Int], into database: SQLiteDatabase) throws {
        guard !articles.isEmpty else { return }
        try write(try MemoryPostings(articles: articles, folding: Folding.shared), ids: ids, into: database)
    }

    /// Writes the postings of articles just written, with these ids, in order, as one new segment.
    static func write(_ postings: MemoryPostings, ids: [Int], into database: SQLiteDatabase) throws {
        guard !ids.isEmpty else { return }
        var lengths: [UInt8] = [], idBytes: [UInt8] = [], firsts: [UInt8] = []
        for (a, b) in zip(postings.fieldStarts, postings.fieldStarts.dropFirst()) { PairRows.appendVarint(UInt64(b - a), to: &lengths) }
        var last = 0
        for id in ids {
            guard id > last else { throw StoreError("\(database.path): article numbers out of order while indexing") }
            PairRows.appendVarint(UInt64(id - last), to: &idBytes)
            last = id
        }
        var lastFirst: UInt32 = 0
        for first in postings.firstCharacters {
            PairRows.appendVarint(UInt64(first - lastFirst), to: &firsts)
            lastFirst = first
        }
        try database.prepare("INSERT INTO search_segments (articles, lengths, firsts, pairs) VALUES (?, ?, ?, ?)")
            .run([idBytes, lengths, firsts, postings.pairs])
        let segment = database.lastInsertedRow
        let insert = try database.prepare("INSERT INTO search_pairs (id, pairs) VALUES (?, ?)")
        try postings.rows { first, bytes in try insert.run([Int(row(segment: segment, first: first)), bytes]) }
    }

    /// After a build removed articles: drops the segments none of whose articles is left, and
    /// indexes again, as one new segment, the articles left in those that lost more than half
    /// of theirs, so that searches do not read ever more positions only to skip them.
    static func compact(_ database: SQLiteDatabase) throws {
        var live = Set<Int>()
        let articles = try database.prepare("SELECT id FROM articles")
        while try articles.step() { live.insert(articles.int(0)) }
        var emptied: [Int] = [], thinned: [Int] = [], kept: [Int] = []
        let segments = try database.prepare("SELECT id, articles FROM search_segments")
        while try segments.step() {
            let ids = try summed(segments.bytes(1) ?? [], in: database)
            let left = ids.filter(live.contains)
            if left.isEmpty {
                emptied.append(segments.int(0))
            } else if left.count * 2 < ids.count {
                thinned.append(segments.int(0))
                kept += left
            }
        }
        try (emptied + thinned).forEach { try drop($0, from: database) }
        guard !kept.isEmpty else { return }
        let fetcher = try StoreFetcher(database: database)
        // in segments of a bounded number of articles, as a build writes them
        let ids = kept.sorted()
        for start in stride(from: 0, to: ids.count, by: compactedArticles) {
            let part = Array(ids[start..<min(ids.count, start + compactedArticles)])
            try write(part.map { Article(keptIn: fetcher, id: $0) }, ids: part, into: database)
        }
    }

    /// At most this many articles go into a segment that compacting writes.
    static let compactedArticles = 8192

    private static func drop(_ segment: Int, from database: SQLiteDatabase) throws {
        try database.prepare("DELETE FROM search_segments WHERE id = ?").run([segment])
        try database.prepare("DELETE FROM search_pairs WHERE id BETWEEN ? AND ?")
            .run([Int(row(segment: segment, first: 0)), Int(row(segment: segment + 1, first: 0)) - 1])
    }

    /// The varints of a segment's blob; an error naming the store when they are damaged.
    static func varints(_ bytes: [UInt8], in database: SQLiteDatabase) throws -> [UInt64] {
        try bytes.withUnsafeBufferPointer { buffer in
            var values: [UInt64] = [], at = 0
            while at < buffer.count {
                guard let value = PairRows.varint(in: buffer, at: &at) else { throw damaged(database) }
                values.append(value)
            }
            return values
        }
    }

    /// A segment's varint deltas summed: its article numbers, or its first characters.
    static func summed(_ bytes: [UInt8], in database: SQLiteDatabase) throws -> [Int] {
        var total = 0
        return try varints(bytes, in: database).map { delta in
            let (sum, overflow) = total.addingReportingOverflow(Int(truncatingIfNeeded: delta))
            guard !overflow, delta < UInt64(Int.max) else { throw damaged(database) }
            total = sum
            return total
        }
    }
}

/// An opened store's search state until the first search: it then reads the segments' field
/// lengths and puts the corpus's positions in corpus order (`StoredPostings`).
final class StoredSearchIndex: KeptSearchIndex {
    private let database: SQLiteDatabase
    /// The store's article number of each of the corpus's articles, in corpus order.
    private let ids: [Int]

    init(database: SQLiteDatabase, ids: [Int]) {
        self.database = database
        self.ids = ids
    }

    func index(of articles: [Article], folding: Folding) throws -> SearchIndex? {
        // the store's index was built with the shared folding; a corpus of other articles is not its own
        guard articles.count == ids.count, folding === Folding.shared else { return nil }
        let started = Date()
        guard let postings = try database.serialized({ try StoredPostings(database: database, ids: ids) }) else {
            FileHandle.standardError.write(Data("dossier: note: \(database.path) keeps no search index for some of its articles; indexing them in memory (dossier build writes it)\n".utf8))
            return nil
        }
        return SearchIndex(fieldStarts: postings.fieldStarts, postings: postings, buildSeconds: Date().timeIntervalSince(started))
    }
}

/// The postings of a store's index segments, read pair by pair when a search asks, each
/// position moved from its segment's count to the corpus's.
final class StoredPostings: PairPostings {
    /// A stretch of a segment's positions that moves to the corpus's count by one shift: articles
    /// that follow one another in the corpus as in the segment (a whole segment, after a full
    /// build), or articles no longer stored (no shift: their positions are left out).
    private struct Run {
        /// The segment's position where the next run starts.
        let end: UInt32
        let shift: Int64?
    }

    private struct Segment {
        let id: Int
        let firsts: Set<UInt32>
        let runs: [Run]
        /// Whether its articles stand in the corpus in its order, so its positions stay in order.
        let inOrder: Bool
        var end: UInt32 { runs.last?.end ?? 0 }
        /// The one shift that moves all its positions, when there is one.
        var wholeShift: Int64? { runs.count == 1 ? runs[0].shift : nil }
    }

    private let database: SQLiteDatabase
    private let segments: [Segment]
    /// The corpus's field starts, as `SearchIndex.fieldStarts`.
    let fieldStarts: [UInt32]
    let pairs: Int

    /// Nil when some article of the corpus is in no segment.
    init?(database: SQLiteDatabase, ids: [Int]) throws {
        self.database = database
        let fieldCount = Search.fields.count
        var numbers = [Int: Int](minimumCapacity: ids.count)
        for (number, id) in ids.enumerated() { numbers[id] = number }
        var lengths = [UInt32](repeating: 0, count: ids.count * fieldCount)
        var indexed = [Bool](repeating: false, count: ids.count)
        // per segment: its articles' starts in its count and their numbers in the corpus (nil: gone)
        var read: [(id: Int, firsts: Set<UInt32>, starts: [UInt32], numbers: [Int?])] = [], pairs = 0
        let statement = try database.prepare("SELECT id, articles, lengths, firsts, pairs FROM search_segments ORDER BY id")
        while try statement.step() {
            let articleIDs = try SearchSegments.summed(statement.bytes(1) ?? [], in: database)
            let fields = try SearchSegments.varints(statement.bytes(2) ?? [], in: database)
            guard fields.count == articleIDs.count * fieldCount, fields.allSatisfy({ $0 <= UInt64(UInt32.max) }) else {
                throw damaged(database)
            }
            var starts: [UInt32] = [0]
            for (j, _) in articleIDs.enumerated() {
                let length = fields[(j * fieldCount)..<((j + 1) * fieldCount)].reduce(0, +)
                guard let last = starts.last, length <= UInt64(UInt32.max - last) else { throw damaged(database) }
                starts.append(last + UInt32(length))
            }
            let segmentNumbers = articleIDs.map { numbers[$0] }
            for (j, number) in segmentNumbers.enumerated() {
                guard let number else { continue }
                // an article indexed twice would be found twice
                guard !indexed[number] else { throw damaged(database) }
                indexed[number] = true
                for f in 0..<fieldCount { lengths[number * fieldCount + f] = UInt32(fields[j * fieldCount + f]) }
            }
            let firsts = try SearchSegments.summed(statement.bytes(3) ?? [], in: database)
            read.append((statement.int(0), Set(firsts.map { UInt32(truncatingIfNeeded: $0) }), starts, segmentNumbers))
            pairs += statement.int(4)
        }
        guard indexed.allSatisfy({ $0 }) else { return nil }
        let fieldStarts = try StoredPostings.starts(of: lengths, in: database)
        segments = read.map { segment in
            let kept = segment.numbers.compactMap { $0 }
            return Segment(id: segment.id, firsts: segment.firsts,
                           runs: StoredPostings.runs(starts: segment.starts, numbers: segment.numbers, fieldStarts: fieldStarts),
                           inOrder: zip(kept, kept.dropFirst()).allSatisfy { $0 < $1 })
        }
        (self.fieldStarts, self.pairs) = (fieldStarts, pairs)
    }

    /// Where each field starts, given every field's length.
    private static func starts(of lengths: [UInt32], in database: SQLiteDatabase) throws -> [UInt32] {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(lengths.count + 1)
        for length in lengths {
            let (end, overflow) = (starts.last ?? 0).addingReportingOverflow(length)
            guard !overflow else { throw StoreError("\(database.path): too large to search (over 4 billion characters)") }
            starts.append(end)
        }
        return starts
    }

    /// What moves a segment's positions to the corpus's count, given where its articles start
    /// in its count and their numbers in the corpus (nil: gone). An article's fields follow one
    /// another in both counts, so one shift moves all of them, and articles that follow one
    /// another in both share it.
    private static func runs(starts: [UInt32], numbers: [Int?], fieldStarts: [UInt32]) -> [Run] {
        var runs: [Run] = []
        for (j, number) in numbers.enumerated() {
            let shift = number.map { Int64(fieldStarts[$0 * Search.fields.count]) - Int64(starts[j]) }
            if let last = runs.last, last.shift == shift { runs.removeLast() }
            runs.append(Run(end: starts[j + 1], shift: shift))
        }
        return runs
    }

    var bytes: Int { fieldStarts.count * 4 + segments.reduce(0) { $0 + $1.runs.count * 16 + $1.firsts.count * 8 } }

    /// The query found in each segment on its own (a match never crosses a field, so never a
    /// segment), then merged. A segment moved whole is decoded into the corpus's count at
    /// once; in another, only the matches are moved.
    func positions(of query: [UInt32]) throws -> [UInt32] {
        // every character but the last starts a pair of any match: a segment without one has none
        let needed = Set(query.count == 1 ? query : query.dropLast())
        let lists = try database.serialized {
            try database.readingBlobs(of: "search_pairs", "pairs") { reader in
                try segments.filter { needed.isSubset(of: $0.firsts) }.map { segment in
                    var found = try PairSearch.positions(of: query, pair: { try pair($0, $1, in: segment, reader) },
                                                         startingWith: { StoredPostings.merged(try pairs(startingWith: $0, in: segment, reader)) })
                    if segment.wholeShift == nil {
                        translate(&found, of: segment)
                        if !segment.inOrder { found.sort() }
                    }
                    return found
                }
            }
        }
        return StoredPostings.merged(lists)
    }

    /// The directory of a segment's row for a first character (`PairRows`).
    private func directory(_ reader: BlobReader, _ row: Int64) throws -> [UInt8] {
        let header = try reader.read(row: row, 0..<4)
        guard let count = header.withUnsafeBytes(PairRows.count) else { throw damaged(database) }
        return try reader.read(row: row, 0..<PairRows.directorySize(count: count))
    }

    /// A pair's positions in a segment (`decoded`).
    private func pair(_ first: UInt32, _ second: UInt32, in segment: Segment, _ reader: BlobReader) throws -> [UInt32] {
        guard segment.firsts.contains(first) else { return [] }
        let row = SearchSegments.row(segment: segment.id, first: first)
        guard let range = try directory(reader, row).withUnsafeBytes({ PairRows.postings(of: second, in: $0) }) else { return [] }
        return try decoded(try reader.read(row: row, range), in: segment)
    }

    /// The positions of every pair that starts with `first` in a segment (`decoded`): a list for each.
    private func pairs(startingWith first: UInt32, in segment: Segment, _ reader: BlobReader) throws -> [[UInt32]] {
        let row = SearchSegments.row(segment: segment.id, first: first)
        let directory = try directory(reader, row)
        guard let range = directory.withUnsafeBytes(PairRows.allPostings) else { throw damaged(database) }
        let postings = try reader.read(row: row, range)
        // each pair's postings apart: their deltas start again from 0
        return try directory.withUnsafeBytes { directory in
            guard let count = PairRows.count(directory) else { throw damaged(database) }
            var lists: [[UInt32]] = [], start = 0
            for i in 0..<count {
                let end = Int(UInt32(littleEndian: directory.loadUnaligned(fromByteOffset: 4 + 4 * (count + i), as: UInt32.self)))
                guard start <= end, end <= postings.count else { throw damaged(database) }
                lists.append(try decoded(Array(postings[start..<end]), in: segment))
                start = end
            }
            return lists
        }
    }

    /// Postings of a segment decoded, in order: in the corpus's count when the segment moves
    /// whole, else in its own.
    private func decoded(_ bytes: [UInt8], in segment: Segment) throws -> [UInt32] {
        // a segment moved whole is decoded from its shift, and needs no pass of its own
        let base = segment.wholeShift.map { UInt32(truncatingIfNeeded: $0) } ?? 0
        guard let positions = bytes.withUnsafeBufferPointer({ PairRows.decode($0, from: base) }) else { throw damaged(database) }
        guard let last = positions.last else { return [] }
        guard Int64(last) - Int64(base) < Int64(segment.end) else { throw damaged(database) }
        return positions
    }

    /// Moves positions (in order, below the segment's end) from a segment's count to the
    /// corpus's, leaving out those of articles no longer stored.
    private func translate(_ positions: inout [UInt32], of segment: Segment) {
        // in place: a position kept is written over one already read
        let kept = segment.runs.withUnsafeBufferPointer { runs in
            positions.withUnsafeMutableBufferPointer { positions in
                // the run's end and shift in locals, looked up again only when a position passes the end
                var run = 0, kept = 0, end = runs[0].end, shift = runs[0].shift
                for position in positions {
                    if position >= end {
                        repeat { run += 1 } while runs[run].end <= position
                        (end, shift) = (runs[run].end, runs[run].shift)
                    }
                    guard let shift else { continue }
                    positions[kept] = UInt32(truncatingIfNeeded: Int64(position) + shift)
                    kept += 1
                }
                return kept
            }
        }
        positions.removeLast(positions.count - kept)
    }

    /// Lists in order merged into one. Lists that follow one another (the segments of a full
    /// build) are joined, and the runs so made merged: after a rebuild, the segment it wrote
    /// is merged once into the rest.
    static func merged(_ lists: [[UInt32]]) -> [UInt32] {
        var chains: [[[UInt32]]] = []
        for list in lists.filter({ !$0.isEmpty }).sorted(by: { ($0.first ?? 0) < ($1.first ?? 0) }) {
            if let i = chains.firstIndex(where: { ($0.last?.last ?? 0) < (list.first ?? 0) }) { chains[i].append(list) } else { chains.append([list]) }
        }
        var runs = chains.map { chain in
            guard chain.count > 1 else { return chain.first ?? [] }
            var run: [UInt32] = []
            run.reserveCapacity(chain.reduce(0) { $0 + $1.count })
            for list in chain { run += list }
            return run
        }
        runs.sort { $0.count > $1.count }
        return runs.dropFirst().reduce(runs.first ?? []) { merge($1, into: $0) }
    }

    /// `few` merged into `many` (both in order): the stretches of `many` between them are
    /// copied whole, found by galloping.
    private static func merge(_ few: [UInt32], into many: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(many.count + few.count)
        var i = 0
        for value in few {
            // the first of many[i...] past value: gallop, then halve
            var low = i, step = 1
            while low + step < many.count, many[low + step] <= value { low += step; step *= 2 }
            var high = min(low + step, many.count)
            if low < many.count, many[low] <= value { low += 1 } else { high = low }
            while low < high {
                let middle = (low + high) / 2
                if many[middle] <= value { low = middle + 1 } else { high = middle }
            }
            out += many[i..<low]
            out.append(value)
            i = low
        }
        out += many[i...]
        return out
    }
}

/// What reading an index another tool changed or a disk cut gives.
private func damaged(_ database: SQLiteDatabase) -> StoreError {
    StoreError("\(database.path): the search index is damaged; build the store again")
}
