/// A loaded corpus: its articles in order and what loading did.
public final class Corpus {
    public let articles: [Article]
    public let report: LoadReport
    public let path: String
    /// The corpus a sub-corpus was filtered from (nil for a loaded one): its articles are a
    /// subset of the root's, and it searches with the root's index.
    public let root: Corpus?
    /// What the search keeps for this corpus once it has searched (the Search target's).
    public var searchState: CorpusSearchState?

    public init(articles: [Article], report: LoadReport, path: String, root: Corpus? = nil) {
        self.articles = articles
        self.report = report
        self.path = path
        self.root = root?.root ?? root
    }

    public static func load(_ path: String, fields: [String: String] = [:], format: String? = nil,
                            confinement: Confinement? = nil) throws -> Corpus {
        let (articles, report) = try Loader(fields: fields, confinement: confinement).load(path, format: format)
        return Corpus(articles: articles, report: report, path: path)
    }

    /// The sub-corpus of the articles `keep` accepts; it shares this corpus's root.
    public func filter(_ keep: (Article) throws -> Bool) rethrows -> Corpus {
        Corpus(articles: try articles.filter(keep), report: report, path: path, root: self)
    }

    /// The sub-corpus whose articles' `field` equals `value` (or is set, when `value` is nil),
    /// as `filter` would find it, asked of the store the articles were read from in one
    /// query: each article reading its own row took seconds on a store of 300,000 articles.
    /// Nil when the articles are not all from one store, or the store does not answer for
    /// `field`, or (for "place", found from the places) names were taught since it was opened.
    public func filter(storedField field: String, equals value: String?) throws -> Corpus? {
        let generation = TaughtNames.shared.generation
        guard let texts = articles.first?.kept?.texts,
              articles.allSatisfy({ $0.kept?.texts === texts }),
              field != "place" || articles.allSatisfy({ $0.stored?.generation == generation }),
              let numbers = try texts.articles(whose: field, equals: value)
        else { return nil }
        return filter { article in article.kept.map { numbers.contains($0.id) } ?? false }
    }
}

/// The search's state for one corpus (its index), kept with the corpus; Articles only holds it.
public protocol CorpusSearchState: AnyObject {}
