import Segmentation

/// An article's words as jieba cuts them, over its title, a line break and its body: kept as
/// where each word ends (4 bytes a word), not as strings, so a corpus's words stay small.
public struct ArticleWords: Sendable {
    /// The title, "\n", the body, as Unicode scalar values.
    public let scalars: [UInt32]
    /// Where each word ends, in scalars; a word starts where the one before it ends.
    public let ends: [UInt32]

    /// The scalar range of word `i`.
    public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }

    /// Word `i` as written.
    public func text(_ i: Int) -> String {
        String(String.UnicodeScalarView(scalars[range(i)].compactMap(Unicode.Scalar.init)))
    }
}

extension Article {
    /// The article's words: segmented on first use, through each character's Simplified form
    /// (jieba's dictionary is Simplified), the boundaries kept with the article.
    public func words() throws -> ArticleWords {
        let scalars = (title + "\n" + text).unicodeScalars.map(\.value)
        if let ends = wordEnds { return ArticleWords(scalars: scalars, ends: ends) }
        let ends = try Article.segment(scalars).map { UInt32($0.upperBound) }
        wordEnds = ends
        return ArticleWords(scalars: scalars, ends: ends)
    }

    /// Word ranges of any text, as jieba.lcut gives them, whatever its script.
    public static func segment(_ scalars: [UInt32], hmm: Bool = true) throws -> [Range<Int>] {
        let folding = Folding.shared
        return try Segmenter.shared().segment(scalars.map { folding.simplified($0) }, hmm: hmm)
    }
}
