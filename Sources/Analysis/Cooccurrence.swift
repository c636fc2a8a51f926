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
    /// then by name. Names are canonical: people by name, a name's forms in either script one
    /// (`NameForms`: pairs are made of folded names, shown in their most written forms), terms
    /// as first written, organisations in Simplified script, places by full name.
    public static func pairs(of kind: Kind, within scope: Scope, in articles: [Article]) throws -> [NamePair] {
        let perArticle = try mapInParallel(articles, showing: kind.rawValue) { article -> ([Pair], [(String, Int)]) in
            let mentions = self.mentions(of: kind, in: article)
            guard kind == .people else { return (pairs(in: groups(mentions, within: scope, in: article)), []) }
            let folded = mentions.map { (name: Folding.shared.folded($0.name), offsets: $0.offsets) }
            return (pairs(in: groups(folded, within: scope, in: article)), mentions.map { ($0.name, max($0.offsets.count, 1)) })
        }
        var counts: [Pair: Int] = [:]
        var forms = NameForms()
        for (pairs, written) in perArticle {
            for pair in pairs { counts[pair, default: 0] += 1 }
            for (name, times) in written { _ = forms.add(name, times: times) }
        }
        func shown(_ name: String) -> String { kind == .people ? forms.shown(name) : name }
        return counts.map { pair, count in
            let (a, b) = (shown(pair.a), shown(pair.b))
            return NamePair(a: min(a, b), b: max(a, b), count: count)
        }
            .sorted { ($1.count, $0.a, $0.b) < ($0.count, $1.a, $1.b) }
    }

    struct Pair: Hashable {
        let a: String
        let b: String
    }

    /// An article's names of `kind`, canonical but for people's (as first written), with their offsets.
    static func mentions(of kind: Kind, in article: Article) -> [(name: String, offsets: [Int])] {
        switch kind {
        case .people: return article.people.map { ($0.text, $0.offsets) }
        case .orgs: return article.organisations.map { (Folding.shared.canonical($0.text), $0.offsets) }
        case .places: return article.places.map { ($0.name, [$0.offset]) }
        case .terms: return article.terms.map { ($0.text, $0.offsets) }
        }
    }

    /// The distinct names of each article, or of each of its sentences.
    static func groups(_ mentions: [(name: String, offsets: [Int])], within scope: Scope, in article: Article) -> [Set<String>] {
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
