import Text
/// Articles owns the article model: loading corpora (text, JSON Lines, JSON, CSV/TSV in UTF-8,
/// UTF-16 or GB18030), cleaning scraped report text, finding its structure (title, deck,
/// captions, dateline, paragraphs, sentences, enumerations, date) and extracting figures,
/// people, organisations, places and quoted terms; and how all of it appears in Lua.
///
/// Everything past loading is computed on first use and kept, so a corpus of thousands of
/// articles loads quickly and only what a query touches is parsed.

/// Where an article came from: its file, its place in the file, the metadata the file gave it
/// and how the file was decoded. (The text itself is in the article's `Layout`.)
public struct ArticleSource {
    public var path: String
    /// Line (JSON Lines) or row (CSV) in the file, when the file holds several articles.
    public var line: Int?
    /// title, date, url, source, id, and any other fields the file had.
    public var metadata: Metadata
    public var encoding: String
    public var replacedBytes: Int

    public init(path: String, line: Int? = nil, metadata: [String: String] = [:], encoding: String = "UTF-8",
                replacedBytes: Int = 0) {
        self.init(path: path, line: line, metadata: Metadata(metadata), encoding: encoding, replacedBytes: replacedBytes)
    }

    public init(path: String, line: Int?, metadata: Metadata, encoding: String, replacedBytes: Int) {
        (self.path, self.line, self.metadata, self.encoding, self.replacedBytes) = (path, line, metadata, encoding, replacedBytes)
    }
}

/// An article's fields from its file, in key order. A short list, not a dictionary: articles
/// are many and their fields few, so the smaller layout wins. A store's article keeps only its
/// number, and reads them from the store at each use: opening a store makes every article,
/// and most are never asked for their fields.
public struct Metadata {
    private enum Storage {
        case pairs([(key: String, value: String)])
        case kept(article: Int, reader: KeptMetadata)
    }

    private let storage: Storage

    public init(_ fields: [String: String]) { storage = .pairs(fields.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }) }

    public init(keptIn reader: KeptMetadata, article: Int) { storage = .kept(article: article, reader: reader) }

    public var pairs: [(key: String, value: String)] {
        switch storage {
        case .pairs(let pairs): return pairs
        case .kept(let article, let reader): return reader.fields(article: article)
        }
    }

    public subscript(key: String) -> String? { pairs.first { $0.key == key }?.value }
}

/// Reads the metadata a store kept, when an article is asked for it.
public protocol KeptMetadata: AnyObject, Sendable {
    func fields(article: Int) -> [(key: String, value: String)]
}

/// What cleaning did to one article.
public struct CleaningCounts: Equatable {
    public var pinyin: Int
    public var boilerplate: Int
    public var damaged: Int
    public var replacedBytes: Int
    public var breaks: Int
}

import EntityTagger

/// Where an article read from a store finds its raw text and its clean body, each read when
/// first asked for. One shared reader and the article's number: no closure an article.
public protocol KeptTexts: AnyObject, Sendable {
    func raw(article: Int) -> String
    func text(article: Int) -> String
    func heading(article: Int) -> (title: String, subtitle: String?)
    func row(article: Int) -> KeptRow
    /// Where the body's sentences lie, as the store kept them; nil when it kept none it can read.
    func sentences(article: Int) -> [SentenceSpan]?
    /// The numbers of the articles whose `field` ("source", "date" or "place", each as the
    /// article gives it) equals `value`, or is set when `value` is nil, from one pass over the
    /// store's columns; nil for a field the store does not answer this way.
    func articles(whose field: String, equals value: String?) throws -> Set<Int>?
}

/// What a store keeps of an article beside its texts and records: where it came from, its
/// publication date and its source, read when first asked for (opening makes every article,
/// and reads none of this).
public struct KeptRow {
    public var source: ArticleSource
    public var publication: PublicationDate?
    public var sourceName: String?

    public init(source: ArticleSource, publication: PublicationDate?, sourceName: String?) {
        (self.source, self.publication, self.sourceName) = (source, publication, sourceName)
    }
}

