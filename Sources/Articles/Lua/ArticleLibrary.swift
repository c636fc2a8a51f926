import Foundation
import CLua
import LuaBridge
import LuaShim

/// A loaded corpus as Lua sees it: a sequence of articles plus the load report.
public final class Corpus {
    public let articles: [Article]
    public let report: LoadReport
    public let path: String
    /// Data other parts keep with a corpus (the search index).
    public var attachments: [String: Any] = [:]

    public init(articles: [Article], report: LoadReport, path: String) {
        self.articles = articles
        self.report = report
        self.path = path
    }

    public static func load(_ path: String, fields: [String: String] = [:]) throws -> Corpus {
        let (articles, report) = try Loader(fields: fields).load(path)
        return Corpus(articles: articles, report: report, path: path)
    }
}

/// Installs `corpus.load`, the Corpus and Article classes, and `zh.*` into a Lua state.
public enum ArticleLibrary {
    public static func install(on lua: Lua) {
        let scripts = Scripts()
        articleClass(scripts).register(on: lua)
        corpusClass(load: load).register(on: lua)
        lua.register("corpus.load", doc: loadDoc, load)
        lua.setRawGlobal("dossier.sample", .text(samplePath))
        lua.document("dossier.sample", LuaDoc(
            "dossier.sample", "Path of the bundled sample corpus (the seed report and generated articles).",
            example: #"assert(io.open(dossier.sample .. "/seed-article.txt"))"#))
        NamesLibrary.install(on: lua)
        lua.register("zh.strip_pinyin", doc: LuaDoc(
            "zh.strip_pinyin(s)", "Removes pinyin annotations (\"發(fā)展\" → \"發展\"); returns the text and how many.",
            details: "Only a parenthesised valid Hanyu Pinyin syllable right after a Han character is removed.",
            example: #"assert(zh.strip_pinyin("發(fā)展(2024)") == "發展(2024)")"#)) { args in
            let (text, removed) = Pinyin.strip(try args.string(1))
            return [.text(text), .integer(removed)]
        }
        lua.register("zh.t2s", doc: LuaDoc(
            "zh.t2s(s)", "Traditional to Simplified script (OpenCC phrases).",
            example: #"assert(zh.t2s("開發區") == "开发区")"#)) { args in
            [.text(try scripts.simplified().convert(try args.string(1)))]
        }
        lua.register("zh.s2t", doc: LuaDoc(
            "zh.s2t(s)", "Simplified to Traditional script (OpenCC phrases).",
            example: #"assert(zh.s2t("开发区") == "開發區")"#)) { args in
            [.text(try scripts.traditional().convert(try args.string(1)))]
        }
    }

    static let loadDoc = LuaDoc(
        "corpus.load(path [, opts])", "Loads a file or folder of articles; returns a corpus.",
        details: """
        Reads .txt/.md (one article per file, first line the title), .jsonl, .json (an array of
        records), .csv/.tsv (a header row). Fields title, content/body/text, date, url, source, id
        (and their usual Chinese names: 標題, 正文, 日期, 來源, 鏈接…) are found by name;
        opts.fields maps others, e.g. { text = "story", title = "headline" }.
        UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 are detected. Bad files and lines
        are reported as warnings on stderr with a one-line summary (opts.quiet = true keeps
        quiet; c.report has them all). A missing path is an error. opts.names is a file of names
        to teach the extractors (see zh.names.add): one a line, a person unless it starts with
        "org " or "place ", removed instead when it starts with "-".
        """,
        example: #"local c = corpus.load(dossier.sample, { quiet = true }); assert(#c >= 1)"#)

    /// corpus.load(path [, opts])
    static func load(_ args: LuaArguments) throws -> [LuaValue] {
        let path = try args.string(1)
        let options = try args.options(2, allowed: ["fields", "quiet", "names"])
        let fields = try fieldNames(options[.text("fields")])
        let quiet = try args.booleanOption("quiet", in: options, at: 2) ?? false
        switch options[.text("names")] {
        case .nil: break
        case .string(let names): try TaughtNames.shared.load(file: names.text)
        case let other: throw LuaArgumentError(2, "option 'names' is a names file's path, got \(other.typeName)")
        }
        let loaded = try Corpus.load(path, fields: fields)
        if !quiet { report(loaded.report) }
        return [.object(loaded)]
    }

    /// opts.fields of corpus.load: each dossier field (text, title…) mapped to the name it has
    /// in the user's files, all strings.
    static func fieldNames(_ option: LuaValue) throws -> [String: String] {
        guard option != .nil else { return [:] }
        guard case .table(let table) = option, table.array.isEmpty else {
            throw LuaArgumentError(2, "option 'fields' maps fields to your names, e.g. { text = \"story\", title = \"headline\" }")
        }
        var fields: [String: String] = [:]
        for (key, value) in table.entries {
            guard let k = key.stringValue, let v = value.stringValue else {
                throw LuaArgumentError(2, "option 'fields' maps names to names (strings), got \(key.typeName) = \(value.typeName)")
            }
            guard Loader.mappableFields.contains(k) else {
                throw LuaArgumentError(2, "option 'fields' cannot map '\(k)'\(Suggestions.hint(for: k, among: Loader.mappableFields)) (it maps \(Loader.mappableFields.joined(separator: ", ")))")
            }
            fields[k] = v
        }
        return fields
    }

    /// The bundled sample corpus: $DOSSIER_SAMPLE, else corpus/ in the source tree dossier was built from.
    static var samplePath: String {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_SAMPLE"] { return path }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("corpus").path
    }

    /// Loads a corpus as `-c` does, warnings and summary on stderr.
    public static func loadReporting(_ path: String) throws -> Corpus {
        let loaded = try Corpus.load(path)
        report(loaded.report)
        return loaded
    }

    /// Warnings, then the summary, on stderr: the script's own output stays clean.
    static func report(_ report: LoadReport) {
        let lines = report.warnings.map { "dossier: warning: \($0)" } + ["dossier: \(report.summary)"]
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// OpenCC converters, opened on first use (loading the dictionaries takes a moment).
    final class Scripts {
        private var t2s: ScriptConverter?
        private var s2t: ScriptConverter?
        func simplified() throws -> ScriptConverter {
            if t2s == nil { t2s = try ScriptConverter(config: "t2s.json") }
            return t2s!
        }
        func traditional() throws -> ScriptConverter {
            if s2t == nil { s2t = try ScriptConverter(config: "s2t.json") }
            return s2t!
        }
    }

    // MARK: Corpus

    /// `load` is reachable as a field too, so `corpus.load` still works once `-c` has made
    /// the global `corpus` a loaded corpus.
    static func corpusClass(load: @escaping LuaSwiftFunction) -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .field("report", doc: LuaDoc("c.report", "What loading did: {articles, files, bytes, summary, warnings, skipped}.")) { c in
                .record([("articles", .integer(c.report.articles)), ("files", .integer(c.report.files)),
                         ("bytes", .integer(c.report.bytes)), ("summary", .text(c.report.summary)),
                         ("replaced_bytes", .integer(c.report.replacedBytes)),
                         ("warnings", .list(c.report.warnings.map { .text($0.description) })),
                         ("skipped", .list(c.report.skipped.map { .record([("path", .text($0.path)), ("reason", .text($0.reason))]) }))])
            }
            .field("path", doc: LuaDoc("c.path", "The file or folder the corpus was loaded from.")) { .text($0.path) }
            .method("extract", doc: LuaDoc(
                "c:extract(kind, ...)", "Extracts records of these kinds from every article now, on every core.",
                details: """
                kind is "numbers", "dates", "places", "people", "orgs" or "terms". Corpus-wide lists
                (c:numbers() and the like) call it first; afterwards a:numbers() and the rest answer at
                once. On a terminal, work that takes more than a second shows its progress on stderr;
                Ctrl-C stops it between articles (those done keep their records).
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); c:extract("numbers", "dates"); assert(#c[1]:numbers() > 0)"#)) { c, args in
                var kinds: [ExtractionKind] = []
                for i in 2...max(2, Int(args.count)) {
                    let name = try args.string(Int32(i))
                    guard let kind = ExtractionKind(rawValue: name) else {
                        let kinds = ExtractionKind.allCases.map(\.rawValue)
                        throw LuaArgumentError(Int32(i), "unknown kind '\(name)'\(Suggestions.hint(for: name, among: kinds)) (\(kinds.joined(separator: ", ")))")
                    }
                    kinds.append(kind)
                }
                // Ctrl-C stops the work between articles; the interrupt is raised once it returns
                c.extract(kinds) { dossier_interrupt_requested() != 0 }
                return []
            }
            .field("load") { _ in .function(load) }
            .index { c, key in
                guard let i = key.intValue, i >= 1, i <= c.articles.count else { return .nil }
                return .object(c.articles[i - 1])
            }
            .length { $0.articles.count }
            .toString { "Corpus: \($0.articles.count) articles from \($0.path)" }
    }

    // MARK: Article

    static func articleClass(_ scripts: Scripts) -> LuaClass<Article> {
        let cls = LuaClass<Article>("Article")
        func field(_ name: String, _ summary: String, _ getter: @escaping (Article) -> LuaValue) {
            cls.field(name, doc: LuaDoc("a.\(name)", summary), getter)
        }
        field("title", "The title (metadata, else the first line).") { .text($0.title) }
        field("subtitle", "The deck line under the title (\"盧東亮衛繼周出席\"), or nil.") { $0.subtitle.map(LuaValue.text) ?? .nil }
        field("captions", "Photo captions: {text, photographer}.") { a in
            .list(a.captions.map { .record([("text", .text($0.text)), ("photographer", $0.photographer.map(LuaValue.text) ?? .nil)]) })
        }
        field("dateline", "\"中新網溫州10月11日電 (記者 李婷婷)\" as {text, agency, place, month, day, reporters}, or nil.") { a in
            guard let d = a.dateline else { return .nil }
            return .record([("text", .text(d.text)), ("agency", .text(d.agency)), ("place", d.place.map(LuaValue.text) ?? .nil),
                            ("month", .integer(d.month)), ("day", .integer(d.day)), ("reporters", .list(d.reporters.map(LuaValue.text)))])
        }
        field("paragraphs", "The body's paragraphs (strings).") { .list($0.paragraphs.map(LuaValue.text)) }
        field("sentences", "Sentences: {text, paragraph, offset}; quotes and brackets are never split.") { a in
            .list(a.sentences.map { .record([("text", .text($0.text)), ("paragraph", .integer($0.paragraph)), ("offset", .integer($0.offset))]) })
        }
        field("lists", "Enumerations (一是…二是…, （一）…, 1.…): {style, items, paragraph}.") { a in
            .list(a.lists.map { .record([("style", .text($0.style)), ("items", .list($0.items.map(LuaValue.text))), ("paragraph", .integer($0.paragraph))]) })
        }
        field("date", "The publication date, ISO (YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known), or nil.") { $0.date.map(LuaValue.text) ?? .nil }
        field("date_source", "Where a.date came from: \"metadata\", \"byline\" (发布时间…), \"dateline\", \"path\" (file name or URL), \"text\", or nil.") {
            $0.publication.map { .text($0.source.rawValue) } ?? .nil
        }
        field("date_precision", "How precise a.date is: \"day\", \"month\" or \"year\", or nil.") {
            $0.publication.map { .text($0.precision.rawValue) } ?? .nil
        }
        field("source", "Who published it: metadata, dateline agency or a 來源 line; or nil.") { $0.sourceName.map(LuaValue.text) ?? .nil }
        field("id", "Metadata id, else path (and line).") { .text($0.id) }
        field("path", "The file the article came from.") { .text($0.source.path) }
        field("line", "Line or row in its file (JSON Lines, CSV), or nil.") { $0.source.line.map(LuaValue.integer) ?? .nil }
        field("text", "The clean body; every offset points into it (1-based bytes).") { .text($0.text) }
        field("raw", "The text exactly as loaded, before cleaning.") { .text($0.source.raw) }
        field("encoding", "The encoding the file was read as.") { .text($0.source.encoding) }
        field("metadata", "Every field the file gave (JSON, CSV), as strings.") { a in
            .record(a.source.metadata.pairs.map { ($0.key, .text($0.value)) })
        }
        field("boilerplate", "Lines taken out of the text (share links, credits, \"掃一掃…\").") { .list($0.cleaned.boilerplate.map(LuaValue.text)) }
        field("issues", "Damaged spans (mojibake, U+FFFD…): {text, offset, reason}; reported, not repaired.") { a in
            .list(a.issues.map { .record([("text", .text($0.text)), ("offset", .integer($0.offset)), ("reason", .text($0.reason))]) })
        }
        field("cleaning", "What cleaning did: {pinyin, boilerplate, damaged, replaced_bytes, breaks}.") { a in
            let c = a.cleaning
            return .record([("pinyin", .integer(c.pinyin)), ("boilerplate", .integer(c.boilerplate)), ("damaged", .integer(c.damaged)),
                            ("replaced_bytes", .integer(c.replacedBytes)), ("breaks", .integer(c.breaks))])
        }
        cls.method("numbers", doc: LuaDoc("a:numbers()", "Figures: {kind, value, min, max, approx, unit, currency, label, text, offset, sentence}.",
            details: """
            kind is "money" (value in units of the currency: 99.754億元 gives 9975400000), "count"
            (47個; unit is the measure word), "quantity" (3000噸, 200MW) or "percent". Values are
            exact: an integer, or a decimal read from its digits (0.35); nil when too large to hold.
            approx is "more" (100多万元, 超过3亿元, 3亿元以上), "about" (约2亿元) or "less" (近5亿元);
            a range (5至10亿元) has min and max, and value is its min. currency is an ISO code
            (CNY, USD, HKD…; 人民币5000万, ¥500); label is what the figure counts when a noun
            before it says so (总投资, 年产值, 罚款), in Simplified script.
            Ordinals and names (第三次, 二十屆三中全會, numerals inside quotes) are left out.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local m = a:numbers():filter("kind", "money"); assert(m[1].value == 9975400000 and m[1].label == "总投资")"#)) { a, _ in
            [.list(a.numbers.map { n in
                .record([("kind", .text(n.kind.rawValue)), ("value", decimalValue(n.value)), ("min", decimalValue(n.min)),
                         ("max", decimalValue(n.max)), ("approx", n.approx.map { .text($0.rawValue) } ?? .nil),
                         ("unit", .text(n.unit)), ("currency", n.currency.map(LuaValue.text) ?? .nil),
                         ("label", n.label.map(LuaValue.text) ?? .nil),
                         ("text", .text(n.text)), ("offset", .integer(n.offset)), ("sentence", sentenceText(a, n.offset))])
            })]
        }
        cls.method("dates", doc: LuaDoc("a:dates()", "Date expressions in the body: {text, value, to, precision, kind, offset, sentence, year, month, day}.",
            details: """
            value is ISO (2018-05-23, 2018-05 or 2018) and nil when the year is not known; to ends a
            range (5月22日至24日) or period (一季度, 上半年, 上周). kind is "point", "range" or
            "period"; precision "day", "month" or "year". A year comes from the expression, the
            same sentence, or a.date (昨天, 今年, and a month-day with no year stated); year,
            month and day are as written.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:dates()[1].value == "2024-08-19")"#)) { a, _ in
            [.list(a.dates.map { d in
                .record([("text", .text(d.text)), ("value", d.value.map(LuaValue.text) ?? .nil), ("to", d.to.map(LuaValue.text) ?? .nil),
                         ("precision", .text(d.precision.rawValue)), ("kind", .text(d.kind.rawValue)), ("offset", .integer(d.offset)),
                         ("sentence", sentenceText(a, d.offset)), ("year", d.year.map(LuaValue.integer) ?? .nil),
                         ("month", d.month.map(LuaValue.integer) ?? .nil), ("day", d.day.map(LuaValue.integer) ?? .nil)])
            })]
        }
        cls.method("people", doc: LuaDoc("a:people()", "People, one record per person: {name, text, title, titles, org, roles, count, offsets, mentions, sentence}.",
            details: """
            Found by a character tagger trained on MSRA's labelled news (scripts/train-entities.sh) and by the
            patterns of reports: titles before names ("省委常委、市委書記盧東亮"), "、" lists after a post,
            the deck line, photographers and reporters. name is the first form written; forms in
            either script are one person (text is the same first form, as other records name it). title is the post stated nearest the name (市委书记),
            titles every post seen with it, org the body that post belongs to (大同市委), roles
            where the name stood ("text", "deck", "photographer", "reporter"), mentions every
            occurrence as {text, offset}, sentence the first one's sentence.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local p = a:people():filter("name", "盧東亮")[1]; assert(p.title and p.count >= 1)"#)) { a, _ in
            [.list(a.people.map { m in
                .record([("name", .text(m.text)), ("text", .text(m.text)), ("title", m.titles.last.map(LuaValue.text) ?? .nil),
                         ("titles", .list(m.titles.map(LuaValue.text))), ("org", m.org.map(LuaValue.text) ?? .nil),
                         ("roles", .list(m.roles.map(LuaValue.text))), ("count", .integer(m.count)),
                         ("offsets", .list(m.offsets.map(LuaValue.integer))), ("mentions", mentionList(m)),
                         ("sentence", m.offsets.first.map { sentenceText(a, $0) } ?? .nil)])
            })]
        }
        cls.method("orgs", doc: LuaDoc("a:orgs()", "Organisations, one record per body: {name, text, kind, place, count, offsets, mentions, sentence}.",
            details: """
            Found by the character tagger and by the patterns of reports (…有限公司, a place then
            委/局/管委會, jieba's organisation words); never a generic noun (這家公司, 保險公司).
            name is the Simplified form, text the first form written; kind is "government",
            "party", "court", "company", "school" or "other"; place the division its name holds
            (大同市 for 大同市委), or nil.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; for _, o in ipairs(a:orgs()) do assert(o.kind and o.count >= 1) end"#)) { a, _ in
            [.list(a.organisations.map { m in
                .record([("name", .text(Folding.shared.folded(m.text))), ("text", .text(m.text)), ("kind", m.kind.map(LuaValue.text) ?? .nil),
                         ("place", m.place.map(LuaValue.text) ?? .nil), ("count", .integer(m.count)),
                         ("offsets", .list(m.offsets.map(LuaValue.integer))), ("mentions", mentionList(m)),
                         ("sentence", m.offsets.first.map { sentenceText(a, $0) } ?? .nil)])
            })]
        }
        cls.method("terms", doc: LuaDoc("a:terms()", "Quoted terms (“三個一批”) with how often each occurs: {text, count, offsets, sentence}.",
            details: "De-duplicated; offsets are every place the text occurs, sentence the first one's.",
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:terms():filter("text", "三個一批")[1].count == 6)"#)) { a, _ in
            [.list(a.terms.map { m in
                .record([("text", .text(m.text)), ("count", .integer(m.count)), ("offsets", .list(m.offsets.map(LuaValue.integer))),
                         ("sentence", m.offsets.first.map { sentenceText(a, $0) } ?? .nil)])
            })]
        }
        cls.method("places", doc: LuaDoc("a:places()", "Places named in the body, one record per mention: {text, name, level, kind, province, city, county, code, ambiguous, within, offset, sentence}.",
            details: """
            China's provinces, cities and counties from a gazetteer (either script, full or short
            names: 大同 and 大同市 are both name = "大同市"), longest match first; towns, villages,
            streets and zones named right after one (云州区西坪镇, 大同经开区: level "other", kind
            "town", "village", "street" or "zone"); countries (kind "country"). province, city and
            county are the names of the divisions it lies in; code is its 12-digit division code.
            A short name several divisions share (朝阳, 鼓楼) takes the one in a province or city
            named elsewhere in the article, else it is marked ambiguous = true. Places the
            character tagger finds that the gazetteer lacks (长江, 天安门广场) have level "other",
            kind "place"; one-character abbreviations it marks (中美, 京津冀) name their place
            (中国, 北京市). within is the organisation or person whose name holds the place
            (云州區委 for 云州區), nil when the text names the place on its own.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local p = a:places():filter("text", "大同")[1]; assert(p.name == "大同市" and p.province == "山西省")"#)) { a, _ in
            [.list(a.places.map { placeRecord($0, sentenceText(a, $0.offset)) })]
        }
        field("place", "Where the report is from: a place record (see a:places()), or nil.") { a in
            a.place.map { placeRecord($0.place, .nil) } ?? .nil
        }
        field("place_source", "How a.place is known: \"dateline\", \"source\" (大同日报), \"text\" (the city 我市 refers to), or nil.") { a in
            a.place.map { .text($0.source) } ?? .nil
        }
        for (script, convert) in [("simplified", scripts.simplified), ("traditional", scripts.traditional)] {
            cls.method(script, doc: LuaDoc(
                "a:\(script)([field])", "The body (or another text field: \"title\", \"subtitle\") in \(script.capitalized) script, converted with OpenCC.",
                details: "Offsets point into a.text as written, not into the converted copy.",
                example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:simplified():find("开发区", 1, true) and a:\#(script)("title") ~= "")"#)) { a, args in
                let field = try args.optionalString(2) ?? "text"
                let fields = ["text": a.text, "title": a.title, "subtitle": a.subtitle ?? ""]
                guard let text = fields[field] else {
                    throw LuaArgumentError(2, "unknown field '\(field)'\(Suggestions.hint(for: field, among: fields.keys.sorted())) (text, title, subtitle)")
                }
                return [.text(try convert().convert(text))]
            }
        }
        return cls
            .toString { a in "Article \(a.date ?? "????-??-??") 「\(a.title)」 (\(a.paragraphs.count) paragraphs)" }
            .card(card)
            .equals { $0 === $1 }
    }

    /// "chunk:line: " of the Lua code that called the current function.
    static func where1(_ args: LuaArguments) -> String {
        luaL_where(args.lua.L, 1)
        defer { args.lua.pop() }
        return args.lua.string(at: -1) ?? ""
    }

    /// An exact figure: an integer when whole, else the double its decimal digits read as.
    static func decimalValue(_ v: Decimal10?) -> LuaValue {
        guard let v else { return .nil }
        return v.integer.map(LuaValue.integer) ?? .number(v.double)
    }

    static func placeRecord(_ p: Place, _ sentence: LuaValue) -> LuaValue {
        func optional(_ s: String?) -> LuaValue { s.map(LuaValue.text) ?? .nil }
        return .record([("text", .text(p.text)), ("name", .text(p.name)), ("level", .text(p.level.rawValue)), ("kind", optional(p.kind)),
                        ("province", optional(p.province)), ("city", optional(p.city)), ("county", optional(p.county)),
                        ("code", optional(p.code)), ("ambiguous", .boolean(p.ambiguous)), ("within", optional(p.within)),
                        ("offset", .integer(p.offset)),
                        ("sentence", sentence)])
    }

    /// Every mention of a person or organisation: {text = as written there, offset}.
    static func mentionList(_ m: Mention) -> LuaValue {
        .list(zip(m.forms, m.offsets).map { .record([("text", .text($0.0)), ("offset", .integer($0.1))]) })
    }

    static func sentenceText(_ a: Article, _ offset: Int) -> LuaValue {
        a.sentence(at: offset).map { .text($0.text) } ?? .nil
    }

    /// What the REPL shows for an article on its own.
    static func card(_ a: Article) -> String {
        var lines = ["「\(a.title)」"]
        if let subtitle = a.subtitle { lines.append("  \(subtitle)") }
        let date = a.publication.map { "\($0.iso) (\($0.source.rawValue))" } ?? "unknown"
        let place = a.place.map { "\($0.place.name) (\($0.source))" } ?? "unknown"
        lines.append("  date \(date)  ·  place \(place)  ·  source \(a.sourceName ?? "unknown")  ·  \(a.source.path)")
        let money = a.numbers.filter { $0.kind == .money }.count
        lines.append("  \(a.paragraphs.count) paragraphs, \(a.sentences.count) sentences, \(a.people.count) people, \(a.numbers.count) figures (\(money) money), \(a.terms.count) quoted terms")
        let c = a.cleaning
        lines.append("  cleaning: \(c.pinyin) pinyin annotations, \(c.boilerplate) boilerplate lines, \(c.damaged) damaged spans, \(c.replacedBytes) replaced bytes")
        return lines.joined(separator: "\n")
    }
}
