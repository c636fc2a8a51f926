import Segmentation

/// The features of each character, as 64-bit keys: a template number in the top byte and the
/// values it combines below (characters are code points under 2²¹, so two fit exactly and
/// no two features share a key by accident).
struct Features {
    /// Keys per character; every template gives one key at every character.
    static let perCharacter = 40
    /// The templates' version, written in model files: change it with any template, so a model
    /// trained on other features is refused rather than read (layout 1 had 29 templates, layout 2 38).
    static let layout: UInt32 = 3
    static let beforeText: UInt32 = 0x11_0000, afterText: UInt32 = 0x11_0001
    /// The value of a word code past either end of the text (codes are below 128).
    static let edge: UInt64 = 0x7F
    /// Templates that read the same value at neighbouring characters, in the order of the
    /// characters they read: one character (three before the one tagged, 29, to three after,
    /// 30), two neighbours (from the two before, 5, to the two after, 8) and three (21, 20, 22).
    /// Numbered in `forEach`'s order; the first group is the one of single characters.
    static let groups: [[Int]] = [[29, 0, 1, 2, 3, 4, 30], [5, 6, 7, 8], [21, 20, 22]]

    let lexicon: Lexicon
    /// Characters common as a surname (folded), which start most names of people: a flag
    /// for each CJK code point, since the test is made three times a character.
    let surnames: [Bool]

    /// jieba's segmentation: its HMM joins characters the dictionary does not know into words,
    /// and most such words are names.
    let segmenter: Segmenter?

    init(lexicon: Lexicon, surnames: [UInt32], segmenter: Segmenter?) {
        self.lexicon = lexicon
        self.segmenter = segmenter
        var flags = [Bool](repeating: false, count: Features.cjkEnd - Features.cjkStart)
        for u in surnames where Int(u) >= Features.cjkStart && Int(u) < Features.cjkEnd { flags[Int(u) - Features.cjkStart] = true }
        self.surnames = flags
    }

    static let cjkStart = 0x3400, cjkEnd = 0xA000

    /// Calls `body` with each character's index and its keys.
    func forEach(_ units: [UInt32], _ body: (Int, UnsafeBufferPointer<UInt64>) -> Void) {
        let around = lexicon.around(units)
        let n = units.count
        let (segmented, words) = inWords(units)
        func word(_ i: Int) -> UInt64 { i >= 0 && i < n ? UInt64(segmented[i]) : Features.edge }
        func unit(_ i: Int) -> UInt32 { i < 0 ? Features.beforeText : i >= n ? Features.afterText : units[i] }
        func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }
        // three characters do not fit beside the template byte: hashed into its 56 bits
        func triple(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 { Lexicon.hash(Lexicon.hash(Lexicon.hash(Lexicon.seed, a), b), c) >> 8 }
        func surname(_ i: Int) -> UInt64 { i >= 0 && i < n && Int(units[i]) >= Features.cjkStart && Int(units[i]) < Features.cjkEnd
            && surnames[Int(units[i]) - Features.cjkStart] ? 1 : 0 }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Features.perCharacter) { keys in
            for i in 0..<n {
                let a = unit(i - 2), b = unit(i - 1), c = units[i], d = unit(i + 1), e = unit(i + 2)
                // one key per template, in template order, numbered from 1 so no key is 0
                var template = 0
                func put(_ value: UInt64) {
                    keys[template] = UInt64(template + 1) << 56 | value
                    template += 1
                }
                put(UInt64(a)); put(UInt64(b)); put(UInt64(c)); put(UInt64(d)); put(UInt64(e))
                put(pair(a, b)); put(pair(b, c)); put(pair(c, d)); put(pair(d, e)); put(pair(b, d))
                put(UInt64(Features.type(b) * 64 + Features.type(c) * 8 + Features.type(d)))
                put(UInt64(around.starts[i])); put(UInt64(around.ends[i])); put(UInt64(around.inside[i]))
                put(UInt64(around.inName[0][i])); put(UInt64(around.inName[1][i])); put(UInt64(around.inName[2][i]))
                put(i > 0 ? UInt64(around.ends[i - 1]) : Features.edge); put(i + 1 < n ? UInt64(around.starts[i + 1]) : Features.edge)
                put(surname(i) | surname(i - 1) << 1 | surname(i - 2) << 2 | UInt64(Features.type(c)) << 3)
                put(triple(b, c, d)); put(triple(a, b, c)); put(triple(c, d, e))
                put(UInt64(around.ends[i]) * 128 + UInt64(around.starts[i]))
                put(word(i)); put((word(i) & 0b111) << 21 | UInt64(c)); put(word(i - 1) & 0b111); put(word(i + 1) & 0b111)
                put(0)  // bias
                put(UInt64(unit(i - 3))); put(UInt64(unit(i + 3)))
                let here = UInt64(lexicon.classes(of: c)), before = UInt64(lexicon.classes(of: b)), after = UInt64(lexicon.classes(of: d))
                for kind in 0..<5 { put(here >> (3 * UInt64(kind)) & 7) }
                put(before & 7 | (after >> 3 & 7) << 3); put((before >> 6 & 7) | (after >> 6 & 7) << 3)
                put(words.this[i] >> 8 ^ (word(i) & 0b111)); put(words.next[i] >> 8)
                assert(template == Features.perCharacter, "perCharacter must count the templates put")
                body(i, UnsafeBufferPointer(keys))
            }
        }
    }

    /// Where each character stands in jieba's segmentation: its position in the word (begin
    /// 1, middle 2, end 3, alone 4), plus 8 when the word is one the dictionary does not know,
    /// plus 16 × its length (capped at 4). And which word it is in, and which word follows
    /// that one, as hashes of their characters (0 for none): a word says more than its
    /// characters one by one (委员会 closes a body's name, 表示 follows a person's).
    func inWords(_ units: [UInt32]) -> ([UInt8], (this: [UInt64], next: [UInt64])) {
        var codes = [UInt8](repeating: 0, count: units.count)
        var this = [UInt64](repeating: 0, count: units.count), next = this
        guard let segmenter else { return (codes, (this, next)) }
        let words = segmenter.segment(units)
        let hashes = words.map { units[$0].reduce(Lexicon.seed, Lexicon.hash) }
        for (w, word) in words.enumerated() {
            let unknown: UInt8 = word.count >= 2 && lexicon.wordClass(hashed: hashes[w]) == nil ? 8 : 0
            let length = UInt8(min(word.count, 4)) << 4
            for i in word {
                codes[i] = (word.count == 1 ? 4 : i == word.lowerBound ? 1 : i == word.upperBound - 1 ? 3 : 2) | unknown | length
                this[i] = hashes[w]
                next[i] = w + 1 < hashes.count ? hashes[w + 1] : 0
            }
        }
        return (codes, (this, next))
    }

    /// A character's kind: Han, digit, Latin letter, Chinese numeral, punctuation or space, other, or a text edge.
    static func type(_ u: UInt32) -> UInt32 {
        switch u {
        case beforeText, afterText: return 6
        case 0x30...0x39: return 1
        case 0x41...0x5A, 0x61...0x7A: return 2
        case 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343,
             0x4E07, 0x4EBF, 0x96F6, 0x4E24:
            return 3  // 〇一二三四五六七八九十百千万亿零两
        case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return 0
        case 0...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7F, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF65: return 4
        default: return 5
        }
    }
}
