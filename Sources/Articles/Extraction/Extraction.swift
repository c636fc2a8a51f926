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
    /// runs past a second shows its progress on stderr. `stop` is asked before each article:
    /// once it says yes (Ctrl-C), the rest are left for later, each article whole or untouched.
    public func extract(_ kinds: [ExtractionKind], stop: @Sendable () -> Bool = { false }) {
        let articles = Unshared(self.articles)
        let progress = Progress(total: articles.value.count, what: kinds.map(\.rawValue).joined(separator: ", "), unit: "articles")
        let count = articles.value.count
        let chunk = max(1, count / 256)  // enough pieces for both cores to stay busy
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { piece in
            let range = (piece * chunk)..<min(count, (piece + 1) * chunk)
            for i in range {
                if stop() { break }
                let article = articles.value[i]
                // one folded scan serves every kind; records carry their sentence, so split those too
                article.parsed.keepingScan { for kind in kinds { article.extract(kind) } }
                _ = article.sentences
            }
            progress.advance(by: range.count)
        }
        progress.finish()
    }
}

/// Articles handed to worker threads, each article to exactly one of them, so no article's
/// lazily computed parts are ever computed twice at once.
private struct Unshared<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
