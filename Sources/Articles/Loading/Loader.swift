import Foundation

/// A problem with one file (or one line of it); loading goes on.
public struct LoadWarning: Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// "N bytes could not be decoded as ENCODING and were replaced by U+FFFD"
    static func replaced(_ count: Int, in path: String, as encoding: String) -> LoadWarning {
        LoadWarning(path: path, message: "\(count) byte\(count == 1 ? "" : "s") could not be decoded as \(encoding) and were replaced by U+FFFD")
    }

    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
}

/// What a load did: counts, every warning, every file skipped and why.
public struct LoadReport {
    public var files = 0
    public var bytes = 0
    public var articles = 0
    public var warnings: [LoadWarning] = []
    /// Files not loaded, with the reason ("binary", "empty", "unreadable", "not a corpus format",
    /// "same file", "not a file", "too large"…).
    public var skipped: [(path: String, reason: String)] = []
    public var replacedBytes = 0
    /// Entries of the folders whose names start with "." (.git, .DS_Store): not read.
    public var hidden: [String] = []

    public init() {}

    mutating func skip(_ path: String, _ reason: String, _ message: String) {
        skipped.append((path, reason))
        warnings.append(LoadWarning(path: path, message: message))
    }

    /// Counts one file's load: its bytes, warnings and articles, or why it was skipped.
    public mutating func add(_ file: LoadedFile) {
        bytes += file.bytes
        warnings += file.warnings
        replacedBytes += file.articles.reduce(0) { $0 + $1.source.replacedBytes }
        if let reason = file.skipped {
            skipped.append((file.file.path, reason))
        } else {
            files += 1
        }
        articles += file.articles.count
    }

    /// The warnings as lines for stderr: every one when they are few; else the first `shown`,
    /// then how many more there are and where to read them all (`allIn`). A corpus with one
    /// damaged byte in every hundredth file would otherwise bury the prompt under thousands.
    public func warningLines(shown: Int = 20, allIn: String) -> [String] {
        let lines = warnings.map { "dossier: warning: \($0)" }
        guard lines.count > shown + 1 else { return lines }
        return lines.prefix(shown) + ["dossier: … and \(lines.count - shown) more warnings: \(allIn) lists them all"]
    }

    /// One line: "loaded 12 articles from 3 files (48.2 KB); skipped 2 files (1 binary, 1 empty); 1 warning".
    public var summary: String {
        var text = "loaded \(articles) article\(articles == 1 ? "" : "s") from \(files) file\(files == 1 ? "" : "s") (\(formatBytes(bytes)))"
        if !skipped.isEmpty {
            let reasons = Dictionary(grouping: skipped, by: \.reason).map { "\($0.value.count) \($0.key)" }.sorted()
            text += "; skipped \(skipped.count) file\(skipped.count == 1 ? "" : "s") (\(reasons.joined(separator: ", ")))"
        }
        if !hidden.isEmpty { text += "; \(hidden.count) hidden entr\(hidden.count == 1 ? "y" : "ies") not read (names starting with '.')" }
        if replacedBytes > 0 { text += "; \(replacedBytes) undecodable byte\(replacedBytes == 1 ? "" : "s") replaced by U+FFFD" }
        let other = warnings.count - skipped.count
        if other > 0 { text += "; \(other) warning\(other == 1 ? "" : "s")" }
        return text
    }
}

func formatBytes(_ n: Int) -> String {
    n >= 1 << 20 ? String(format: "%.1f MB", Double(n) / 1048576) : n >= 1024 ? String(format: "%.1f KB", Double(n) / 1024) : "\(n) B"
}

public struct LoadError: Error, CustomStringConvertible {
    public var description: String
}

/// Reads files and folders into article sources.
public struct Loader {
    /// Maps dossier's field names (title, text, date, url, source, id) to the file's own names.
    public var fields: [String: String] = [:]
    /// When set (a sandboxed script), files outside these folders are skipped with a warning,
    /// whatever link leads to them.
    public var confinement: Confinement?
    /// JSON Lines files larger than this are read a block of this size at a time (see
    /// `loadJSONLinesInBlocks`); other files are read whole.
    public var blockSize = 8 << 20
    public static let extensions: Set<String> = ["txt", "md", "jsonl", "ndjson", "json", "csv", "tsv"]

