/// Search owns finding text in a corpus: the index of folded character pairs (its postings
/// built in memory, or read from elsewhere through `PairPostings`), searches through it
/// (either script, any width), regular expressions and keyword-in-context lines. It knows
/// articles, not Lua or stores.
import Articles
import Foundation
import Text

/// Where a match was found.
public struct Hit {
    public var article: Article
    public var field: String
    public var offset: Int      // 1-based byte offset in the field's text
    public var text: String     // the matched text as it stands
}

/// What a corpus searches with: its root corpus's index (built on the first search and kept),
/// and which of the root's articles it holds.
public final class SearchScope: CorpusSearchState {
    public let index: SearchIndex
    let articles: [Article]
    /// By the root's article number; nil when the corpus is the root itself.
    let members: [Bool]?

    init(index: SearchIndex, articles: [Article], members: [Bool]?) {
        self.index = index
        self.articles = articles
        self.members = members
    }

    /// The scope of a corpus, made once. A sub-corpus (c:filter) shares its root's index.
    public static func of(_ corpus: Corpus, folding: Folding) throws -> SearchScope {
        if let scope = corpus.searchState as? SearchScope { return scope }
        let scope: SearchScope
        if let root = corpus.root {
            let rootScope = try of(root, folding: folding)
            let kept = Set(corpus.articles.map(ObjectIdentifier.init))
            scope = SearchScope(index: rootScope.index, articles: root.articles,
                                members: root.articles.map { kept.contains(ObjectIdentifier($0)) })
        } else {
            let kept = try (corpus.searchState as? KeptSearchIndex)?.index(of: corpus.articles, folding: folding)
            scope = SearchScope(index: try kept ?? SearchIndex(articles: corpus.articles, folding: folding), articles: corpus.articles,
                                members: nil)
        }
        corpus.searchState = scope
        return scope
    }
}

/// The search state of a corpus whose index is kept elsewhere (a corpus store), until its
/// first search reads it.
public protocol KeptSearchIndex: CorpusSearchState {
    /// The index of `articles` (the corpus's own, in order); nil when none is kept for them,
    /// and the search builds one in memory.
    func index(of articles: [Article], folding: Folding) throws -> SearchIndex?
}

/// The matches of one search, kept as index positions; a hit is made only when it is read.
public struct Matches {
    let scope: SearchScope
    let positions: [UInt32]
    let length: Int

    public var count: Int { positions.count }

    public func hit(_ i: Int) -> Hit {
        let (number, field, character) = scope.index.locate(positions[i])
        return Search.hit(in: scope.articles[number], field: field, characters: character..<(character + length))
    }

    /// The number of matches in each article that has any, in corpus order.
    public func perArticle() -> [(article: Article, count: Int)] {
        var out: [(article: Article, count: Int)] = []
        var last = -1
        scope.index.forEachField(of: positions) { _, number, _ in
            if number == last { out[out.count - 1].count += 1 } else { out.append((scope.articles[number], 1)) }
            last = number
        }
        return out
    }
}

/// A regular expression that does not compile.
public struct SearchError: Error, CustomStringConvertible {
    public let description: String
}

public enum Search {
    public static func fieldText(_ article: Article, _ field: String) -> String {
        switch field {
        case "title": return article.title
        case "subtitle": return article.subtitle ?? ""
        case "captions": return article.captions.map(\.text).joined(separator: "\n")
        default: return article.text
        }
    }

    public static let fields = ["title", "subtitle", "text", "captions"]

    /// The hit at a range of characters (as the index counts them) of a field: its 1-based
    /// byte offset and its text as written.
    static func hit(in article: Article, field: String, characters: Range<Int>) -> Hit {
        var text = fieldText(article, field)
        let (start, end) = text.withUTF8 { bytes in
            let start = byteOffset(ofCharacter: characters.lowerBound, in: bytes, from: 0)
            return (start, byteOffset(ofCharacter: characters.count, in: bytes, from: start))
        }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        return Hit(article: article, field: field, offset: start + 1,
                   text: String(Substring(utf8[from..<utf8.index(from, offsetBy: end - start)])))
    }

