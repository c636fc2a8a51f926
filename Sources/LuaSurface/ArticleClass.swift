import Analysis
import Articles
import LuaBridge
import Text

/// `Article`: one article's fields, read when asked for, and its records (numbers, dates,
/// people, orgs, places, terms, words).
enum ArticleClass {
    static func install(on lua: Lua, scripts: Scripts) {
        articleClass(scripts).register(on: lua)
    }

    /// a:words(), from the boundaries Articles keeps.
    static func wordsMethod(_ cls: LuaClass<Article>) {
        cls.method("words", doc: LuaDoc(
            "a:words()", "The article's words (title, then body) as zh.segment cuts them, punctuation included.",
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:words()[1] == "我市")"#)) { article, _ in
            [wordList(try article.words())]
        }
    }

    /// The words as a list of strings cut from the text's UTF-8 made once, not a string made
    /// for each word: each word ends where the scalar after it starts, as zh.segment cuts.
    static func wordList(_ words: ArticleWords) -> LuaValue {
        let bytes = Array(String(codePoints: words.scalars).utf8)
        let starts = codePoints(ofValidUTF8: bytes).starts
        return .list(cutting: bytes, at: words.ends.map { starts[min(Int($0), starts.count - 1)] })
    }

    /// diff(a, b) for Lua/article.lua, which makes it the a:diff method: the changes as records.
    static var sentenceDiff: LuaValue {
        .function { args in
            let changes = SentenceDiff.between(try args.object(1, as: Article.self), try args.object(2, as: Article.self))
            return [.list(changes.map { change in
                .record([("op", .text(change.kind.rawValue)), ("text", .text(change.text)), ("sentence", .integer(change.number))])
            })]
        }
    }

