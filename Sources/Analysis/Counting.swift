import Articles
import Foundation
import Text

/// A word and how often it occurs: in all, and in how many articles.
public struct WordFrequency: Equatable, Sendable {
    public let key: String
    public let count: Int
    public let articles: Int
}

/// A run of n words and how often it occurs.
public struct WordNGram: Equatable, Sendable {
    public let words: [String]
    public let count: Int
}

/// The n-grams of a corpus, most frequent first, each made when it is read.
public struct NGramTable: RandomAccessCollection {
    let n: Int
    let shown: [String]
    /// The n-grams' word ids one after another, n each, and their counts.
    let ids: [Int32]
    let counts: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { counts.count }

    public subscript(i: Int) -> WordNGram {
        WordNGram(words: ids[(i * n)..<(i * n + n)].map { shown[Int($0)] }, count: counts[i])
    }
}

/// A word found near a term more often than elsewhere, with Dunning's log-likelihood G².
public struct Collocate: Equatable, Sendable {
    public let key: String
    public let together: Int
    public let count: Int
    public let score: Double
}

/// Word counts over a corpus. Each article is segmented once (the words are kept with it),
/// the articles are shared out among the cores, and each worker counts into its own
/// vocabulary; the workers' counts are then added up. A word's forms in both scripts, full
/// and half width, upper and lower case count as one, shown in the form it most often takes.
public enum Counting {
    /// The stop words left out of counts unless kept (both scripts; compared folded).
    public static var stopWords: Set<String> { Tokens.stopWords }

    /// Word frequencies, largest first (ties by key); stop words left out unless kept.
    public static func words(in articles: [Article], keepStopWords: Bool) throws -> [WordFrequency] {
        let total = try tally(articles) { _, _, _ in }
        let shown = total.vocabulary.shownForms()
        let stop = keepStopWords ? [] : stopIDs(total.vocabulary)
        let words = total.vocabulary.words
        return rank(shown.indices.filter { !stop.contains(Int32($0)) }, counts: words.map(\.count), keys: shown)
            .map { WordFrequency(key: shown[$0], count: words[$0].count, articles: words[$0].articles) }
    }