    /// Where the character `count` characters after byte `from` begins: counts the bytes that
    /// start a character, which is all a UTF-8 walk needs.
    private static func byteOffset(ofCharacter count: Int, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var at = from, seen = 0
        while at < bytes.count {
            if bytes[at] & 0xC0 != 0x80 {
                if seen == count { return at }
                seen += 1
            }
            at += 1
        }
        return at
    }

    /// Every occurrence of `query` (folded) in the given fields of the corpus's articles.
    public static func find(_ query: String, in corpus: Corpus, fields: [String], folding: Folding) throws -> Matches {
        let scope = try SearchScope.of(corpus, folding: folding)
        let needle = folding.fold(query)
        var positions = try scope.index.positions(of: needle)
        if scope.members != nil || fields.count < Self.fields.count {
            let wanted = Self.fields.map(fields.contains)
            positions = scope.index.keep(positions) { article, field in
                wanted[field] && scope.members?[article] != false
            }
        }
        return Matches(scope: scope, positions: positions, length: needle.count)
    }

    /// Every match of a regular expression (RE2 syntax) in the fields, articles on every core.
    public static func grep(_ pattern: String, in articles: [Article], fields: [String]) throws -> [Hit] {
        let expression = try RegularExpression(String(decoding: simplifiedBytes(Array(pattern.utf8)), as: UTF8.self))
        // a pattern without Han characters matches folded and unfolded text alike
        let foldsScripts = pattern.unicodeScalars.contains { $0.value >= 0x2E80 }
        return try parallelMap(articles) { article in
            fields.flatMap { field -> [Hit] in
                let text = Array(fieldText(article, field).utf8)
                return expression.matches(in: foldsScripts ? simplifiedBytes(text) : text).map { range in
                    Hit(article: article, field: field, offset: range.lowerBound + 1, text: String(decoding: text[range], as: UTF8.self))
                }
            }
        }.flatMap { $0 }
    }

    /// UTF-8 text with each Han character in its Simplified form where that is three bytes too
    /// (almost always), so a match's byte range here is its range in the text as written.
    static func simplifiedBytes(_ text: [UInt8]) -> [UInt8] {
        let folding = Folding.shared
        var bytes = text
        var i = 0
        while i + 2 < bytes.count {
            guard bytes[i] & 0xF0 == 0xE0 else {  // not the lead byte of a three-byte character
                i += 1
                continue
            }
            let value = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            let simplified = folding.simplified(value)
            if simplified != value, (0x800...0xFFFF).contains(simplified) {
                bytes[i] = 0xE0 | UInt8(simplified >> 12)
                bytes[i + 1] = 0x80 | UInt8(simplified >> 6 & 0x3F)
                bytes[i + 2] = 0x80 | UInt8(simplified & 0x3F)
            }
            i += 3
        }
        return bytes
    }
}

/// Keyword in context: a hit with `width` characters on each side, line breaks as spaces.
public struct ConcordanceLine {
    public let left: String
    public let hit: Hit
    public let right: String

    public init(_ hit: Hit, width: Int) {
        // only `width` characters either side are read, not the whole field
        let text = Search.fieldText(hit.article, hit.field)
        let start = text.utf8.index(text.startIndex, offsetBy: hit.offset - 1)
        let end = text.utf8.index(start, offsetBy: hit.text.utf8.count)
        func clean(_ s: some Sequence<Unicode.Scalar>) -> String {
            String(String.UnicodeScalarView(s.map { $0 == "\n" ? " " : $0 }))
        }
        left = clean(text[..<start].unicodeScalars.suffix(width))
        right = clean(text[end...].unicodeScalars.prefix(width))
        self.hit = hit
    }
}
