/// Stopping long work cleanly. Loading, indexing, counting, extraction and grep ask `check()`
/// between pieces of a few milliseconds each (an article, a file), and throw `Cancelled` once
/// whoever runs the engine says to stop: Ctrl-C, a time limit. The engine knows nothing of
/// signals or Lua; the surface installs `reason`.
public enum Cancellation {
    /// Why work should stop now, or nil to go on. Called from worker threads: it must be cheap
    /// and thread-safe.
    nonisolated(unsafe) public static var reason: @Sendable () -> String? = { nil }

    public static func check() throws {
        if let reason = reason() { throw Cancelled(reason: reason) }
    }
}

/// Work stopped before its end; what it had made so far is dropped, so nothing half-done is
/// seen. (Caches it filled whole, such as an article's extracted records, stay.)
public struct Cancelled: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}
