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

        /// Adds a line's entry; its tag's number comes from `numbering`, which learns new tags.
        fileprivate mutating func append(_ line: Line, numbering: inout [ArraySlice<UInt8>: UInt16]) {
            // transcoding straight into the flat array: no String or Array a line
            _ = transcode(line.word.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) { scalars.append($0) }
            ends.append(scalars.count)
            frequencies.append(line.frequency)
            let number = numbering[line.tag] ?? UInt16(truncatingIfNeeded: tags.count)
            if number == tags.count {
                numbering[line.tag] = number
                tags.append(String(decoding: line.tag, as: UTF8.self))
            }
            tagNumbers.append(number)
        }
    }

    /// The fields of one line of dict.txt, as slices of the file's bytes.
    fileprivate struct Line {
        var word: ArraySlice<UInt8>
        var frequency: Int
        /// Empty when the line has none.
        var tag: ArraySlice<UInt8>

        /// The fields of `line`, separated by runs of spaces (the tag is the rest of the line,
        /// trimmed); nil when it is not "word frequency [tag]".
        init?(_ line: ArraySlice<UInt8>) {
            let word = Line.field(in: line, from: line.startIndex)
            let number = Line.field(in: line, from: word.upperBound)
            guard !word.isEmpty, let frequency = Int(String(decoding: JiebaDictionary.trimmed(line[number]), as: UTF8.self)) else { return nil }
            self.word = line[word]
            self.frequency = frequency
            tag = JiebaDictionary.trimmed(line[number.upperBound...])
        }

        /// The next run of bytes other than spaces at or after `start`.
        private static func field(in line: ArraySlice<UInt8>, from start: Int) -> Range<Int> {
            var from = start
            while from < line.endIndex, line[from] == 0x20 { from += 1 }
            var to = from
            while to < line.endIndex, line[to] != 0x20 { to += 1 }
            return from..<to
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
        var numbering: [ArraySlice<UInt8>: UInt16] = [:]  // a tag's bytes → its number
        var start = 0, lineNumber = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            if end > start {
                guard let line = Line(bytes[start..<end]) else {
                    throw SegmenterError(description: "\(path):\(lineNumber): not \"word frequency [tag]\"")
                }
                guard numbering.count <= Int(UInt16.max) || numbering[line.tag] != nil else {
                    throw SegmenterError(description: "\(path):\(lineNumber): more than \(Int(UInt16.max) + 1) different tags")
                }
                entries.append(line, numbering: &numbering)
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
    /// Held weakly: the segmenter, the tagger's lexicon and the known names each make their
    /// own tables from the entries once and keep those, so holding the dictionary after would
    /// keep about 10 MB for nothing. One made after the others were reads the file again.
    nonisolated(unsafe) private static weak var loaded: JiebaDictionary?

    /// The dictionary of Debian's python3-jieba, read when no one holds it already.
    public static func shared() throws -> JiebaDictionary {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let dictionary = try JiebaDictionary(path: Segmenter.defaultFolder + "/dict.txt")
        loaded = dictionary
        return dictionary
    }
}