    public init(fields: [String: String] = [:], confinement: Confinement? = nil) {
        self.fields = fields
        self.confinement = confinement
    }

    /// Loads a file or a folder (recursively); "-" reads standard input. A missing path is an
    /// error; a bad file is a warning. `format` ("txt", "jsonl", "json", "csv", "tsv") overrides
    /// what the extension says; standard input without one is recognised by its first character.
    public func load(_ path: String, format: String? = nil) throws -> (articles: [Article], report: LoadReport) {
        if let format, !Loader.formats.contains(format) {
            throw LoadError(description: "unknown format '\(format)' (formats: \(Loader.formats.joined(separator: ", ")))")
        }
        let (files, listed) = try listFiles(path)
        var report = listed
        var articles: [Article] = []
        for file in try load(files, format: format) {
            report.add(file)
            articles += file.articles
        }
        report.articles = articles.count
        return (articles, report)
    }

    public static let formats = ["txt", "jsonl", "json", "csv", "tsv"]

    /// The corpus files `path` stands for, with their size and modification time; the report
    /// has what the folder held that is not read (other formats, hidden and repeated entries).
    public func listFiles(_ path: String) throws -> (files: [CorpusFile], report: LoadReport) {
        var report = LoadReport()
        let names = try filesToRead(path, report: &report)
        return (names.map(CorpusFile.init), report)
    }

    /// Reads files, decodes them, splits them into articles and finds each article's title and
    /// paragraphs, on every core; results keep the files' order. The rest is parsed on first use.
    public func load(_ files: [CorpusFile], format: String? = nil) throws -> [LoadedFile] {
        let progress = Progress(total: files.count, what: "loading", unit: "files")
        defer { progress.finish() }
        return try parallelMap(files) { file in
            let result = try loadFile(file.name, format: format)
            progress.advance()
            return LoadedFile(file: file, bytes: result.bytes, articles: result.articles, warnings: result.warnings,
                              skipped: result.skipped)
        }
    }

