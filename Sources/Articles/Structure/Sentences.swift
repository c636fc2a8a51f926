import Foundation
import Text

/// A sentence of the body: its text, its paragraph (1-based), its 1-based byte offset in `a.text`.
public struct Sentence: Equatable {
    /// The sentence as a slice of the article's text: it shares the text's storage, so a
    /// corpus's sentences cost no second copy of its bodies.
    public var slice: Substring
    public var paragraph: Int
    public var offset: Int

    public var text: String { String(slice) }
}

/// Where a sentence lies. Byte offsets into `a.text`, 0-based; the paragraph 1-based.
public struct SentenceSpan: Equatable {
    public var start: Int
    public var end: Int
    public var paragraph: Int

    public init(start: Int, end: Int, paragraph: Int) { (self.start, self.end, self.paragraph) = (start, end, paragraph) }

    func sentence(in text: String) -> Sentence {
        Sentence(slice: text.substring(start..<end), paragraph: paragraph, offset: start + 1)
    }
}

/// The spans of one body's sentences, kept per article instead of `Sentence`s: a corpus has
/// millions of sentences. Three 32-bit numbers a sentence (half of three `Int`s: 8 MB less on
/// the 100 MB benchmark corpus); only a body of 4 GiB or more keeps `Int`s.
struct SentenceSpans: RandomAccessCollection {
    private enum Numbers {
        case narrow([UInt32])
        case wide([Int])
    }
    /// Start, end and paragraph of each sentence, one after another.
    private let numbers: Numbers

    init(_ spans: [SentenceSpan], textBytes: Int) {
        // offsets and paragraph numbers are at most the text's length
        numbers = textBytes <= Int(UInt32.max) ? .narrow(Self.flat(spans) { UInt32(truncatingIfNeeded: $0) }) : .wide(Self.flat(spans) { $0 })
    }

    private static func flat<T>(_ spans: [SentenceSpan], _ number: (Int) -> T) -> [T] {
        var flat: [T] = []
        flat.reserveCapacity(3 * spans.count)
        for span in spans {
            flat.append(number(span.start))
            flat.append(number(span.end))
            flat.append(number(span.paragraph))
        }
        return flat
    }

    var startIndex: Int { 0 }
    var endIndex: Int {
        switch numbers {
        case .narrow(let n): n.count / 3
        case .wide(let n): n.count / 3
        }
    }

    subscript(i: Int) -> SentenceSpan {
        switch numbers {
        case .narrow(let n): SentenceSpan(start: Int(n[3 * i]), end: Int(n[3 * i + 1]), paragraph: Int(n[3 * i + 2]))
        case .wide(let n): SentenceSpan(start: n[3 * i], end: n[3 * i + 1], paragraph: n[3 * i + 2])
        }
    }
}

/// An enumeration ("一是…二是…", "（一）…（二）…", "1.…2.…") and its items.
public struct Enumeration: Equatable {
    public var style: String
    public var items: [String]
    public var paragraph: Int
}

public enum Sentences {
    private static let enderMarks = "。！？；!?;…".unicodeScalars.map(\.value)
    /// Closing marks that stay with the sentence they end: 。” belongs before the break.
    private static let trailingMarks = "”」』）)’》…".unicodeScalars.map(\.value)
    static let openers: [UInt32: UInt32] = Dictionary(uniqueKeysWithValues: [("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"),
        ("《", "》"), ("【", "】"), ("‘", "’")].map { (Sentences.value($0.0), Sentences.value($0.1)) })
    static let enders = UnitSet(enderMarks)
    static let trailing = UnitSet(trailingMarks)
    /// Every mark the splitter acts on; other characters are passed over without a lookup.
    static let marks = UnitSet(enderMarks + Array(openers.keys) + Array(openers.values) + trailingMarks)

    private static func value(_ mark: Character) -> UInt32 { mark.unicodeScalars.first?.value ?? 0 }

    /// Splits on 。！？；… outside quotes and brackets; a closing quote stays with its sentence.
    public static func split(_ paragraph: String) -> [String] {
        let bytes = Array(paragraph.utf8)
        return spans(of: paragraph).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    /// Where the sentences of a body whose paragraphs are joined by "\n" lie: byte offsets,
    /// trimmed of white space, and the 1-based paragraph. Read byte by byte from the text's
    /// own UTF-8 (walking String indices took a quarter of reading a store's people).
    static func spans(of text: String) -> [SentenceSpan] {
        var text = text  // withUTF8 is mutating: it makes a bridged string native first
        return text.withUTF8 { bytes in
            var scanner = SentenceScanner(bytes: bytes)
            return scanner.spans()
        }
    }

    /// The spans of a body's sentences, kept compact.
    static func keptSpans(of text: String) -> SentenceSpans {
        SentenceSpans(spans(of: text), textBytes: text.utf8.count)
    }

    /// Whether spans read from elsewhere (a store another tool may have changed) can be this
    /// text's: in order, each within the text and starting and ending between characters, in
    /// paragraphs that count up from 1 and no further than the text's. Cutting the text at
    /// any other place would trap.
    static func fit(_ spans: [SentenceSpan], _ text: String) -> Bool {
        var text = text  // withUTF8 is mutating: it makes a bridged string native first
        return text.withUTF8 { bytes in
            let paragraphs = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            // UTF-8's continuation bytes are 10xxxxxx: anything else starts a character
            func between(_ offset: Int) -> Bool { offset == bytes.count || offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80 }
            var end = 0, paragraph = 1
            for span in spans {
                guard span.start >= end, span.end >= span.start, between(span.start), between(span.end),
                      span.paragraph >= paragraph, span.paragraph <= paragraphs else { return false }
                (end, paragraph) = (span.end, span.paragraph)
            }
            return true
        }
    }
}

/// The splitter's state over one text's UTF-8 (valid: a Swift string's).
private struct SentenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var result: [SentenceSpan] = []
    var start = 0, paragraph = 1
    /// The closing marks awaited, innermost last: no sentence ends inside quotes or brackets.
    var closers: [UInt32] = []
    // The sets, read once: through the statics, every character paid a lazy-global check
    // and a retain (a tenth of reading a store's people).
    let marks = Sentences.marks, enders = Sentences.enders, trailing = Sentences.trailing

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The code point at byte `i`, and its length in bytes.
    func scalar(at i: Int) -> (value: UInt32, length: Int) { codePoint(inValidUTF8: bytes, at: i) }

