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
    /// runs past a second shows its progress on stderr.
    public func extract(_ kinds: [ExtractionKind]) {
        let articles = Unshared(self.articles)
        let progress = Progress(total: articles.value.count, what: kinds.map(\.rawValue).joined(separator: ", "))
        let count = articles.value.count
        let chunk = max(1, count / 256)  // enough pieces for both cores to stay busy
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { piece in
            let range = (piece * chunk)..<min(count, (piece + 1) * chunk)
            for i in range {
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

/// "dossier: numbers, dates 12000/34000 articles" on stderr, redrawn at most four times a
/// second, once a piece of work has run for a second, and only when stderr is a terminal.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let what: String
    private let start = Date()
    private let visible = isatty(2) != 0
    private var done = 0
    private var lastDrawn: Date?

    init(total: Int, what: String) {
        self.total = total
        self.what = what
    }

    func advance(by count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard visible, now.timeIntervalSince(start) > 1, lastDrawn.map({ now.timeIntervalSince($0) > 0.25 }) ?? true else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data("\rdossier: \(what) \(done)/\(total) articles".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Articles handed to worker threads, each article to exactly one of them, so no article's
/// lazily computed parts are ever computed twice at once.
private struct Unshared<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
