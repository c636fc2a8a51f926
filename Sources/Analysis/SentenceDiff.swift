import Articles
import Text

/// One line of a diff between two articles: a sentence both have, or one only the first
/// (removed) or only the second (added) has.
public struct SentenceChange: Equatable {
    public enum Kind: String { case same = "=", removed = "-", added = "+" }
    public let kind: Kind
    public let text: String
    /// The sentence's number (1-based) in the article it is taken from: the first for same and
    /// removed, the second for added.
    public let number: Int
}

/// What changed between two versions of a report, sentence by sentence: the longest common
/// subsequence of their sentences, compared in Simplified script (OpenCC's phrases), folded,
/// on letters, digits and Han characters only, so a sentence that changed script or
/// punctuation is the same sentence. The common start and end are matched first; a middle larger than
/// `largestTable` cells (two very long, very different texts) is shown removed, then added,
/// rather than held in memory.
public enum SentenceDiff {
    static let largestTable = 16_000_000

    public static func between(_ a: Article, _ b: Article) -> [SentenceChange] {
        let (x, y) = (a.sentences, b.sentences)
        let (keysX, keysY) = (x.map(key), y.map(key))
        var prefix = 0
        while prefix < x.count, prefix < y.count, keysX[prefix] == keysY[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, keysX[x.count - 1 - suffix] == keysY[y.count - 1 - suffix] { suffix += 1 }
        var out = (0..<prefix).map { SentenceChange(kind: .same, text: x[$0].text, number: $0 + 1) }
        let middleX = prefix..<(x.count - suffix), middleY = prefix..<(y.count - suffix)
        for (kind, i, j) in align(keysX[middleX], keysY[middleY]) {
            switch kind {
            case .same, .removed: out.append(SentenceChange(kind: kind, text: x[i].text, number: i + 1))
            case .added: out.append(SentenceChange(kind: kind, text: y[j].text, number: j + 1))
            }
        }
        out += ((x.count - suffix)..<x.count).map { SentenceChange(kind: .same, text: x[$0].text, number: $0 + 1) }
        return out
    }

    /// OpenCC's phrase conversion, made on first use: 瞭解 is 了解 only as a phrase.
    nonisolated(unsafe) static let simplified = try? ScriptConverter(config: "t2s.json")

    /// A sentence as it is compared: in Simplified script by phrase, then folded character by
    /// character, letters, digits and Han characters only.
    static func key(_ sentence: Sentence) -> [UInt32] {
        let text = simplified?.convert(String(sentence.slice)) ?? String(sentence.slice)
        return text.unicodeScalars.filter(Duplicates.isContent).map { Folding.shared.fold($0) }
    }

    /// The alignment of two runs of sentence keys: (kind, index in x, index in y), in order.
    static func align(_ x: ArraySlice<[UInt32]>, _ y: ArraySlice<[UInt32]>) -> [(SentenceChange.Kind, Int, Int)] {
        let (n, m) = (x.count, y.count)
        guard n * m <= largestTable, n > 0, m > 0 else {
            return x.indices.map { (.removed, $0, 0) } + y.indices.map { (.added, 0, $0) }
        }
        // lengths[i][j]: the longest common subsequence of x[i...] and y[j...]
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = x[x.startIndex + i] == y[y.startIndex + j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out: [(SentenceChange.Kind, Int, Int)] = []
        var (i, j) = (0, 0)
        while i < n || j < m {
            if i < n, j < m, x[x.startIndex + i] == y[y.startIndex + j] {
                out.append((.same, x.startIndex + i, y.startIndex + j))
                (i, j) = (i + 1, j + 1)
            } else if j < m, i == n || lengths[i][j + 1] > lengths[i + 1][j] {
                out.append((.added, x.startIndex + i, y.startIndex + j))
                j += 1
            } else {
                out.append((.removed, x.startIndex + i, y.startIndex + j))
                i += 1
            }
        }
        return out
    }
}
