#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` on a new thread with a large stack and waits for it. The Lua VM runs there so
/// that deep recursion in a script ends in Lua's "stack overflow" error, not in a segfault.
public func runOnLargeStack(bytes: Int = 512 << 20, _ body: @escaping () -> Int32) -> Int32 {
    final class Job {
        let body: () -> Int32
        var result: Int32 = 0
        init(_ body: @escaping () -> Int32) { self.body = body }
    }
    let job = Job(body)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, bytes)
    var thread = pthread_t()
    let started = pthread_create(&thread, &attributes, { context in
        let job = Unmanaged<Job>.fromOpaque(context!).takeUnretainedValue()
        job.result = job.body()
        return nil
    }, Unmanaged.passUnretained(job).toOpaque())
    guard started == 0 else { return body() }  // no thread: run here rather than not at all
    // Terminal signals must reach the thread that runs readline and Lua: blocked here, the
    // kernel delivers Ctrl-C to it, which interrupts its select() at once.
    var terminalSignals = sigset_t()
    sigemptyset(&terminalSignals)
    sigaddset(&terminalSignals, SIGINT)
    sigaddset(&terminalSignals, SIGWINCH)
    pthread_sigmask(SIG_BLOCK, &terminalSignals, nil)
    pthread_join(thread, nil)
    return job.result
}
