import Analysis
import Articles
import LuaBridge
import Search

/// Swift values as the records Lua sees: the conversions more than one class uses.
enum Records {
    /// An exact figure: an integer when whole, else the double its decimal digits read as.
    static func decimalValue(_ v: Decimal10?) -> LuaValue {
        guard let v else { return .nil }
        return v.integer.map(LuaValue.integer) ?? .number(v.double)
    }

    static func placeRecord(_ p: Place, _ sentence: LuaValue) -> LuaValue {
        func optional(_ s: String?) -> LuaValue { s.map(LuaValue.text) ?? .nil }
        return .record([("text", .text(p.text)), ("name", .text(p.name)), ("level", .text(p.level.rawValue)), ("kind", optional(p.kind)),
                        ("province", optional(p.province)), ("city", optional(p.city)), ("county", optional(p.county)),
                        ("code", optional(p.code)), ("ambiguous", .boolean(p.ambiguous)), ("within", optional(p.within)),
                        ("offset", .integer(p.offset)),
                        ("sentence", sentence)])
    }

    /// Every mention of a person or organisation: {text = as written there, offset}.
    static func mentionList(_ m: Mention) -> LuaValue {
        .list(zip(m.forms, m.offsets).map { .record([("text", .text($0.0)), ("offset", .integer($0.1))]) })
    }

    /// The sentences of one article's records, each made once: the records of one sentence
    /// share its text, in Swift and, pushed together, in Lua (`Lua.push`). A text with no
    /// sentence breaks is one sentence, and each of its thousands of records held a copy.
    final class SentenceTexts {
        private let article: Article
        private var made: [Int: LuaValue] = [:]

        init(_ article: Article) { self.article = article }

        /// The text of the sentence holding `offset`, or nil before the first.
        func text(at offset: Int) -> LuaValue {
            let number = article.sentenceNumber(at: offset)
            if let text = made[number] { return text }
            let text = article.sentence(at: offset).map { LuaValue.text($0.text) } ?? .nil
            made[number] = text
            return text
        }
    }

    /// A hit as Lua sees it: article, field, paragraph and sentence (for body hits), offset, text.
    static func hit(_ hit: Hit) -> LuaValue {
        var fields: [(String, LuaValue)] = [("article", .object(hit.article)), ("field", .text(hit.field)),
                                            ("offset", .integer(hit.offset)), ("text", .text(hit.text))]
        if hit.field == "text", let sentence = hit.article.sentence(at: hit.offset) {
            fields.append(("paragraph", .integer(sentence.paragraph)))
            fields.append(("sentence", .text(sentence.text)))
        }
        return .record(fields)
    }

    /// A compound search's hit: a hit record spanning its terms, with each term's own.
    static func compoundHit(_ hit: CompoundHit) -> LuaValue {
        guard case .table(var record) = Records.hit(hit.span) else { return .nil }
        record.entries.append((.text("terms"), .list(hit.terms.map { term in
            .record([("term", .text(term.term)), ("offset", .integer(term.hit.offset)), ("text", .text(term.hit.text))])
        })))
        return .table(record)
    }

    /// A keyword-in-context line: {left, match, right, article, field, offset}.
    static func concordance(_ line: ConcordanceLine) -> LuaValue {
        .record([("left", .text(line.left)), ("match", .text(line.hit.text)), ("right", .text(line.right)),
                 ("article", .object(line.hit.article)), ("field", .text(line.hit.field)), ("offset", .integer(line.hit.offset))])
    }

    static func duplicateCluster(_ cluster: DuplicateCluster) -> LuaValue {
        .record([("size", .integer(cluster.members.count)), ("earliest", .object(cluster.earliest)),
                 ("title", .text(cluster.earliest.title)),
                 ("members", .list(zip(cluster.members, cluster.similarities).map { member, similarity in
                     .record([("article", .object(member)), ("similarity", .number((similarity * 1000).rounded() / 1000))])
                 }))])
    }
}