    /// The indices, largest count first, ties in the order of their keys' UTF-8 bytes. Keys are
    /// compared by their first eight bytes as one integer, and whole only when those are equal:
    /// most words are two or three characters, six or nine bytes.
    static func rank(_ indices: [Int], counts: [Int], keys: [String]) -> [Int] {
        func prefix(_ key: String) -> UInt64 {
            var value: UInt64 = 0, taken = 0
            for byte in key.utf8.prefix(8) {
                value = value << 8 | UInt64(byte)
                taken += 1
            }
            return taken == 0 ? 0 : value << (8 * UInt64(8 - taken))  // zeros after a short key: it sorts first
        }
        var entries = indices.map { (count: counts[$0], prefix: prefix(keys[$0]), index: $0) }
        entries.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            return precedes(keys[a.index], keys[b.index])
        }
        return entries.map(\.index)
    }

    /// Runs of n words, never across punctuation or web leftovers, most frequent first (ties
    /// in the order their words were first counted); runs made only of stop words are left out
    /// unless kept. A corpus of varied text has millions: each is made when it is read.
    public static func ngrams(_ n: Int, in articles: [Article], keepStopWords: Bool) throws -> NGramTable {
        precondition(n >= 1, "n-grams need n >= 1")
        // Each share counts its words and keeps their ids; once the vocabularies are one, each
        // share counts its n-grams (in global ids) into tables split by key, and each split is
        // added up on its own core: no single thread merges millions of keys.
        var streams: [[Int32]] = []
        let vocabulary = try mergedVocabulary(articles, keepingIDs: &streams)
        let partitions = 16
        let counted = try parallelMap(Array(streams.indices)) { share in
            NGramCounts.split(streams[share], n: n, into: partitions)
        }
        let stop = keepStopWords ? [] : stopIDs(vocabulary)
        let ranked = try parallelMap(Array(0..<partitions)) { part -> (ids: [Int32], counts: [Int]) in
            var total = NGramCounts(n: n)
            for tables in counted { total.merge(tables[part]) }
            return total.ranked(stopWords: stop)
        }
        let (ids, counts) = NGramCounts.interleave(ranked, n: n)
        return NGramTable(n: n, shown: vocabulary.shownForms(), ids: ids, counts: counts)
    }

    /// Words within `window` words of `term` (either script), ranked by G² over the 2×2 table
    /// (near the term or not, this word or another), kept where the word is more frequent
    /// near the term than elsewhere; stop words left out.
    public static func collocates(of term: String, window: Int, in articles: [Article]) throws -> [Collocate] {
        let target = Folding.shared.fold(term)
        let total = try tally(articles) { partial, ids, _ in partial.countCollocates(of: target, window: window, in: ids) }
        guard let near = total.near else { return [] }
        let shown = total.vocabulary.shownForms()
        let stop = stopIDs(total.vocabulary)
        let n = Double(near.insideTotal + near.outsideTotal)
        var out: [Collocate] = []
        for (id, a) in near.inside where !stop.contains(id) {
            let c = near.outside[id] ?? 0
            let b = near.insideTotal - a, d = near.outsideTotal - c
            guard Double(a) / Double(a + b) > Double(c) / Double(max(c + d, 1)) else { continue }
            func term(_ observed: Int, _ row: Int, _ column: Int) -> Double {
                observed == 0 ? 0 : Double(observed) * log(Double(observed) / (Double(row) * Double(column) / n))
            }
            let g2 = 2 * (term(a, a + b, a + c) + term(b, a + b, b + d) + term(c, c + d, a + c) + term(d, c + d, b + d))
            out.append(Collocate(key: shown[Int(id)], together: a, count: a + c, score: g2))
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
    }

    /// Ties in order of their UTF-8 bytes: the order of their code points, as `<` gives for
    /// normalised text, without its Unicode-aware comparison (a tenth of c:freq's time on a
    /// corpus of 300,000 distinct words), and by memcmp over the strings' own bytes (comparing
    /// through `utf8` views took a twentieth).
    static func precedes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)  // withUTF8 is mutating: it makes a bridged string native first
        return a.withUTF8 { x in b.withUTF8 { y in
            guard let p = x.baseAddress, let q = y.baseAddress else { return x.count < y.count }  // one is empty
            let order = memcmp(p, q, min(x.count, y.count))
            return order != 0 ? order < 0 : x.count < y.count
        } }
    }

    static func stopIDs(_ vocabulary: Vocabulary) -> Set<Int32> {
        Set(Tokens.foldedStopWords.compactMap { vocabulary.id(of: $0.unicodeScalars.map(\.value)) })
    }

    /// Counts every article's words, on every core, calling `more` with each article's word
    /// ids (-1 where a run breaks: punctuation, symbols, web leftovers) for extra counts.
    static func tally(_ articles: [Article], _ more: @escaping (inout Partial, [Int32], Int) -> Void) throws -> Partial {
        try merged(try shares(articles, more))
    }

    /// The shares merged in pairs, each round's pairs on their own cores (a single thread
    /// merging them one after another was a fifth of c:freq's time on varied text). Ids come
    /// out as merging left to right gives them: each share's new words after those of the
    /// shares before it.
    static func merged(_ shares: [Partial]) throws -> Partial {
        var round = shares
        while round.count > 1 {
            let pairs = round
            round = try parallelMap(Array(stride(from: 0, to: pairs.count, by: 2))) { i in
                var left = pairs[i]
                if i + 1 < pairs.count { left.merge(pairs[i + 1]) }
                return left
            }
        }
        return round.first ?? Partial()
    }

    /// The words of every article, in one vocabulary; `streams` gets each share's word ids in
    /// that vocabulary, articles and runs separated by -1.
    static func mergedVocabulary(_ articles: [Article], keepingIDs streams: inout [[Int32]]) throws -> Vocabulary {
        let total = try tally(articles) { partial, ids, _ in
            partial.streams[0].append(contentsOf: ids)
            partial.streams[0].append(-1)
        }
        streams = total.streams
        return total.vocabulary
    }

    /// Each share of the articles counted on its own core.
    static func shares(_ articles: [Article], _ more: @escaping (inout Partial, [Int32], Int) -> Void) throws -> [Partial] {
        // A fixed number of shares, whatever the machine: each makes its own vocabulary, so
        // more shares cost more merging, and ties keep one order everywhere.
        let count = max(1, min(articles.count, 4))
        return try parallelMap(Array(0..<count)) { share in
            var partial = Partial()
            for index in stride(from: share, to: articles.count, by: count) {
                try Cancellation.check()
                let ids = try partial.count(articles[index], index: index)
                more(&partial, ids, index)
            }
            return partial
        }
    }
}

/// What one worker counted.
struct Partial {
    var vocabulary = Vocabulary()
    var near: Nearness?
    /// Word ids in this vocabulary, -1 between runs, when kept (see `mergedVocabulary`): one
    /// list for each share merged into this one, in share order.
    var streams: [[Int32]] = [[]]

