import Articles
import Text

/// Terms asked for together: every `all` term, at least one `any` term (when there are any),
/// and no `none` term, in the same sentence, paragraph or article, or with their starts at
/// most N characters apart.
public struct CompoundQuery {
    public enum Unit: Equatable {
        case sentence, paragraph, article
        case characters(Int)
    }

    public var all: [String]
    public var any: [String]
    public var none: [String]
    public var within: Unit

    public init(all: [String], any: [String], none: [String], within: Unit) {
        (self.all, self.any, self.none, self.within) = (all, any, none, within)
    }
}

/// One place that answers a compound query: the span from its first matched term to the end
/// of its last, and each matched term where it stands. Kept as character ranges: a hit's text
/// and byte offsets are made when it is read (a common pair of terms can answer in tens of
/// thousands of places).
public struct CompoundHit {
    let article: Article
    let field: String
    let spanCharacters: Range<Int>
    let termCharacters: [(term: String, characters: Range<Int>)]

    public var span: Hit { hits([spanCharacters])[0] }
    public var terms: [(term: String, hit: Hit)] {
        zip(termCharacters.map(\.term), hits(termCharacters.map(\.characters))).map { ($0, $1) }
    }

    /// Hits for character ranges of the field, found in one walk of its text.
    private func hits(_ ranges: [Range<Int>]) -> [Hit] {
        var text = Search.fieldText(article, field)
        let wanted = Set(ranges.flatMap { [$0.lowerBound, $0.upperBound] })
        var byteOf: [Int: Int] = [:]
        text.withUTF8 { utf8 in
            var character = 0
            for (at, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                if wanted.contains(character) { byteOf[character] = at }
                character += 1
            }
            byteOf[character] = utf8.count
        }
        let utf8 = text.utf8
        return ranges.map { range in
            let (start, end) = (byteOf[range.lowerBound] ?? 0, byteOf[range.upperBound] ?? utf8.count)
            let from = utf8.index(utf8.startIndex, offsetBy: start), to = utf8.index(utf8.startIndex, offsetBy: max(start, end))
            return Hit(article: article, field: field, offset: start + 1, text: String(Substring(utf8[from..<to])))
        }
    }
}

extension Search {
    /// Every sentence (paragraph, article, window) of the fields that answers `query`. Built on
    /// the index: each term's positions are found and intersected by field first; only the
    /// fields that hold every `all` term (and an `any` term) are looked at, never the others.
    public static func find(_ query: CompoundQuery, in corpus: Corpus, fields: [String], folding: Folding) throws -> [CompoundHit] {
        let scope = try SearchScope.of(corpus, folding: folding)
        let wanted = Self.fields.map(fields.contains)
        let terms = (query.all.map { ($0, Role.all) } + query.any.map { ($0, Role.any) } + query.none.map { ($0, Role.none) })
            .map { Term(text: $0.0, role: $0.1, length: folding.fold($0.0).count) }
        let found = terms.map { term in Occurrences(of: folding.fold(term.text), in: scope, wanted: wanted) }
        let candidates = candidateFields(terms, found)
        let perField = try parallelMap(candidates) { key -> [CompoundHit] in
            let events = terms.indices.flatMap { t in found[t].offsets(in: key).map { Event(offset: $0, term: t) } }.sorted { $0.offset < $1.offset }
            let number = key / Self.fields.count
            let field = Self.fields[key % Self.fields.count]
            let units = field == "text" ? scope.index.units.starts(of: scope.articles[number], number: number) : nil
            return FieldMatches(article: scope.articles[number], field: field, terms: terms, events: events, units: units)
                .hits(within: query.within)
        }
        return perField.flatMap { $0 }
    }

    enum Role { case all, any, none }

    struct Term {
        let text: String
        let role: Role
        let length: Int  // in characters, as the index counts them
    }

    struct Event {
        let offset: Int  // character offset in the field
        let term: Int

        init(offset: Int32, term: Int) {
            self.offset = Int(offset)
            self.term = term
        }
    }

    /// A term's occurrences, in index order: field numbers (article * 4 + field) and character
    /// offsets in the field, side by side; no table per field, so a term found a million times
    /// costs two arrays.
    struct Occurrences {
        var keys: [Int32] = []
        var offsets: [Int32] = []

        init(of folded: [UInt32], in scope: SearchScope, wanted: [Bool]) {
            let index = scope.index
            index.forEachField(of: index.positions(of: folded)) { position, article, field in
                guard wanted[field], scope.members?[article] != false else { return }
                let key = article * Search.fields.count + field
                keys.append(Int32(key))
                offsets.append(Int32(position - index.fieldStarts[key]))
            }
        }

        /// The distinct fields, in order.
        var fields: [Int32] {
            var out: [Int32] = []
            for key in keys where out.last != key { out.append(key) }
            return out
        }

        /// The offsets in one field (by binary search: keys are sorted).
        func offsets(in key: Int) -> ArraySlice<Int32> {
            let key = Int32(key)
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < keys.count, keys[end] == key { end += 1 }
            return offsets[low..<end]
        }
    }

