import Foundation
import Segmentation

/// Words the tagger knows beyond its training sentences, each with a coarse class: jieba's
/// dictionary (its part-of-speech tags say which words are names of people, places and
/// organisations) and whatever the caller adds (the gazetteer's divisions). The tagger reads,
/// at every character, which known words start, end or run through it: that is what lets a
/// model trained on 1990s news recognise 习近平 or 雄安新区.
public final class Lexicon: Sendable {
    /// The coarse classes of jieba's tags that the features tell apart.
    public enum WordClass: UInt8, Sendable {
        case person = 1, place, organisation, properNoun, noun, verb, abbreviation, function, other

        /// nr, nrt, nrfg: people; ns: places; nt: organisations; nz: other proper nouns; j:
        /// abbreviations; d, c, p, r, u, y, e: adverbs, conjunctions, prepositions, pronouns and particles.
        public init(jiebaTag tag: Substring) {
            switch tag {
            case "nr", "nrt", "nrfg": self = .person
            case "ns": self = .place
            case "nt": self = .organisation
            case "nz": self = .properNoun
            case "n", "ng", "vn", "an": self = .noun
            case "v", "vg", "vi", "vd": self = .verb
            case "j": self = .abbreviation
            case "d", "c", "p", "r", "u", "y", "e": self = .function
            default: self = .other
            }
        }

        var isName: Bool { self == .person || self == .place || self == .organisation }
    }

    /// Longer words are not looked for (jieba's longest useful entries are idioms and titles).
    static let longest = 12
    /// Word hash → class for words; 0 for a prefix of a word that is not itself one.
    private let table: HashTable

    /// `words`: folded code points and class; a later entry for the same word wins.
    public init(words: [([UInt32], WordClass)]) {
        // a word adds at most one key a character (itself and its prefixes, often shared): the
        // sum of their lengths bounds the keys without the 4-million-slot table (64 MB) that
        // three a word asked for on jieba's dictionary
        let kept = words.lazy.filter { $0.0.count >= 2 && $0.0.count <= Lexicon.longest }
        var table = HashTable(capacity: kept.reduce(0) { $0 + $1.0.count })
        for (word, wordClass) in kept {
            var hash = Lexicon.seed
            for (i, unit) in word.enumerated() {
                hash = Lexicon.hash(hash, unit)
                if i == word.count - 1 {
                    table.set(hash, Int32(wordClass.rawValue))
                } else if table.get(hash) == nil {
                    table.set(hash, 0)
                }
            }
        }
        self.table = table
        characterClasses = Lexicon.characterClasses(words)
    }

    /// For each CJK character (from U+3400), how often the known words holding it are names,
    /// by kind and place in the word, as five 3-bit buckets: person first, person rest, place
    /// last, organisation last, place or organisation anywhere else. It lets the tagger
    /// generalise to names it has never seen whole (诺 and 娃 are mostly in transliterated names).
    let characterClasses: [UInt16]
    static let classesStart: UInt32 = 0x3400, classesEnd: UInt32 = 0xA000

    func classes(of unit: UInt32) -> UInt16 {
        unit >= Lexicon.classesStart && unit < Lexicon.classesEnd ? characterClasses[Int(unit - Lexicon.classesStart)] : 0
    }

    static func characterClasses(_ words: [([UInt32], WordClass)]) -> [UInt16] {
        let size = Int(classesEnd - classesStart)
        // counts[kind * size + character], and every word's characters in `all`: flat arrays,
        // since this runs over jieba's 350,000 words whenever the tagger loads
        var all = [Int32](repeating: 0, count: size)
        var counts = [Int32](repeating: 0, count: 5 * size)
        all.withUnsafeMutableBufferPointer { all in
            counts.withUnsafeMutableBufferPointer { counts in
                for (word, wordClass) in words where word.count >= 2 {
                    let kinds: (first: Int, middle: Int, last: Int)
                    switch wordClass {
                    case .person: kinds = (0, 1, 1)
                    case .place: kinds = (4, 4, 2)
                    case .organisation: kinds = (4, 4, 3)
                    default: kinds = (-1, -1, -1)
                    }
                    for (position, unit) in word.enumerated() where unit >= classesStart && unit < classesEnd {
                        let u = Int(unit - classesStart)
                        all[u] += 1
                        let kind = position == 0 ? kinds.first : position == word.count - 1 ? kinds.last : kinds.middle
                        if kind >= 0 { counts[kind * size + u] += 1 }
                    }
                }
            }
        }
        var packed = [UInt16](repeating: 0, count: size)
        for u in 0..<size where all[u] > 0 {
            for kind in 0..<5 {
                let share = Double(counts[kind * size + u]) / Double(all[u] + 5)
                packed[u] |= UInt16(bucket(share)) << (3 * kind)
            }
        }
        return packed
    }

