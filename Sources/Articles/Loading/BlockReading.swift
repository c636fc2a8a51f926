import Foundation

/// Large JSON Lines files, read a block at a time: only one block of the file's text is held
/// while its articles are made, so loading one big export needs little more memory than its
/// articles (reading it whole held the file's text beside them). A block ends at a line break;
/// the encoding is decided on the first block and kept for the rest.
extension Loader {
    /// The file's articles, read block by block; nil when it is small enough, or UTF-16, and is
    /// read whole instead.
    func loadJSONLinesInBlocks(_ file: FileName) throws -> FileResult? {
        guard case .success(let (fd, size)) = Loader.openRegularFile(file) else { return nil }
        defer { close(fd) }
        guard size > blockSize else { return nil }
        var result = FileResult(path: file.display)
        var blocks = LineBlocks(fd: fd, size: blockSize)
        var encoding: String?
        var lines = 0, replaced = 0
        while let block = blocks.next() {
            result.bytes += block.count
            let decoded: DecodedText
            if let encoding {
                decoded = TextDecoding.decode(block, as: encoding)
            } else {
                guard !block.starts(with: [0xFF, 0xFE]), !block.starts(with: [0xFE, 0xFF]) else { return nil }
                guard let first = TextDecoding.decode(block) else {
                    _ = skip(&result, "binary", "skipped: binary data, not text")
                    return result
                }
                if let doubt = first.doubt { result.warnings.append(LoadWarning(path: result.path, message: doubt)) }
                encoding = first.encoding
                decoded = first
            }
            replaced += decoded.replacedBytes
            let path = result.path
            lines += try readJSONLines(decoded.text, after: lines, into: &result) { raw, metadata, line in
                Article(ArticleSource(path: path, line: line, metadata: metadata, encoding: decoded.encoding), raw: raw)
            }
        }
        if let failure = blocks.failure {
            result.warnings.append(LoadWarning(path: result.path, message: "reading stopped after \(result.bytes) bytes (\(failure)); the articles before are loaded"))
        }
        if replaced > 0 {
            result.warnings.append(.replaced(replaced, in: result.path, as: encoding ?? "UTF-8"))
            result.articles.first?.source.replacedBytes = replaced
        }
        if result.articles.isEmpty, result.skipped == nil {
            _ = skip(&result, "no articles", "skipped: no article found in the file")
        }
        return result
    }
}

/// A file's bytes in blocks of about `size` bytes that end after a line break (or at the end of
/// the file). "\n" is never part of a longer character in UTF-8, GB18030 or Big5.
struct LineBlocks {
    let fd: Int32
    let size: Int
    private var carry: [UInt8] = []
    private var atEnd = false
    /// Why reading stopped early, if it did.
    private(set) var failure: String?

    init(fd: Int32, size: Int) {
        self.fd = fd
        self.size = size
    }

    mutating func next() -> [UInt8]? {
        while !atEnd {
            let start = carry.count
            carry += [UInt8](repeating: 0, count: size)
            let n = carry.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0 + start, size) } ?? 0
            }
            if n < 0 && errno == EINTR {
                carry.removeLast(size)
                continue
            }
            carry.removeLast(size - max(n, 0))
            if n < 0 { failure = String(cString: strerror(errno)) }
            if n <= 0 { atEnd = true; break }
            // a block ends after its last line break; the rest waits for the next read
            if let lastBreak = carry.lastIndex(of: 0x0A) {
                let block = Array(carry[...lastBreak])
                carry.removeFirst(lastBreak + 1)
                return block
            }
        }
        guard !carry.isEmpty else { return nil }
        defer { carry = [] }
        return carry
    }
}
