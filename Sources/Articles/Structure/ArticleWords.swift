import Segmentation
import Text

/// An article's words as jieba cuts them, over its title, a line break and its body. The
/// article keeps only where they end, a bit a scalar (see `WordEnds`), so a corpus's words
/// stay small; the scalars and ends are made when the words are read.
public struct ArticleWords: Sendable {
    /// The title, "\n", the body, as Unicode scalar values.
    public let scalars: [UInt32]
    /// Where each word ends, in scalars; a word starts where the one before it ends.
    public let ends: [UInt32]

    /// The scalar range of word `i`.
    public func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }

    /// Word `i` as written.
    public func text(_ i: Int) -> String {
        String(codePoints: scalars[range(i)])
    }
}

extension Article {
    /// The article's words: segmented on first use, through each character's Simplified form
    /// (jieba's dictionary is Simplified), the boundaries kept with the article.
    public func words() throws -> ArticleWords {
        let scalars = wordScalars()
        if let bits = wordEnds { return ArticleWords(scalars: scalars, ends: WordEnds.ends(bits)) }
        let ends = try Article.segment(scalars).map { UInt32($0.upperBound) }
        wordEnds = WordEnds.compact(ends, scalars: scalars.count)
        return ArticleWords(scalars: scalars, ends: ends)
    }

    /// The title, "\n", the body: made from the paragraphs, so counting words does not keep a
    /// copy of the body with the article (a.text does, once asked for). Room for a scalar a
    /// UTF-8 byte, at least as many as there are.
    private func wordScalars() -> [UInt32] {
        let room = title.utf8.count + paragraphs.reduce(0) { $0 + $1.utf8.count + 1 } + 1
        return [UInt32](unsafeUninitializedCapacity: room) { buffer, count in
            count = UTF8Scalars.write(title, to: buffer, at: 0)
            for paragraph in paragraphs {
                buffer[count] = 0x0A
                count = UTF8Scalars.write(paragraph, to: buffer, at: count + 1)
            }
            if paragraphs.isEmpty {
                buffer[count] = 0x0A
                count += 1
            }
        }
    }

    /// Word ranges of any text, as jieba.lcut gives them, whatever its script.
    public static func segment(_ scalars: [UInt32], hmm: Bool = true) throws -> [Range<Int>] {
        let folding = Folding.shared
        return try Segmenter.shared().segment(scalars.map { folding.simplified($0) }, hmm: hmm)
    }
}

/// Word boundaries in one bit a scalar: bit i is set when a word ends after scalar i. Words
/// follow one another over all the scalars, so their ends say everything; a bit a scalar is
/// a quarter of what a byte a word took (17 MB on the 100 MB benchmark corpus, now 4).
enum WordEnds {
    static func compact(_ ends: [UInt32], scalars count: Int) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        for end in ends where end > 0 && Int(end) <= count {
            let i = Int(end) - 1
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
        return bits
    }

    static func ends(_ bits: [UInt64]) -> [UInt32] {
        var ends: [UInt32] = []
        for (w, word) in bits.enumerated() {
            var rest = word
            while rest != 0 {
                ends.append(UInt32(truncatingIfNeeded: w * 64 + rest.trailingZeroBitCount + 1))
                rest &= rest - 1
            }
        }
        return ends
    }
}
