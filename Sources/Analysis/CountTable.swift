/// A map from 64-bit keys to integers, open addressing with linear probing, that grows as it
/// fills. Counting looks up every word of a corpus, and on varied text its tables hold
/// millions of keys: a Swift Dictionary hashes each key with a seeded SipHash and keeps keys
/// apart from values, where this multiplies once and finds key and value on one cache line.
struct CountTable {
    private struct Slot {
        var key: UInt64 = 0
        /// `empty` marks a free slot.
        var value: Int = CountTable.empty
    }

    private static let empty = Int.min
    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slot holding `key`, or the free slot where it would go.
    private func find(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i].value != CountTable.empty, slots[i].key != key { i = (i + 1) & mask }
        return i
    }

    subscript(key: UInt64) -> Int? {
        let slot = slots[find(key)]
        return slot.value == CountTable.empty ? nil : slot.value
    }

    /// Adds `amount` to the key's value (0 if new); returns the new value.
    @discardableResult
    mutating func add(_ key: UInt64, _ amount: Int) -> Int {
        var i = find(key)
        if slots[i].value == CountTable.empty {
            if (count + 1) * 2 > slots.count {
                grow()
                i = find(key)
            }
            slots[i] = Slot(key: key, value: 0)
            count += 1
        }
        slots[i].value += amount
        return slots[i].value
    }

    /// The key's value, set to `make()` first if the key is new.
    mutating func value(_ key: UInt64, orInsert make: () -> Int) -> Int {
        let i = find(key)
        if slots[i].value != CountTable.empty { return slots[i].value }
        let value = make()
        add(key, value)
        return value
    }

    mutating func reserveCapacity(_ capacity: Int) {
        while capacity * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        for slot in old where slot.value != CountTable.empty { slots[find(slot.key)] = slot }
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: Int)] {
        slots.compactMap { $0.value == CountTable.empty ? nil : ($0.key, $0.value) }
    }
}