public final class Article {
    public internal(set) lazy var source: ArticleSource = keptRow?.source ?? ArticleSource(path: "")
    /// Title, deck, captions, paragraphs and boilerplate, cleaned from the raw text as the
    /// article is made, or on first use for an article read from a store (the raw text itself
    /// is not kept, but can be rebuilt: see `raw`).
    public private(set) lazy var layout: Layout = Layout(raw: kept.map { $0.texts.raw(article: $0.id) } ?? "", givenTitle: givenTitle?.text)
    /// Where a store's article reads its texts; nil for one loaded from its file.
    let kept: (texts: KeptTexts, id: Int)?
    /// A store's article's clean body as the store kept it (the same text cleaning gives: a
    /// store built by another version of the cleaning is refused by its schema version).
    /// Records and their sentences need only the body, and cleaning the raw text again was a
    /// quarter of reading a store's people.
    private lazy var keptBody: String? = kept.map { $0.texts.text(article: $0.id) }
    /// A store's article's title and deck line as the store kept them: listing a store's titles
    /// reads no text and cleans nothing.
    private lazy var keptHeading: (title: String, subtitle: String?)? = kept.map { $0.texts.heading(article: $0.id) }
    /// A store's article's file, date and source.
    private(set) lazy var keptRow: KeptRow? = kept.map { $0.texts.row(article: $0.id) }

    /// Cleans `raw` and sorts its lines now.
    public init(_ source: ArticleSource, raw: String) {
        kept = nil
        self.source = source
        layout = Layout(raw: raw, givenTitle: givenTitle?.text)
    }

    /// An article whose source, texts and date are read from `texts` when first needed:
    /// opening a store makes every article this way, so opening costs no reading or cleaning.
    public init(keptIn texts: KeptTexts, id: Int) {
        kept = (texts, id)
    }

    /// A title in the metadata, cleaned of pinyin like the body (and its annotations counted);
    /// it wins over the first line.
    private var givenTitle: (text: String, removed: Int)? { source.metadata["title"].map { Pinyin.strip($0) } }

    /// The article text exactly as loaded, before cleaning.
    public var raw: String { layout.raw }

    /// The day dossier started: no publication date is later.
    static let today = Day.today

    /// Where the article's words end (see `words()`), once segmented.
    var wordEnds: [UInt64]?

    /// Where the body's sentences lie, found on first use (or read from the store the article
    /// is kept in, when they fit its text). Kept here rather than in `parsed`: reading
    /// sentences makes no `Parsed` (about 300 bytes an article, a third of what every
    /// sentence of a corpus held).
    lazy var sentenceSpans: SentenceSpans = {
        if let kept, let spans = kept.texts.sentences(article: kept.id), Sentences.fit(spans, text) {
            return SentenceSpans(spans, textBytes: text.utf8.count)
        }
        return Sentences.keptSpans(of: text)
    }()
    /// Where the body's sentences lie, as a store writes them.
    public var sentenceBounds: [SentenceSpan] { Array(sentenceSpans) }
    /// Everything else, made on first use, in one object so an article not queried stays small.
    lazy var parsed = Parsed(self)
    /// Records from a store, and the generation of taught names they were extracted under;
    /// kept here rather than in `parsed`, so that opening a store makes no `Parsed`.
    var stored: (records: StoredRecords, generation: Int)?

    public var title: String { keptHeading?.title ?? layout.title }
    public var subtitle: String? { keptHeading.map(\.subtitle) ?? layout.subtitle }
    public var captions: [Caption] { layout.captions }
    /// The body's lines; a store's article splits the body the store kept, which is made of
    /// them, rather than cleaning its raw text again.
    public var paragraphs: [String] {
        guard let keptBody else { return layout.paragraphs }
        return keptBody.isEmpty ? [] : keptBody.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    public var dateline: Dateline? { parsed.dateline }
    /// The clean body: paragraphs joined by newlines. Offsets everywhere point into this.
    public var text: String { keptBody ?? layout.text }
    /// Lines taken out of the body: share links, credits, "掃一掃…".
    public var boilerplate: [String] { layout.boilerplate }
    /// Made from the kept spans at each call: callers that walk them keep the array.
    public var sentences: [Sentence] { sentenceSpans.map { $0.sentence(in: text) } }
    public var lists: [Enumeration] { parsed.lists }
    public var issues: [DamagedSpan] { parsed.issues }
    /// The publication date (ISO, as precise as known) and where it came from.
    public var date: String? { parsed.publication?.iso }
    public var publication: PublicationDate? { parsed.publication }
    /// Every date expression in the body, resolved against the publication date.
    public var dates: [DateMention] { parsed.dates }
    public var numbers: [Amount] { parsed.numbers }
    public var people: [Mention] { parsed.people }
    public var organisations: [Mention] { parsed.organisations }
    public var places: [Place] { parsed.places }
    /// Where the report is from, and how that is known.
    public var place: (place: Place, source: String)? { parsed.place }
    public var terms: [Mention] { parsed.terms }

    public var id: String {
        source.metadata["id"] ?? (source.line.map { "\(source.path):\($0)" } ?? source.path)
    }
    /// Metadata source, else the dateline's agency (not 本报, "this paper", which names none),
    /// else a "來源：" credit, or an outlet's name beside the date of a page's date line
    /// (2026-10-28　大同日报　记者 王晓东), in a line taken out as boilerplate or in one of the
    /// first two paragraphs (2026-08-28 来源：运城新闻网).
    public var sourceName: String? {
        if let keptRow { return keptRow.sourceName }
        let agency = dateline.map(\.agency).flatMap { Article.thisPaper.contains($0) ? nil : $0 }
        return source.metadata["source"] ?? agency
            ?? (boilerplate + paragraphs.prefix(2)).lazy.compactMap { Article.credit($0) ?? Article.outletBesideDate($0) }.first
    }

    /// The field of a page's date line, set apart by spaces, that names an outlet: Han
    /// characters ending as an outlet's name does (长治日报, 晋中新闻网, 新华社, 阳城县融媒体中心).
    static func outletBesideDate(_ line: String) -> String? {
        guard Layout.isDateLine(line[...]) else { return nil }
        return line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).lazy.map(String.init).first { field in
            let scalars = field.unicodeScalars
            return (3...12).contains(scalars.count) && scalars.allSatisfy(Han.isHan) && Entities.namesOutlet(ScannedText.fold(field))
        }
    }

