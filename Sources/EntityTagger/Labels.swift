/// What the tagger finds.
public enum EntityKind: Int, Sendable, CaseIterable {
    case person = 0, place = 1, organisation = 2

    /// The names MSRA and similar sets use: PER, LOC, ORG.
    public init?(tag: String) {
        switch tag {
        case "PER": self = .person
        case "LOC": self = .place
        case "ORG": self = .organisation
        default: return nil
        }
    }
}

/// A name the tagger found: its kind and the characters it covers.
public struct EntitySpan: Equatable, Sendable {
    public var kind: EntityKind
    public var range: Range<Int>

    public init(kind: EntityKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// The 13 labels a character can take: outside any name, or the begin, middle, end or
/// single character of a person, place or organisation (BMES). Stored as small integers:
/// 0 is outside, 1 + 4·kind + position is the rest.
enum Labels {
    static let count = 13
    static let outside: UInt8 = 0
    enum Position: Int { case begin = 0, middle, end, single }

    static func label(_ kind: EntityKind, _ position: Position) -> UInt8 { UInt8(1 + 4 * kind.rawValue + position.rawValue) }
    static func kind(_ label: UInt8) -> EntityKind? { label == 0 ? nil : EntityKind(rawValue: (Int(label) - 1) / 4) }
    static func position(_ label: UInt8) -> Position? { label == 0 ? nil : Position(rawValue: (Int(label) - 1) % 4) }

    /// Whether a name is still open after `label` (begin or middle), so the next label must go on with it.
    static func isOpen(_ label: UInt8) -> Bool { position(label) == .begin || position(label) == .middle }

    /// Whether `to` may follow `from` (nil: the start of the text). An open name must go on
    /// with a middle or end of its own kind; otherwise a new name begins, or none.
    static func allowed(from: UInt8?, to: UInt8) -> Bool {
        if let from, isOpen(from) {
            return kind(to) == kind(from) && (position(to) == .middle || position(to) == .end)
        }
        return to == outside || position(to) == .begin || position(to) == .single
    }

    /// The names a label sequence spells.
    static func spans(_ labels: [UInt8]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = 0
        for (i, label) in labels.enumerated() {
            guard let kind = kind(label), let position = position(label) else { continue }
            switch position {
            case .begin: start = i
            case .middle: break
            case .end: spans.append(EntitySpan(kind: kind, range: start..<(i + 1)))
            case .single: spans.append(EntitySpan(kind: kind, range: i..<(i + 1)))
            }
        }
        return spans
    }

    /// The labels of `spans` over `count` characters (for training from spans).
    static func labels(count: Int, spans: [EntitySpan]) -> [UInt8] {
        var labels = [UInt8](repeating: outside, count: count)
        for span in spans where span.range.lowerBound >= 0 && span.range.upperBound <= count && !span.range.isEmpty {
            if span.range.count == 1 {
                labels[span.range.lowerBound] = label(span.kind, .single)
                continue
            }
            for i in span.range { labels[i] = label(span.kind, .middle) }
            labels[span.range.lowerBound] = label(span.kind, .begin)
            labels[span.range.upperBound - 1] = label(span.kind, .end)
        }
        return labels
    }
}
