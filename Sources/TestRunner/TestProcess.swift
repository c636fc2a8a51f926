import Foundation

/// Marks every descriptor past standard error close-on-exec, so that a test file's process gets
/// only the four it is given. One inherited from the runner (the pipe a CI job reads the run's
/// output from) must not stay open in a child the test leaves behind (os.execute("sleep 60")),
/// or the job waits for that child. (dup2 clears the mark on the four.)
private func closeOnExec() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
    for fd in names.compactMap(Int32.init) where fd > 2 {
        let flags = fcntl(fd, F_GETFD)
        if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
    }
}

/// What a test file's process tells the runner, one JSON line each on its descriptor 3.
enum TestEvent: Codable {
    /// The time limit is on for `seconds` (0: off): a test, hook or the file's top level runs.
    case limit(Double)
    case started(String, line: Int?)
    case finished(TestResult)
    case done
}

/// Each test file runs in a process of its own (`dossier test --worker FILE`), so nothing a
/// test does can end or hang the run: a crash, an `os.exit` from C, a call blocked where the
/// time limit cannot reach (os.execute("sleep 60"), a C module). The runner forwards what the
/// process prints, and kills it when the time limit has passed by `grace` seconds without it
/// stopping itself; the test that was running is then reported as an error with the process's
/// last output.
struct TestProcess {
    let file: String
    let shownName: String
    let arguments: [String]
    let timeout: Double

    /// Time the process gets past the limit to stop on its own (the count hook, cancellation
    /// in dossier's own work) before it is killed.
    var grace: Double { max(2, timeout / 2) }

    func run() -> [TestResult] {
        var supervisor = Supervisor(shownName: shownName, timeout: timeout, grace: grace)
        do {
            try supervisor.spawn(executable: TestProcess.executable, arguments: ["test", "--worker", file, "--shown-name", shownName] + arguments)
        } catch {
            return [TestResult(file: shownName, name: "(starting the test process)", status: .error, message: "\(error)")]
        }
        supervisor.watch()
        return supervisor.results()
    }

    /// This process's environment, without Swift's crash backtraces unless asked for: a test
    /// that kills its process should be reported with its own last output, not pages of
    /// registers.
    static var environment: [String] {
        var variables = ProcessInfo.processInfo.environment
        if variables["SWIFT_BACKTRACE"] == nil { variables["SWIFT_BACKTRACE"] = "enable=no" }
        return variables.map { "\($0.key)=\($0.value)" }
    }

    /// This program, for the file's process: /proc/self/exe still runs it when a rebuild has
    /// replaced the file it was started from.
    static var executable: String {
        access("/proc/self/exe", X_OK) == 0 ? "/proc/self/exe" : (CommandLine.arguments.first ?? "dossier")
    }
}

/// Watches one test file's process: its events, its output, its time.
private struct Supervisor {
    let shownName: String
    let timeout: Double
    let grace: Double
    private var pid: pid_t = 0
    private var events = Pipe(), output = Pipe(), errors = Pipe()
    private var finished: [TestResult] = []
    private var running: (name: String, line: Int?)?
    private var sawDone = false
    private var deadline: Double?
    private var killedForTime = false
    private var status: Int32 = 0
    private var lastOutput: [UInt8] = []

    init(shownName: String, timeout: Double, grace: Double) {
        self.shownName = shownName
        self.timeout = timeout
        self.grace = grace
    }

    /// Starts the process: descriptor 3 for events, 1 and 2 for its output, nothing on stdin
    /// (a test that reads it gets end of file instead of waiting for ever).
    mutating func spawn(executable: String, arguments: [String]) throws {
        closeOnExec()
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // the read ends first: one of them may be descriptor 3
        for pipe in [events, output, errors] {
            posix_spawn_file_actions_addclose(&actions, pipe.fileHandleForReading.fileDescriptor)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.fileHandleForWriting.fileDescriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.fileHandleForWriting.fileDescriptor, 2)
        posix_spawn_file_actions_adddup2(&actions, events.fileHandleForWriting.fileDescriptor, 3)
        let argv = ([(CommandLine.arguments.first ?? "dossier")] + arguments).map { strdup($0) } + [nil]
        let envp = TestProcess.environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        for pipe in [events, output, errors] { try? pipe.fileHandleForWriting.close() }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    }

