import Articles
import Foundation

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
        return (0..<total.vocabulary.count).filter { !stop.contains(Int32($0)) }
            .map { WordFrequency(key: shown[$0], count: total.vocabulary.counts[$0], articles: total.vocabulary.articles[$0]) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    /// Runs of n words, never across punctuation or web leftovers, most frequent first;
    /// runs made only of stop words are left out unless kept.
    public static func ngrams(_ n: Int, in articles: [Article], keepStopWords: Bool) throws -> [WordNGram] {
        precondition(n >= 1, "n-grams need n >= 1")
        let total = try tally(articles) { partial, ids, _ in partial.countNGrams(n, in: ids) }
        let shown = total.vocabulary.shownForms()
        let stop = keepStopWords ? [] : stopIDs(total.vocabulary)
        return total.ngrams.compactMap { key, count -> WordNGram? in
            let ids = key.ids
            if !keepStopWords, ids.allSatisfy(stop.contains) { return nil }
            return WordNGram(words: ids.map { shown[Int($0)] }, count: count)
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.words.lexicographicallyPrecedes($1.words) }
    }

    /// Words within `window` words of `term` (either script), ranked by G² over the 2×2 table
    /// (near the term or not, this word or another), kept where the word is more frequent
    /// near the term than elsewhere; stop words left out.
    public static func collocates(of term: String, window: Int, in articles: [Article]) throws -> [Collocate] {
        let target = term.unicodeScalars.map { Folding.shared.fold($0) }[...]
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

    static func stopIDs(_ vocabulary: Vocabulary) -> Set<Int32> {
        Set(Tokens.foldedStopWords.compactMap { vocabulary.id(of: Array($0.unicodeScalars.map(\.value))[...]) })
    }

    /// Counts every article's words, on every core, calling `more` with each article's word
    /// ids (-1 where a run breaks: punctuation, symbols, web leftovers) for extra counts.
    static func tally(_ articles: [Article], _ more: @escaping (inout Partial, [Int32], Int) -> Void) throws -> Partial {
        let chunks = max(1, min(articles.count, ProcessInfo.processInfo.activeProcessorCount * 8))
        let results = parallelMap(Array(0..<chunks)) { chunk -> Result<Partial, Error> in
            Result {
                var partial = Partial()
                for index in stride(from: chunk, to: articles.count, by: chunks) {
                    let ids = try partial.count(articles[index], index: index)
                    more(&partial, ids, index)
                }
                return partial
            }
        }
        var total = Partial()
        for result in results { total.merge(try result.get()) }
        return total
    }
}

/// What one worker counted.
struct Partial {
    var vocabulary = Vocabulary()
    var ngrams: [NGramKey: Int] = [:]
    var near: Nearness?

    /// Counts an article's words; returns their ids, -1 where a run breaks.
    mutating func count(_ article: Article, index: Int) throws -> [Int32] {
        let words = try article.words()
        let folding = Folding.shared
        let folded = words.scalars.map { folding.fold($0) }
        let leftovers = Tokens.webLeftovers(words.scalars)
        var ids: [Int32] = []
        ids.reserveCapacity(words.ends.count)
        for i in 0..<words.ends.count {
            let range = words.range(i)
            let written = words.scalars[range]
            if !Tokens.counts(written) || leftovers[range].contains(true) {
                ids.append(-1)
            } else {
                ids.append(vocabulary.add(folded: folded[range], written: written, article: index))
            }
        }
        return ids
    }

    mutating func countNGrams(_ n: Int, in ids: [Int32]) {
        var runStart = 0
        for (i, id) in ids.enumerated() {
            if id < 0 { runStart = i + 1; continue }
            if i - runStart + 1 >= n { ngrams[NGramKey(ids[(i - n + 1)...i]), default: 0] += 1 }
        }
    }

    /// Each counted word is either within `window` words of the term (the term left out) or
    /// not: counted once, so the cells partition the corpus. Breaks are left out of distances.
    mutating func countCollocates(of target: ArraySlice<UInt32>, window: Int, in ids: [Int32]) {
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
        for (key, count) in other.ngrams { ngrams[key.mapped(mapping), default: 0] += count }
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

/// The word ids of an n-gram: packed into one integer up to n = 2, an array beyond.
struct NGramKey: Hashable {
    let n: Int
    let packed: UInt64
    let rest: [Int32]?

    init(_ ids: ArraySlice<Int32>) {
        n = ids.count
        if ids.count <= 2 {
            packed = ids.reduce(0) { $0 << 32 | UInt64(UInt32(bitPattern: $1)) }
            rest = nil
        } else {
            packed = 0
            rest = Array(ids)
        }
    }

    var ids: [Int32] {
        if let rest { return rest }
        return (0..<n).reversed().map { Int32(bitPattern: UInt32(truncatingIfNeeded: packed >> (32 * UInt64($0)))) }
    }

    func mapped(_ mapping: [Int32]) -> NGramKey { NGramKey(ids.map { mapping[Int($0)] }[...]) }
}