    /// The files `path` stands for; what a folder holds that is not read goes into the report.
    private func filesToRead(_ path: String, report: inout LoadReport) throws -> [FileName] {
        if path == "-" { return [.standardInput] }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw LoadError(description: "\(path): \(errno == ENOENT ? "no such file or folder" : String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return confined([FileName(path)], report: &report) }
        let listing = try FolderListing.walk(FileName(path))
        let formats = Loader.extensions.sorted().joined(separator: ", ")
        for other in listing.other {
            report.skip(other.display, "not a corpus format", "skipped: not a corpus format (\(formats))")
        }
        for (folder, reason) in listing.unreadable {
            report.skip(folder.display, "unreadable", "cannot read the folder (\(reason))")
        }
        for (name, first) in listing.repeated {
            report.skip(name.display, "same file", "skipped: the same file as \(first.display), which is loaded")
        }
        report.hidden = listing.hidden.map(\.display)
        return confined(listing.corpus, report: &report)
    }

    /// The files inside the confinement, if there is one; the others are reported.
    private func confined(_ files: [FileName], report: inout LoadReport) -> [FileName] {
        guard let confinement else { return files }
        return files.filter { file in
            if confinement.contains(existing: file.display) { return true }
            report.skip(file.display, "outside the sandbox", "skipped: outside the folders this script may read (--sandbox)")
            return false
        }
    }

    /// "txt" for "a/b/Report.TXT"; empty when there is none.
    static func fileExtension(_ path: String) -> String {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
              !path.utf8[dot...].contains(UInt8(ascii: "/")) else { return "" }
        return String(path[path.index(after: dot)...]).lowercased()
    }

    /// Why a file was not read.
    enum ReadFailure: Error {
        case unreadable(String)
        /// A FIFO, socket or device: opening one for reading could wait for ever.
        case notARegularFile
        case tooLarge(Int)
    }

    /// The largest file read whole: a quarter of the machine's memory (at least 64 MiB).
    static let largestFile: Int = max(64 << 20, sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE)) / 4)

    /// The whole file, read with POSIX calls. Opened without blocking, so a FIFO named like a
    /// corpus file is reported instead of waited on; only regular files and standard input
    /// are read.
    static func readBytes(_ file: FileName) -> Result<[UInt8], ReadFailure> {
        if file.isStandardInput { return readAll(0, expected: 0) }
        switch openRegularFile(file) {
        case .failure(let failure): return .failure(failure)
        case .success(let (fd, size)):
            defer { close(fd) }
            return readAll(fd, expected: size)
        }
    }

    /// Opens a regular file for reading, with its size; the caller closes it.
    static func openRegularFile(_ file: FileName) -> Result<(fd: Int32, size: Int), ReadFailure> {
        let fd = file.withCString { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return .failure(.unreadable(String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return .failure(.notARegularFile)
        }
        return .success((fd, Int(info.st_size)))
    }

    /// Reads `fd` to its end, growing past `expected` if the file grew, never past largestFile.
    static func readAll(_ fd: Int32, expected: Int) -> Result<[UInt8], ReadFailure> {
        guard expected <= largestFile else { return .failure(.tooLarge(expected)) }
        // one byte more than expected, so reading to the end needs no second buffer
        var bytes = [UInt8](repeating: 0, count: expected > 0 ? expected + 1 : 1 << 16)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count < largestFile else { return .failure(.tooLarge(bytes.count)) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, largestFile - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0 + filled, buffer.count - filled) } ?? 0
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    struct FileResult {
        var path: String
        var bytes = 0
        var articles: [Article] = []
        var warnings: [LoadWarning] = []
        var skipped: String?
    }

    func loadFile(_ file: FileName, format: String?) throws -> FileResult {
        let path = file.display
        if !file.isStandardInput, ["jsonl", "ndjson"].contains(format ?? Loader.fileExtension(path)),
           let result = try loadJSONLinesInBlocks(file) {
            return result
        }
        var result = FileResult(path: path)
        guard let decoded = readText(file, into: &result) else { return result }
        let make = { (raw: String, metadata: [String: String], line: Int?) in
            Article(ArticleSource(path: path, line: line, metadata: metadata, encoding: decoded.encoding), raw: raw)
        }
        switch format ?? (file.isStandardInput ? Loader.guessedFormat(decoded.text) : Loader.fileExtension(path)) {
        case "jsonl", "ndjson": _ = try readJSONLines(decoded.text, into: &result, make: make)
        case "json": readJSON(decoded.text, into: &result, make: make)
        case "csv": readTable(decoded.text, separator: ",", into: &result, make: make)
        case "tsv": readTable(decoded.text, separator: "\t", into: &result, make: make)
        default: result.articles = [make(decoded.text, [:], nil)]
        }
        // the file's undecodable bytes are counted once, on its first article
        if !result.articles.isEmpty { result.articles[0].source.replacedBytes = decoded.replacedBytes }
        if result.articles.isEmpty, result.skipped == nil {
            _ = skip(&result, "no articles", "skipped: no article found in the file")
        }
        return result
    }

    /// The file's text, decoded; nil when it is skipped (the reason is in `result`). Apart from
    /// `loadFile` so the file's bytes are freed once decoded, before articles are made.
    private func readText(_ file: FileName, into result: inout FileResult) -> DecodedText? {
        let path = result.path
        let bytes: [UInt8]
        switch Loader.readBytes(file) {
        case .success(let read): bytes = read
        case .failure(.unreadable(let reason)): return skip(&result, "unreadable", "cannot read the file (\(reason))")
        case .failure(.notARegularFile): return skip(&result, "not a file", "skipped: not a regular file (a FIFO, socket or device)")
        case .failure(.tooLarge(let size)):
            return skip(&result, "too large", "skipped: \(size / 1_048_576) MB is more than a quarter of this machine's memory (\(Loader.largestFile / 1_048_576) MB); split the file")
        }
        result.bytes = bytes.count
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return skip(&result, "empty", "skipped: the file is empty")
        }
        guard let decoded = TextDecoding.decode(bytes) else {
            return skip(&result, "binary", "skipped: binary data, not text")
        }
        if let doubt = decoded.doubt { result.warnings.append(LoadWarning(path: path, message: doubt)) }
        if decoded.replacedBytes > 0 {
            result.warnings.append(.replaced(decoded.replacedBytes, in: path, as: decoded.encoding))
        }
        return decoded
    }

    /// Standard input has no extension: "{" starts JSON Lines, "[" a JSON array, else text.
    static func guessedFormat(_ text: String) -> String {
        switch text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) {
        case "{": return "jsonl"
        case "[": return "json"
        default: return "txt"
        }
    }

    /// Marks the file skipped, saying why. Returns nil for `readText`'s callers.
    func skip(_ result: inout FileResult, _ reason: String, _ message: String) -> DecodedText? {
        result.skipped = reason
        result.warnings.append(LoadWarning(path: result.path, message: message))
        return nil
    }

    // MARK: Formats

    static let bodyNames = ["content", "body", "text", "article", "正文", "內容", "内容"]
    /// The fields opts.fields can map: the body and the known metadata.
    public static var mappableFields: [String] { ["text"] + knownNames.keys.sorted() }
    /// Other fields under the names Chinese exports commonly use.
    static let knownNames: [String: [String]] = [
        "title": ["title", "標題", "标题", "題目", "题目"],
        "date": ["date", "日期", "時間", "时间", "發布時間", "发布时间", "發佈時間", "发布日期", "發布日期", "publish_time",
                 "publish_date", "pub_date", "pubdate", "published", "datetime", "time"],
        "source": ["source", "來源", "来源", "媒體", "媒体"],
        "url": ["url", "link", "鏈接", "链接", "網址", "网址"],
        "id": ["id", "編號", "编号"],
    ]

    /// Turns one record into metadata and body, using `fields` and the usual names.
    func article(from record: [String: Any], path: String, line: Int, warnings: inout [LoadWarning]) -> (String, [String: String])? {
        var metadata: [String: String] = [:]
        for (key, value) in record {
            switch value {
            case let s as String: metadata[key] = s
            case let n as NSNumber: metadata[key] = n.stringValue
            case is NSNull: continue
            default: metadata[key] = String(describing: value)
            }
        }
        let bodyKey = fields["text"] ?? Loader.bodyNames.first { metadata[$0] != nil }
        for (field, names) in Loader.knownNames where metadata[field] == nil {
            if let name = fields[field] ?? names.first(where: { metadata[$0] != nil }), let value = metadata[name] {
                metadata[field] = value
            }
        }
        guard let bodyKey, let body = metadata[bodyKey] else {
            warnings.append(LoadWarning(path: path, line: line, message: "no text field (looked for \((fields["text"].map { [$0] } ?? Loader.bodyNames).joined(separator: ", ")); map yours with opts.fields.text)"))
            return nil
        }
        metadata[bodyKey] = nil
        return (body, metadata)
    }

    /// JSON Lines, in chunks of about a megabyte parsed on every core: a large file is read at
    /// the speed of many small ones, and only the chunks being parsed have JSON objects alive.
    /// Returns how many line breaks `text` held, so a file read in blocks keeps its line numbers
    /// (`firstLine` is the number of lines before `text`).
    func readJSONLines(_ text: String, after firstLine: Int = 0, into result: inout FileResult,
                       make: (String, [String: String], Int?) -> Article) throws -> Int {
        let split = Loader.lines(of: text)
        let lines = split.enumerated().map { (number: firstLine + $0.offset + 1, line: $0.element) }
            .filter { $0.line.contains { !$0.isWhitespace } }
        let parts = try parallelMap(Loader.chunks(of: lines, bytes: 1 << 20)) { chunk in
            var part = FileResult(path: result.path)
            readJSONLines(chunk, into: &part, make: make)
            return part
        }
        for part in parts {
            result.articles += part.articles
            result.warnings += part.warnings
        }
        return split.count - 1
    }

    /// The lines of `text`, ended by "\n", "\r\n" or "\r" (U+2028 may stand inside a JSON string,
    /// so only these count); the text after the last break is the last line, maybe empty. Read
    /// as UTF-8 bytes, which is fast, and safe: each ending is ASCII, so no character is cut.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            guard byte == 0x0A || byte == 0x0D else { continue }
            lines.append(Substring(utf8[start..<utf8.index(before: index)]))
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }

    /// Consecutive lines in runs of about `bytes` bytes.
    static func chunks(of lines: [(number: Int, line: Substring)], bytes: Int) -> [ArraySlice<(number: Int, line: Substring)>] {
        var chunks: [ArraySlice<(number: Int, line: Substring)>] = []
        var start = 0, size = 0
        for (i, line) in lines.enumerated() {
            size += line.line.utf8.count
            if size >= bytes || i == lines.count - 1 {
                chunks.append(lines[start...i])
                start = i + 1
                size = 0
            }
        }
        return chunks
    }

    /// Lines parsed as one JSON array (one call, fast); only when that fails are they parsed one
    /// by one, so the malformed ones can be named and the rest kept.
    func readJSONLines(_ lines: ArraySlice<(number: Int, line: Substring)>, into result: inout FileResult,
                       make: (String, [String: String], Int?) -> Article) {
        var joined = Data("[".utf8)
        for (number, line) in lines {
            if number != lines.first?.number { joined.append(contentsOf: ",\n".utf8) }
            joined.append(contentsOf: line.utf8)
        }
        joined.append(contentsOf: "]".utf8)
        var records: [(line: Int, object: Any?)]
        if let array = try? JSONSerialization.jsonObject(with: joined) as? [Any], array.count == lines.count {
            records = zip(lines, array).map { ($0.0.number, $0.1) }
        } else {
            records = lines.map { ($0.number, parsedJSON($0.line, path: result.path, line: $0.number, warnings: &result.warnings)) }
        }
        joined = Data()
        for (number, object) in records {
            guard let record = object as? [String: Any] else {
                let line = lines.first { $0.number == number }?.line ?? ""
                result.warnings.append(LoadWarning(path: result.path, line: number, message: "malformed JSON line skipped (\(line.prefix(40))…)"))
                continue
            }
            if let (body, metadata) = article(from: record, path: result.path, line: number, warnings: &result.warnings) {
                result.articles.append(make(body, metadata, number))
            }
        }
    }

    /// A JSON text parsed; one that escapes half a UTF-16 pair is parsed with U+FFFD there,
    /// and a warning says so. Nil when it is malformed otherwise.
    func parsedJSON(_ text: Substring, path: String, line: Int?, warnings: inout [LoadWarning]) -> Any? {
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) { return object }
        guard let (repaired, count) = LoneSurrogates.replaced(in: text),
              let object = try? JSONSerialization.jsonObject(with: Data(repaired.utf8)) else { return nil }
        let escapes = count == 1 ? "escape" : "escapes"
        warnings.append(LoadWarning(path: path, line: line, message: "\(count) \(escapes) of half a UTF-16 pair (\\ud800–\\udfff) replaced by U+FFFD"))
        return object
    }

    func readJSON(_ text: String, into result: inout FileResult, make: (String, [String: String], Int?) -> Article) {
        guard let object = parsedJSON(text[...], path: result.path, line: nil, warnings: &result.warnings) else {
            result.skipped = "malformed JSON"
            result.warnings.append(LoadWarning(path: result.path, message: "skipped: malformed JSON"))
            return
        }
        let elements = (object as? [Any]) ?? [object]
        for (i, element) in elements.enumerated() {
            guard let record = element as? [String: Any] else {
                let what = element is NSNull ? "null" : "not an object"
                result.warnings.append(LoadWarning(path: result.path, message: "element \(i + 1) of the array skipped: \(what)"))
                continue
            }
            if let (body, metadata) = article(from: record, path: result.path, line: i + 1, warnings: &result.warnings) {
                result.articles.append(make(body, metadata, i + 1))
            }
        }
    }

    func readTable(_ text: String, separator: Character, into result: inout FileResult, make: (String, [String: String], Int?) -> Article) {
        let rows = CSV.parse(text, separator: separator)
        guard let header = rows.first?.cells else { return }
        for row in rows.dropFirst() where row.cells.contains(where: { !$0.isEmpty }) {
            if row.cells.count != header.count {
                result.warnings.append(LoadWarning(path: result.path, line: row.line, message: "row has \(row.cells.count) cells, the header \(header.count)"))
            }
            var record: [String: Any] = [:]
            for (name, cell) in zip(header, row.cells) { record[name] = cell }
            if let (body, metadata) = article(from: record, path: result.path, line: row.line, warnings: &result.warnings) {
                result.articles.append(make(body, metadata, row.line))
            }
        }
        if let last = rows.last, last.unterminated {
            result.warnings.append(LoadWarning(path: result.path, line: last.line, message: "quoted cell not closed before the end of the file"))
        }
    }
}

