import Foundation

/// jieba's character-tagging HMM (states B, M, E, S) for words the dictionary does not know,
/// read from the Python dict literals of its finalseg tables.
struct HiddenMarkovModel {
    static let minimum = -3.14e100
    /// B M E S as indices 0 1 2 3.
    static let letters: [Character] = ["B", "M", "E", "S"]

    var start: [Double]
    /// The score of going from state a to state b at `4 * a + b`.
    var transition: [Double]
    /// Each character's emission scores in the four states, four in a row (`minimum` where a
    /// state's table lacks it), found with one lookup instead of four.
    var emissions: [Double] = []
    /// Where each character of jieba's Han block (the only ones Viterbi tags) has its row, -1
    /// where it has none: an 84 KB array, read directly instead of hashing every character.
    var hanRows = [Int32](repeating: -1, count: Segmenter.hanRange.count)

    init(folder: String) throws {
        start = try HiddenMarkovModel.vector(HiddenMarkovModel.pairs(folder + "/prob_start.py"))
        let transitions = try HiddenMarkovModel.nested(folder + "/prob_trans.py")
        transition = HiddenMarkovModel.letters.flatMap { from in
            HiddenMarkovModel.letters.map { to in transitions[String(from)]?[String(to)] ?? HiddenMarkovModel.minimum }
        }
        let tables = try HiddenMarkovModel.nested(folder + "/prob_emit.py")
        for (state, letter) in HiddenMarkovModel.letters.enumerated() {
            for (key, value) in tables[String(letter)] ?? [:] {
                guard let c = key.unicodeScalars.first?.value, Segmenter.hanRange.contains(c) else { continue }
                let han = Int(c - Segmenter.hanRange.lowerBound)
                if hanRows[han] < 0 {
                    hanRows[han] = Int32(emissions.count / 4)
                    emissions += [Double](repeating: HiddenMarkovModel.minimum, count: 4)
                }
                emissions[4 * Int(hanRows[han]) + state] = value
            }
        }
    }

    /// Where Han character `c`'s four emission scores start in `emissions`, or nil (all `minimum`).
    private func emissionStart(_ c: UInt32) -> Int? {
        let row = hanRows[Int(c - Segmenter.hanRange.lowerBound)]
        return row < 0 ? nil : 4 * Int(row)
    }

    /// finalseg.cut on a run: Han parts tagged by Viterbi, ASCII words and numbers kept whole.
    func cut(_ s: [UInt32], _ run: Range<Int>, into words: inout [Range<Int>]) {
        var i = run.lowerBound
        while i < run.upperBound {
            var end = i
            while end < run.upperBound, Segmenter.hanRange.contains(s[end]) { end += 1 }
            if end > i {
                viterbi(s, i..<end, into: &words)
                i = end
                continue
            }
            // finalseg's re_skip: [a-zA-Z0-9]+(?:\.\d+)?%? whole; other characters between
            if Segmenter.isASCIIAlphanumeric(s[i]) {
                var e = i
                while e < run.upperBound, Segmenter.isASCIIAlphanumeric(s[e]) { e += 1 }
                if e + 1 < run.upperBound, s[e] == 0x2E, (0x30...0x39).contains(s[e + 1]) {
                    e += 1
                    while e < run.upperBound, (0x30...0x39).contains(s[e]) { e += 1 }
                }
                if e < run.upperBound, s[e] == 0x25 { e += 1 }
                words.append(i..<e)
                i = e
            } else {
                var e = i
                while e < run.upperBound, !Segmenter.isASCIIAlphanumeric(s[e]), !Segmenter.hanRange.contains(s[e]) { e += 1 }
                words.append(i..<e)
                i = e
            }
        }
    }

