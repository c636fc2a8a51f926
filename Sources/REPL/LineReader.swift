import LineEditor
#if canImport(Glibc)
import Glibc
#endif

/// What reading one line gave.
public enum LineInput: Equatable {
    case line(String)
    case endOfInput
    case interrupted
}

/// Where the REPL's lines come from.
public protocol LineReader {
    func read(prompt: String) -> LineInput
    func remember(_ entry: String)
}

/// A terminal: GNU readline with editing, history recall and completion.
public final class TerminalReader: LineReader {
    private let complete: (String, Int) -> [String]

    /// - Parameter complete: candidates for the word before the cursor, given line and cursor.
    public init(history: [String], complete: @escaping (String, Int) -> [String]) {
        self.complete = complete
        history.forEach { line_editor_add_history($0) }
        line_editor_set_completer({ line, cursor, context in
            let reader = Unmanaged<TerminalReader>.fromOpaque(context!).takeUnretainedValue()
            let candidates = reader.complete(String(cString: line!), Int(cursor))
            let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: candidates.count + 1)
            for (i, candidate) in candidates.enumerated() { array[i] = strdup(candidate) }
            array[candidates.count] = nil
            return array
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    public func read(prompt: String) -> LineInput {
        var status = LINE_EDITOR_LINE
        guard let line = line_editor_read(prompt, &status) else {
            return status == LINE_EDITOR_INTERRUPTED ? .interrupted : .endOfInput
        }
        defer { free(line) }
        return .line(String(cString: line))
    }

    public func remember(_ entry: String) { line_editor_add_history(entry) }
}

/// A pipe or file: plain lines, prompts written to stdout as lua.c does without readline.
public final class StreamReader: LineReader {
    public init() {}

    public func read(prompt: String) -> LineInput {
        guard let line = line_editor_read_plain(prompt) else { return .endOfInput }
        defer { free(line) }
        return .line(String(cString: line))
    }

    public func remember(_ entry: String) {}
}
