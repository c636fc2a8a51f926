import Foundation

/// jieba's dictionary (dict.txt: "word frequency [tag]" a line), read once per process and
/// shared by the segmenter, the entity tagger's lexicon and the known names.
public final class JiebaDictionary: Sendable {
    public struct Entry: Sendable {
        /// The word's code points, as written in dict.txt (Simplified script).
        public let word: [UInt32]
        public let frequency: Int
        /// The part-of-speech tag (nr, ns, nt, n, v…), empty when the line has none.
        public let tag: String
    }

    /// The entries in the file's order, kept flat: every word's code points in one array, and
    /// each tag once. An array and a string an entry held 350,000 small allocations (about
    /// 30 MB for the process's whole life); flat, the same entries take about 7 MB.
    public struct Entries: RandomAccessCollection, Sendable {
        fileprivate var scalars: [UInt32] = []
        /// Where each word's code points end in `scalars`.
        fileprivate var ends: [Int] = []
        fileprivate var frequencies: [Int] = []
        fileprivate var tagNumbers: [UInt16] = []
        fileprivate var tags: [String] = []

        /// No entries.
        public init() {}

        public var startIndex: Int { 0 }
        public var endIndex: Int { ends.count }

        public subscript(i: Int) -> Entry {
            let start = i == 0 ? 0 : ends[i - 1]
            return Entry(word: Array(scalars[start..<ends[i]]), frequency: frequencies[i], tag: tags[Int(tagNumbers[i])])
        }

        fileprivate mutating func append(word: ArraySlice<UInt8>, frequency: Int, tag: String, numbering: inout [String: UInt16]) {
            scalars += String(decoding: word, as: UTF8.self).unicodeScalars.map(\.value)
            ends.append(scalars.count)
            frequencies.append(frequency)
            if numbering[tag] == nil {
                numbering[tag] = UInt16(truncatingIfNeeded: tags.count)
                tags.append(tag)
            }
            tagNumbers.append(numbering[tag] ?? 0)
        }
    }

    public let path: String
    public let entries: Entries

    /// Reads and checks `path`; a line of another form is an error naming it.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SegmenterError(description: "\(path): not found (install Debian's python3-jieba)")
        }
        let bytes = [UInt8](data)  // indexing an Array, not Data, keeps the loop free of per-byte checks
        var entries = Entries()
        var numbering: [String: UInt16] = [:]
        var start = 0, lineNumber = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            if end > start {
                let fields = bytes[start..<end].split(separator: 0x20, maxSplits: 2)
                guard fields.count >= 2, let frequency = Int(String(decoding: Self.trimmed(fields[1]), as: UTF8.self)) else {
                    throw SegmenterError(description: "\(path):\(lineNumber): not \"word frequency [tag]\"")
                }
                let tag = fields.count > 2 ? String(decoding: Self.trimmed(fields[2]), as: UTF8.self) : ""
                guard numbering.count < Int(UInt16.max) || numbering[tag] != nil else {
                    throw SegmenterError(description: "\(path):\(lineNumber): more than \(UInt16.max) different tags")
                }
                entries.append(word: fields[0], frequency: frequency, tag: tag, numbering: &numbering)
            }
            start = end + 1
        }
        self.path = path
        self.entries = entries
    }

    /// A field without the spaces, tabs and carriage returns around it (bytes: Foundation's
    /// trimming took a third of the time to read the 350,000 lines).
    private static func trimmed(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var field = field
        while let b = field.first, isSpace(b) { field.removeFirst() }
        while let b = field.last, isSpace(b) { field.removeLast() }
        return field
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: Result<JiebaDictionary, Error>?

    /// The dictionary of Debian's python3-jieba, read on first use.
    public static func shared() throws -> JiebaDictionary {
        lock.lock()
        defer { lock.unlock() }
        let result = loaded ?? Result { try JiebaDictionary(path: Segmenter.defaultFolder + "/dict.txt") }
        loaded = result
        return try result.get()
    }
}
