import Foundation

/// "dossier: numbers, dates 12000/34000 articles" on stderr, redrawn at most four times a
/// second once a piece of work has run for a second ($DOSSIER_PROGRESS_AFTER seconds), and only
/// when stderr is a terminal, so scripts and pipes see nothing. Safe to advance from any thread.
public final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private let start = Date()
    private let after: TimeInterval
    private let visible = isatty(2) != 0
    private var done = 0
    private var lastDrawn: Date?

    public init(total: Int, what: String, unit: String) {
        self.total = total
        self.label = "\(what) %d/\(total) \(unit)"
        after = ProcessInfo.processInfo.environment["DOSSIER_PROGRESS_AFTER"].flatMap(Double.init) ?? 1
    }

    public func advance(by count: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard visible, now.timeIntervalSince(start) >= after, lastDrawn.map({ now.timeIntervalSince($0) > 0.25 }) ?? true else { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\rdossier: " + label.replacingOccurrences(of: "%d", with: String(done))).utf8))
    }

    /// Clears the line, if one was drawn.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
