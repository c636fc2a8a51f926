/// Segmentation owns Chinese word segmentation compatible with jieba: its algorithm (a prefix
/// dictionary, the DAG of dictionary words at each position, the maximum-probability route,
/// and an HMM/Viterbi pass for runs of characters the dictionary does not know), over jieba's
/// own dictionary and HMM tables, read at run time from Debian's python3-jieba package.
import Foundation

public struct SegmenterError: Error, CustomStringConvertible {
    public var description: String
}

public final class Segmenter: @unchecked Sendable {
    /// Where Debian's python3-jieba puts its data.
    public static let defaultFolder = "/usr/lib/python3/dist-packages/jieba"

    /// For every dictionary word, log(frequency) - log(total); for every prefix of one that is
    /// not itself a word, NaN. Keyed by `Key` hashes.
    /// (A constant once loaded: reading a class's `var` in the route's inner loop costs a
    /// run-time exclusivity check each time.)
    private let scores: ScoreTable
    /// The scores of the one-character keys of jieba's Han block (U+4E00–U+9FD5), read
    /// directly: every position's first lookup, out of a 168 KB array that stays in cache
    /// instead of the 8 MB table. `.infinity` where no word starts with the character.
    private let hanScores: [Double]
    /// A bit for every key of the table: most positions' last lookup is of a key that is not
    /// there. 512 KB, so that it stays in a core's cache beside the counts being made: at 2 MB
    /// it was fewer false hits (3% against 11% of absent keys) but more cache misses (in
    /// cachegrind with a 2 MB cache: 0.32 million a megabyte of news, against 0.20 million).
    private let keyBits: KeyBits
    private let logTotal: Double
    private let hmm: HiddenMarkovModel

    private static let sharedLock = NSLock()
    nonisolated(unsafe) private static var loaded: Result<Segmenter, Error>?

    /// The process's segmenter over Debian's jieba data, its dictionary read once (about
    /// 350,000 entries); safe to use from any thread, since segmenting only reads it.
    public static func shared() throws -> Segmenter {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        let result = loaded ?? Result { try Segmenter() }
        loaded = result
        return try result.get()
    }

    /// Loads dict.txt and the HMM tables (finalseg/prob_*.py) from `folder`.
    public convenience init(folder: String = Segmenter.defaultFolder) throws {
        let dictionary = folder == Segmenter.defaultFolder ? try JiebaDictionary.shared() : try JiebaDictionary(path: folder + "/dict.txt")
        try self.init(dictionary: dictionary, hmmFolder: folder + "/finalseg")
    }

    /// A segmenter over `dictionary`, with the HMM tables of `hmmFolder`.
    public init(dictionary: JiebaDictionary, hmmFolder: String) throws {
        // first the frequencies (a later line for the same word wins, as in jieba), then scores
        var frequencies: [UInt64: Int] = [:]
        frequencies.reserveCapacity(dictionary.entries.count * 3 / 2)
        var total = 0
        for entry in dictionary.entries {
            var key = Key()
            for (i, scalar) in entry.word.enumerated() {
                key.append(scalar)
                if i == entry.word.count - 1 {
                    frequencies[key.hash] = entry.frequency
                } else if frequencies[key.hash] == nil {
                    frequencies[key.hash] = 0
                }
            }
            total += entry.frequency
        }
        let logTotal = Foundation.log(Double(total))
        self.logTotal = logTotal
        let scores = try ScoreTable(frequencies, dictionary: dictionary.path) { $0 > 0 ? Foundation.log(Double($0)) - logTotal : .nan }
        self.scores = scores
        var bits = KeyBits(width: 22)
        for key in frequencies.keys { bits.insert(key) }
        keyBits = bits
        hanScores = Segmenter.hanRange.map { c in
            var key = Key()
            key.append(c)
            return scores.get(key.hash) ?? .infinity
        }
        hmm = try HiddenMarkovModel(folder: hmmFolder)
    }

