import COpenCC

/// OpenCC's configuration or dictionaries cannot be opened.
public struct ScriptConversionError: Error, CustomStringConvertible {
    public let description: String
}

/// Traditional ⇄ Simplified conversion with OpenCC's phrase dictionaries (Debian's libopencc).
/// Pinyin annotations are stripped first: they break OpenCC's phrase matching.
public final class ScriptConverter {
    private let handle: opencc_t

    /// - Parameter config: an OpenCC configuration, "t2s.json" or "s2t.json".
    public init(config: String) throws {
        let handle = opencc_open(config)
        guard let handle, handle != opencc_t(bitPattern: -1) else {
            throw ScriptConversionError(description: "OpenCC cannot open \(config): \(String(cString: opencc_error()))")
        }
        self.handle = handle
    }

    /// The text in the other script. OpenCC returns a C string, which would end at the first
    /// NUL byte, so text with NULs is converted piece by piece between them.
    public func convert(_ text: String) -> String {
        let input = Pinyin.strip(text).text
        guard input.utf8.contains(0) else { return convertWithoutNUL(input) }
        return input.split(separator: "\0", omittingEmptySubsequences: false).map { convertWithoutNUL(String($0)) }.joined(separator: "\0")
    }

    private func convertWithoutNUL(_ input: String) -> String {
        let length = input.utf8.count
        guard length > 0, let output = opencc_convert_utf8(handle, input, length) else { return input }
        defer { opencc_convert_utf8_free(output) }
        return String(cString: output)
    }

    deinit { opencc_close(handle) }
}
