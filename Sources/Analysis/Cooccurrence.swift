import Articles
import Text

/// Two names found together, and in how many articles (or sentences).
public struct NamePair: Equatable, Sendable {
    public let a: String
    public let b: String
    public let count: Int
}

/// Who appears with whom: pairs of names in the same article or sentence, counted on every
/// core from the records the extractors keep (no Lua tables are made for them).
public enum Cooccurrence {
    public enum Kind: String, CaseIterable, Sendable { case people, orgs, places, terms }
    public enum Scope: String, CaseIterable, Sendable { case article, sentence }

    /// Pairs named together, each pair once per article (or sentence), most frequent first,
    /// then by name. Names are canonical: people and terms as first written, organisations in
    /// Simplified script, places by full name.
    public static func pairs(of kind: Kind, within scope: Scope, in articles: [Article]) throws -> [NamePair] {
        let perArticle = try mapInParallel(articles, showing: kind.rawValue) { article in pairs(in: groups(of: kind, within: scope, in: article)) }
        var counts: [Pair: Int] = [:]
        for pairs in perArticle { for pair in pairs { counts[pair, default: 0] += 1 } }
        return counts.map { NamePair(a: $0.key.a, b: $0.key.b, count: $0.value) }
            .sorted { ($1.count, $0.a, $0.b) < ($0.count, $1.a, $1.b) }
    }

    struct Pair: Hashable {
        let a: String
        let b: String
    }

    /// The distinct names of each article, or of each of its sentences.
    static func groups(of kind: Kind, within scope: Scope, in article: Article) -> [Set<String>] {
        let mentions: [(name: String, offsets: [Int])]
        switch kind {
        case .people: mentions = article.people.map { ($0.text, $0.offsets) }
        case .orgs: mentions = article.organisations.map { (Folding.shared.canonical($0.text), $0.offsets) }
        case .places: mentions = article.places.map { ($0.name, [$0.offset]) }
        case .terms: mentions = article.terms.map { ($0.text, $0.offsets) }
        }
        guard scope == .sentence else { return [Set(mentions.map(\.name))] }
        var bySentence: [Int: Set<String>] = [:]
        for mention in mentions {
            for offset in mention.offsets { bySentence[article.sentenceNumber(at: offset), default: []].insert(mention.name) }
        }
        return Array(bySentence.values)
    }

    /// Every pair of distinct names within each group, the smaller name first.
    static func pairs(in groups: [Set<String>]) -> [Pair] {
        groups.flatMap { group -> [Pair] in
            let names = group.sorted()
            return names.indices.flatMap { i in names[(i + 1)...].map { Pair(a: names[i], b: $0) } }
        }
    }
}
