/// Analysis owns counting over a corpus's words, in Swift and on every core: word
/// frequencies, word n-grams and collocates. It knows articles and segmentation, not Lua.
import Articles
import Text

/// The words one worker has seen, by folded form (zh.fold: 當天 and 当天 are one word), each
/// with an id, its count, the articles it is in and how often each written form occurs.
struct Vocabulary {
    /// What is counted of one word, together: counting a word touches one record, not one
    /// array for each figure (on varied text each of those reads is a cache miss).
    struct Word {
        var count = 0
        var articles = 0
        var lastArticle = -1
        /// The first written form seen (packed, or `asFolded`) and how often it occurs: most words are
        /// always written one way, so most occurrences need no look-up in the forms' tables.
        var form: UInt64 = 0
        var formCount = 0

        /// Counts one occurrence in article `article`, written in form `key` (nil: a long form
        /// kept by string); false when that form is not the inline one. One call, so that the
        /// record is reached once.
        mutating func add(in article: Int, form key: UInt64?) -> Bool {
            count += 1
            if article != lastArticle {
                lastArticle = article
                articles += 1
            }
            return key.map { countInline($0, 1) } ?? true
        }

        /// Counts `n` occurrences of form `key` inline when it is the inline form (or there is
        /// none yet); false when it is another.
        mutating func countInline(_ key: UInt64, _ n: Int) -> Bool {
            if form == 0 { form = key }
            guard form == key else { return false }
            formCount += n
            return true
        }
    }

    /// Words of up to three scalars, packed exactly (see `pack`), by key; the long rest by a
    /// hash of their scalars (see `findLong`): as strings, or as arrays in a Dictionary, each
    /// look-up hashed them with SipHash and compared them through generic code.
    private var short = CountTable()
    private var long = CountTable()
    /// Each word's packed key, or `longWord | n` for a long word: its folded scalars are
    /// `longText[longSpans[n]]`.
    private var keys: [UInt64] = []
    private var longSpans: [Range<Int>] = []
    private var longText: [UInt32] = []
    private(set) var words: [Word] = []
    /// Written forms other than each word's first -> (word id, count): the form a word is shown
    /// in is its commonest. Short forms are packed like short words, so counting makes no
    /// string per occurrence; their table holds the id above bit 40 and the count below (see
    /// `Vocabulary.form`).
    private var shortForms = CountTable()
    private var longForms: [String: (id: Int32, count: Int)] = [:]
    private let folding = Folding.shared

    /// Marks a long word's key (packed keys take 63 bits).
    private static let longWord: UInt64 = 1 << 63

    var count: Int { keys.count }

    /// A word's folded form.
    func folded(_ id: Int) -> String {
        keys[id] & Vocabulary.longWord == 0 ? Vocabulary.unpack(keys[id]) : String(codePoints: longText[longSpan(id)])
    }

    private func longSpan(_ id: Int) -> Range<Int> { longSpans[Int(keys[id] & ~Vocabulary.longWord)] }

    /// Three scalars, each + 1 (so 0 means "none") in 21 bits: a key equal only for equal words.
    static func pack(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64? {
        guard scalars.count <= 3 else { return nil }
        var key: UInt64 = 0
        for scalar in scalars { key = key << 21 | UInt64(scalar + 1) }
        return key
    }

    /// The word `pack` made the key of.
    static func unpack(_ key: UInt64) -> String {
        let count = (64 - key.leadingZeroBitCount + 20) / 21
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 3) { scalars in
            for i in 0..<count { scalars[i] = UInt32(key >> (21 * UInt64(count - 1 - i)) & 0x1F_FFFF) &- 1 }
            return String(codePoints: scalars[..<count])
        }
    }

    /// The inline form of a long word written as it folds (packed keys never set bit 63).
    private static let asFolded: UInt64 = 1 << 63

    /// A short form's word id and count, from its table value.
    static func form(_ value: Int) -> (id: Int32, count: Int) { (Int32(truncatingIfNeeded: value >> 40), value & (1 << 40 - 1)) }

    /// The id of the word written `written` (counted by its folded form), made if new; counts
    /// one occurrence in article `article`.
    mutating func add(written: UnsafeBufferPointer<UInt32>, article: Int) -> Int32 {
        guard written.count <= 3 else { return addLong(written: written, article: article) }
        var form: UInt64 = 0, key: UInt64 = 0  // the written and folded words, packed in one pass
        for scalar in written {
            form = form << 21 | UInt64(scalar + 1)
            key = key << 21 | UInt64(folding.fold(scalar) + 1)
        }
        let id = intern(key: key)
        if !words[Int(id)].add(in: article, form: form) { countForm(form, id: id, count: 1) }
        return id
    }

