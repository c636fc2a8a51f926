/// Analysis owns counting over a corpus's words, in Swift and on every core: word
/// frequencies, word n-grams and collocates. It knows articles and segmentation, not Lua.
import Articles

/// The words one worker has seen, by folded form (zh.fold: 當天 and 当天 are one word), each
/// with an id, its count, the articles it is in and how often each written form occurs.
struct Vocabulary {
    /// Words of up to three scalars, packed exactly (see `pack`); the long rest by string.
    private var short: [UInt64: Int32] = [:]
    private var long: [String: Int32] = [:]
    private(set) var folded: [String] = []
    private(set) var counts: [Int] = []
    private(set) var articles: [Int] = []
    private var lastArticle: [Int] = []
    /// Written form -> (word id, count): the form a word is shown in is its commonest. Short
    /// forms are packed like short words, so counting makes no string per occurrence.
    private var shortForms: [UInt64: (id: Int32, count: Int)] = [:]
    private var longForms: [String: (id: Int32, count: Int)] = [:]

    var count: Int { folded.count }

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

    /// The id of a folded word, made if new; counts one occurrence in article `article`.
    mutating func add(folded word: ArraySlice<UInt32>, written: ArraySlice<UInt32>, article: Int) -> Int32 {
        let id = intern(word)
        counts[Int(id)] += 1
        if lastArticle[Int(id)] != article {
            lastArticle[Int(id)] = article
            articles[Int(id)] += 1
        }
        if let key = Vocabulary.pack(written) {
            shortForms[key, default: (id, 0)].count += 1
        } else {
            longForms[Vocabulary.string(written), default: (id, 0)].count += 1
        }
        return id
    }

    /// The id of a folded word, made (with no occurrences) if new.
    mutating func intern(_ word: ArraySlice<UInt32>) -> Int32 {
        if let key = Vocabulary.pack(word) {
            if let id = short[key] { return id }
            let id = newWord(word)
            short[key] = id
            return id
        }
        let text = Vocabulary.string(word)
        if let id = long[text] { return id }
        let id = newWord(word)
        long[text] = id
        return id
    }

    /// The id of a folded word if it has been seen.
    func id(of word: ArraySlice<UInt32>) -> Int32? {
        if let key = Vocabulary.pack(word) { return short[key] }
        return long[Vocabulary.string(word)]
    }

    private mutating func newWord(_ word: ArraySlice<UInt32>) -> Int32 {
        folded.append(Vocabulary.string(word))
        counts.append(0)
        articles.append(0)
        lastArticle.append(-1)
        return Int32(folded.count - 1)
    }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    /// Adds another worker's words into this one; returns, for each of its ids, the id here.
    /// Articles are counted per worker, and workers see different articles, so they add up.
    mutating func merge(_ other: Vocabulary) -> [Int32] {
        var mapping = [Int32](repeating: 0, count: other.count)
        for (i, word) in other.folded.enumerated() {
            let id = intern(Array(word.unicodeScalars.map(\.value))[...])
            counts[Int(id)] += other.counts[i]
            articles[Int(id)] += other.articles[i]
            mapping[i] = id
        }
        for (form, entry) in other.shortForms { shortForms[form, default: (mapping[Int(entry.id)], 0)].count += entry.count }
        for (form, entry) in other.longForms { longForms[form, default: (mapping[Int(entry.id)], 0)].count += entry.count }
        return mapping
    }

    /// Each word's commonest written form (ties: the smaller string).
    func shownForms() -> [String] {
        var best = [(form: String, count: Int)?](repeating: nil, count: count)
        let forms = shortForms.map { (Vocabulary.unpack($0.key), $0.value) } + longForms.map { ($0.key, $0.value) }
        for (form, entry) in forms {
            let i = Int(entry.id)
            if let current = best[i], current.count > entry.count || (current.count == entry.count && current.form < form) { continue }
            best[i] = (form, entry.count)
        }
        return best.enumerated().map { $0.element?.form ?? folded[$0.offset] }
    }
}
