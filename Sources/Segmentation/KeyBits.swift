/// One bit for each key of a table of 64-bit keys: a clear bit says the table surely lacks a
/// key. Small enough to stay in cache where the table does not, it answers the look-ups of
/// absent keys (most of a segmenter's or tagger's last look-ups) without reading the table.
public struct KeyBits: Sendable {
    @usableFromInline var words: [UInt64]
    /// 64 minus the bits' width: a key's bit is the top bits of the key times an odd
    /// constant, which depend on all of its bits.
    @usableFromInline let shift: UInt64

    /// Room for 2^`width` bits, none set.
    public init(width: Int) {
        words = [UInt64](repeating: 0, count: max(1, (1 << width) / 64))
        shift = UInt64(64 - width)
    }

    @inlinable func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> shift) }

    public mutating func insert(_ key: UInt64) {
        let bit = bit(key)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when the key was never inserted; true when it may have been. Inlined, here and
    /// in the tagger's module: the segmenter asks twice a character and the tagger twenty
    /// times, and the call cost more than the test.
    @inlinable public func mayContain(_ key: UInt64) -> Bool {
        let bit = bit(key)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