    /// `add` for a word of four scalars or more, folded on the stack. A form that differs
    /// from the folded word is kept by string.
    private mutating func addLong(written: UnsafeBufferPointer<UInt32>, article: Int) -> Int32 {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: written.count) { buffer in
            for (i, scalar) in written.enumerated() { buffer[i] = folding.fold(scalar) }
            let folded = UnsafeBufferPointer(buffer)
            let id = intern(long: folded)
            // a long word's only inline form is its folded one: no other form packs
            let asFolded = written.elementsEqual(folded)
            _ = words[Int(id)].add(in: article, form: asFolded ? Vocabulary.asFolded : nil)
            if !asFolded { longForms[String(codePoints: written), default: (id, 0)].count += 1 }
            return id
        }
    }

    /// Counts `count` occurrences of form `key` of word `id`: inline when it is the word's
    /// inline form (or the word has none yet), else in the table.
    private mutating func addForm(_ key: UInt64, id: Int32, count: Int) {
        if !words[Int(id)].countInline(key, count) { countForm(key, id: id, count: count) }
    }

    /// Counts a short written form that is not its word's inline one.
    private mutating func countForm(_ key: UInt64, id: Int32, count: Int) {
        if shortForms.add(key, count) == count { shortForms.add(key, Int(id) << 40) }  // a new form: note its word
    }

    private mutating func intern(key: UInt64) -> Int32 {
        if let id = short[key] { return Int32(id) }
        let id = newWord(key: key)
        short.add(key, Int(id))
        return id
    }

    private mutating func intern(long word: UnsafeBufferPointer<UInt32>) -> Int32 {
        let (found, free) = findLong(word)
        if let found { return found }
        longSpans.append(longText.count..<(longText.count + word.count))
        longText.append(contentsOf: word)
        let id = newWord(key: Vocabulary.longWord | UInt64(longSpans.count - 1))
        long.add(free, Int(id))
        return id
    }

    /// A long word's id, if seen, else the table key it goes under. Its key is a hash of its
    /// scalars; when that key holds another word, the next key in a fixed sequence is tried,
    /// as inserting did, so every word is found along the path it was put on.
    private func findLong(_ word: UnsafeBufferPointer<UInt32>) -> (id: Int32?, free: UInt64) {
        var key: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in word { key = (key ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3 }
        while let id = long[key] {
            let same = longText.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[longSpan(id)]).elementsEqual(word) }
            if same { return (Int32(id), key) }
            key = key &+ 1
        }
        return (nil, key)
    }

    /// The id of a folded word if it has been seen.
    func id(of word: [UInt32]) -> Int32? {
        word.withUnsafeBufferPointer { word in
            if let key = Vocabulary.pack(word) { return short[key].map(Int32.init) }
            return findLong(word).id
        }
    }

    private mutating func newWord(key: UInt64) -> Int32 {
        keys.append(key)
        words.append(Word())
        return Int32(keys.count - 1)
    }

    /// Adds another worker's words into this one; returns, for each of its ids, the id here.
    /// Articles are counted per worker, and workers see different articles, so they add up.
    /// A form inline in one worker may be in the other's table: each goes wherever this
    /// vocabulary keeps it, so a form's count is never split.
    mutating func merge(_ other: Vocabulary) -> [Int32] {
        var mapping = [Int32](repeating: 0, count: other.count)
        short.reserveCapacity(count + other.count)
        for i in 0..<other.count {
            let key = other.keys[i]
            let id = key & Vocabulary.longWord == 0
                ? intern(key: key) : other.longText.withUnsafeBufferPointer { intern(long: UnsafeBufferPointer(rebasing: $0[other.longSpan(i)])) }
            let theirs = other.words[i]
            words[Int(id)].count += theirs.count
            words[Int(id)].articles += theirs.articles
            if theirs.form != 0 { addForm(theirs.form, id: id, count: theirs.formCount) }
            mapping[i] = id
        }
        shortForms.reserveCapacity(shortForms.count + other.shortForms.count)
        for (form, value) in other.shortForms.entries {
            let (id, count) = Vocabulary.form(value)
            addForm(form, id: mapping[Int(id)], count: count)
        }
        for (form, entry) in other.longForms { longForms[form, default: (mapping[Int(entry.id)], 0)].count += entry.count }
        return mapping
    }

    /// Each word's commonest written form (ties: the smaller string).
    func shownForms() -> [String] {
        var best = [(form: String, count: Int)?](repeating: nil, count: count)
        func offer(_ form: String, _ i: Int, _ count: Int) {
            if let current = best[i], current.count > count || (current.count == count && current.form < form) { return }
            best[i] = (form, count)
        }
        for (i, word) in words.enumerated() where word.form != 0 {
            offer(word.form == Vocabulary.asFolded ? folded(i) : Vocabulary.unpack(word.form), i, word.formCount)
        }
        for (key, value) in shortForms.entries {
            let entry = Vocabulary.form(value)
            offer(Vocabulary.unpack(key), Int(entry.id), entry.count)
        }
        for (form, entry) in longForms { offer(form, Int(entry.id), entry.count) }
        return best.enumerated().map { $0.element?.form ?? folded($0.offset) }
    }
}
