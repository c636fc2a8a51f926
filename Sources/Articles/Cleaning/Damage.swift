import Text
/// Damaged text: bytes decoded with the wrong encoding ("?jié)摿Υ?"), U+FFFD, stray Greek,
/// Cyrillic or accented Latin letters between Han characters. Reported, never repaired.
public struct DamagedSpan: Equatable {
    /// The damaged text as it stands.
    public var text: String
    /// 1-based byte offset in the clean text.
    public var offset: Int
    public var reason: String
}

public enum Damage {
    /// Finds the damaged spans of `text` (already cleaned of pinyin annotations).
    public static func spans(in text: String) -> [DamagedSpan] {
        let scalars = Array(text.unicodeScalars)
        var anchors: [(index: Int, reason: String)] = []
        for (i, s) in scalars.enumerated() {
            if let reason = suspicion(of: s, at: i, in: scalars) { anchors.append((i, reason)) }
        }
        guard !anchors.isEmpty else { return [] }
        // Anchors close together are one span; the span grows over attached stray letters.
        var spans: [(start: Int, end: Int, reasons: [String])] = []
        for anchor in anchors {
            if let last = spans.last, anchor.index - last.end <= 3 {
                spans[spans.count - 1].end = anchor.index
                if !spans[spans.count - 1].reasons.contains(anchor.reason) { spans[spans.count - 1].reasons.append(anchor.reason) }
            } else {
                spans.append((anchor.index, anchor.index, [anchor.reason]))
            }
        }
        // A question mark alone is punctuation; with other damage around it, it is damage.
        spans.removeAll { $0.reasons == [questionMark] }
        let offsets = UTF8Scalars.byteOffsets(scalars)
        return spans.map { span in
            var (start, end) = (span.start, span.end)
            while start > 0, isStrayLetter(scalars[start - 1]) { start -= 1 }
            while end + 1 < scalars.count, isStrayLetter(scalars[end + 1]) || scalars[end + 1] == ")" { end += 1 }
            let piece = String(String.UnicodeScalarView(scalars[start...end]))
            return DamagedSpan(text: piece, offset: offsets[start] + 1, reason: span.reasons.joined(separator: ", "))
        }
    }

    static let questionMark = "question mark in Han text"

    /// Why this character looks damaged, or nil.
    static func suspicion(of s: Unicode.Scalar, at i: Int, in scalars: [Unicode.Scalar]) -> String? {
        if s == "\u{FFFD}" { return "replacement character" }
        let before = i > 0 ? scalars[i - 1] : " "
        let after = i + 1 < scalars.count ? scalars[i + 1] : " "
        let nearHan = Han.isHan(before) || Han.isHan(after)
        switch s.value {
        case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F...0x9F:
            return "control character"  // NUL and the like from a broken export, kept as they are
        case 0x3F:  // '?' glued to Han text or letters; kept only in a span with other damage
            if nearHan || isStrayLetter(before) || isStrayLetter(after) { return questionMark }
        case 0x0370...0x03FF: if nearHan { return "Greek letter in Han text" }
        case 0x0400...0x04FF: if nearHan { return "Cyrillic letter in Han text" }
        case 0x00C0...0x024F:
            // accented Latin (often pinyin with a lost '(') touching Han text or other damage
            if nearHan || isStrayLetter(before) || isStrayLetter(after) { return "accented Latin letter in Han text" }
        default: break
        }
        return nil
    }

    private static func isForeignLetter(_ s: Unicode.Scalar) -> Bool {
        (0x0370...0x04FF).contains(s.value) || (0x00C0...0x024F).contains(s.value)
    }

    /// Letters that extend a damaged span: ASCII and accented Latin, Greek, Cyrillic.
    private static func isStrayLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || isForeignLetter(s)
    }
}
