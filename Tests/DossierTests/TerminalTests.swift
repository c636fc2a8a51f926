import Foundation
import PTYSupport
import XCTest

/// The REPL on a real pseudo-terminal, typed at as a person would.
final class TerminalTests: XCTestCase {
    /// A dossier process on its own terminal.
    final class Session {
        let pid: pid_t
        let master: Int32
        private(set) var screen = ""

        init(environment: [String: String]) throws {
            var fd: Int32 = -1
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup(DossierProcess.binary), nil]
            let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            pid = pty_spawn(argv, envp, &fd)
            guard pid > 0 else { throw POSIXError(.ECHILD) }
            master = fd
        }

        func type(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) } }

        /// Reads until the screen text after `mark` contains `expected`; false if it never comes.
        @discardableResult
        func wait(for expected: String, after mark: String.Index? = nil, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen[(mark ?? screen.startIndex)...].contains(expected) { return true }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) >= 0 else { return false }
                if poller.revents & Int16(POLLIN) != 0 {
                    var buffer = [UInt8](repeating: 0, count: 4096)
                    let n = read(master, &buffer, buffer.count)
                    if n <= 0 { return screen[(mark ?? screen.startIndex)...].contains(expected) }
                    screen += String(decoding: buffer[0..<n], as: UTF8.self)
                }
            }
            return false
        }

        /// Types a line and waits for `expected` in what follows, then for the prompt after it
        /// (unless `expected` is one): keys typed before the prompt is back reach the terminal's
        /// own line mode, which echoes them itself and turns Ctrl-C and Ctrl-D into signals.
        func enter(_ line: String, expect expected: String) -> Bool {
            let mark = screen.endIndex
            type(line + "\r")
            guard wait(for: expected, after: mark) else { return false }
            guard !expected.hasSuffix("> ") else { return true }
            let end = screen[mark...].range(of: expected)?.upperBound ?? screen.endIndex
            return wait(for: "> ", after: end)
        }

        /// The exit status, or -1 when the child was ended by a signal or has not exited within
        /// 30 s (it is killed then, so a lost keystroke fails the test instead of hanging the run).
        func exitStatus() -> Int32 {
            var status: Int32 = 0
            let deadline = Date().addingTimeInterval(30)
            while waitpid(pid, &status, WNOHANG) == 0 {
                guard Date() < deadline else {
                    kill(pid, SIGKILL)
                    waitpid(pid, &status, 0)
                    close(master)
                    return -1
                }
                // keep draining the terminal, so a child writing to it never blocks
                wait(for: "\u{0}", seconds: 0.1)
            }
            close(master)
            // exited: its status; ended by a signal: -1, never mistaken for a clean exit
            return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
        }
    }

    func testTypingAtTheREPL() throws {
        let home = try DossierProcess.temporaryFolder()
        let historyFile = home + "/history"
        let session = try Session(environment: ["HOME": home, "TERM": "xterm", "DOSSIER_HISTORY": historyFile,
                                                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"])
        XCTAssertTrue(session.wait(for: "type help() for help"), session.screen)
        XCTAssertTrue(session.wait(for: "> "), session.screen)

        XCTAssertTrue(session.enter("1+1", expect: "2\r\n"), session.screen)
        XCTAssertTrue(session.enter("function f()", expect: ">> "), "continuation prompt: \(session.screen)")
        XCTAssertTrue(session.enter("return 41 + 1 end", expect: "> "), session.screen)
        XCTAssertTrue(session.enter("f()", expect: "42\r\n"), session.screen)

        // Ctrl-C stops running code and the session goes on with its state.
        XCTAssertTrue(session.enter("kept = 'still here'", expect: "> "), session.screen)
        let loopMark = session.screen.endIndex
        // Ctrl-C once the screen shows the loop runs: never after a guessed sleep
        session.type("print('looping') while true do end\r")
        XCTAssertTrue(session.wait(for: "looping\r\n", after: loopMark), session.screen)
        session.type("\u{03}")
        XCTAssertTrue(session.wait(for: "interrupted!", after: loopMark), session.screen)
        XCTAssertTrue(session.enter("kept", expect: "\"still here\""), session.screen)

        // Ctrl-C at the prompt abandons what was typed, also when it comes while readline is
        // still drawing the echo (it was once lost then, until the next key); rounds make that likely.
        let abandonMark = session.screen.endIndex
        for round in 1...10 {
            let roundMark = session.screen.endIndex
            session.type("this is not lua \(round)")
            XCTAssertTrue(session.wait(for: "not lua \(round)", after: roundMark))
            session.type("\u{03}")
            XCTAssertTrue(session.wait(for: "^C", after: roundMark, seconds: 5), "round \(round): \(session.screen)")
        }
        XCTAssertTrue(session.enter("1+2", expect: "3\r\n"), session.screen)
        XCTAssertFalse(session.screen[abandonMark...].contains("syntax error"), session.screen)

        // Tab completes a library function.
        let tabMark = session.screen.endIndex
        session.type("string.fo\t")
        XCTAssertTrue(session.wait(for: "string.format", after: tabMark), session.screen)
        let abandonTabMark = session.screen.endIndex
        session.type("\u{03}")
        XCTAssertTrue(session.wait(for: "> ", after: abandonTabMark), session.screen)

        // After a call, Tab completes the result's method and keeps what was typed.
        let chainMark = session.screen.endIndex
        session.type("List.of({ 3, 1 }):sort_by():firs\t")
        XCTAssertTrue(session.wait(for: "sort_by():first", after: chainMark), session.screen)
        XCTAssertTrue(session.enter("()", expect: "1\r\n"), session.screen)

        // Control characters in text reach the terminal escaped, through print and the printer.
        let escapeMark = session.screen.endIndex
        XCTAssertTrue(session.enter(#"t = "標題\27]0;renamed\7正文\27[2J"; print(t)"#, expect: "標題\\027]0;renamed\\007正文\\027[2J\r\n"),
                      session.screen)
        XCTAssertTrue(session.enter("t", expect: #""標題\027]0;renamed\007正文\027[2J""#), session.screen)
        XCTAssertFalse(session.screen[escapeMark...].contains("\u{1B}]0"), "no raw ESC on the screen")

        // Chinese typed a character at a time, as an input method sends it, is text, though no
        // locale is set here: in the C locale readline once took each byte for a Meta key.
        var typedMark = session.screen.endIndex
        for character in "s = '儲能'" {
            session.type(String(character))
            XCTAssertTrue(session.wait(for: String(character), after: typedMark, seconds: 5), session.screen)
            typedMark = session.screen.endIndex
        }
        XCTAssertTrue(session.enter("; print(s)", expect: "儲能\r\n"), session.screen)

        session.type("\u{04}")  // Ctrl-D ends the session
        XCTAssertEqual(session.exitStatus(), 0)

        let history = (try? String(contentsOfFile: historyFile, encoding: .utf8)) ?? ""
        let entries = history.split(separator: "\n").map(String.init)
        XCTAssertTrue(entries.contains("1+1"), history)
        XCTAssertTrue(entries.contains("function f()\\nreturn 41 + 1 end"), "one entry for the two lines: \(history)")
        XCTAssertFalse(history.contains("not lua"), "abandoned lines are not history")
    }

    /// Long work shows its progress on a terminal (here at once: DOSSIER_PROGRESS_AFTER=0) and
    /// clears the line when done; without a terminal it prints nothing.
    func testProgressOnATerminalOnly() throws {
        let home = try DossierProcess.temporaryFolder()
        let session = try Session(environment: ["HOME": home, "TERM": "xterm", "DOSSIER_PROGRESS_AFTER": "0",
                                                "DOSSIER_HISTORY": home + "/history",
                                                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"])
        XCTAssertTrue(session.wait(for: "type help() for help"), session.screen)
        XCTAssertTrue(session.wait(for: "> "), session.screen.debugDescription)
        XCTAssertTrue(session.enter("c = corpus.load(dossier.sample, {quiet = true})", expect: "> "), session.screen)
        let mark = session.screen.endIndex
        XCTAssertTrue(session.enter("c:extract('numbers', 'places')", expect: "> "), session.screen.debugDescription)
        let shown = session.screen[mark...]
        XCTAssertTrue(shown.contains("dossier: numbers, places "), String(shown))
        XCTAssertTrue(shown.contains("/25 articles"), String(shown))
        XCTAssertTrue(shown.contains("\u{1B}[K"), "the progress line is cleared")
        session.type("\u{04}")
        XCTAssertEqual(session.exitStatus(), 0)

        let piped = try DossierProcess.run(["-e", "corpus.load(dossier.sample, {quiet = true}):extract('numbers')"],
                                           environment: ["DOSSIER_PROGRESS_AFTER": "0"])
        XCTAssertFalse(piped.stderr.contains("dossier: numbers"), piped.stderr)
    }

    /// Ctrl-C during extraction or indexing stops it between articles: the prompt comes back
    /// long before the work would have ended (5,000 copies of the seed take minutes in a debug
    /// build), and a second Ctrl-C does not end the session.
    func testCtrlCStopsExtraction() throws {
        let home = try DossierProcess.temporaryFolder()
        let folder = home + "/corpus"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let seed = try String(contentsOf: DossierProcess.repository.appendingPathComponent("corpus/seed-article.txt"), encoding: .utf8)
        for i in 1...5000 { try seed.write(toFile: folder + "/\(i).txt", atomically: false, encoding: .utf8) }
        let session = try Session(environment: ["HOME": home, "TERM": "xterm", "DOSSIER_PROGRESS_AFTER": "0",
                                                "DOSSIER_HISTORY": home + "/history",
                                                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"])
        XCTAssertTrue(session.wait(for: "> "), session.screen.debugDescription)
        XCTAssertTrue(session.enter("c = corpus.load('\(folder)', {quiet = true})", expect: "> "), session.screen)
        let mark = session.screen.endIndex
        session.type("c:extract('people', 'orgs')\r")
        XCTAssertTrue(session.wait(for: "/5000 articles", after: mark, seconds: 60), "extraction is under way: \(session.screen)")
        session.type("\u{03}")
        XCTAssertTrue(session.wait(for: "interrupted!", after: mark, seconds: 60), session.screen)
        // the same for the search index; a second Ctrl-C warns instead of killing the session
        XCTAssertTrue(session.wait(for: "> ", after: mark), session.screen)
        let indexMark = session.screen.endIndex
        session.type("c:index()\r")
        XCTAssertTrue(session.wait(for: "building the search index", after: indexMark, seconds: 60), session.screen)
        session.type("\u{03}\u{03}")
        XCTAssertTrue(session.wait(for: "interrupted!", after: indexMark, seconds: 60), session.screen)
        let countMark = session.screen.endIndex
        XCTAssertTrue(session.enter("#c", expect: "5000"), "the session goes on: \(session.screen)")
        // Ctrl-D only once the prompt is back: typed while the REPL still prints, it would be lost
        if let shown = session.screen.range(of: "5000", range: countMark..<session.screen.endIndex) {
            XCTAssertTrue(session.wait(for: "> ", after: shown.upperBound), session.screen)
        }
        session.type("\u{04}")
        XCTAssertEqual(session.exitStatus(), 0)
    }
}
