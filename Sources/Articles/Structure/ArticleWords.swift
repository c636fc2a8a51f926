import Segmentation
import Text

/// An article's words as jieba cuts them, over its title, a line break and its body. The
/// article keeps only their lengths, a byte a word (see `WordLengths`), so a corpus's words
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
        if let lengths = wordLengths { return ArticleWords(scalars: scalars, ends: WordLengths.ends(lengths)) }
        let ends = try Article.segment(scalars).map { UInt32($0.upperBound) }
        wordLengths = WordLengths.compact(ends)
        return ArticleWords(scalars: scalars, ends: ends)
    }

    /// The title, "\n", the body: made from the paragraphs, so counting words does not keep a
    /// copy of the body with the article (a.text does, once asked for).
    private func wordScalars() -> [UInt32] {
        var scalars = title.unicodeScalars.map(\.value)
        for paragraph in paragraphs {
            scalars.append(0x0A)
            scalars.append(contentsOf: paragraph.unicodeScalars.lazy.map(\.value))
        }
        if paragraphs.isEmpty { scalars.append(0x0A) }
        return scalars
    }

    /// Word ranges of any text, as jieba.lcut gives them, whatever its script.
    public static func segment(_ scalars: [UInt32], hmm: Bool = true) throws -> [Range<Int>] {
        let folding = Folding.shared
        return try Segmenter.shared().segment(scalars.map { folding.simplified($0) }, hmm: hmm)
    }
}

/// Word lengths in one byte each: a word of 255 scalars or more (a long run of Latin letters or
/// digits) is 255 followed by its length in four bytes.
enum WordLengths {
    static func compact(_ ends: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ends.count)
        var start: UInt32 = 0
        for end in ends {
            let length = end - start
            if length < 255 {
                bytes.append(UInt8(length))
            } else {
                bytes.append(255)
                withUnsafeBytes(of: length.littleEndian) { bytes.append(contentsOf: $0) }
            }
            start = end
        }
        return bytes
    }

    static func ends(_ bytes: [UInt8]) -> [UInt32] {
        var ends: [UInt32] = []
        ends.reserveCapacity(bytes.count)
        var end: UInt32 = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 255 {
                end += UInt32(bytes[i])
                i += 1
            } else {
                var length: UInt32 = 0
                for k in 0..<4 where i + 1 + k < bytes.count { length |= UInt32(bytes[i + 1 + k]) << (8 * UInt32(k)) }
                end += length
                i += 5
            }
            ends.append(end)
        }
        return ends
    }
}
