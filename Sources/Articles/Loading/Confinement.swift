#if canImport(Glibc)
import Glibc
#endif

/// Folders that files may be read from or written to, compared after resolving symbolic links
/// and "..", so that neither a link planted in a corpus (x.txt -> /etc/passwd) nor a path such
/// as out/../../secret leads outside them.
public struct Confinement: Sendable {
    public let folders: [String]

    /// Each folder resolved; a folder that does not exist confines to nothing.
    public init(_ folders: [String]) {
        self.folders = folders.compactMap(Confinement.resolved)
    }

    /// Whether an existing file or folder is inside one of the folders.
    public func contains(existing path: String) -> Bool {
        guard let real = Confinement.resolved(path) else { return false }
        return folders.contains { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// Whether a file may be created or replaced at `path`: its folder is inside, and so is
    /// the file when it exists (it may be a link to elsewhere).
    public func contains(newFile path: String) -> Bool {
        if Confinement.resolved(path) != nil { return contains(existing: path) }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        return contains(existing: folder)
    }

    /// The absolute path with every link and "." or ".." resolved, or nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
