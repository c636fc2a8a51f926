import Foundation

/// A sentence of the body: its text, its paragraph (1-based), its 1-based byte offset in `a.text`.
public struct Sentence: Equatable {
    /// The sentence as a slice of the article's text: it shares the text's storage, so a
    /// corpus's sentences cost no second copy of its bodies.
    public var slice: Substring
    public var paragraph: Int
    public var offset: Int

    public var text: String { String(slice) }
}

/// Where a sentence lies, kept per article instead of `Sentence`: a third of its size, as a
/// corpus has millions of sentences. Byte offsets into `a.text`, 0-based.
struct SentenceSpan {
    var start: Int
    var end: Int
    var paragraph: Int

    func sentence(in text: String) -> Sentence {
        Sentence(slice: text.substring(start..<end), paragraph: paragraph, offset: start + 1)
    }
}

/// An enumeration ("一是…二是…", "（一）…（二）…", "1.…2.…") and its items.
public struct Enumeration: Equatable {
    public var style: String
    public var items: [String]
    public var paragraph: Int
}

public enum Sentences {
    static let enders: Set<Unicode.Scalar> = Set("。！？；!?;…".unicodeScalars)
    static let openers: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】", "‘": "’"]
    /// Closing marks that stay with the sentence they end: 。” belongs before the break.
    static let trailing: Set<Unicode.Scalar> = Set("”」』）)’》…".unicodeScalars)
    /// Every mark the splitter acts on; other characters are passed over without a lookup.
    static let marks = UnitSet((Array(enders) + Array(openers.keys) + Array(openers.values) + Array(trailing)).map(\.value))

    /// Splits on 。！？；… outside quotes and brackets; a closing quote stays with its sentence.
    public static func split(_ paragraph: String) -> [String] {
        ranges(paragraph[...]).map { String(paragraph[$0]) }
    }

    /// The sentences of a paragraph as trimmed UTF-8 index ranges, read scalar by scalar.
    static func ranges(_ paragraph: Substring) -> [Range<String.Index>] {
        let scalars = paragraph.unicodeScalars
        var result: [Range<String.Index>] = []
        var start = scalars.startIndex
        var closers: [Unicode.Scalar] = []
        var index = scalars.startIndex
        func emit(_ end: String.Index) {
            var from = start, to = end
            while from < to, scalars[from].properties.isWhitespace { from = scalars.index(after: from) }
            while to > from, scalars[scalars.index(before: to)].properties.isWhitespace { to = scalars.index(before: to) }
            if from < to { result.append(from..<to) }
            start = end
        }
        while index < scalars.endIndex {
            let c = scalars[index]
            index = scalars.index(after: index)
            guard marks.contains(c.value) else {
                if closers.count > 8 { closers.removeAll() }  // unbalanced marks: stop trusting them
                continue
            }
            if let close = openers[c] {
                closers.append(close)
            } else if let last = closers.last, c == last {
                closers.removeLast()
            } else if closers.count > 8 {
                closers.removeAll()  // unbalanced marks: stop trusting them
            }
            guard closers.isEmpty, enders.contains(c) else { continue }
            while index < scalars.endIndex, trailing.contains(scalars[index]) || enders.contains(scalars[index]) {
                index = scalars.index(after: index)
            }
            emit(index)
        }
        emit(scalars.endIndex)
        return result
    }

    /// Where the sentences of a body whose paragraphs are joined by "\n" lie.
    static func spans(of text: String) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        let utf8 = text.utf8
        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for range in ranges(paragraph) {
                result.append(SentenceSpan(start: offset(range.lowerBound), end: offset(range.upperBound), paragraph: number + 1))
            }
        }
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
            guard let range = paragraph.range(of: marker, range: from..<paragraph.endIndex),
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
                if let r = rest.range(of: separator + transition), r.lowerBound < end {
                    end = paragraph.index(after: r.lowerBound)
                }
            }
        }
        return end
    }
}