    /// A share as 0...7: how many of the thresholds (2%, 5%, 10%, 20%, 35%, 50%, 70%) it reaches.
    static func bucket(_ share: Double) -> Int {
        let thresholds = [0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7]
        return thresholds.firstIndex { share < $0 } ?? thresholds.count
    }

    /// jieba's dictionary, its words folded by `fold`, then `extra`, then those of `unlessKnown`
    /// that jieba's dictionary does not know only as words of another class.
    public convenience init(jieba: JiebaDictionary, fold: (UInt32) -> UInt32, extra: [([UInt32], WordClass)] = [],
                            unlessKnown: [([UInt32], WordClass)] = []) {
        let wanted = Dictionary(unlessKnown.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let firsts = Set(wanted.keys.compactMap(\.first))
        var knownAsWanted: [[UInt32]: Bool] = [:]
        let known: [([UInt32], WordClass)] = jieba.entries.map { entry in
            let word = entry.word.map(fold), wordClass = WordClass(jiebaTag: Substring(entry.tag))
            if let first = word.first, firsts.contains(first), let want = wanted[word] {
                knownAsWanted[word] = knownAsWanted[word] == true || wordClass == want
            }
            return (word, wordClass)
        }
        self.init(words: known + extra + unlessKnown.filter { knownAsWanted[$0.0] ?? true })
    }

    /// The class of `word` (folded code points), or nil when it is not a known word.
    public func wordClass(_ word: [UInt32]) -> WordClass? { wordClass(hashed: word.reduce(Lexicon.seed, Lexicon.hash)) }

    /// The class of the word whose characters chain `hash` from `seed` to this value.
    func wordClass(hashed: UInt64) -> WordClass? {
        table.get(hashed).flatMap { WordClass(rawValue: UInt8(truncatingIfNeeded: $0)) }
    }

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static func hash(_ hash: UInt64, _ unit: UInt32) -> UInt64 { (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3 }

    /// For every character, the known words around it, as small codes the features use
    /// (length capped, times 16, plus class; 0 for none).
    struct Around {
        /// The longest word that starts here, and that ends here.
        var starts: [UInt16]
        var ends: [UInt16]
        /// The class of the longest word of three or more characters that runs through here
        /// (neither its first nor its last character).
        var inside: [UInt8]
        /// For people, places and organisations each: where this character stands in the
        /// longest known name of that kind that holds it (begin 1, middle 2, end 3; 0 for
        /// none), times 8, plus the name's length (capped at 7).
        var inName: [[UInt8]]
    }

    static func code(length: Int, _ wordClass: UInt8) -> UInt16 { UInt16(min(length, 6)) << 4 | UInt16(wordClass) }

    func around(_ units: [UInt32]) -> Around {
        let n = units.count
        var around = Around(starts: .init(repeating: 0, count: n), ends: .init(repeating: 0, count: n),
                            inside: .init(repeating: 0, count: n), inName: .init(repeating: .init(repeating: 0, count: n), count: 3))
        var endLength = [UInt8](repeating: 0, count: n)
        var insideLength = [UInt8](repeating: 0, count: n)
        for i in 0..<n {
            var hash = Lexicon.hash(Lexicon.seed, units[i])
            var j = i + 1
            while j < n, j - i < Lexicon.longest {
                hash = Lexicon.hash(hash, units[j])
                guard let value = table.get(hash) else { break }
                j += 1
                guard value > 0 else { continue }
                let length = j - i, wordClass = UInt8(value)
                // words come shortest first from i, so each later one is the longest so far
                around.starts[i] = Lexicon.code(length: length, wordClass)
                if length > endLength[j - 1] {
                    endLength[j - 1] = UInt8(length)
                    around.ends[j - 1] = Lexicon.code(length: length, wordClass)
                }
                if WordClass(rawValue: wordClass)?.isName == true {
                    let kind = Int(wordClass) - 1, capped = UInt8(min(length, 7))
                    for k in i..<j where capped >= around.inName[kind][k] & 7 {
                        around.inName[kind][k] = (k == i ? 1 : k == j - 1 ? 3 : 2) << 3 | capped
                    }
                }
                if length >= 3 {
                    for k in (i + 1)..<(j - 1) where length > insideLength[k] {
                        insideLength[k] = UInt8(length)
                        around.inside[k] = wordClass
                    }
                }
            }
        }
        return around
    }
}

public struct TaggerError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