    /// Counts an article's words; returns their ids, -1 where a run breaks. One pass over the
    /// words, each read in place: slicing arrays for each word cost a retain and a release of
    /// their storage each, a fifth of counting.
    mutating func count(_ article: Article, index: Int) throws -> [Int32] {
        let words = try article.words()
        let leftovers = Tokens.webLeftovers(words.scalars)
        var ids: [Int32] = []
        ids.reserveCapacity(words.ends.count)
        words.scalars.withUnsafeBufferPointer { text in
            var start = 0, leftover = 0
            for end in words.ends {
                let range = start..<max(start, min(Int(end), text.count))  // ends rise; kept inside the text
                start = range.upperBound
                while leftover < leftovers.count, leftovers[leftover].upperBound <= range.lowerBound { leftover += 1 }
                let inLeftover = leftover < leftovers.count && leftovers[leftover].overlaps(range)
                let word = UnsafeBufferPointer(rebasing: text[range])
                ids.append(inLeftover || !Tokens.counts(word) ? -1 : vocabulary.add(written: word, article: index))
            }
        }
        return ids
    }

    /// Each counted word is either within `window` words of the term (the term left out) or
    /// not: counted once, so the cells partition the corpus. Breaks are left out of distances.
    mutating func countCollocates(of target: [UInt32], window: Int, in ids: [Int32]) {
        var nearness = near ?? Nearness()
        defer { near = nearness }
        let words = ids.filter { $0 >= 0 }
        let targetID = vocabulary.id(of: target)
        var covered = [Bool](repeating: false, count: words.count)
        for (i, id) in words.enumerated() where id == targetID {
            for j in max(0, i - window)...min(words.count - 1, i + window) { covered[j] = true }
        }
        for (j, id) in words.enumerated() where id != targetID {
            if covered[j] {
                nearness.insideTotal += 1
                nearness.inside[id, default: 0] += 1
            } else {
                nearness.outsideTotal += 1
                nearness.outside[id, default: 0] += 1
            }
        }
    }

    mutating func merge(_ other: Partial) {
        let mapping = vocabulary.merge(other.vocabulary)
        streams += other.streams.map { $0.map { $0 < 0 ? -1 : mapping[Int($0)] } }
        if let theirs = other.near {
            var mine = near ?? Nearness()
            mine.insideTotal += theirs.insideTotal
            mine.outsideTotal += theirs.outsideTotal
            for (id, n) in theirs.inside { mine.inside[mapping[Int(id)], default: 0] += n }
            for (id, n) in theirs.outside { mine.outside[mapping[Int(id)], default: 0] += n }
            near = mine
        }
    }
}

/// Counts for collocates: each word's occurrences near the term and elsewhere.
struct Nearness {
    var inside: [Int32: Int] = [:]
    var outside: [Int32: Int] = [:]
    var insideTotal = 0
    var outsideTotal = 0
}

/// How often each run of n word ids occurs. Up to three ids are packed into one integer, in
/// fixed widths so that integer order is the ids' order (n = 3 needs ids under 2^21); longer
/// runs, or a vocabulary too large to pack, are keyed by the ids themselves.
struct NGramCounts {
    let n: Int
    private var packed = CountTable()
    private var long: [[Int32]: Int] = [:]

    init(n: Int) { self.n = n }

    private var width: UInt64 { n <= 2 ? 32 : 21 }

    private func pack(_ ids: ArraySlice<Int32>) -> UInt64? {
        guard n <= 3 else { return nil }
        var key: UInt64 = 0
        for id in ids {
            guard n < 3 || id < 1 << 21 else { return nil }
            key = key << width | UInt64(UInt32(bitPattern: id))
        }
        return key
    }

    private func unpack(_ key: UInt64) -> [Int32] {
        let mask: UInt64 = (1 << width) - 1
        return (0..<n).reversed().map { Int32(truncatingIfNeeded: (key >> (width * UInt64($0))) & mask) }
    }

    mutating func add(_ ids: ArraySlice<Int32>, count: Int = 1) {
        if let key = pack(ids) { packed.add(key, count) } else { long[Array(ids), default: 0] += count }
    }

    /// Adds another table's counts (same vocabulary).
    mutating func merge(_ other: NGramCounts) {
        packed.reserveCapacity(packed.count + other.packed.count)
        for (key, count) in other.packed.entries { packed.add(key, count) }
        for (ids, count) in other.long { long[ids, default: 0] += count }
    }

    /// The n-grams of a stream of word ids (-1 between runs: no n-gram crosses one), in
    /// `partitions` tables split by a hash of the ids, so each split can be added up apart.
    static func split(_ stream: [Int32], n: Int, into partitions: Int) -> [NGramCounts] {
        var tables = (0..<partitions).map { _ in NGramCounts(n: n) }
        var runStart = 0
        for (i, id) in stream.enumerated() {
            if id < 0 { runStart = i + 1; continue }
            guard i - runStart + 1 >= n else { continue }
            let ids = stream[(i - n + 1)...i]
            var hash: UInt64 = 0
            for id in ids { hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x9E37_79B9_7F4A_7C15 }
            tables[Int(hash >> 32) % partitions].add(ids)
        }
        return tables
    }

