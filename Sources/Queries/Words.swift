import Articles
import Foundation
import LuaBridge
import Segmentation

/// Words: jieba-compatible segmentation of any script, and word frequencies.
enum Words {
    static func segmenter() throws -> Segmenter { try Segmenter.shared() }

    /// The words of `text`: segmented through its per-character Simplified form (jieba's
    /// dictionary is Simplified), then cut from the original text's bytes.
    static func segment(_ text: String, hmm: Bool, folding: Folding) throws -> [LuaString] {
        var folded: [UInt32] = []
        var offsets: [Int] = []
        folded.reserveCapacity(text.utf8.count / 2)
        offsets.reserveCapacity(text.utf8.count / 2 + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            folded.append(folding.simplified(scalar.value))  // Traditional to Simplified only: no width or case folding
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let bytes = Array(text.utf8)
        return try segmenter().segment(folded, hmm: hmm).map { LuaString(bytes: Array(bytes[offsets[$0.lowerBound]..<offsets[$0.upperBound]])) }
    }

    /// An article's words (title, then body), segmented once and kept on the article.
    static func words(of article: Article, folding: Folding) throws -> [LuaString] {
        if let cached = article.attachments["words"] as? [LuaString] { return cached }
        let words = try segment(article.title + "\n" + article.text, hmm: true, folding: folding)
        article.attachments["words"] = words
        return words
    }

    /// For each folded form, the written form seen most often (ties: the first in code order).
    static func commonestForms(_ forms: [String: Int], folding: Folding) -> [String: String] {
        var best: [String: (form: String, count: Int)] = [:]
        for (form, count) in forms {
            let key = folding.folded(form)
            if let current = best[key], current.count > count || (current.count == count && current.form < form) { continue }
            best[key] = (form, count)
        }
        return best.mapValues(\.form)
    }

    /// Function words and the like, left out of word counts unless asked for.
    static let stopWords: Set<String> = [
        "的", "了", "和", "是", "在", "与", "與", "及", "等", "为", "為", "对", "對", "将", "將", "也", "都", "而", "并", "並",
        "把", "被", "从", "從", "以", "于", "於", "之", "其", "这", "這", "那", "就", "还", "還", "又", "或", "个", "個",
        "中", "上", "下", "有", "到", "向", "着", "著", "着", "给", "給", "让", "讓", "由", "该", "該", "各", "我", "我们",
        "我們", "他", "他们", "他們", "你", "它", "此", "要", "能", "会", "會", "可", "就是", "一", "不", "没有", "沒有",
    ]

    /// Punctuation, symbols and white space are never words for counting.
    static func isCountable(_ word: LuaString) -> Bool { isCountable(word.text) }

    static func isCountable(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

