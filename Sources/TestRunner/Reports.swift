import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a run is shown while it goes.
protocol Report {
    mutating func file(_ path: String, _ results: [TestResult])
    mutating func finish(_ all: [TestResult])
}

/// The default (busted's utfTerminal and plainTerminal): a line per file, then each failure
/// and error in full. utfTerminal colours the marks when standard output is a terminal.
struct TextReport: Report {
    let listOnly: Bool
    let colours: Bool
    /// Failures show their traceback too (-v).
    let verbose: Bool
    /// The lines per file wait for the end of the run (--defer-print).
    let deferred: Bool
    private var problems: [TestResult] = []
    private var held: [String] = []

    init(listOnly: Bool, colours: Bool = false, verbose: Bool = false, deferred: Bool = false) {
        self.listOnly = listOnly
        self.colours = colours
        self.verbose = verbose
        self.deferred = deferred
    }

    mutating func file(_ path: String, _ results: [TestResult]) {
        let name = relative(path)
        if listOnly {
            // as busted's --list: where each test is, and its full name; what kept a block from
            // being read goes to standard error, so the listing stays names only
            for result in results {
                let line = "\(name)\(result.line.map { ":\($0)" } ?? ""): \(result.name)"
                if result.status == .listed { print(line) } else { FileHandle.standardError.write(Data("\(line): \(result.message ?? "")\n".utf8)) }
            }
            return
        }
        let counts = Counts(results)
        let mark = counts.anyFailed ? paint("✗", red) : paint("✓", green)
        let line = "\(mark) \(name)  \(counts.line)"
        if deferred { held.append(line) } else { print(line) }
        problems += results.filter { $0.status == .fail || $0.status == .error }
    }

    mutating func finish(_ all: [TestResult]) {
        held.forEach { print($0) }
        for problem in problems {
            let label = problem.status == .fail ? paint("FAIL", red) : paint("ERROR", magenta)
            print("\n\(label) \(relative(problem.title))")
            problem.details(withTraceback: verbose).forEach { print("  " + $0) }
        }
        if !problems.isEmpty { print() }
    }

    private let red = 31, green = 32, magenta = 35

    private func paint(_ text: String, _ colour: Int) -> String {
        colours ? "\u{1B}[\(colour)m\(text)\u{1B}[0m" : text
    }
}

/// TAP version 13: a line per test, details as comments, the plan at the end.
struct TAPReport: Report {
    /// Failures show their traceback too (-v).
    let verbose: Bool
    private var number = 0

    init(verbose: Bool) { self.verbose = verbose }

    mutating func file(_ path: String, _ results: [TestResult]) {
        if number == 0 { print("TAP version 13") }
        for result in results {
            number += 1
            let name = "\(relative(path)): \(result.name)"
            switch result.status {
            case .pass, .listed: print("ok \(number) - \(name)")
            case .pending: print("ok \(number) - \(name) # SKIP pending")
            case .fail, .error:
                print("not ok \(number) - \(name)")
                print("# \(result.status == .fail ? "failure" : "error") at \(relative(result.title))")
                result.details(withTraceback: verbose).forEach { print("#   " + $0) }
            }
        }
    }

    mutating func finish(_ all: [TestResult]) {
        if number == 0 { print("TAP version 13") }
        print("1..\(number)")
    }
}

/// Nothing while the tests run: for handlers that print one document at the end (-o junit, json).
struct SilentReport: Report {
    mutating func file(_ path: String, _ results: [TestResult]) {}
    mutating func finish(_ all: [TestResult]) {}
}

/// busted's JSON report: the tests by outcome, each with its name, file, line and message.
enum JSONReport {
    static func text(_ all: [TestResult]) -> String {
        let kinds: [(TestResult.Status, String)] = [(.pass, "successes"), (.fail, "failures"), (.error, "errors"), (.pending, "pendings")]
        var report: [String: Any] = [:]
        for (status, key) in kinds {
            report[key] = all.filter { $0.status == status }.map { result -> [String: Any] in
                var entry: [String: Any] = ["name": result.name, "file": result.file]
                if let line = result.line { entry["line"] = line }
                if let message = result.message { entry["message"] = message }
                return entry
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// JUnit XML, one testsuite per file, as CI systems read it.
enum JUnitReport {
    static func write(_ all: [TestResult], files: [String], to path: String) {
        if !writeThrough(path, Array(xml(all, files: files).utf8)) {
            FileHandle.standardError.write(Data("dossier test: cannot write \(path): \(String(cString: strerror(errno)))\n".utf8))
        }
    }

    static func xml(_ all: [TestResult], files: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let counts = Counts(all)
        xml += "<testsuites name=\"dossier test\" tests=\"\(all.count)\" failures=\"\(counts.failed)\" errors=\"\(counts.errors)\" skipped=\"\(counts.skipped)\">\n"
        for file in files {
            let results = all.filter { $0.file == relative(file) }
            let suite = Counts(results)
            xml += "  <testsuite name=\"\(escape(relative(file)))\" tests=\"\(results.count)\" failures=\"\(suite.failed)\" errors=\"\(suite.errors)\" skipped=\"\(suite.skipped)\">\n"
            for result in results {
                xml += "    <testcase classname=\"\(escape(relative(file)))\" name=\"\(escape(result.name))\""
                switch result.status {
                case .pass, .listed: xml += "/>\n"
                case .pending: xml += ">\n      <skipped message=\"pending\"/>\n    </testcase>\n"
                case .fail, .error:
                    let tag = result.status == .fail ? "failure" : "error"
                    let message = result.message?.split(separator: "\n").first.map(String.init) ?? tag
                    xml += ">\n      <\(tag) message=\"\(escape(message))\">\(escape(([result.title] + result.details(withTraceback: false)).joined(separator: "\n")))</\(tag)>\n    </testcase>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// Writes into `path` as it is: a symlink is followed and a FIFO or device written to,
    /// never replaced by a new file (FileManager writes a temporary file and renames it).
    static func writeThrough(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            written += n
        }
        return true
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 has no place for other control characters
                if scalar.value < 0x20 { out += "?" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

/// A path shown relative to the working folder when it is under it.
func relative(_ path: String) -> String {
    let here = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
}
