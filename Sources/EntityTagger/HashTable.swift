import Prefetch

/// A map from 64-bit keys to row numbers, open addressing with linear probing: the tagger
/// looks up about twenty keys for every character, where a Swift Dictionary costs several
/// times as much (it hashes with a per-process seed and checks more). A slot holds its key
/// and its value side by side, so a look-up touches one cache line.
struct HashTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64 = 0
        /// -1 marks an empty slot.
        var value: Int32 = -1
    }

    private(set) var slots: [Slot]
    private let mask: Int
    /// 64 minus the table's bits: the slot is the top bits of the key times an odd constant,
    /// which depend on every bit of the key (the template byte at the top included).
    private let shift: UInt64
    private(set) var count = 0

    /// A table for up to `capacity` keys, kept at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Inlined: the tagger asks it several times a character, and the call spilled its sums.
    @inline(__always)
    func get(_ key: UInt64) -> Int32? {
        var i = slot(key)
        while slots[i].value >= 0 {
            if slots[i].key == key { return slots[i].value }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Asks for the cache line of `key`'s first slot, where `get` will look.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        slots.withUnsafeBufferPointer { slots in
            if let base = slots.baseAddress { dossier_prefetch(base + slot(key)) }
        }
    }

    /// Sets `key` to `value`; the table must have room (see `init(capacity:)`).
    mutating func set(_ key: UInt64, _ value: Int32) {
        var i = slot(key)
        while slots[i].value >= 0 {
            if slots[i].key == key { slots[i].value = value; return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, value: value)
        count += 1
    }

    /// Every key and its value, in slot order.
    var pairs: [(key: UInt64, value: Int32)] { slots.filter { $0.value >= 0 }.map { ($0.key, $0.value) } }
}
