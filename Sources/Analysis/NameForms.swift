import Text

/// People's names counted across articles: the forms of a name in either script (and full or
/// half width) are one name, keyed by its folded form and shown in the form the corpus writes
/// most often (鄭麗娟 in a Traditional corpus, 郑丽娟 in a Simplified one). Organisations need
/// none of this: their records' names are already Simplified.
struct NameForms {
    private var counts: [String: [String: Int]] = [:]

    /// Counts `form` written `times` more; returns its key.
    mutating func add(_ form: String, times: Int = 1) -> String {
        let key = Folding.shared.folded(form)
        counts[key, default: [:]][form, default: 0] += times
        return key
    }

    /// The form of `key` written most often (of equals, the first in UTF-8 order).
    func shown(_ key: String) -> String {
        counts[key]?.max { a, b in a.value != b.value ? a.value < b.value : Counting.precedes(b.key, a.key) }?.key ?? key
    }
}
