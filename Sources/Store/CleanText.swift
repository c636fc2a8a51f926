import CZlib

/// An article's clean text as a store keeps it: deflated in zlib's format, as SQLite's
/// archives (sqlar) keep files, beside its size in bytes. As in sqlar, a text that deflating
/// would not shorten is kept as it is, and a size equal to the stored length says so; other
/// tools read it with `sqlar_uncompress(text, size)` in sqlite3's shell, or in Python with
/// `zlib.decompress(text) if len(text) < size else text`. Deflated, the clean text takes
/// about 0.42 of its bytes on the generated corpus: it was the largest part of a store.
enum CleanText {
    /// The bytes to store for `text`, or nil when zlib fails.
    static func pack(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        var length = compressBound(uLong(bytes.count))
        var packed = [UInt8](repeating: 0, count: Int(length))
        guard compress2(&packed, &length, bytes, uLong(bytes.count), Z_DEFAULT_COMPRESSION) == Z_OK else { return nil }
        return Int(length) < bytes.count ? Array(packed.prefix(Int(length))) : bytes
    }

    /// The text back from what `pack` stored and its size, or nil when the two do not agree
    /// (a damaged row, or one another tool changed).
    static func unpack(_ packed: [UInt8], size: Int) -> String? {
        guard size != packed.count else { return String(validating: packed, as: UTF8.self) }
        // deflate shrinks at most about 1032 to 1: a larger size is damage, not a length to allocate
        guard size > packed.count, size / 1032 <= packed.count else { return nil }
        var text = [UInt8](repeating: 0, count: size)
        var length = uLong(size)
        guard uncompress(&text, &length, packed, uLong(packed.count)) == Z_OK, Int(length) == size else { return nil }
        return String(validating: text, as: UTF8.self)
    }
}