    static let thisPaper: Set<String> = ["本报", "本報", "本网", "本網", "本台"]

    public var cleaning: CleaningCounts {
        CleaningCounts(pinyin: layout.pinyinRemoved + (givenTitle?.removed ?? 0), boilerplate: layout.boilerplate.count,
                       damaged: issues.count, replacedBytes: source.replacedBytes, breaks: layout.breaksAdded)
    }

    /// The sentence that holds a byte offset of `text` (the last one starting at or before it;
    /// sentences are in offset order, so a binary search).
    public func sentence(at offset: Int) -> Sentence? {
        let number = sentenceNumber(at: offset)
        return number > 0 ? sentenceSpans[number - 1].sentence(in: text) : nil
    }

    /// How many sentences start at or before `offset`: the 1-based number of the sentence
    /// holding it, 0 before the first. By binary search: sentences are in offset order.
    public func sentenceNumber(at offset: Int) -> Int {
        let all = sentenceSpans
        var low = 0, high = all.count  // first sentence starting after `offset`
        while low < high {
            let middle = (low + high) / 2
            if all[middle].start + 1 <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The name after "來源：" in a short line (a byline: 发布时间：2026-10-28 来源：县统计局 记者 …);
    /// not a figure's or a photo's source (数据来源：农业农村部, 图片来源：).
    static func credit(_ line: String) -> String? {
        guard line.utf8.count <= 300 else { return nil }
        for mark in ["來源：", "来源：", "來源:", "来源:"] {
            guard let found = line.firstByteRange(of: mark) else { continue }
            let before = Folding.shared.folded(String(line[..<found.lowerBound].suffix(2)))
            guard !otherSources.contains(before) else { return nil }
            // the name ends at a space or a clause's mark (来源:晋中发布,若有侵权…)
            let name = line[found.upperBound...].split(whereSeparator: { " \u{3000},，;；".contains($0) }).first.map(String.init)
            return name.flatMap(beforeNextField)
        }
        return nil
    }

    /// What a source that is not the report's is of, folded: 数据来源, 图片来源.
    static let otherSources: Set<String> = ["数据", "资料", "图片", "图表", "图源", "视频"]

    /// `name` up to the label of the field that follows it unspaced (新华社作者：李明), or nil
    /// where a label is all there is (来源：作者：, a page that left the source empty).
    static func beforeNextField(_ name: String) -> String? {
        guard let colon = name.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return name.isEmpty ? nil : name }
        var kept = String(name[..<colon])
        if let label = fieldLabels.first(where: kept.hasSuffix) { kept.removeLast(label.count) }
        return kept.isEmpty ? nil : kept
    }

    static let fieldLabels = ["责任编辑", "責任編輯", "浏览次数", "瀏覽次數", "作者", "编辑", "編輯", "记者", "記者", "时间", "時間", "字体", "字體"]

    /// The parts of an article computed when first asked for.
    final class Parsed {
        fileprivate unowned let article: Article
        init(_ article: Article) { self.article = article }

        /// The first paragraph's dateline, or the second's under the page's date line or source line
        /// (2026年9月26日 来源：新华社, then 新华社北京9月25日电（记者 孙楠）), as scraped pages give them.
        lazy var dateline: Dateline? = {
            let opening = article.paragraphs.prefix(2)
            guard let first = opening.first else { return nil }
            if let dateline = Layout.dateline(first) { return dateline }
            return opening.count == 2 && Layout.isHeaderLine(first[...]) ? opening.last.flatMap(Layout.dateline) : nil
        }()
        var text: String { article.text }
        lazy var lists: [Enumeration] = Enumerations.find(in: article.paragraphs)
        lazy var issues: [DamagedSpan] = Damage.spans(in: text)
        /// The folded text the extractors read, kept only while `Corpus.extract` works on the
        /// article (at 12 bytes a character it is too large to keep for every article).
        private var keptScan: ScannedText?
        private var keeping = false

        /// Runs `body` with one scan kept for every extractor it calls (nested calls share it),
        /// made when the first one asks: records read from a store need none.
        func keepingScan<T>(_ body: () -> T) -> T {
            guard !keeping else { return body() }
            keeping = true
            defer { (keeping, keptScan) = (false, nil) }
            return body()
        }

        fileprivate var scan: ScannedText {
            if let keptScan { return keptScan }
            let made = ScannedText(text)
            if keeping { keptScan = made }
            return made
        }

        private lazy var dateExpressions: [DateExpression] = Dates.expressions(in: scan)
        lazy var publication: PublicationDate? = article.keptRow.map(\.publication) ?? Dates.publication(
            metadata: article.source.metadata["date"], bylines: bylines,
            dateLine: article.paragraphs.first.flatMap { Layout.isDateLine($0[...]) ? $0 : nil }, dateline: dateline,
            paths: [article.source.path] + (article.source.metadata["url"].map { [$0] } ?? []),
            expressions: dateExpressions, today: Article.today)
        var stored: (records: StoredRecords, generation: Int)? { article.stored }

        lazy var dates: [DateMention] = stored?.records.dates() ?? keepingScan {
            Dates.resolve(dateExpressions, in: scan, publication: publication, today: Article.today, titleYear: titleYear)
        }
        /// The one year a title states (晋城市2025年国民经济和社会发展统计公报): the year the report is
        /// about, read only where 全年 or 上年 asks for it.
        private var titleYear: Int? {
            guard dateExpressions.contains(where: \.from.ofYearInDiscussion) else { return nil }
            let years = Dates.expressions(in: ScannedText(article.title)).compactMap { $0.from.target ? nil : $0.from.year }
            return Set(years).count == 1 ? years.first : nil
        }
        lazy var numbers: [Amount] = stored?.records.numbers() ?? Numbers.find(in: scan)

        /// Lines that may state when the page was published: boilerplate, and the first and last paragraphs.
        private var bylines: [String] {
            let paragraphs = article.paragraphs
            return article.boilerplate + paragraphs.prefix(2) + paragraphs.suffix(2)
        }
        /// People, places and organisations, made again when names are taught after them.
        private var namedCache: Named?
        var named: Named {
            let generation = TaughtNames.shared.generation
            if let named = namedCache, named.generation == generation { return named }
            let named = Named(self, generation: generation)
            namedCache = named
            return named
        }
        var people: [Mention] { named.people }
        var places: [Place] { named.places }
        var place: (place: Place, source: String)? { named.place }
        var organisations: [Mention] { named.organisations }
        lazy var terms: [Mention] = stored?.records.terms() ?? keepingScan { Entities.terms(in: scan) }
    }
}

/// An article's people, places and organisations, as of one generation of taught names.
final class Named {
    private unowned let parsed: Article.Parsed
    private unowned let article: Article
    let generation: Int

