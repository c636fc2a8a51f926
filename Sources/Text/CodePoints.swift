extension String {
    /// The text of these code points, made through their UTF-8: several times faster than a
    /// `String.UnicodeScalarView` built from `Unicode.Scalar`s, which counted in the time of
    /// every word list. A value that is not a code point (a surrogate, past U+10FFFF) is left
    /// out, as `Unicode.Scalar.init` leaves it. Inlinable, so that callers in other modules
    /// get it specialised for their collection instead of going through generic calls.
    @inlinable
    public init<C: Collection>(codePoints: C) where C.Element == UInt32 {
        // written straight into the string's storage: no byte array made first
        self.init(unsafeUninitializedCapacity: codePoints.count * 4) { buffer in
            var n = 0
            func put(_ byte: UInt32) {
                buffer[n] = UInt8(truncatingIfNeeded: byte)
                n += 1
            }
            for v in codePoints {
                switch v {
                case 0..<0x80:
                    put(v)
                case 0x80..<0x800:
                    put(0xC0 | v >> 6); put(0x80 | v & 0x3F)
                case 0xD800..<0xE000:
                    continue
                case 0x800..<0x10000:
                    put(0xE0 | v >> 12); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
                case 0x10000..<0x110000:
                    put(0xF0 | v >> 18); put(0x80 | v >> 12 & 0x3F); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
                default:
                    continue
                }
            }
            return n
        }
    }
}

/// The code points of valid UTF-8 (a Swift string's), and where each starts, with the end
/// of the bytes last.
public func codePoints(ofValidUTF8 bytes: [UInt8]) -> (scalars: [UInt32], starts: [Int]) {
    var scalars: [UInt32] = [], starts: [Int] = []
    scalars.reserveCapacity(bytes.count / 2)
    starts.reserveCapacity(bytes.count / 2 + 1)
    bytes.withUnsafeBufferPointer { bytes in
        var i = 0
        while i < bytes.count {
            let (value, length) = codePoint(inValidUTF8: bytes, at: i)
            scalars.append(value)
            starts.append(i)
            i += length
        }
    }
    starts.append(bytes.count)
    return (scalars, starts)
}

/// The code point whose UTF-8 starts at byte `i` of valid UTF-8, and its length in bytes
/// (a sequence cut short by the end reads as far as it goes).
@inlinable
public func codePoint(inValidUTF8 bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[i]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = UInt32(lead) & (length == 1 ? 0x7F : 0xFF >> UInt32(length + 1))
    for j in 1..<length where i + j < bytes.count { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
    return (value, length)
}

extension StringProtocol {
    /// Where `needle` first occurs, byte for byte. Foundation's `range(of:)` compares under a
    /// locale, and the standard library's generic `firstRange(of:)` goes through its metadata
    /// at every call: each was a fifth of a store's build, looking for one mark in a line.
    /// Inlinable, so each caller gets it for its own kind of string, reading the bytes in place.
    @inlinable
    public func firstByteRange(of needle: String) -> Range<String.Index>? {
        let utf8 = self.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            needle.utf8.withContiguousStorageIfAvailable { firstOffset(of: $0, in: bytes) } ?? firstOffset(of: Array(needle.utf8), in: bytes)
        }
        guard let offset = found ?? firstOffset(of: Array(needle.utf8), in: Array(utf8)) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

/// Where `needle`'s bytes first occur in `bytes`, as an offset; nil for an empty needle.
@inlinable
public func firstOffset<Needle: RandomAccessCollection<UInt8>, Haystack: RandomAccessCollection<UInt8>>(
    of needle: Needle, in bytes: Haystack) -> Int? where Needle.Index == Int, Haystack.Index == Int {
    guard let first = needle.first, needle.count <= bytes.count else { return nil }
    var at = bytes.startIndex
    let last = bytes.endIndex - needle.count
    while at <= last {
        if bytes[at] == first, bytes[at..<(at + needle.count)].elementsEqual(needle) { return at - bytes.startIndex }
        at += 1
    }
    return nil
}
