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
    public let article: Article
    public let field: String
    let spanCharacters: Range<Int>
    let termCharacters: [(term: String, characters: Range<Int>)]

    public var span: Hit { Search.hit(in: article, field: field, characters: spanCharacters) }
    public var terms: [(term: String, hit: Hit)] {
        termCharacters.map { ($0.term, Search.hit(in: article, field: field, characters: $0.characters)) }
    }
}

/// The answers of a compound query, in flat arrays (no object per answer: a common pair of
/// terms answers tens of thousands of times, and most uses read the count or a first screen).
public struct CompoundMatches {
    let scope: SearchScope
    let terms: [String]
    /// Per answer: its field (article * 4 + field), the span's characters, where its terms end
    /// in the term arrays (they start where the previous answer's end).
    var fieldKeys: [Int32] = []
    var spanStarts: [Int32] = [], spanEnds: [Int32] = []
    var termsEnd: [Int32] = []
    /// Per matched term occurrence: which term, and its characters.
    var termNumbers: [UInt8] = []
    var termStarts: [Int32] = [], termEnds: [Int32] = []

    public var count: Int { fieldKeys.count }

    /// Answer i (0-based), made now.
    public func hit(_ i: Int) -> CompoundHit {
        let key = Int(fieldKeys[i])
        let first = i == 0 ? 0 : Int(termsEnd[i - 1])
        return CompoundHit(article: scope.articles[key / Search.fields.count], field: Search.fields[key % Search.fields.count],
                           spanCharacters: Int(spanStarts[i])..<Int(spanEnds[i]),
                           termCharacters: (first..<Int(termsEnd[i])).map { (terms[Int(termNumbers[$0])], Int(termStarts[$0])..<Int(termEnds[$0])) })
    }

    /// A matched term of the answer being made; appendAnswer closes it.
    mutating func appendTerm(_ number: Int, _ characters: Range<Int32>) {
        termNumbers.append(UInt8(number))
        termStarts.append(characters.lowerBound)
        termEnds.append(characters.upperBound)
    }

    mutating func appendAnswer(key: Int, span: Range<Int32>) {
        fieldKeys.append(Int32(key))
        spanStarts.append(span.lowerBound)
        spanEnds.append(span.upperBound)
        termsEnd.append(Int32(termNumbers.count))
    }

    mutating func append(_ other: CompoundMatches) {
        let shift = Int32(termNumbers.count)
        fieldKeys += other.fieldKeys
        spanStarts += other.spanStarts
        spanEnds += other.spanEnds
        termsEnd += other.termsEnd.map { $0 + shift }
        termNumbers += other.termNumbers
        termStarts += other.termStarts
        termEnds += other.termEnds
    }
}

extension Search {
    /// Every sentence (paragraph, article, window) of the fields that answers `query`. Built on
    /// the index: each term's positions are found and intersected by field first; only the
    /// fields that hold every `all` term (and an `any` term) are looked at, never the others.
    public static func find(_ query: CompoundQuery, in corpus: Corpus, fields: [String], folding: Folding) throws -> CompoundMatches {
        let scope = try SearchScope.of(corpus, folding: folding)
        let wanted = Self.fields.map(fields.contains)
        let terms = (query.all.map { ($0, Role.all) } + query.any.map { ($0, Role.any) } + query.none.map { ($0, Role.none) })
            .map { Term(text: $0.0, role: $0.1, length: Int32(folding.fold($0.0).count)) }
        guard terms.count <= 64 else { throw SearchError(description: "a query takes at most 64 terms, got \(terms.count)") }
        let found = try terms.map { term in try Occurrences(of: folding.fold(term.text), in: scope, wanted: wanted) }
        let candidates = candidateFields(terms, found)
        let empty = CompoundMatches(scope: scope, terms: terms.map(\.text))
        // in chunks, each answered into one set of arrays, so that no answer is an allocation
        let chunk = max(1, candidates.count / 64)
        let perChunk = try parallelMap(Array(stride(from: 0, to: candidates.count, by: chunk))) { start -> CompoundMatches in
            var matches = empty
            var events: [Event] = []  // one buffer for the chunk's fields
            for key in candidates[start..<min(candidates.count, start + chunk)] {
                try Cancellation.check()
                events.removeAll(keepingCapacity: true)
                for t in terms.indices { for offset in found[t].offsets(in: key) { events.append(Event(offset: offset, term: t)) } }
                events.sort { $0.offset < $1.offset }
                let number = key / Self.fields.count, field = key % Self.fields.count
                let units = Self.fields[field] == "text" ? scope.index.units.starts(of: scope.articles[number], number: number) : nil
                FieldMatches(key: key, terms: terms, events: events, units: units).answers(within: query.within, into: &matches)
            }
            return matches
        }
        return perChunk.reduce(into: empty) { $0.append($1) }
    }