    static func document(on lua: Lua) {
        lua.document("Article:diff", LuaDoc(
            "a:diff(b)", "What changed from a to b, sentence by sentence: {op, text, sentence}, op \"=\" (both), \"-\" (only a), \"+\" (only b).",
            details: """
            Sentences are aligned by their longest common subsequence and compared in Simplified
            script (OpenCC's phrases: 瞭解 is 了解), folded (full or half width, upper or lower
            case), on letters, digits and Han characters only, so a reprint converted to the
            other script or with new punctuation differs only where its words do. sentence is the sentence's number in a
            ("=", "-") or in b ("+"). The REPL prints the changes with a sentence of context each
            side; the unchanged runs between them are shortened.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local d = c[1]:diff(c[1]); assert(#d == #c[1].sentences and d[1].op == "=")"#))
    }

    static func articleClass(_ scripts: Scripts) -> LuaClass<Article> {
        let cls = LuaClass<Article>("Article")
        func field(_ name: String, _ summary: String, _ getter: @escaping (Article) -> LuaValue) {
            cls.field(name, doc: LuaDoc("a.\(name)", summary), getter)
        }
        field("title", "The title (metadata, else the first line; \"\" when that line opens with a dateline, 新华社北京6月5日电…, or reads as a paragraph, with a full stop or a sentence after its end, and is the body's).") { .text($0.title) }
        field("subtitle", "The deck line under the title (\"盧東亮衛繼周出席\"), or nil. A line there that gives the date (\"2026年9月2日\") or a dateline is body text, not a deck.") { $0.subtitle.map(LuaValue.text) ?? .nil }
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
        field("source", "Who published it: metadata, dateline agency (新华社, or an outlet's 运城新闻网讯; not 本报, this paper) or a 來源 credit (a byline among the first lines: 2026-08-28 来源：运城新闻网); or nil.") { $0.sourceName.map(LuaValue.text) ?? .nil }
        field("id", "Metadata id, else path (and line).") { .text($0.id) }
        field("path", "The file the article came from.") { .text($0.source.path) }
        field("line", "Line or row in its file (JSON Lines, CSV), or nil.") { $0.source.line.map(LuaValue.integer) ?? .nil }
        field("text", "The clean body; every offset points into it (1-based bytes).") { .text($0.text) }
        field("raw", "The text exactly as loaded, before cleaning.") { .text($0.raw) }
        field("encoding", "The encoding the file was read as.") { .text($0.source.encoding) }
        field("metadata", "Every field the file gave (JSON, CSV), as strings.") { a in
            .record(a.source.metadata.pairs.map { ($0.key, .text($0.value)) })
        }
        field("boilerplate", "Lines taken out of the text (share links, credits, \"掃一掃…\").") { .list($0.boilerplate.map(LuaValue.text)) }
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
            (CNY, USD, HKD…; 人民币5000万, ¥500; CNY where a money noun opens a figure in 万 or
            亿 with no 元: 总投资约62亿); label is what the figure counts when a noun before it
            says so (总投资, 年产值, 罚款), in Simplified script. A space around the number, as
            pages spaced for the web write it (总投资 100 亿元), is read past.
            Ordinals and names (第三次, 二十屆三中全會, numerals inside quotes) are left out.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local m = a:numbers():filter("kind", "money"); assert(m[1].value == 9975400000 and m[1].label == "总投资")"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.numbers.map { n in
                .record([("kind", .text(n.kind.rawValue)), ("value", Records.decimalValue(n.value)), ("min", Records.decimalValue(n.min)),
                         ("max", Records.decimalValue(n.max)), ("approx", n.approx.map { .text($0.rawValue) } ?? .nil),
                         ("unit", .text(n.unit)), ("currency", n.currency.map(LuaValue.text) ?? .nil),
                         ("label", n.label.map(LuaValue.text) ?? .nil),
                         ("text", .text(n.text)), ("offset", .integer(n.offset)), ("sentence", sentences.text(at: n.offset))])
            })]
        }
        cls.method("dates", doc: LuaDoc("a:dates()", "Date expressions in the body: {text, value, to, precision, kind, offset, sentence, year, month, day}.",
            details: """
            value is ISO (2018-05-23, 2018-05 or 2018) and nil when the year is not known; to ends a
            range (5月22日至24日) or period (一季度, 上半年, 上周). kind is "point", "range" or
            "period"; precision "day", "month" or "year". A year comes from the expression, the
            same sentence (before it, or after it when a.date is nil), or a.date (昨天, 今年, and a
            month-day with no year stated); 当天 and 同日 are the day named last before them, else
            a.date, and 次日 the day after it; year, month and day are as written.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:dates()[1].value == "2024-08-19")"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.dates.map { d in
                .record([("text", .text(d.text)), ("value", d.value.map(LuaValue.text) ?? .nil), ("to", d.to.map(LuaValue.text) ?? .nil),
                         ("precision", .text(d.precision.rawValue)), ("kind", .text(d.kind.rawValue)), ("offset", .integer(d.offset)),
                         ("sentence", sentences.text(at: d.offset)), ("year", d.year.map(LuaValue.integer) ?? .nil),
                         ("month", d.month.map(LuaValue.integer) ?? .nil), ("day", d.day.map(LuaValue.integer) ?? .nil)])
            })]
        }
        cls.method("people", doc: LuaDoc("a:people()", "People, one record per person: {name, text, title, titles, org, roles, count, offsets, mentions, sentence}.",
            details: """
            Found by a character tagger trained on MSRA's labelled news (scripts/train-entities.sh) and by the
            patterns of reports: titles before names ("省委常委、市委書記盧東亮"), "、" lists after a post,
            the deck line, photo captions (图为…), photographers and reporters. name is the first form written; forms in
            either script are one person (text is the same first form, as other records name it). A surname said alone
            (王书记, 老王) is a mention of the one person of that surname the article names in full; where it
            names none, or several, the surname is a person of its own (name 王). A name a notice or court
            report withholds (张某, 张某某) is a person as written, never the full name beside it; a name
            padded to three characters (王　刚) is named without the padding (王刚), and a transliterated
            one is whole across its dots (买买提江·吾买尔; its last part alone, 库克 of 蒂姆·库克, is a
            mention of it). title is the post stated nearest the name
            (市委书记; with its level's body where the article names that body nowhere in full: 市政协主席,
            乡党委书记; a former one says so: 原部长; a notice's 任命陈志刚为教育部副部长 and a profile's
            …，现任市财政局副局长 state it after; a form of address said later, 王振华同志, leaves the post),
            titles every post seen with it, org the body that post belongs to, named as the article
            names it in full (大同市委 for 市委书记; 中国石油化工集团有限公司 for 中石化董事长; the group for
            集团党委书记、董事长; a list's bracket after the name, 张晓燕（运城市实验中学）), roles
            where the name stood ("text", "deck", "caption", "photographer", "reporter", or "editor" for
            the page's staff, 责任编辑：孙晓明, titled as credited), mentions every occurrence as {text, offset},
            sentence the first one's sentence.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local p = a:people():filter("name", "盧東亮")[1]; assert(p.title and p.count >= 1)"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.people.map { m in
                .record([("name", .text(m.text)), ("text", .text(m.text)), ("title", m.title.map(LuaValue.text) ?? .nil),
                         ("titles", .list(m.titles.map(LuaValue.text))), ("org", m.org.map(LuaValue.text) ?? .nil),
                         ("roles", .list(m.roles.map(LuaValue.text))), ("count", .integer(m.count)),
                         ("offsets", .list(m.offsets.map(LuaValue.integer))), ("mentions", Records.mentionList(m)),
                         ("sentence", m.offsets.first.map(sentences.text(at:)) ?? .nil)])
            })]
        }
        cls.method("orgs", doc: LuaDoc("a:orgs()", "Organisations, one record per body: {name, text, kind, place, count, offsets, mentions, sentence}.",
            details: """
            Found by the character tagger and by the patterns of reports (…有限公司, a place then
            委/局/管委會, jieba's organisation words); never a generic noun (這家公司, 保險公司), nor a
            level and a body alone (市委) but as a mention of the one such body the article names in
            full (大同市委).
            A company's short name (比亞迪, where the text also names 比亞迪股份有限公司; 寧德時代
            of 寧德時代新能源科技股份有限公司; 華為 and 華為公司 of 華為技術有限公司) is a mention of
            that company, not a person or place (a company of its own where two companies share it),
            as is a name a stock code follows (比亞迪（002594）);
            departments' names with 和 are whole (發展和改革委員會), and a department named again by
            its level or official short form (省發改委 after 山西省發展和改革委員會) is a mention of it; so is
            市政府 listed right after 大同市委 (大同市委、市政府: 大同市政府). name is the Simplified, half-width form
            (TCL科技集团), text the first form written; kind is "government",
            "party", "court", "company", "school" or "other" (hospitals, news media and
            associations among them: 市人民医院, 新华社, 红十字会); place the division its name
            holds (大同市 for 大同市委), or nil.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; for _, o in ipairs(a:orgs()) do assert(o.kind and o.count >= 1) end"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.organisations.map { m in
                .record([("name", .text(Folding.shared.canonical(m.text))), ("text", .text(m.text)), ("kind", m.kind.map(LuaValue.text) ?? .nil),
                         ("place", m.place.map(LuaValue.text) ?? .nil), ("count", .integer(m.count)),
                         ("offsets", .list(m.offsets.map(LuaValue.integer))), ("mentions", Records.mentionList(m)),
                         ("sentence", m.offsets.first.map(sentences.text(at:)) ?? .nil)])
            })]
        }
        cls.method("terms", doc: LuaDoc("a:terms()", "Quoted terms (“三個一批”) with how often each occurs: {text, count, offsets, sentence}.",
            details: "De-duplicated; offsets are every place the text occurs, sentence the first one's.",
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:terms():filter("text", "三個一批")[1].count == 6)"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.terms.map { m in
                .record([("text", .text(m.text)), ("count", .integer(m.count)), ("offsets", .list(m.offsets.map(LuaValue.integer))),
                         ("sentence", m.offsets.first.map(sentences.text(at:)) ?? .nil)])
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
            (中国, 北京市). within is the organisation, person, longer place or work's title whose
            name holds the place (云州區委 for 云州區, 北京图书馆 for 北京, 流浪地球3 of 《流浪地球3》
            for 地球), nil when the text names the place on its own.
            """,
            example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; local p = a:places():filter("text", "大同")[1]; assert(p.name == "大同市" and p.province == "山西省")"#)) { a, _ in
            let sentences = Records.SentenceTexts(a)
            return [.list(a.places.map { Records.placeRecord($0, sentences.text(at: $0.offset)) })]
        }
        field("place", "Where the report is from: a place record (see a:places()), or nil.") { a in
            a.place.map { Records.placeRecord($0.place, .nil) } ?? .nil
        }
        field("place_source", "How a.place is known: \"dateline\", \"source\" (大同日报), \"text\" (the city 我市 or 全市 refers to, which wins over the source's place when it lies inside it: 山西日报 on 忻州), \"title\" (that city named only in the title: 2025年大同市…统计公报), or nil.") { a in
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
        wordsMethod(cls)
        return cls
            .toString { a in "Article \(a.date ?? "????-??-??") 「\(a.title)」 (\(a.paragraphs.count) paragraphs)" }
            .card(card)
            .equals { $0 === $1 }
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
