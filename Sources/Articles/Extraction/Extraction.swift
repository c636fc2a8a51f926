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

extension Corpus {
    /// Extracts `kinds` from every article on every core, so that reading them after is
    /// immediate. Each article is worked on by one thread only. On a terminal, work that
    /// runs past a second shows its progress on stderr. Cancellation is asked before each
    /// article: once told to stop, the rest are left for later, each article whole or
    /// untouched, and this throws `Cancelled`.
    public func extract(_ kinds: [ExtractionKind]) throws {
        let progress = Progress(total: articles.count, what: kinds.map(\.rawValue).joined(separator: ", "), unit: "articles")
        defer { progress.finish() }
        let count = articles.count
        let chunk = max(1, count / 256)  // enough pieces for both cores to stay busy
        _ = try parallelMap(Array(stride(from: 0, to: count, by: chunk))) { start in
            let range = start..<min(count, start + chunk)
            for i in range {
                try Cancellation.check()
                let article = articles[i]
                // one folded scan serves every kind; records carry their sentence, so split those too
                article.parsed.keepingScan { for kind in kinds { article.extract(kind) } }
                _ = article.parsed.sentences
            }
            progress.advance(by: range.count)
        }
    }
}
