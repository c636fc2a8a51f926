import Segmentation
import Text
/// Text as the extractors read it: one folded code point per Unicode scalar (Simplified
/// script, half-width but for the clause comma "，", which an ASCII comma between words also
/// reads as, lower case, every decimal digit as its ASCII digit: ５, ٥ and 5 read alike), but
/// for the spaces that pad names and numbers (`withoutPadding`), with the UTF-8 byte offset where each
/// scalar starts. Extractors match on `units` and report offsets into the original text, so a
/// record's text is always the text as written.
public struct ScannedText {
    public let text: String
    public let units: [UInt32]
    /// 0-based byte offset of each unit's scalar in `text`, and the text's length at the end.
    public let offsets: [Int]

    public init(_ text: String, folding: Folding = .shared) {
        self.text = text
        var units: [UInt32] = [], offsets: [Int] = []
        units.reserveCapacity(text.utf8.count / 2)
        offsets.reserveCapacity(text.utf8.count / 2 + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            // the full-width comma stays itself: it separates clauses, never thousands (3，500 is two numbers)
            units.append(scalar.value == 0xFF0C ? 0xFF0C : scalar.value == ScannedText.marketCharacter ? ScannedText.city
                : ScannedText.digit(scalar) ?? folding.fold(scalar))
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        ScannedText.foldClauseCommas(&units)
        (self.units, self.offsets) = ScannedText.withoutPadding(units, offsets)
    }

    /// 巿 (U+5DFF), which input methods and scans often give for 市 (U+5E02): 广州市郭永航巿长
    /// is a mayor. No name or word of the news holds 巿 itself.
    static let marketCharacter: UInt32 = 0x5DFF, city: UInt32 = 0x5E02

    /// An ASCII comma that does not group a number's thousands read as "，": scraped pages
    /// often write every mark half-width (书记王景书,管委会副主任), and the clause
    /// comma is where names and bodies end. Only a comma between two digits (3,500) stays.
    static func foldClauseCommas(_ units: inout [UInt32]) {
        for i in units.indices where units[i] == 0x2C {
            let groupsDigits = i > 0 && i + 1 < units.count && isDigit(units[i - 1]) && isDigit(units[i + 1])
            if !groupsDigits { units[i] = 0xFF0C }
        }
    }

    /// Spaces that pad a two-character name to the width of three (市委书记王　刚, 、刘　伟、), as
    /// official lists and notices write them, and spaces around numbers in text spaced for the web
    /// (`isNumberSpacing`), left out of the units: the tagger and the patterns read 王刚 and
    /// 4月7日, and offsets still point into the text as written.
    static func withoutPadding(_ units: [UInt32], _ offsets: [Int]) -> ([UInt32], [Int]) {
        guard units.contains(where: paddingSpaces.contains) else { return (units, offsets) }
        let kept = units.indices.filter { !isNamePadding(units, $0) && !isNumberSpacing(units, $0) }
        guard kept.count < units.count else { return (units, offsets) }
        return (kept.map { units[$0] }, kept.map { offsets[$0] } + [offsets[units.count]])
    }

    /// Whether the space at `i` pads a name: it stands alone between a surname and one Han
    /// character, the surname where a name may start (after a post, a list mark, a particle, a
    /// mark, or the line's start), so 王刚　李强 keeps its space.
    static func isNamePadding(_ units: [UInt32], _ i: Int) -> Bool {
        guard paddingSpaces.contains(units[i]), i >= 1, i + 1 < units.count, Han.isHan(units[i + 1]),
              !paddingSpaces.contains(units[i + 1]) else { return false }
        if People.surnames.contains(units[i - 1]) && People.mayOpenName(units, at: i - 1, after: People.titles) { return true }
        return isInSpacedName(units, i)
    }

    /// Whether the space at `i` stands in a line that is a name spelt out a character at a time
    /// (栗 俊 昌, as the speaker's line under a report's heading writes it): two to four Han
    /// characters, each apart by one space, the first a surname, and nothing else on the line.
    static func isInSpacedName(_ units: [UInt32], _ i: Int) -> Bool {
        var start = i - 1
        while start >= 2, paddingSpaces.contains(units[start - 1]), Han.isHan(units[start - 2]) { start -= 2 }
        var end = i + 1
        while end + 2 < units.count, paddingSpaces.contains(units[end + 1]), Han.isHan(units[end + 2]) { end += 2 }
        let characters = (end - start) / 2 + 1
        return (2...4).contains(characters) && Han.isHan(units[start]) && People.surnames.contains(units[start])
            && (start == 0 || units[start - 1] == 0x0A) && (end + 1 == units.count || units[end + 1] == 0x0A)
    }

    /// Whether the space at `i` stands between a number and a Han character in text spaced for
    /// the web (于 4 月 7 日至 15 日, 为期 8 天, 总投资 100 亿元): the number is read with its unit.
    /// Such a number is spaced from Han characters on both sides, or stands by a clause's mark,
    /// or opens its line before 年 or 月 (4 月 7 日…). A space that separates fields (宣城日报
    /// 2015-10-26, 发自秦皇岛 8月9日, 2016-03-14 作者) or a table's columns (1 昆山市 江苏省 98.44)
    /// leaves a number with no such other side, and stays.
    static func isNumberSpacing(_ units: [UInt32], _ i: Int) -> Bool {
        guard paddingSpaces.contains(units[i]), i >= 1, i + 1 < units.count else { return false }
        if isDigit(units[i - 1]), Han.isHan(units[i + 1]) {
            var start = i - 1
            while start > 0, isNumberPart(units[start - 1]) { start -= 1 }
            if start == 0 || units[start - 1] == 0x0A { return datePartUnits.contains(units[i + 1]) }
            return spacedFromHan(units, start - 1, towards: -1)
        }
        if Han.isHan(units[i - 1]), isDigit(units[i + 1]) {
            var end = i + 1
            while end < units.count, isNumberPart(units[end]) { end += 1 }
            return end < units.count && spacedFromHan(units, end, towards: 1)
        }
        return false
    }

    /// Whether the unit at `j`, beside a number, is a clause's mark or a bracket, or a space with
    /// a Han character beyond it (one step further `towards`).
    static func spacedFromHan(_ units: [UInt32], _ j: Int, towards step: Int) -> Bool {
        if numberNeighbours.contains(units[j]) { return true }
        let beyond = j + step
        return paddingSpaces.contains(units[j]) && beyond >= 0 && beyond < units.count && Han.isHan(units[beyond])
    }

    /// A digit, or a mark inside a number (3,500.5; 10:30).
    static func isNumberPart(_ u: UInt32) -> Bool { isDigit(u) || u == 0x2E || u == 0x2C || u == 0x3A }

    static let numberNeighbours = units(of: "，,。、；;：:！？!?（）()“”")
    static let datePartUnits = units(of: "年月")

    /// Spaces as folding leaves them: the ideographic space folds to a plain one, which reads alike.
    static let paddingSpaces = UnitSet([UInt32(0x20), 0xA0, 0x3000].flatMap { [$0] + (Unicode.Scalar($0).map { [Folding.shared.fold($0)] } ?? []) })

    public var count: Int { units.count }

    /// The text of units `range`, as written (a name's padding space included: 王　刚), to the end
    /// of its last unit: a space the scan left out after it is none of it.
    public func text(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        let end = utf8.index(utf8.startIndex, offsetBy: range.isEmpty ? offsets[range.lowerBound] : endOffset(of: range.upperBound - 1))
        return String(Substring(utf8[start..<end]))
    }

    /// The byte offset where unit `i`'s scalar ends.
    func endOffset(of i: Int) -> Int {
        let lead = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offsets[i])]
        return offsets[i] + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
    }

    /// The 1-based byte offset of scalar `i`, as records give it.
    public func byteOffset(_ i: Int) -> Int { offsets[i] + 1 }

    /// The unit at `i`, or 0 past either end (so look-arounds need no bounds checks).
    public subscript(i: Int) -> UInt32 { i >= 0 && i < units.count ? units[i] : 0 }

    /// Whether `word` (already folded) stands at `i`.
    public func matches(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= units.count else { return false }
        for (k, w) in word.enumerated() where units[i + k] != w { return false }
        return true
    }

    /// Whether `word` (already folded) ends just before `i`.
    public func matches(_ word: [UInt32], endingAt i: Int) -> Bool { matches(word, at: i - word.count) }

    /// A decimal digit of any script (ASCII, full-width, Arabic-Indic…) as its ASCII digit.
    static func digit(_ scalar: Unicode.Scalar) -> UInt32? {
        let v = scalar.value
        switch v {
        case 0xFF10...0xFF19: return v - 0xFF10 + 0x30                          // full-width digits
        case 0..<0x80, 0x2000..<0x2100, 0x3000..<0xFB00, 0xFF00..<0xFFF0: return nil  // ASCII, punctuation, CJK
        default: break
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              value >= 0, value <= 9 else { return nil }
        return 0x30 + UInt32(value)
    }
}