    /// The most probable B/M/E/S tagging, as jieba's: of the two states a state may follow
    /// (B and S follow E or S, M and E follow B or M), the higher score wins, and on a tie the
    /// later letter (B < E < M < S), which is why each pair below is taken with `>=` one way
    /// round. Only the last position's four scores are kept, in locals, and the back-pointers
    /// in one flat array: nested arrays, and a loop over each state's predecessors, were half
    /// of this function's instructions.
    private func viterbi(_ s: [UInt32], _ block: Range<Int>, into words: inout [Range<Int>]) {
        let n = block.count
        var from = [UInt8](repeating: 0, count: 4 * n)
        let t = transition
        var (b, m, e, single) = emissionScores(s[block.lowerBound])
        (b, m, e, single) = (start[0] + b, start[1] + m, start[2] + e, start[3] + single)
        for i in 1..<max(n, 1) {
            let (eb, em, ee, es) = emissionScores(s[block.lowerBound + i])
            let (bFromE, bFromS) = (e + t[8] + eb, single + t[12] + eb)
            let (mFromB, mFromM) = (b + t[1] + em, m + t[5] + em)
            let (eFromB, eFromM) = (b + t[2] + ee, m + t[6] + ee)
            let (sFromE, sFromS) = (e + t[11] + es, single + t[15] + es)
            from[4 * i] = bFromS >= bFromE ? 3 : 2
            from[4 * i + 1] = mFromM >= mFromB ? 1 : 0
            from[4 * i + 2] = eFromM >= eFromB ? 1 : 0
            from[4 * i + 3] = sFromS >= sFromE ? 3 : 2
            (b, m, e, single) = (max(bFromE, bFromS), max(mFromB, mFromM), max(eFromB, eFromM), max(sFromE, sFromS))
        }
        // the last character ends a word: E or S (S wins a tie)
        var state = single >= e ? 3 : 2
        var tags = [UInt8](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            tags[i] = UInt8(state)
            if i > 0 { state = Int(from[4 * i + state]) }
        }
        var begin = 0, next = 0
        for (i, tag) in tags.enumerated() {
            switch tag {
            case 0: begin = i
            case 2:
                words.append((block.lowerBound + begin)..<(block.lowerBound + i + 1))
                next = i + 1
            case 3:
                words.append((block.lowerBound + i)..<(block.lowerBound + i + 1))
                next = i + 1
            default: break
            }
        }
        if next < n { words.append((block.lowerBound + next)..<block.upperBound) }
    }

    /// A Han character's emission scores in states B, M, E, S (`minimum` where it has none).
    private func emissionScores(_ c: UInt32) -> (Double, Double, Double, Double) {
        guard let row = emissionStart(c) else { return (Self.minimum, Self.minimum, Self.minimum, Self.minimum) }
        return (emissions[row], emissions[row + 1], emissions[row + 2], emissions[row + 3])
    }

    // MARK: Reading the tables (Python dict literals)

    static func vector(_ pairs: [(String, Double)]) throws -> [Double] {
        let table = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        return letters.map { table[String($0)] ?? minimum }
    }

    /// The `'key': number` pairs of a flat dict literal.
    static func pairs(_ path: String) throws -> [(String, Double)] {
        try nested(path, flat: true)[""].map { $0.map { ($0.key, $0.value) } } ?? []
    }

    /// {state: {key: number}} from a dict literal of dicts ("" holds a flat dict's pairs). Read
    /// as UTF-8 bytes, every mark and digit being ASCII: made of scalars and a String for
    /// each number, reading the 1.3 MB of emissions was a fifth of loading the tagger.
    static func nested(_ path: String, flat: Bool = false) throws -> [String: [String: Double]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SegmenterError(description: "\(path): not found (install Debian's python3-jieba)")
        }
        let text = [UInt8](data)
        guard let start = text.firstIndex(of: UInt8(ascii: "{")) else { throw SegmenterError(description: "\(path): no dict literal") }
        var result: [String: [String: Double]] = [:]
        var outer: String? = flat ? "" : nil
        var depth = 0
        var i = start
        var pendingKey: String?
        while i < text.count {
            switch text[i] {
            case UInt8(ascii: "{"):
                depth += 1
                if depth == 2 { outer = pendingKey }
                pendingKey = nil
                i += 1
            case UInt8(ascii: "}"):
                depth -= 1
                i += 1
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                let (string, after) = try literal(text, from: i, path: path)
                pendingKey = string
                i = after
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var e = i
                while e < text.count, isNumberPart(text[e]) { e += 1 }
                guard let value = Double(Substring(decoding: text[i..<e], as: UTF8.self)), let key = pendingKey, let group = outer else {
                    throw SegmenterError(description: "\(path): unexpected number")
                }
                result[group, default: [:]][key] = value
                pendingKey = nil
                i = e
            default:
                i += 1
            }
        }
        return result
    }

    private static func isNumberPart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }

    /// A quoted Python string with \uXXXX escapes; returns it and the index after its quote.
    static func literal(_ text: [UInt8], from start: Int, path: String) throws -> (String, Int) {
        let quote = text[start]
        var out: [UInt8] = []
        var i = start + 1
        while i < text.count, text[i] != quote {
            if text[i] == UInt8(ascii: "\\"), i + 5 < text.count, text[i + 1] == UInt8(ascii: "u"),
               let code = UInt32(Substring(decoding: text[(i + 2)...(i + 5)], as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(code) {
                out.append(contentsOf: String(scalar).utf8)
                i += 6
            } else if text[i] == UInt8(ascii: "\\"), i + 1 < text.count {
                out.append(text[i + 1])
                i += 2
            } else {
                out.append(text[i])
                i += 1
            }
        }
        guard i < text.count else { throw SegmenterError(description: "\(path): unterminated string") }
        return (String(decoding: out, as: UTF8.self), i + 1)
    }
}
