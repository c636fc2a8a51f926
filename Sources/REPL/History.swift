#if canImport(Glibc)
import Glibc
#endif

/// The REPL's persistent history: one entry per line of the file, newlines inside a
/// multi-line chunk written as `\n` (and backslashes as `\\`), so a chunk stays one entry.
/// Each entry is appended as it is entered, so `os.exit()` or a killed terminal loses nothing.
public final class History {
    public let path: String
    public let limit: Int
    public private(set) var entries: [String]
    /// Why entries will not be kept (the file is a folder, or cannot be written), said once at
    /// start-up; nil when all is well.
    public private(set) var problem: String?

    /// Loads the file's last `limit` entries (missing is fine) and trims the file to them.
    /// Only the file's end is read, so a history grown to 100 MB does not delay the prompt.
    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
        let (lines, more) = History.lastLines(of: path, count: limit)
        entries = lines.map(History.decode)
        problem = History.problem(with: path)
        if more, problem == nil { rewrite() }
    }

    /// The default file: $DOSSIER_HISTORY, else ~/.dossier_history.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let path = environment["DOSSIER_HISTORY"], !path.isEmpty { return path }
        return environment["HOME"].map { $0 + "/.dossier_history" }
    }

    /// Records an entry unless it is blank or repeats the previous one. Returns whether it was added.
    @discardableResult
    public func add(_ entry: String) -> Bool {
        guard entry.contains(where: { !$0.isWhitespace }), entry != entries.last else { return false }
        entries.append(entry)
        append(History.encode(entry) + "\n")
        return true
    }

    static func encode(_ entry: String) -> String {
        entry.replacingAll("\\", with: "\\\\").replacingAll("\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        var out = "", escaped = false
        for c in line {
            if escaped {
                out.append(c == "n" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    private func append(_ text: String) { History.write(text, to: path, flags: O_APPEND) }

    /// Replaces the file atomically with the kept entries. A symbolic link is written
    /// through: the file it points to is replaced, the link stays.
    private func rewrite() {
        let target = realpath(path, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        } ?? path
        let temporary = target + ".tmp"
        if History.write(entries.map { History.encode($0) + "\n" }.joined(), to: temporary, flags: O_TRUNC) {
            rename(temporary, target)
        }
    }

    /// Why the history file cannot be kept, or nil.
    private static func problem(with path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return "history not saved: \(path) is a folder (set DOSSIER_HISTORY to a file)"
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard fd >= 0 else {
            return "history not saved: cannot write \(path) (\(String(cString: strerror(errno))))"
        }
        close(fd)
        return nil
    }

    /// Writes `text` to a file (private to the user), appending or truncating per `flags`.
    @discardableResult
    private static func write(_ text: String, to path: String, flags: Int32) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | flags, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
    }

    /// The last `count` non-empty lines of the file, and whether it holds more. Reads blocks
    /// from the end, each four times the last, until enough lines are in or the start is reached.
    static func lastLines(of path: String, count: Int) -> (lines: [String], more: Bool) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return ([], false) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return ([], false) }
        let size = Int(info.st_size)
        var window = 1 << 16
        while true {
            let start = max(0, size - window)
            var bytes = [UInt8](repeating: 0, count: size - start)
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            guard read >= 0 else { return ([], false) }
            var lines = bytes[0..<read].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            if start > 0 { lines.removeFirst() }  // cut in the middle: it is read whole next time
            let complete = lines.filter { !$0.isEmpty }
            if complete.count > count || start == 0 {
                return (complete.suffix(count).map { String(decoding: $0, as: UTF8.self) }, complete.count > count)
            }
            window *= 4
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
