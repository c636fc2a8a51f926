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
/// of its last, and each matched term where it stands. Kept as byte ranges: the hits' text is
/// made when they are read (a common pair of terms can answer in tens of thousands of places).
public struct CompoundHit {
    let article: Article
    let field: String
    let spanBytes: Range<Int>
    let termBytes: [(term: String, bytes: Range<Int>)]

    public var span: Hit { hit(spanBytes) }
    public var terms: [(term: String, hit: Hit)] { termBytes.map { ($0.term, hit($0.bytes)) } }

    private func hit(_ bytes: Range<Int>) -> Hit {
        let utf8 = Search.fieldText(article, field).utf8
        let from = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound), to = utf8.index(from, offsetBy: bytes.count)
        return Hit(article: article, field: field, offset: bytes.lowerBound + 1, text: String(Substring(utf8[from..<to])))
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
        let found = terms.map { term in occurrences(of: folding.fold(term.text), in: scope, wanted: wanted) }
        let candidates = candidateFields(terms, found)
        let perField = try parallelMap(candidates) { key -> [CompoundHit] in
            let events = terms.indices.flatMap { t in (found[t][key] ?? []).map { Event(offset: $0, term: t) } }.sorted { $0.offset < $1.offset }
            let article = scope.articles[key / Self.fields.count]
            let field = Self.fields[key % Self.fields.count]
            return FieldMatches(article: article, field: field, terms: terms, events: events).hits(within: query.within)
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
    }

    /// A term's occurrences by field (article * 4 + field), as character offsets in the field.
    static func occurrences(of folded: [UInt32], in scope: SearchScope, wanted: [Bool]) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        let index = scope.index
        index.forEachField(of: index.positions(of: folded)) { position, article, field in
            guard wanted[field], scope.members?[article] != false else { return }
            let key = article * Self.fields.count + field
            out[key, default: []].append(Int(position - index.fieldStarts[key]))
        }
        return out
    }

    /// The fields holding every `all` term and, when there are `any` terms, one of them; in
    /// corpus order.
    static func candidateFields(_ terms: [Term], _ found: [[Int: [Int]]]) -> [Int] {
        var candidates: Set<Int>?
        for (term, occurrences) in zip(terms, found) where term.role == .all {
            let keys = Set(occurrences.keys)
            candidates = candidates.map { $0.intersection(keys) } ?? keys
        }
        let anyKeys = zip(terms, found).filter { $0.0.role == .any }.reduce(into: Set<Int>()) { $0.formUnion($1.1.keys) }
        if terms.contains(where: { $0.role == .any }) {
            candidates = candidates.map { $0.intersection(anyKeys) } ?? anyKeys
        }
        return (candidates ?? []).sorted()
    }
}

/// The matched terms of one field, turned into hits unit by unit.
private struct FieldMatches {
    let article: Article
    let field: String
    let terms: [Search.Term]
    let events: [Search.Event]

    func hits(within unit: CompoundQuery.Unit) -> [CompoundHit] {
        let located = Located(article: article, field: field, events: events, terms: terms)
        switch unit {
        case .characters(let n): return windows(of: n, located)
        case .article: return answer(events.indices, located).map { [$0] } ?? []
        case .sentence, .paragraph:
            var groups: [(unit: Int, events: [Int])] = []
            for i in events.indices {
                let number = unit == .sentence ? located.sentence(of: i) : located.paragraph(of: i)
                if groups.last?.unit == number { groups[groups.count - 1].events.append(i) } else { groups.append((number, [i])) }
            }
            return groups.compactMap { answer($0.events, located) }
        }
    }

    /// The hit for a group of events, if they answer the query: every `all` term, an `any`
    /// term when there are any, no `none` term.
    private func answer(_ group: some Collection<Int>, _ located: Located) -> CompoundHit? {
        let present = Set(group.map { events[$0].term })
        for (t, term) in terms.enumerated() {
            if term.role == .all && !present.contains(t) { return nil }
            if term.role == .none && present.contains(t) { return nil }
        }
        if terms.contains(where: { $0.role == .any }), !present.contains(where: { terms[$0].role == .any }) { return nil }
        let matched = group.filter { terms[events[$0].term].role != .none }
        return located.hit(spanning: matched)
    }

    /// Windows whose terms start at most `n` characters apart: from each event, the shortest
    /// run that answers the query; a window's events are not used again.
    private func windows(of n: Int, _ located: Located) -> [CompoundHit] {
        var hits: [CompoundHit] = []
        var start = 0
        while start < events.count {
            var end = start
            var found: CompoundHit?
            while end < events.count, events[end].offset - events[start].offset <= n {
                if let hit = answer(start...end, located) {
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

/// Byte offsets, sentences and paragraphs of a field's events, found in one walk of its text
/// up to the last event.
private struct Located {
    let article: Article
    let field: String
    let terms: [Search.Term]
    let events: [Search.Event]
    /// Per event: its first byte and the byte after it.
    let bytes: [(start: Int, end: Int)]
    /// Per event: the paragraph it is in (1-based; 1 outside the text field).
    let paragraphs: [Int]

    init(article: Article, field: String, events: [Search.Event], terms: [Search.Term]) {
        self.article = article
        self.field = field
        self.events = events
        self.terms = terms
        // every character offset wanted (each event's start and end) with its slot, in order
        let wanted = events.enumerated().flatMap { i, event in
            [(character: event.offset, slot: 2 * i), (character: event.offset + terms[event.term].length, slot: 2 * i + 1)]
        }.sorted { $0.character < $1.character }
        var byteAt = [Int](repeating: 0, count: wanted.count), paragraphAt = [Int](repeating: 1, count: wanted.count)
        var text = Search.fieldText(article, field)
        text.withUTF8 { utf8 in
            var character = 0, paragraph = 1, next = 0, at = 0
            while next < wanted.count {
                while next < wanted.count, wanted[next].character <= character {
                    (byteAt[wanted[next].slot], paragraphAt[wanted[next].slot]) = (at, paragraph)
                    next += 1
                }
                guard at < utf8.count else { break }
                if utf8[at] == 0x0A { paragraph += 1 }
                at += 1
                while at < utf8.count, utf8[at] & 0xC0 == 0x80 { at += 1 }  // to the next character
                character += 1
            }
            for slot in wanted[next...].map(\.slot) { (byteAt[slot], paragraphAt[slot]) = (utf8.count, paragraph) }
        }
        bytes = events.indices.map { (byteAt[2 * $0], byteAt[2 * $0 + 1]) }
        paragraphs = events.indices.map { paragraphAt[2 * $0] }
    }

    func sentence(of event: Int) -> Int { field == "text" ? article.sentenceNumber(at: bytes[event].start + 1) : 1 }

    func paragraph(of event: Int) -> Int { field == "text" ? paragraphs[event] : 1 }

    func hit(spanning group: [Int]) -> CompoundHit? {
        guard let first = group.first, let last = group.max(by: { bytes[$0].end < bytes[$1].end }) else { return nil }
        return CompoundHit(article: article, field: field, spanBytes: bytes[first].start..<bytes[last].end,
                           termBytes: group.map { (terms[events[$0].term].text, bytes[$0].start..<bytes[$0].end) })
    }
}
