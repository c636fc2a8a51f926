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

    public func convert(_ text: String) -> String {
        let input = Pinyin.strip(text).text
        let length = input.utf8.count
        guard length > 0, let output = opencc_convert_utf8(handle, input, length) else { return input }
        defer { opencc_convert_utf8_free(output) }
        return String(cString: output)
    }

    deinit { opencc_close(handle) }
}