    /// The words of `text`, as jieba.lcut(text, HMM=hmm) gives them, as scalar ranges.
    public func segment(_ scalars: [UInt32], hmm useHMM: Bool = true) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity(scalars.count / 2)
        // Route scores and ends for every position, shared by all blocks of this text. Left
        // unset: `route` writes each position of a block before anything reads it, and zeroing
        // sixteen bytes a character first was a twentieth of segmenting.
        var best = [Double](unsafeUninitializedCapacity: scalars.count + 1) { _, count in count = scalars.count + 1 }
        var next = [Int](unsafeUninitializedCapacity: scalars.count + 1) { _, count in count = scalars.count + 1 }
        var i = 0
        while i < scalars.count {
            var end = i
            while end < scalars.count, Segmenter.isWordCharacter(scalars[end]) { end += 1 }
            if end > i {
                route(scalars, i..<end, best: &best, next: &next)
                cutBlock(scalars, i..<end, next: next, hmm: useHMM, into: &words)
                i = end
                continue
            }
            // outside blocks: "\r\n" and each white-space character alone, anything else one by one
            if scalars[i] == 0x0D, i + 1 < scalars.count, scalars[i + 1] == 0x0A {
                words.append(i..<(i + 2))
                i += 2
            } else {
                words.append(i..<(i + 1))
                i += 1
            }
        }
        return words
    }

    /// jieba's block characters: Han (U+4E00–U+9FD5), ASCII letters and digits, + # & . _ % -
    static func isWordCharacter(_ c: UInt32) -> Bool {
        hanRange.contains(c) || isASCIIAlphanumeric(c)
            || c == 0x2B || c == 0x23 || c == 0x26 || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2D
    }

    static let hanRange: ClosedRange<UInt32> = 0x4E00...0x9FD5

    /// The score of the one-character key `c` (its hash `hash`): nil when no word starts with it.
    private func firstScore(_ c: UInt32, _ hash: UInt64) -> Double? {
        guard Segmenter.hanRange.contains(c) else { return scores.get(hash) }
        let score = hanScores[Int(c - Segmenter.hanRange.lowerBound)]
        return score == .infinity ? nil : score
    }

    static func isASCIIAlphanumeric(_ c: UInt32) -> Bool {
        (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || (0x30...0x39).contains(c)
    }

    /// Whether the characters form a dictionary word (frequency above zero).
    private func isWord(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        var key = Key()
        for c in s[range] { key.append(c) }
        return scores.get(key.hash).map { !$0.isNaN } ?? false
    }

    /// For each start in the block, the end of the word on the most probable route: jieba's
    /// DAG and route, computed together from the right.
    /// Fills `best` and `next` (indexed from the block's start) for the block.
    private func route(_ s: [UInt32], _ block: Range<Int>, best: inout [Double], next: inout [Int]) {
        let n = block.count
        let base = block.lowerBound
        best[base + n] = 0
        for k in stride(from: n - 1, through: 0, by: -1) {
            var key = Key()
            var bestScore = 0.0, bestEnd = -1
            var i = k
            key.append(s[base + k])
            var found = firstScore(s[base + k], key.hash)
            while let score = found {
                if !score.isNaN {
                    let total = score + best[base + i + 1]
                    // as jieba's max over (score, end): on a tie the larger end wins
                    if bestEnd < 0 || total > bestScore || (total == bestScore && i > bestEnd) {
                        bestScore = total
                        bestEnd = i
                    }
                }
                i += 1
                guard i < n else { break }
                key.append(s[base + i])
                found = keyBits.mayContain(key.hash) ? scores.get(key.hash) : nil
            }
            if bestEnd < 0 {  // no word starts here: the character alone, frequency taken as 1
                bestScore = -logTotal + best[base + k + 1]
                bestEnd = k
            }
            best[base + k] = bestScore
            next[base + k] = bestEnd
        }
    }

    private func cutBlock(_ s: [UInt32], _ block: Range<Int>, next: [Int], hmm useHMM: Bool, into words: inout [Range<Int>]) {
        let base = block.lowerBound
        var x = 0
        var buffer: Range<Int>? = nil  // a run of single characters (HMM) or of ASCII ones (no HMM)
        func flush() {
            guard let run = buffer else { return }
            buffer = nil
            if !useHMM || run.count == 1 {
                words.append(run)
            } else if !isWord(s, run) {
                hmm.cut(s, run, into: &words)
            } else {
                for i in run { words.append(i..<(i + 1)) }
            }
        }
        while x < block.count {
            let y = next[base + x] + 1
            let word = (base + x)..<(base + y)
            let single = y - x == 1
            let joins = useHMM ? single : (single && Segmenter.isASCIIAlphanumeric(s[word.lowerBound]))
            if joins {
                buffer = buffer.map { $0.lowerBound..<word.upperBound } ?? word
            } else {
                flush()
                words.append(word)
            }
            x = y
        }
        flush()
    }
}

/// An FNV-1a style 64-bit hash of a scalar sequence, extended one scalar at a time.
struct Key {
    private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    mutating func append(_ scalar: UInt32) {
        hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
        hash = hash ^ (hash >> 29)
    }
}

/// An open-addressing hash table from `Key` hashes (already well mixed) to scores: several
/// times faster than Dictionary for the million lookups a megabyte of text needs. A slot is
/// one 64-bit number: the key's top 48 bits and the number of its score among the distinct
/// scores (jieba's 350,000 words have about 5,000 different frequencies). A lookup reads one
/// cache line, and jieba's words and their prefixes take 8 MB (16 with a key and a `Double`
/// a slot).
struct ScoreTable {
    private static let numberBits: UInt64 = 0xFFFF
    /// 0 marks an empty slot.
    private var slots: [UInt64]
    private let mask: Int
    /// The distinct scores, by number; NaN (a prefix that is not a word) is number 0.
    private var values: [Double] = [.nan]

    /// The scores `score` gives the frequencies of `frequencies`' keys (NaN for a prefix that
    /// is not a word); more than 65,535 different other scores is an error naming `dictionary`.
    init(_ frequencies: [UInt64: Int], dictionary: String, score: (Int) -> Double) throws {
        var capacity = 16
        while capacity < 2 * frequencies.count { capacity *= 2 }  // at most half full
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        var numbers: [UInt64: UInt64] = [:]  // a score's bit pattern → its number
        for (key, frequency) in frequencies {
            let value = score(frequency)
            var number: UInt64 = 0
            if !value.isNaN {
                number = numbers[value.bitPattern] ?? UInt64(values.count)
                if number == UInt64(values.count) {
                    guard number <= Self.numberBits else {
                        throw SegmenterError(description: "\(dictionary): more than \(Self.numberBits) different frequencies")
                    }
                    numbers[value.bitPattern] = number
                    values.append(value)
                }
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }  // each key comes once
            slots[slot] = Self.tag(key) | number
        }
    }

    /// The bits of a key a slot keeps: never 0, which marks an empty slot.
    private static func tag(_ key: UInt64) -> UInt64 {
        let tag = key & ~numberBits
        return tag == 0 ? numberBits + 1 : tag
    }

    func get(_ key: UInt64) -> Double? {
        let tag = Self.tag(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let entry = slots[slot]
            if entry & ~Self.numberBits == tag { return values[Int(entry & Self.numberBits)] }
            if entry == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
