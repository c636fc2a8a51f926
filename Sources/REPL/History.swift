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

    /// Loads the file (missing is fine) and trims it to the last `limit` entries.
    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
        let lines = (History.read(path) ?? "").split(separator: "\n", omittingEmptySubsequences: true)
        entries = lines.map { History.decode(String($0)) }
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
            rewrite()
        }
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

    /// Replaces the file atomically with the kept entries.
    private func rewrite() {
        let temporary = path + ".tmp"
        if History.write(entries.map { History.encode($0) + "\n" }.joined(), to: temporary, flags: O_TRUNC) {
            rename(temporary, path)
        }
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

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