extension ScannedText {
    /// 、, the mark between a list's items (市领导任希杰、李东升; 中缅、中泰), which folding keeps.
    static let listMark: UInt32 = 0x3001
    /// The marks that end a clause or a sentence, full- and half-width.
    static let clauseMarks = units(of: "。，,：:；;！？!?")

    public static func isDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }
    /// An ASCII letter or digit (folded text has full-width ones as ASCII): a character of a code such as LLSQ2026-0158.
    static func isLetterOrDigit(_ u: UInt32) -> Bool { isDigit(u) || isLetter(u) }
    public static func isLetter(_ u: UInt32) -> Bool { (u >= 0x61 && u <= 0x7A) || (u >= 0x41 && u <= 0x5A) }
}

extension ScannedText {
    /// Folded code points of a literal, for matching against `units`.
    public static func fold(_ word: String) -> [UInt32] { word.unicodeScalars.map { Folding.shared.fold($0) } }

    /// Literals folded for matching, each with what it stands for, longest first (so the
    /// first match is the longest: 千瓦时 before 千瓦).
    public static func words<T>(_ list: [(String, T)]) -> WordList<T> {
        // both scripts' forms fold alike: each word once, since `longest` tries them in turn
        var seen = Set<[UInt32]>()
        return WordList(list.map { (fold($0.0), $0.1) }.filter { seen.insert($0.0).inserted })
    }