    init(_ parsed: Article.Parsed, generation: Int) {
        self.parsed = parsed
        article = parsed.article
        self.generation = generation
    }

    /// The tagger's people, places and organisations (unit ranges of the scan), read again where
    /// a list of bodies or places, a town's level word, a company's short name, a post or a
    /// city's name says more than the tagger saw, with the names users taught put in: one
    /// tagging pass for all three.
    private lazy var tagged: [EntitySpan] = parsed.keepingScan {
        let s = parsed.scan, stems = companyStems, datelinePlace = parsed.dateline?.place
        let readings: [([EntitySpan], ScannedText) -> [EntitySpan]] = [
            { Entities.withoutVenues($0, in: $1) }, { Entities.brandsBeforeBranches($0, in: $1) }, { Entities.companiesByWordAndSuffix($0, in: $1) }, { Entities.listedBodies($0, in: $1) }, { Entities.companiesByTrade($0, in: $1) }, { Entities.bodiesListedBeside($0, in: $1) }, { Entities.withBodiesJoinedByAndApart($0, in: $1) }, { Entities.withNamesJoinedInside($0, in: $1) }, { Entities.companiesByStockCode($0, in: $1) }, { Entities.schoolsNamedByPlaces($0, in: $1) },
            { Places.withoutKindsOfPlace($0, in: $1) }, { Places.withoutLeadingVerbs($0, in: $1) }, { Places.withTownLevels($0, in: $1) }, { Places.withVillagesAfterTowns($0, in: $1) }, { Places.listedPlaces($0, in: $1) }, { Places.withSumsAndGachas($0, in: $1) }, { Places.countedVillages($0, in: $1) },
            { Places.withDirectionsOpeningVillages($0, in: $1) }, { Places.withoutEthnicGroups($0, in: $1) },
            { People.withDottedNamesWhole($0, in: $1) }, { People.withCompoundSurnames($0, in: $1) }, { People.withNamesJoinedByAndApart($0, in: $1) }, { People.withListedNamesBeforeBodies($0, in: $1) },
            { People.withNamesEndingInAnd($0, in: $1) }, { People.withListedNamesBeforeConjunctions($0, in: $1) }, { People.withSecondNamesJoined($0, in: $1) }, { People.withListEndsNamed($0, in: $1) }, { People.namesCountedBeforeColon($0, in: $1) }, { People.namesAfterDepartments($0, in: $1) }, { People.withAppointedNamesWhole($0, in: $1) }, { People.withSpacedRunsOfNames($0, in: $1) },
            { Entities.bodiesGlossedInLetters($0, in: $1) }, { Entities.companiesByOwnName($0, in: $1) }, { Entities.companiesByAbbreviation($0, in: $1) },
            { Entities.companiesByShortName($0, stems: stems, in: $1) },
            { Places.withoutVillagesReadAsPeople($0, in: $1) }, { People.peopleAfterTitles($0, in: $1) }, { People.teamLeaders($0, in: $1) },
            { People.postHoldersReadAsBodies($0, in: $1) }, { People.bodiesAcrossMarks($0, in: $1) }, { People.namesBeforeAppointedBodies($0, in: $1) },
            { People.withNamesCompleted($0, in: $1) }, { People.withoutPrepositionsAfterNames($0, in: $1) }, { People.withoutDepartmentsEnd($0, in: $1) }, { People.withRareLastCharacters($0, in: $1) }, { People.withPostsReadIntoSurnames($0, in: $1) },
            { Places.citiesReadAsNames($0, in: $1) }, { Places.provincePairsReadAsNames($0, in: $1) }, { Places.estatesReadAsNames($0, in: $1) }, { Places.withDatelinePlace($0, place: datelinePlace, in: $1) },
        ]
        return TaughtNames.shared.apply(to: readings.reduce(EntityModel.shared?.spans(s.units) ?? []) { $1($0, s) }, in: s)
    }
    /// What stands before a company's suffix: short names of the article's companies.
    private lazy var companyStems: Set<ArraySlice<UInt32>> = parsed.keepingScan { Entities.companyStems(in: parsed.scan) }
    /// Places before they are marked as lying within a name: organisations' patterns start at them.
    private lazy var namedPlaces: [Place] = parsed.keepingScan {
        Places.find(in: parsed.scan, tagged: tagged).filter { !TaughtNames.shared.isRemoved($0.text, as: .place) }
    }
    private lazy var organisationSpans: [Range<Int>] = parsed.keepingScan {
        Entities.organisationSpans(in: parsed.scan, tagged: tagged, places: Array(Set(namedPlaces.map(\.text))))
    }
    /// Which body each short, level, abbreviated or placeless name stands for: the records' and
    /// the posts' (`Entities.namedInFull`).
    private lazy var organisationsInFull: [Range<Int>: Range<Int>] = parsed.keepingScan {
        Entities.namedInFull(organisationSpans, in: parsed.scan)
    }
    /// The titles of works (《流浪地球3》) that hold no organisation's name: a place named there
    /// (地球) lies within the title, as one in a body's name lies within the body's.
    private var worksTitles: [Range<Int>] {
        let organisations = RangeIndex(organisationSpans)
        return parsed.scan.workTitles().filter { !organisations.overlaps($0) }
    }
    /// Stored records, when they were extracted under this generation of taught names.
    private var stored: StoredRecords? { parsed.stored.flatMap { $0.generation == generation ? $0.records : nil } }