/// RFC 4180 tables: quoted cells may hold separators, doubled quotes and newlines. Parsed on
/// UTF-8 bytes: every byte that matters (quote, separator, line break) is ASCII.
enum CSV {
    struct Row {
        var cells: [String]
        var line: Int
        var unterminated = false
    }

    static func parse(_ text: String, separator: Character) -> [Row] {
        var text = text
        let separatorByte = separator.asciiValue!
        return text.withUTF8 { bytes in
            var rows: [Row] = []
            var cells: [String] = []
            var cell: [UInt8] = []
            var quoted = false, cellStarted = false
            var line = 1, rowLine = 1
            func endCell() {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
                cellStarted = false
            }
            func endRow() {
                endCell()
                rows.append(Row(cells: cells, line: rowLine))
                cells = []
            }
            var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if quoted {
                    if b == 0x22 {
                        if i < bytes.count, bytes[i] == 0x22 { cell.append(0x22); i += 1 } else { quoted = false }
                    } else {
                        if b == 0x0A { line += 1 }
                        cell.append(b)
                    }
                } else if b == 0x22 && !cellStarted {
                    quoted = true
                    cellStarted = true
                } else if b == separatorByte {
                    endCell()
                } else if b == 0x0A || b == 0x0D {
                    if b == 0x0D, i < bytes.count, bytes[i] == 0x0A { i += 1 }
                    endRow()
                    line += 1
                    rowLine = line
                } else {
                    cell.append(b)
                    cellStarted = true
                }
            }
            if cellStarted || !cells.isEmpty || quoted {
                endRow()
                if quoted { rows[rows.count - 1].unterminated = true }
            }
            return rows
        }
    }
}

