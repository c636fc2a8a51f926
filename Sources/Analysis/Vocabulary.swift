/// Analysis owns counting over a corpus's words, in Swift and on every core: word
/// frequencies, word n-grams and collocates. It knows articles and segmentation, not Lua.
import Articles

/// The words one worker has seen, by folded form (zh.fold: 當天 and 当天 are one word), each
/// with an id, its count, the articles it is in and how often each written form occurs.
struct Vocabulary {
    /// Words of up to three scalars, packed exactly (see `pack`); the long rest by string.
    private var short = CountTable()
    private var long: [String: Int32] = [:]
    /// Each word's packed key, or 0 for a long word, whose folded text is in `longText`.
    private var keys: [UInt64] = []
    private var longText: [String] = []
    private(set) var counts: [Int] = []
    private(set) var articles: [Int] = []
    private var lastArticle: [Int] = []
    /// Written form -> (word id, count): the form a word is shown in is its commonest. Short
    /// forms are packed like short words, so counting makes no string per occurrence; their
    /// table holds the id above bit 40 and the count below (see `Vocabulary.form`).
    private var shortForms = CountTable()
    private var longForms: [String: (id: Int32, count: Int)] = [:]

    var count: Int { keys.count }

    /// A word's folded form.
    func folded(_ id: Int) -> String { keys[id] != 0 ? Vocabulary.unpack(keys[id]) : longText[id] }

    /// Three scalars, each + 1 (so 0 means "none") in 21 bits: a key equal only for equal words.
    static func pack(_ scalars: ArraySlice<UInt32>) -> UInt64? {
        guard scalars.count <= 3 else { return nil }
        var key: UInt64 = 0
        for scalar in scalars { key = key << 21 | UInt64(scalar + 1) }
        return key
    }

    /// The word `pack` made the key of.
    static func unpack(_ key: UInt64) -> String {
        var scalars: [UInt32] = []
        var rest = key
        while rest != 0 {
            scalars.append(UInt32(rest & 0x1F_FFFF) - 1)
            rest >>= 21
        }
        return string(scalars.reversed()[...])
    }

    /// A short form's word id and count, from its table value.
    static func form(_ value: Int) -> (id: Int32, count: Int) { (Int32(truncatingIfNeeded: value >> 40), value & (1 << 40 - 1)) }

    /// The id of a folded word, made if new; counts one occurrence in article `article`.
    mutating func add(folded word: ArraySlice<UInt32>, written: ArraySlice<UInt32>, article: Int) -> Int32 {
        let id = intern(word)
        counts[Int(id)] += 1
        if lastArticle[Int(id)] != article {
            lastArticle[Int(id)] = article
            articles[Int(id)] += 1
        }
        if let key = Vocabulary.pack(written) {
            if shortForms.add(key, 1) == 1 { shortForms.add(key, Int(id) << 40) }  // a new form: note its word
        } else {
            longForms[Vocabulary.string(written), default: (id, 0)].count += 1
        }
        return id
    }

    /// The id of a folded word, made (with no occurrences) if new.
    mutating func intern(_ word: ArraySlice<UInt32>) -> Int32 {
        if let key = Vocabulary.pack(word) { return intern(key: key) }
        return intern(long: Vocabulary.string(word))
    }

    private mutating func intern(key: UInt64) -> Int32 {
        if let id = short[key] { return Int32(id) }
        let id = newWord(key: key, text: "")
        short.add(key, Int(id))
        return id
    }

    private mutating func intern(long text: String) -> Int32 {
        if let id = long[text] { return id }
        let id = newWord(key: 0, text: text)
        long[text] = id
        return id
    }

    /// The id of a folded word if it has been seen.
    func id(of word: ArraySlice<UInt32>) -> Int32? {
        if let key = Vocabulary.pack(word) { return short[key].map(Int32.init) }
        return long[Vocabulary.string(word)]
    }

    private mutating func newWord(key: UInt64, text: String) -> Int32 {
        keys.append(key)
        longText.append(text)
        counts.append(0)
        articles.append(0)
        lastArticle.append(-1)
        return Int32(keys.count - 1)
    }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        String(codePoints: scalars)
    }

    /// Adds another worker's words into this one; returns, for each of its ids, the id here.
    /// Articles are counted per worker, and workers see different articles, so they add up.
    mutating func merge(_ other: Vocabulary) -> [Int32] {
        var mapping = [Int32](repeating: 0, count: other.count)
        short.reserveCapacity(count + other.count)
        for i in 0..<other.count {
            let id = other.keys[i] != 0 ? intern(key: other.keys[i]) : intern(long: other.longText[i])
            counts[Int(id)] += other.counts[i]
            articles[Int(id)] += other.articles[i]
            mapping[i] = id
        }
        shortForms.reserveCapacity(shortForms.count + other.shortForms.count)
        for (form, value) in other.shortForms.entries {
            let (id, count) = Vocabulary.form(value)
            if shortForms.add(form, count) == count { shortForms.add(form, Int(mapping[Int(id)]) << 40) }
        }
        for (form, entry) in other.longForms { longForms[form, default: (mapping[Int(entry.id)], 0)].count += entry.count }
        return mapping
    }

    /// Each word's commonest written form (ties: the smaller string).
    func shownForms() -> [String] {
        var best = [(form: String, count: Int)?](repeating: nil, count: count)
        let forms = shortForms.entries.map { (Vocabulary.unpack($0.key), Vocabulary.form($0.value)) } + longForms.map { ($0.key, $0.value) }
        for (form, entry) in forms {
            let i = Int(entry.id)
            if let current = best[i], current.count > entry.count || (current.count == entry.count && current.form < form) { continue }
            best[i] = (form, entry.count)
        }
        return best.enumerated().map { $0.element?.form ?? folded($0.offset) }
    }
}