    /// Ranked lists (see `ranked`) as one, most frequent first, ties in id order: a merge
    /// through a heap of the lists, each compared by its next n-gram (scanning all sixteen
    /// lists for each n-gram, with a copy of two lists a comparison, was a third of `c:ngrams`
    /// on real text, and on one core).
    static func interleave(_ lists: [(ids: [Int32], counts: [Int])], n: Int) -> (ids: [Int32], counts: [Int]) {
        // the lists one after another; the heap holds each list's next place and its end
        let allCounts = lists.flatMap(\.counts), allIds = lists.flatMap(\.ids)
        var places: [(next: Int, end: Int)] = []
        var start = 0
        for list in lists {
            if !list.counts.isEmpty { places.append((start, start + list.counts.count)) }
            start += list.counts.count
        }
        /// Whether the n-gram at place i ranks before the one at j (an n-gram is in one list only).
        func before(_ x: (next: Int, end: Int), _ y: (next: Int, end: Int)) -> Bool {
            let (i, j) = (x.next, y.next)
            if allCounts[i] != allCounts[j] { return allCounts[i] > allCounts[j] }
            for k in 0..<n where allIds[i * n + k] != allIds[j * n + k] { return allIds[i * n + k] < allIds[j * n + k] }
            return i < j
        }
        var ids: [Int32] = [], counts: [Int] = []
        ids.reserveCapacity(allIds.count)
        counts.reserveCapacity(allCounts.count)
        var heap = BinaryHeap(places, by: before)
        while let place = heap.top {
            let i = place.next
            for k in 0..<n { ids.append(allIds[i * n + k]) }
            counts.append(allCounts[i])
            if i + 1 == place.end { heap.removeTop(by: before) } else { heap.replaceTop(with: (i + 1, place.end), by: before) }
        }
        return (ids, counts)
    }

    /// The n-grams, most frequent first, ties in id order, leaving out those whose every id
    /// is a stop word: their ids one after another (n each), and their counts.
    func ranked(stopWords: Set<Int32>) -> (ids: [Int32], counts: [Int]) {
        let mask: UInt64 = (1 << width) - 1
        func allStop(_ key: UInt64) -> Bool {
            !stopWords.isEmpty && (0..<n).allSatisfy { stopWords.contains(Int32(truncatingIfNeeded: (key >> (width * UInt64($0))) & mask)) }
        }
        var keys = packed.entries.filter { !allStop($0.key) }.map { (key: $0.key, count: $0.value) }
        keys.sort { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        var ids: [Int32] = []
        ids.reserveCapacity(keys.count * n)
        for entry in keys { ids += unpack(entry.key) }
        var counts = keys.map(\.count)
        let longer = long.filter { !$0.key.allSatisfy(stopWords.contains) }
        if !longer.isEmpty {  // only when ids did not pack: sort everything together
            var entries = zip(0..<counts.count, counts).map { (ids: Array(ids[($0.0 * n)..<($0.0 * n + n)]), count: $0.1) }
            entries += longer.map { (ids: $0.key, count: $0.value) }
            entries.sort { $0.count != $1.count ? $0.count > $1.count : $0.ids.lexicographicallyPrecedes($1.ids) }
            ids = entries.flatMap(\.ids)
            counts = entries.map(\.count)
        }
        return (ids, counts)
    }
}

/// A binary heap: the first element by `first` is on top.
struct BinaryHeap<Element> {
    private var items: [Element]

    init(_ items: [Element], by first: (Element, Element) -> Bool) {
        self.items = items
        for i in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(i, by: first) }
    }

    var top: Element? { items.first }

    /// Puts `item` in the top's place, then where it belongs.
    mutating func replaceTop(with item: Element, by first: (Element, Element) -> Bool) {
        guard !items.isEmpty else { return }
        items[0] = item
        siftDown(0, by: first)
    }

    mutating func removeTop(by first: (Element, Element) -> Bool) {
        guard let last = items.popLast(), !items.isEmpty else { return }
        items[0] = last
        siftDown(0, by: first)
    }

    private mutating func siftDown(_ start: Int, by first: (Element, Element) -> Bool) {
        var i = start
        while true {
            var best = i
            let left = 2 * i + 1, right = 2 * i + 2
            if left < items.count, first(items[left], items[best]) { best = left }
            if right < items.count, first(items[right], items[best]) { best = right }
            if best == i { return }
            items.swapAt(i, best)
            i = best
        }
    }
}