/// Maps in parallel over the machine's cores, keeping order. Each slot of the result buffer
/// is written by exactly one iteration, hence the unchecked sendability.
private struct SharedWork<T, R>: @unchecked Sendable {
    let input: UnsafeBufferPointer<T>
    let output: UnsafeMutableBufferPointer<Result<R, Error>?>
    let transform: (T) throws -> R
}

/// Maps on every core, keeping order. Before each item it asks Cancellation; once told to
/// stop, the remaining items are skipped and the whole map throws `Cancelled`, as it throws
/// the first error of `transform`: no caller ever sees a partial result.
public func parallelMap<T, R>(_ items: [T], _ transform: (T) throws -> R) throws -> [R] {
    let output = UnsafeMutableBufferPointer<Result<R, Error>?>.allocate(capacity: items.count)
    output.initialize(repeating: nil)
    defer {
        output.deinitialize()  // so the results' storage is released with the buffer
        output.deallocate()
    }
    items.withUnsafeBufferPointer { input in
        withoutActuallyEscaping(transform) { transform in
            let shared = SharedWork(input: input, output: output, transform: transform)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                shared.output[i] = Result {
                    try Cancellation.check()
                    return try shared.transform(shared.input[i])
                }
            }
        }
    }
    var results: [R] = []
    results.reserveCapacity(items.count)
    for slot in output {
        guard let slot else { continue }  // every slot was written above
        results.append(try slot.get())
    }
    return results
}