    /// The units of `characters` as the scan may hold them: folded, and as written (the scan
    /// keeps "，" unfolded).
    public static func units(of characters: String) -> UnitSet {
        UnitSet(characters.unicodeScalars.flatMap { [$0.value, Folding.shared.fold($0)] })
    }

    /// Whether jieba's segmentation of the characters around `i` joins the one before `i` to
    /// the one at it: 明日 in 三明日报 (三明|日报) is no day but a piece of a paper's name, where
    /// 昨日 in 昨日报道 (昨日|报道) is one. Asked only after a Han character.
    func splitsWord(at i: Int) -> Bool {
        guard i > 0, Han.isHan(self[i - 1]), Han.isHan(self[i]), let word = word(containing: i) else { return false }
        return word.lowerBound != i
    }

    /// The word of jieba's segmentation of the characters around `i` that holds the one at `i`.
    func word(containing i: Int) -> Range<Int>? {
        guard i >= 0, i < count, let segmenter = try? Segmenter.shared() else { return nil }
        let window = max(0, i - 4)..<min(count, i + 4)
        return segmenter.segment(Array(units[window])).first { $0.contains(i - window.lowerBound) }
            .map { ($0.lowerBound + window.lowerBound)..<($0.upperBound + window.lowerBound) }
    }

    /// The titles of works between 《 and 》 (books, films, papers, documents: 《流浪地球3》), as
    /// the ranges inside the marks; at most `longestWorkTitle` characters, on one line.
    func workTitles() -> [Range<Int>] {
        var titles: [Range<Int>] = []
        var open: Int?
        for (i, u) in units.enumerated() {
            switch u {
            case ScannedText.titleOpen: open = i + 1
            case ScannedText.titleClose:
                if let start = open, i > start, i - start <= ScannedText.longestWorkTitle { titles.append(start..<i) }
                open = nil
            case 0x0A: open = nil
            default: break
            }
        }
        return titles
    }

    static let titleOpen: UInt32 = 0x300A, titleClose: UInt32 = 0x300B  // 《 》
    static let longestWorkTitle = 40

