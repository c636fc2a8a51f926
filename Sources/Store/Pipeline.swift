import Dispatch

/// Prepares each of `items` while the one before it is stored: `prepare` runs on a thread of
/// its own (and on every core it asks for), `store` on the caller's, in order. A build's
/// single writer stores a batch while the next is loaded and extracted, where the cores
/// used to wait on the writer. When either throws, the one preparing is waited for, so no
/// work outlives the call.
func pipelined<T, P>(_ items: [T], prepare: @escaping (T) throws -> P, store: (P) throws -> Void) throws {
    var pending = items.first.map { item in Pending { try prepare(item) } }
    for next in items.dropFirst().map(Optional.some) + [nil] {
        guard let current = pending else { return }
        let prepared = try current.result()
        pending = next.map { item in Pending { try prepare(item) } }
        do {
            try store(prepared)
        } catch {
            _ = try? pending?.result()
            throw error
        }
    }
}

/// Work started on another thread at once; `result` waits for it.
private final class Pending<T>: @unchecked Sendable {
    // written once by the worker before `done` is signalled, read only after waiting on it
    private var outcome: Result<T, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> T) {
        let job = UncheckedWork(run: work)
        DispatchQueue.global().async { [self] in
            outcome = Result { try job.run() }
            done.signal()
        }
    }

    func result() throws -> T {
        done.wait()
        done.signal()  // so that a second wait returns too
        guard let outcome else { throw StoreError("a batch was signalled ready before it was prepared") }
        return try outcome.get()
    }
}

/// A closure handed to one other thread, which alone runs it.
private struct UncheckedWork<T>: @unchecked Sendable {
    let run: () throws -> T
}
