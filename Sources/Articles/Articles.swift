/// Articles owns the article model: loading corpora (text, JSON Lines, JSON, CSV/TSV in UTF-8,
/// UTF-16 or GB18030), cleaning scraped report text, finding its structure (title, deck,
/// captions, dateline, paragraphs, sentences, enumerations, date) and extracting figures,
/// people, organisations, places and quoted terms; and how all of it appears in Lua.
///
/// Everything past loading is computed on first use and kept, so a corpus of thousands of
/// articles loads quickly and only what a query touches is parsed.

/// What an article was given as: the raw body and any metadata, before cleaning.
public struct ArticleSource {
    public var path: String
    /// Line (JSON Lines) or row (CSV) in the file, when the file holds several articles.
    public var line: Int?
    public var raw: String
    /// title, date, url, source, id, and any other fields the file had.
    public var metadata: [String: String]
    public var encoding: String
    public var replacedBytes: Int

    public init(path: String, line: Int? = nil, raw: String, metadata: [String: String] = [:],
                encoding: String = "UTF-8", replacedBytes: Int = 0) {
        self.path = path
        self.line = line
        self.raw = raw
        self.metadata = metadata
        self.encoding = encoding
        self.replacedBytes = replacedBytes
    }
}

/// What cleaning did to one article.
public struct CleaningCounts: Equatable {
    public var pinyin: Int
    public var boilerplate: Int
    public var damaged: Int
    public var replacedBytes: Int
    public var breaks: Int
}

public final class Article {
    public let source: ArticleSource

    public init(_ source: ArticleSource) { self.source = source }

    /// Cleaning's results; its lines are handed to `layout` and not kept twice.
    public lazy var cleaned: CleanedText = Cleaner.clean(source.raw)
    /// A title given as metadata, cleaned of pinyin like the body (and its annotations counted).
    private lazy var givenTitle: (text: String, removed: Int)? = source.metadata["title"].map { Pinyin.strip($0) }
    public lazy var layout: Layout = {
        let layout = Layout(lines: cleaned.lines, givenTitle: givenTitle?.text)
        cleaned.lines = []  // the layout holds them now
        return layout
    }()

    public var title: String { layout.title }
    public var subtitle: String? { layout.subtitle }
    public var captions: [Caption] { layout.captions }
    public var dateline: Dateline? { layout.dateline }
    public var paragraphs: [String] { layout.paragraphs }
    /// The clean body: paragraphs joined by newlines. Offsets everywhere point into this.
    public lazy var text: String = layout.paragraphs.joined(separator: "\n")
    public lazy var sentences: [Sentence] = Sentences.of(paragraphs: layout.paragraphs)
    public lazy var lists: [Enumeration] = Enumerations.find(in: layout.paragraphs)
    public lazy var issues: [DamagedSpan] = Damage.spans(in: text)
    public lazy var date: String? = Dates.date(metadata: source.metadata["date"], dateline: dateline,
                                               text: ([title] + paragraphs).joined(separator: "\n"), context: source.path)
    public var id: String {
        source.metadata["id"] ?? (source.line.map { "\(source.path):\($0)" } ?? source.path)
    }
    /// Metadata source, else the dateline's agency, else a "來源：" credit line.
    public var sourceName: String? {
        source.metadata["source"] ?? dateline?.agency ?? cleaned.boilerplate.lazy.compactMap(Article.credit).first
    }

    public var cleaning: CleaningCounts {
        CleaningCounts(pinyin: cleaned.pinyinRemoved + (givenTitle?.removed ?? 0), boilerplate: cleaned.boilerplate.count, damaged: issues.count,
                       replacedBytes: source.replacedBytes, breaks: cleaned.breaksAdded)
    }

    public lazy var numbers: [Amount] = Numbers.find(in: text)
    public lazy var people: [Mention] = Entities.people(text: text, deck: subtitle, captions: captions, dateline: dateline)
    public lazy var organisations: [Mention] = Entities.organisations(text: text, places: places)
    public lazy var places: [Mention] = Entities.places(text: text)
    public lazy var terms: [Mention] = Entities.terms(text: text)

    /// The sentence that holds a byte offset of `text`.
    public func sentence(at offset: Int) -> Sentence? {
        sentences.last { $0.offset <= offset }
    }

    static func credit(_ line: String) -> String? {
        for prefix in ["來源：", "来源：", "來源:", "来源:"] where line.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).split(separator: " ").first.map(String.init)
            return name?.isEmpty == false ? name : nil
        }
        return nil
    }
}