    /// Unicode's White_Space, written out: the property lookup was a search of a table for
    /// the two ends of every sentence.
    func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The sentence from `start` to `end`, trimmed of white space (if anything is left).
    mutating func emit(_ end: Int) {
        var from = start, to = end
        while from < to, case let (value, length) = scalar(at: from), isWhitespace(value) { from += length }
        while to > from {
            var last = to - 1
            while last > from, bytes[last] & 0xC0 == 0x80 { last -= 1 }  // back to the lead byte
            guard isWhitespace(scalar(at: last).value) else { break }
            to = last
        }
        if from < to { result.append(SentenceSpan(start: from, end: to, paragraph: paragraph)) }
        start = end
    }

    mutating func spans() -> [SentenceSpan] {
        var i = 0
        while i < bytes.count {
            let (c, length) = scalar(at: i)
            if c == 0x0A {  // a paragraph ends: its last sentence too, and any open quote
                emit(i)
                paragraph += 1
                closers.removeAll()
                i += 1
                start = i
                continue
            }
            i += length
            guard marks.contains(c) else {
                if closers.count > 8 { closers.removeAll() }  // unbalanced marks: stop trusting them
                continue
            }
            if let close = Sentences.openers[c] {
                closers.append(close)
            } else if let last = closers.last, c == last {
                closers.removeLast()
            } else if closers.count > 8 {
                closers.removeAll()  // unbalanced marks: stop trusting them
            }
            guard closers.isEmpty, enders.contains(c) else { continue }
            while i < bytes.count, case let (next, size) = scalar(at: i), trailing.contains(next) || enders.contains(next) {
                i += size
            }
            emit(i)
        }
        emit(bytes.count)
        return result
    }
}

public enum Enumerations {
    static let numerals = Array("一二三四五六七八九十")
    static let transitions = ["下一步", "此外", "同時", "同时", "最後", "最后", "總之", "总之", "今後", "今后", "下步"]

    /// Each paragraph's enumerations, in order.
    public static func find(in paragraphs: [String]) -> [Enumeration] {
        paragraphs.enumerated().flatMap { number, paragraph in
            styles.compactMap { style in
                enumeration(in: paragraph, markers: style.markers, style: style.name, paragraph: number + 1)
            }
        }
    }

    static let styles: [(name: String, markers: [String])] = [
        ("一是", numerals.map { "\($0)是" }),
        ("（一）", numerals.map { "（\($0)）" }),
        ("(一)", numerals.map { "(\($0))" }),
        ("第一", numerals.map { "第\($0)，" }),
        ("（1）", (1...20).map { "（\($0)）" }),
        ("1.", (1...20).map { "\($0)." }),
        ("1、", (1...20).map { "\($0)、" }),
    ]

    /// Items between consecutive markers, which must appear in order from the first; at least two.
    static func enumeration(in paragraph: String, markers: [String], style: String, paragraph number: Int) -> Enumeration? {
        var starts: [Range<String.Index>] = []
        var from = paragraph.startIndex
        for marker in markers {
            guard let range = paragraph[from...].firstByteRange(of: marker),
                  isMarkerStart(range.lowerBound, in: paragraph) else { break }
            starts.append(range)
            from = range.upperBound
        }
        guard starts.count >= 2 else { return nil }
        var items: [String] = []
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1].lowerBound : lastItemEnd(paragraph, from: start.upperBound)
            items.append(String(paragraph[start.upperBound..<end]).trimmingCharacters(in: .whitespaces))
        }
        return Enumeration(style: style, items: items, paragraph: number)
    }

    /// A marker starts the paragraph or follows punctuation (so "統一是" is no marker).
    static func isMarkerStart(_ index: String.Index, in paragraph: String) -> Bool {
        guard index > paragraph.startIndex else { return true }
        let before = paragraph[paragraph.index(before: index)]
        return "。；;，,：:！？!? \u{3000}".contains(before)
    }

    /// The last item runs to the end of the paragraph, or to a sentence opening with a transition.
    static func lastItemEnd(_ paragraph: String, from start: String.Index) -> String.Index {
        let rest = paragraph[start...]
        var end = paragraph.endIndex
        for transition in transitions {
            for separator in ["。", "；"] {
                if let r = rest.firstByteRange(of: separator + transition), r.lowerBound < end {
                    end = paragraph.index(after: r.lowerBound)
                }
            }
        }
        return end
    }
}