    enum Role { case all, any, none }

    struct Term {
        let text: String
        let role: Role
        let length: Int32  // in characters, as the index counts them
    }

    struct Event {
        let offset: Int32  // character offset in the field
        let term: Int
    }

    /// A term's occurrences, in index order: field numbers (article * 4 + field) and character
    /// offsets in the field, side by side; no table per field, so a term found a million times
    /// costs two arrays.
    struct Occurrences {
        var keys: [Int32] = []
        var offsets: [Int32] = []

        init(of folded: [UInt32], in scope: SearchScope, wanted: [Bool]) throws {
            let index = scope.index
            index.forEachField(of: try index.positions(of: folded)) { position, article, field in
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

/// The matched terms of one field, turned into answers unit by unit.
private struct FieldMatches {
    let key: Int
    let terms: [Search.Term]
    let events: [Search.Event]
    /// Where the body's sentences and paragraphs start; nil for the other fields, each one unit.
    let units: UnitStarts.Starts?

    func answers(within unit: CompoundQuery.Unit, into matches: inout CompoundMatches) {
        switch unit {
        case .characters(let n): windows(of: n, into: &matches)
        case .article: _ = answer(events.indices, into: &matches)
        case .sentence, .paragraph:
            let starts = (unit == .sentence ? units?.sentences : units?.paragraphs) ?? []
            var start = 0
            while start < events.count {
                let number = UnitStarts.unit(holding: events[start].offset, starts: starts)
                var end = start + 1
                while end < events.count, UnitStarts.unit(holding: events[end].offset, starts: starts) == number { end += 1 }
                _ = answer(start..<end, into: &matches)
                start = end
            }
        }
    }

    /// Adds the answer of a run of events if they answer the query: every `all` term, an `any`
    /// term when there are any, no `none` term. Whether they did.
    private func answer(_ run: Range<Int>, into matches: inout CompoundMatches) -> Bool {
        var present: UInt64 = 0  // a bit per term (at most 64)
        for i in run { present |= 1 << UInt64(events[i].term) }
        var needsAny = false, hasAny = false
        for (t, term) in terms.enumerated() {
            let here = present & (1 << UInt64(t)) != 0
            switch term.role {
            case .all: if !here { return false }
            case .none: if here { return false }
            case .any:
                needsAny = true
                hasAny = hasAny || here
            }
        }
        if needsAny && !hasAny { return false }
        var span: Range<Int32>?
        for i in run where terms[events[i].term].role != .none {
            let event = events[i]
            let end = event.offset + terms[event.term].length
            matches.appendTerm(event.term, event.offset..<end)
            span = span.map { $0.lowerBound..<max($0.upperBound, end) } ?? event.offset..<end
        }
        guard let span else { return false }  // never: an all or any term is present
        matches.appendAnswer(key: key, span: span)
        return true
    }

    /// Windows whose terms start at most `n` characters apart: from each event, the shortest
    /// run that answers the query; a window's events are not used again.
    private func windows(of n: Int, into matches: inout CompoundMatches) {
        var start = 0
        while start < events.count {
            var end = start
            var answered = false
            while end < events.count, Int(events[end].offset - events[start].offset) <= n {
                if answer(start..<(end + 1), into: &matches) {
                    answered = true
                    break
                }
                end += 1
            }
            start = answered ? end + 1 : start + 1
        }
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
    static func unit(holding offset: Int32, starts: [Int32]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