    /// Reads events and output until the process has ended, killing it once its time is up.
    /// Once it has ended, what is left in the pipes is read, but a background child that still
    /// holds them (os.execute("sleep 60 &")) is not waited for.
    mutating func watch() {
        var open = Set([events, output, errors].map(\.fileHandleForReading.fileDescriptor))
        var pending: [UInt8] = []
        var exited = false
        while !open.isEmpty {
            if !exited { exited = reaped(waiting: false) }
            if !exited, let deadline, now() >= deadline, !killedForTime {
                killedForTime = true
                kill(pid, SIGKILL)
            }
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), exited ? 0 : 100)
            if ready == 0 && exited { break }
            for entry in polled where entry.revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 65536)
                let n = read(entry.fd, &buffer, buffer.count)
                if n <= 0 {
                    open.remove(entry.fd)
                } else if entry.fd == events.fileHandleForReading.fileDescriptor {
                    pending += buffer[0..<n]
                    takeEvents(from: &pending)
                } else {
                    forward(Array(buffer[0..<n]), to: entry.fd == output.fileHandleForReading.fileDescriptor ? 1 : 2)
                }
            }
        }
        if !exited { _ = reaped(waiting: true) }
        for pipe in [events, output, errors] { try? pipe.fileHandleForReading.close() }
    }

    /// Whether the process has ended (its status kept).
    private mutating func reaped(waiting: Bool) -> Bool {
        while true {
            let result = waitpid(pid, &status, waiting ? 0 : WNOHANG)
            if result == pid { return true }
            if result == 0 { return false }
            if errno != EINTR { return true }  // not our child any more: nothing to wait for
        }
    }

    private mutating func takeEvents(from buffer: inout [UInt8]) {
        while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            let line = Data(buffer[..<newline])
            buffer.removeSubrange(...newline)
            guard let event = try? JSONDecoder().decode(TestEvent.self, from: line) else { continue }
            switch event {
            case .limit(let seconds): deadline = seconds > 0 ? now() + seconds + grace : nil
            case .started(let name, let line): running = (name, line)
            case .finished(let result):
                finished.append(result)
                running = nil
            case .done: sawDone = true
            }
        }
    }

    /// Passes the process's output on as it comes, keeping its end for a report.
    private mutating func forward(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        lastOutput = Array((lastOutput + bytes).suffix(2000))
    }

    /// What the file gave, with an error for the test that was cut short when the process
    /// did not finish the file.
    func results() -> [TestResult] {
        guard !sawDone || killedForTime else { return finished }
        let what = running.map { "'\($0.name)'" } ?? "the file"
        var message: String
        if killedForTime {
            message = "\(what) still ran \(formatSeconds(grace)) s after its \(formatSeconds(timeout)) s limit, where the limit cannot stop it (a blocking call such as os.execute or a C function): its process was killed"
        } else if status & 0x7F != 0 {
            message = "the test process was killed by signal \(status & 0x7F) (\(signalName(status & 0x7F))) while running \(what)"
        } else {
            message = "the test process exited with status \((status >> 8) & 0xFF) while running \(what)"
        }
        message += "; the file's remaining tests did not run"
        let tail = String(decoding: lastOutput, as: UTF8.self).split(separator: "\n").suffix(10).joined(separator: "\n")
        if !tail.isEmpty { message += "\nits last output:\n" + tail }
        return finished + [TestResult(file: shownName, name: running?.name ?? "(running the file)", status: .error,
                                      line: running?.line, message: message)]
    }

    private func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func signalName(_ signal: Int32) -> String {
        strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
    }
}