    /// The fields holding every `all` term and, when there are `any` terms, one of them; in
    /// corpus order. Sorted lists merged, not tables.
    static func candidateFields(_ terms: [Term], _ found: [Occurrences]) -> [Int] {
        var candidates: [Int32]?
        for (term, occurrences) in zip(terms, found) where term.role == .all {
            let fields = occurrences.fields
            candidates = candidates.map { intersection($0, fields) } ?? fields
        }
        if terms.contains(where: { $0.role == .any }) {
            let anyFields = Array(Set(zip(terms, found).filter { $0.0.role == .any }.flatMap { $0.1.fields })).sorted()
            candidates = candidates.map { intersection($0, anyFields) } ?? anyFields
        }
        return (candidates ?? []).map(Int.init)
    }

    /// The values in both sorted lists.
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                (i, j) = (i + 1, j + 1)
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}

/// The matched terms of one field, turned into hits unit by unit.
private struct FieldMatches {
    let article: Article
    let field: String
    let terms: [Search.Term]
    let events: [Search.Event]
    /// Where the body's sentences and paragraphs start; nil for the other fields, each one unit.
    let units: UnitStarts.Starts?

    func hits(within unit: CompoundQuery.Unit) -> [CompoundHit] {
        switch unit {
        case .characters(let n): return windows(of: n)
        case .article: return answer(events.indices).map { [$0] } ?? []
        case .sentence, .paragraph:
            let starts = (unit == .sentence ? units?.sentences : units?.paragraphs) ?? []
            var groups: [(unit: Int, events: [Int])] = []
            for i in events.indices {
                let number = UnitStarts.unit(holding: events[i].offset, starts: starts)
                if groups.last?.unit == number { groups[groups.count - 1].events.append(i) } else { groups.append((number, [i])) }
            }
            return groups.compactMap { answer($0.events) }
        }
    }

    /// The hit for a group of events, if they answer the query: every `all` term, an `any`
    /// term when there are any, no `none` term.
    private func answer(_ group: some Collection<Int>) -> CompoundHit? {
        var present = [Bool](repeating: false, count: terms.count)
        for i in group { present[events[i].term] = true }
        for (t, term) in terms.enumerated() {
            if term.role == .all && !present[t] { return nil }
            if term.role == .none && present[t] { return nil }
        }
        if terms.contains(where: { $0.role == .any }), !terms.indices.contains(where: { terms[$0].role == .any && present[$0] }) { return nil }
        let matched = group.filter { terms[events[$0].term].role != .none }
        guard let first = matched.first else { return nil }
        let ranges = matched.map { events[$0].offset..<(events[$0].offset + terms[events[$0].term].length) }
        return CompoundHit(article: article, field: field, spanCharacters: events[first].offset..<(ranges.map(\.upperBound).max() ?? 0),
                           termCharacters: zip(matched, ranges).map { (terms[events[$0].term].text, $1) })
    }

    /// Windows whose terms start at most `n` characters apart: from each event, the shortest
    /// run that answers the query; a window's events are not used again.
    private func windows(of n: Int) -> [CompoundHit] {
        var hits: [CompoundHit] = []
        var start = 0
        while start < events.count {
            var end = start
            var found: CompoundHit?
            while end < events.count, events[end].offset - events[start].offset <= n {
                if let hit = answer(start...end) {
                    found = hit
                    break
                }
                end += 1
            }
            if let found {
                hits.append(found)
                start = end + 1
            } else {
                start += 1
            }
        }
        return hits
    }
}

/// Where each article's sentences and paragraphs start, in characters of its text (as the
/// index counts them), made the first time a compound search needs the article and kept with
/// the index: later queries find a term's sentence by binary search, without reading the text.
/// Each slot is written by one thread only (an article's body is one field, one task).
final class UnitStarts: @unchecked Sendable {
    struct Starts {
        let sentences: [Int32]
        let paragraphs: [Int32]
    }

    private let slots: UnsafeMutableBufferPointer<Starts?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()  // so the arrays' storage is released with the buffer
        slots.deallocate()
    }

    func starts(of article: Article, number: Int) -> Starts {
        if let known = slots[number] { return known }
        let made = UnitStarts.measure(article)
        slots[number] = made
        return made
    }

    /// One walk of the body: the character where each sentence (byte offsets in a.sentences)
    /// and each paragraph begins.
    static func measure(_ article: Article) -> Starts {
        var text = article.text
        let sentenceBytes = article.sentences.map { $0.offset - 1 }
        var sentences: [Int32] = [], paragraphs: [Int32] = [0]
        text.withUTF8 { utf8 in
            var character: Int32 = 0, next = 0
            for (at, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                while next < sentenceBytes.count, sentenceBytes[next] <= at {
                    sentences.append(character)
                    next += 1
                }
                if byte == 0x0A { paragraphs.append(character + 1) }
                character += 1
            }
        }
        return Starts(sentences: sentences, paragraphs: paragraphs)
    }

    /// The number of the unit holding `offset`: how many units start at or before it.
    static func unit(holding offset: Int, starts: [Int32]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
