import Foundation

/// A file of a corpus as listed before reading: its name, size and modification time, so that
/// a builder can tell which files changed since it last read them.
public struct CorpusFile: Hashable {
    let name: FileName
    /// Bytes, and nanoseconds since 1970, as `stat` gave them when listed (0 for standard input).
    public let size: Int
    public let modified: Int

    init(_ name: FileName) {
        self.name = name
        var info = stat()
        let found = !name.isStandardInput && name.withCString { stat($0, &info) } == 0
        size = found ? Int(info.st_size) : 0
        modified = found ? Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec) : 0
    }

    /// The name as shown (bytes that are not UTF-8 as \xHH).
    public var path: String { name.display }
}

/// One file read: its articles and what reading it said.
public struct LoadedFile {
    public let file: CorpusFile
    public let bytes: Int
    public let articles: [Article]
    public let warnings: [LoadWarning]
    /// Why the file was not loaded, when it was not ("binary", "empty"…).
    public let skipped: String?
}
