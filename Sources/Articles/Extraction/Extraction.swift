import Foundation

/// What can be extracted from every article of a corpus at once.
public enum ExtractionKind: String, CaseIterable, Sendable {
    case numbers, dates, places, people, orgs, terms
}

extension Article {
    /// Computes one kind of record now (it is kept, as on first use).
    func extract(_ kind: ExtractionKind) {
        switch kind {
        case .numbers: _ = numbers
        case .dates: _ = dates
        case .places: _ = places
        case .people: _ = people
        case .orgs: _ = organisations
        case .terms: _ = terms
        }
    }
}

/// Every kind of record of one article, as extracted: what a store keeps, so that an article
/// read back from it needs no extraction.
public struct ExtractedRecords {
    public var numbers: [Amount]
    public var dates: [DateMention]
    public var places: [Place]
    public var people: [Mention]
    public var orgs: [Mention]
    public var terms: [Mention]

    public init(numbers: [Amount] = [], dates: [DateMention] = [], places: [Place] = [], people: [Mention] = [],
                orgs: [Mention] = [], terms: [Mention] = []) {
        (self.numbers, self.dates, self.places, self.people, self.orgs, self.terms) = (numbers, dates, places, people, orgs, terms)
    }
}

extension Article {
    /// Every kind of record, extracting what is not yet.
    public var records: ExtractedRecords {
        parsed.keepingScan {
            ExtractedRecords(numbers: numbers, dates: dates, places: places, people: people, orgs: organisations, terms: terms)
        }
    }

    /// Takes records extracted before (read from a store) instead of extracting them, each
    /// kind when first asked for. Names taught afterwards make people, places and
    /// organisations again, as for any article.
    public func adopt(_ records: StoredRecords) {
        stored = (records, TaughtNames.shared.generation)
    }
}

/// Where an article read from a store finds its records of each kind, read when first asked
/// for; nil for a kind that cannot be read (it is extracted again, which gives the same
/// records). One shared reader and the article's number: no closure an article.
public protocol KeptRecords: AnyObject, Sendable {
    /// Runs `body`, which reads many articles' records, as one read of the store rather than
    /// one for each article.
    func readingMany<T>(_ body: () throws -> T) rethrows -> T
    func numbers(article: Int) -> [Amount]?
    func dates(article: Int) -> [DateMention]?
    func places(article: Int) -> [Place]?
    func people(article: Int) -> [Mention]?
    func orgs(article: Int) -> [Mention]?
    func terms(article: Int) -> [Mention]?
}

extension Optional where Wrapped == any KeptRecords {
    /// `body` as one read of the store, when there is one.
    func readingMany<T>(_ body: () throws -> T) rethrows -> T {
        switch self {
        case .some(let kept): return try kept.readingMany(body)
        case .none: return try body()
        }
    }
}

/// Records kept from an earlier extraction (a store's), each kind read when first asked for.
public struct StoredRecords {
    let kept: KeptRecords
    let id: Int

    public init(keptIn kept: KeptRecords, id: Int) {
        (self.kept, self.id) = (kept, id)
    }

    func numbers() -> [Amount]? { kept.numbers(article: id) }
    func dates() -> [DateMention]? { kept.dates(article: id) }
    func places() -> [Place]? { kept.places(article: id) }
    func people() -> [Mention]? { kept.people(article: id) }
    func orgs() -> [Mention]? { kept.orgs(article: id) }
    func terms() -> [Mention]? { kept.terms(article: id) }
}

/// What `transform` makes of each article, in their order, on every core: the articles are
/// shared out in chunks, each article worked on by one thread, and read from their store (if
/// they come from one) as one read, not one an article. Cancellation is asked before each article;
/// long work shows its progress as `what`.
public func mapInParallel<R>(_ articles: [Article], showing what: String, _ transform: (Article) throws -> R) throws -> [R] {
    let count = articles.count
    let chunk = max(1, count / 256)  // enough pieces for both cores to stay busy
    let progress = Progress(total: count, what: what, unit: "articles")
    defer { progress.finish() }
    let kept = articles.lazy.compactMap { $0.stored?.records.kept }.first
    return try kept.readingMany {
        try parallelMap(Array(stride(from: 0, to: count, by: chunk))) { start in
            let results = try articles[start..<min(count, start + chunk)].map { article in
                try Cancellation.check()
                return try transform(article)
            }
            progress.advance(by: results.count)
            return results
        }.flatMap { $0 }
    }
}

extension Corpus {
    /// Extracts `kinds` from every article on every core, so that reading them after is
    /// immediate. Each article is worked on by one thread only. On a terminal, work that
    /// runs past a second shows its progress on stderr. Cancellation is asked before each
    /// article: once told to stop, the rest are left for later, each article whole or
    /// untouched, and this throws `Cancelled`.
    public func extract(_ kinds: [ExtractionKind]) throws {
        _ = try mapInParallel(articles, showing: kinds.map(\.rawValue).joined(separator: ", ")) { article in
            // one folded scan serves every kind; records carry their sentence, so split those too
            article.parsed.keepingScan { for kind in kinds { article.extract(kind) } }
            _ = article.sentenceSpans
        }
    }
}