    lazy var people: [Mention] = stored?.people() ?? parsed.keepingScan {
        // a line of credits stands under the headline or closes the report, maybe above a line
        // the page adds (记者/谢秋林, then 原标题：…)
        let paragraphs = article.paragraphs
        // (or as the deck under it, which a line of who reports reads as: 即時中心／潘柏廷報導)
        let lines = (article.subtitle.map { [$0] } ?? []) + Set(paragraphs.indices.prefix(3) + paragraphs.indices.suffix(2)).sorted().map { paragraphs[$0] }
        let creditLines = lines.compactMap { line in (Layout.creditLine(line[...]) ?? Layout.reportedBy(line[...])).map { (line: line, names: $0) } }
        // the report's last paragraph, above the page's source and staff lines (（汪士奇 武时化）, then
        // 来源：国防时报, 编辑：邱兵), which may close with its credits and staff together (记者/冯珂 编辑/汪泽)
        let closing = paragraphs.suffix(4).reversed().lazy.map { (paragraph: $0, reporters: Layout.closingCredits($0)) }.first {
            !$0.reporters.isEmpty || (!Layout.isHeaderLine($0.paragraph[...]) && Layout.staffCredits($0.paragraph).isEmpty)
        }
        let reporters = (parsed.dateline?.reporters ?? []) + creditLines.flatMap(\.names) + (closing?.reporters ?? [])
        let credits = reporters.isEmpty ? [] : ([parsed.dateline?.text] + creditLines.map(\.line) + [closing?.paragraph]).compactMap { $0 }
        // the page's staff are credited in its header and footer lines
        let headerCredits = article.boilerplate.flatMap(Layout.staffCredits)
        // each read once: the first paragraph's may be the page's date or source line too
        let paragraphCredits = Set(paragraphs.indices.prefix(3) + paragraphs.indices.suffix(3)).sorted().map { ($0, Layout.staffCredits(paragraphs[$0])) }
        let staff = (paragraphCredits.flatMap(\.1) + headerCredits).filter { !Layout.isAuthorLabel($0.title) }
        // the author a header line names (来源：新华网 作者：熊争艳), or the date or source lines above
        // the report (2017-01-10 07:36 作者:本刊记者 江凌; a date line, then 作者:计红梅 来源:科学网),
        // wrote the report: a reporter, not its staff; in the body, 作者 is a book's (《乡土文学》（作者：崔志远）)
        let headerLines = paragraphs.indices.prefix(3).prefix { Layout.isHeaderLine(paragraphs[$0][...]) }
        let headerLine = paragraphCredits.filter { headerLines.contains($0.0) }.flatMap(\.1)
        let authors = (headerCredits + headerLine).filter { Layout.isAuthorLabel($0.title) }
        return Entities.people(in: parsed.scan, tagged: tagged, organisations: organisationSpans, inFull: organisationsInFull,
                               deck: article.subtitle,
                               captions: article.captions,
                               photographers: article.captions.compactMap(\.photographer) + article.layout.bodyPhotographers,
                               reporters: reporters.map { ($0, Layout.reporterTitle(of: $0, credits: credits)) } + authors.map { ($0.name, $0.title) },
                               staff: staff)
            .filter { !TaughtNames.shared.isRemoved($0.text, as: .person) }
    }
    lazy var places: [Place] = stored?.places() ?? parsed.keepingScan {
        let bodies = Set(organisationSpans.map { parsed.scan.text($0) })
        return Places.markWithin(Places.outside(bodies: bodies, Places.outside(people: people, namedPlaces)),
                                 names: organisationSpans + worksTitles + Places.roadNames(in: parsed.scan), in: parsed.scan)
    }
    lazy var place: (place: Place, source: String)? = parsed.keepingScan {
        Places.home(dateline: parsed.dateline, source: article.sourceName, title: article.title, scan: parsed.scan, places: places)
    }
    lazy var organisations: [Mention] = stored?.orgs() ?? parsed.keepingScan {
        Entities.organisations(in: parsed.scan, spans: organisationSpans, inFull: organisationsInFull, companyStems: companyStems)
            .filter { !TaughtNames.shared.isRemoved($0.text, as: .organisation) }
    }
}