    /// The longest of `words` that starts at `i`.
    public func longest<T>(_ words: WordList<T>, at i: Int) -> (word: [UInt32], name: T)? {
        for k in words.byFirst.entries(of: self[i]) where matches(words.entries[k].word, at: i) { return words.entries[k] }
        return nil
    }

    /// The longest of `words` that ends just before `i` and passes `test`, if one does.
    public func longest<T>(_ words: WordList<T>, endingAt i: Int, where test: ((word: [UInt32], name: T)) -> Bool = { _ in true }) -> (word: [UInt32], name: T)? {
        for k in words.byLast.entries(of: self[i - 1]) where matches(words.entries[k].word, endingAt: i) && test(words.entries[k]) { return words.entries[k] }
        return nil
    }
}

/// Folded words, each with what it stands for, longest first (in the order given where two are
/// as long), indexed by their first unit and by their last:
/// the extractors ask at nearly every character whether one of a few hundred posts or
/// suffixes starts or ends there, and at most characters none does.
public struct WordList<Name>: RandomAccessCollection {
    public typealias Element = (word: [UInt32], name: Name)
    let entries: [Element]
    let byFirst: UnitGroups, byLast: UnitGroups
    /// `byFirst`'s units, held here too: callers test them at nearly every character, where a
    /// computed property's copy would cost a retain and a release each time.
    let firsts: UnitSet

    init(_ entries: [Element]) {
        let entries = entries.sorted { $0.word.count > $1.word.count }
        self.entries = entries
        byFirst = UnitGroups(entries.map(\.word.first))
        byLast = UnitGroups(entries.map(\.word.last))
        firsts = byFirst.units
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(k: Int) -> Element { entries[k] }

    /// Both lists' words, longest first.
    static func + (a: WordList, b: WordList) -> WordList {
        WordList(a.entries + b.entries)
    }
}

/// The indices of a list's entries grouped by one unit of each (its first or its last), each
/// group in the list's order: open addressing from a unit (0 for none) to its group, since
/// hashing each character through a Swift Dictionary cost more than matching the words.
struct UnitGroups: Sendable {
    let grouped: [Int]
    let slots: [(unit: UInt32, group: Range<Int>)]
    let units: UnitSet

    /// `keys[k]`: entry k's unit, nil for an empty word.
    init(_ keys: [UInt32?]) {
        let byUnit = Dictionary(grouping: keys.indices.filter { keys[$0] != nil }) { keys[$0] ?? 0 }
        var grouped: [Int] = [], slots = [(unit: UInt32, group: Range<Int>)](repeating: (0, 0..<0), count: UnitGroups.size(for: byUnit.count))
        for (unit, group) in byUnit {
            var slot = UnitGroups.slot(of: unit, in: slots.count)
            while slots[slot].unit != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (unit, grouped.count..<(grouped.count + group.count))
            grouped += group.sorted()
        }
        (self.grouped, self.slots, units) = (grouped, slots, UnitSet(byUnit.keys))
    }

    /// A power of two at least twice `count`.
    static func size(for count: Int) -> Int { 1 << (Int.bitWidth - (2 * count).leadingZeroBitCount) }

    static func slot(of unit: UInt32, in size: Int) -> Int { Int(truncatingIfNeeded: (UInt64(unit) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (size - 1) }

    /// The indices of the entries whose unit is `unit`, in the list's order. Inlined: asked at
    /// nearly every character.
    @inline(__always)
    func entries(of unit: UInt32) -> ArraySlice<Int> {
        guard units.contains(unit) else { return [] }
        var slot = UnitGroups.slot(of: unit, in: slots.count)
        while slots[slot].unit != 0 {
            if slots[slot].unit == unit { return grouped[slots[slot].group] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return []
    }
}

extension WordList: Sendable where Name: Sendable {}

/// Code points below U+30000 as a bit array: membership in a few instructions, for the test
/// the extractors make at every character (a hashed Set costs ten times as much there).
public struct UnitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x30000 / 64)

    public init<S: Sequence>(_ units: S) where S.Element == UInt32 {
        for u in units where u < 0x30000 { bits[Int(u >> 6)] |= 1 << UInt64(u & 63) }
    }

    public func contains(_ u: UInt32) -> Bool { u < 0x30000 && bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0 }
}
