import Articles
import Text

/// Which of an article's words count: words of language, not punctuation, symbols, byte-order
/// marks, box drawing, or the leftovers of web pages (URLs, HTML tags and entities, CSS sizes
/// such as `1.5 em`) that scraped reports carry.
enum Tokens {
    /// Function words and the like, left out of counts unless asked for (both scripts).
    static let stopWords: Set<String> = [
        "的", "了", "和", "是", "在", "与", "與", "及", "等", "为", "為", "对", "對", "将", "將", "也", "都", "而", "并", "並",
        "把", "被", "从", "從", "以", "于", "於", "之", "其", "这", "這", "那", "就", "还", "還", "又", "或", "个", "個",
        "中", "上", "下", "有", "到", "向", "着", "著", "给", "給", "让", "讓", "由", "该", "該", "各", "我", "我们",
        "我們", "他", "他们", "他們", "你", "它", "此", "要", "能", "会", "會", "可", "就是", "一", "不", "没有", "沒有",
    ]

    /// The stop words as counting compares them: folded, so 爲 is 为 and a stop word too.
    static let foldedStopWords: Set<String> = Set(stopWords.map { Folding.shared.folded($0) })

    /// A word counts when it has a letter or a digit of any script (so not punctuation, symbols,
    /// U+FEFF or box drawing) and lies outside web leftovers.
    static func counts(_ scalars: UnsafeBufferPointer<UInt32>) -> Bool {
        scalars.contains { v in
            if v >= 0x4E00 && v <= 0x9FFF { return true }  // the common case, without a look-up
            if v < 0x10000 { return basicLetters[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
            return isLetterOrDigit(v)
        }
    }

    private static func isLetterOrDigit(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `isLetterOrDigit` for every character of the Basic Multilingual Plane, a bit each (8 KB,
    /// made once): punctuation, every other word, asked Unicode's property tables twice.
    private static let basicLetters: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in UInt32(0)..<0x10000 where isLetterOrDigit(v) { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        return bits
    }()

    /// Where `text` has web leftovers, in order: URLs (http://, https://, www.), HTML tags and
    /// entities, CSS lengths (a number and px, em, rem, pt). Most articles have none, so their
    /// words are checked against an empty list.
    static func webLeftovers(_ text: [UInt32]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if text[i] >= 0x80 { i += 1; continue }  // every leftover starts with an ASCII character
            let end = leftoverEnd(text, at: i)
            if end > i {
                found.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where a leftover starting at `i` ends, or `i` when none starts there.
    private static func leftoverEnd(_ text: [UInt32], at i: Int) -> Int {
        let first = text[i] | 0x20
        guard first == 0x68 || first == 0x77 || text[i] == 0x3C || text[i] == 0x26 || isDigit(text[i]) else { return i }  // h, w, <, &, digits
        if starts(text, at: i, with: "http://") || starts(text, at: i, with: "https://") || starts(text, at: i, with: "www.") {
            return run(text, from: i) { $0 > 0x20 && $0 < 0x7F }
        }
        if text[i] == 0x3C, i + 1 < text.count, isASCIILetter(text[i + 1]) || text[i + 1] == 0x2F || text[i + 1] == 0x21 {  // <a, </, <!
            let close = run(text, from: i) { $0 != 0x3E && $0 != 0x0A }
            if close < text.count, text[close] == 0x3E, close - i <= 300 { return close + 1 }
        }
        if text[i] == 0x26 {  // &nbsp; &#160;
            let name = run(text, from: i + 1) { isASCIILetter($0) || $0 == 0x23 || ($0 >= 0x30 && $0 <= 0x39) }
            if name > i + 1, name < text.count, text[name] == 0x3B, name - i <= 10 { return name + 1 }
        }
        if isDigit(text[i]), i == 0 || !isDigit(text[i - 1]) && text[i - 1] != 0x2E {
            let number = run(text, from: i) { isDigit($0) || $0 == 0x2E }
            let unit = run(text, from: number) { $0 == 0x20 }
            for suffix in ["px", "em", "rem", "pt"] where starts(text, at: unit, with: suffix) {
                let after = unit + suffix.utf8.count
                if after == text.count || !isASCIILetter(text[after]) { return after }
            }
        }
        return i
    }

    private static func starts(_ text: [UInt32], at i: Int, with prefix: String) -> Bool {
        var j = i
        for byte in prefix.utf8 {
            guard j < text.count, text[j] == UInt32(byte) || (text[j] ^ 0x20) == UInt32(byte) && isASCIILetter(UInt32(byte)) else { return false }
            j += 1
        }
        return true
    }

    private static func run(_ text: [UInt32], from i: Int, while keep: (UInt32) -> Bool) -> Int {
        var j = i
        while j < text.count, keep(text[j]) { j += 1 }
        return j
    }

    private static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    private static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
}
