/// Queries owns asking a corpus questions from Lua: the list type with chains that read left
/// to right (`:filter`, `:map`, `:sort_by`, `:group_by`, `:sum`…) on every list dossier
/// returns, corpus-wide record lists (`c:numbers()`, `c:people()`…) and sub-corpora (`c:filter`).
import Articles
import CLua
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LuaBridge

public enum QueryLibrary {
    /// Installs the list type and the corpus queries; the Articles library must be installed first.
    public static func install(on lua: Lua) {
        let L = lua.L
        do {
            try lua.load(listSource, name: "=dossier.list", mode: "t")
            luaL_newmetatable(L, LuaTable.listMetatable)
            guard lua.pushMetatable(of: Corpus.self) else { preconditionFailure("install ArticleLibrary before QueryLibrary") }
            lua_getfield(L, -1, "__methods")
            lua_rotate(L, -2, -1)
            lua.pop()
            try lua.protectedCall(arguments: 2, traceback: false)
        } catch {
            preconditionFailure("the list chunk failed: \(error)")
        }
        let lazyList = LazyList(lua.reference(at: -1))
        lua.pop()
        lua.setRawGlobalFromTop("List")
        documentList(on: lua)
        corpusQueries().extend(on: lua)
        let folding = Lazy { Folding.shared }
        searchQueries(folding, lazyList).extend(on: lua)
        wordQueries(folding).extend(on: lua)
        LuaClass<Article>("Article")
            .method("words", doc: LuaDoc(
                "a:words()", "The article's words (title, then body) as zh.segment cuts them, punctuation included.",
                example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:words()[1] == "我市")"#)) { article, _ in
                [.list(try Words.words(of: article, folding: try folding.value()).map(LuaValue.string))]
            }
            .extend(on: lua)
        lua.setRawGlobal("dossier.stopwords", .list(Words.stopWords.sorted().map(LuaValue.text)))
        lua.document("dossier.stopwords", LuaDoc(
            "dossier.stopwords", "The stop words left out of word counts (both scripts).",
            example: #"assert(#dossier.stopwords > 10)"#))
        lua.register("zh.fold", doc: LuaDoc(
            "zh.fold(s)", "s as search compares it: each character in Simplified script, full-width forms half-width, lower case.",
            details: "Character by character, through the table c:search uses (not OpenCC's phrase conversion: see zh.t2s); a string of the same length in characters.",
            example: #"assert(zh.fold("儲能ＭＷ") == "储能mw")"#)) { args in
            [.text(try folding.value().folded(try args.string(1)))]
        }
        lua.register("zh.segment", doc: LuaDoc(
            "zh.segment(s [, {hmm = false}])", "Chinese words, as jieba.lcut gives them (either script): a list of strings.",
            details: """
            jieba's algorithm (prefix dictionary, most probable route, HMM for unknown words) over
            jieba's own dictionary, read from Debian's python3-jieba. Traditional text is segmented
            through its per-character Simplified form; the words are cut from the text as given.
            hmm = false leaves out the HMM pass, like jieba's HMM=False.
            """,
            example: #"local w = zh.segment("我市與全省同步舉行開發區活動"); assert(w[1] == "我市" and w[#w] == "活動")"#)) { args in
            let text = try args.string(1)
            let hmm = args.isNoneOrNil(2) ? true : (try args.table(2)[.text("hmm")] != .boolean(false))
            return [.list(try Words.segment(text, hmm: hmm, folding: try folding.value()).map(LuaValue.string))]
        }
        for (name, what) in [("numbers", "figures"), ("dates", "date expressions"), ("people", "people"), ("orgs", "organisations"), ("places", "places"),
                             ("terms", "quoted terms"), ("sentences", "sentences")] {
            lua.document("Corpus:\(name)", LuaDoc(
                "c:\(name)()", "Every article's \(what) as one list, each record with its `article`.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:\#(name)():first().article)"#))
        }
    }

    static func corpusQueries() -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("filter", doc: LuaDoc(
                "c:filter(fn)", "The sub-corpus of the articles for which fn(article) is true; every corpus method works on it.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:filter(function(a) return a.date < "2024" end) < #c)"#)) { c, args in
                let predicate = args.value(2)
                var kept: [Article] = []
                for article in c.articles {
                    let result = try args.lua.call(predicate, [.object(article)])
                    if let first = result.first, first != .nil, first != .boolean(false) { kept.append(article) }
                }
                let sub = Corpus(articles: kept, report: c.report, path: c.path)
                sub.attachments[SearchScope.rootKey] = c.attachments[SearchScope.rootKey] ?? c
                return [.object(sub)]
            }
            .method("articles", doc: LuaDoc(
                "c:articles()", "The articles as a list, for chains: c:articles():sort_by(\"date\").",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:articles() == #c)"#)) { c, _ in
                [.list(c.articles.map { .object($0) })]
            }
    }

    /// The fields a search looks in: opts.fields, else all of them.
    static func fields(_ args: LuaArguments, at index: Int32) throws -> [String] {
        guard !args.isNoneOrNil(index) else { return Search.fields }
        let requested = try args.table(index)[.text("fields")].tableValue?.array.compactMap(\.stringValue) ?? Search.fields
        if let unknown = requested.first(where: { !Search.fields.contains($0) }) {
            throw LuaArgumentError(index, "unknown field '\(unknown)' (\(Search.fields.joined(separator: ", ")))")
        }
        return requested
    }

    static func searchQueries(_ folding: Lazy<Folding>, _ lazyList: LazyList) -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("search", doc: LuaDoc(
                "c:search(q [, opts])", "Every occurrence of q, whatever the script (储能 finds 儲能) or width: {article, field, paragraph, sentence, offset, text}.",
                details: """
                text is the match as it stands in the article; offset is 1-based bytes in that field
                (a.text for field "text"). opts.fields limits the search, e.g. { fields = { "title" } };
                the fields are title, subtitle, text, captions. Characters are compared through a
                per-character Traditional-to-Simplified table made once from OpenCC's dictionaries.
                The first search builds the corpus's index (c:index()); later ones read it. The list
                makes each hit when it is first read, so #hits is immediate however many there are.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:search("储能"):first().text == "儲能")"#)) { c, args in
                let matches = try Search.find(try args.string(2), in: c, fields: try fields(args, at: 3), folding: try folding.value())
                return [try lazyList.make("hits", count: matches.count, in: args.lua) { Search.record(matches.hit($0)) }]
            }
            .method("mentions", doc: LuaDoc(
                "c:mentions(q [, opts])", "How often q occurs (as c:search finds it) in each article that has it: {article, count}, in corpus order.",
                details: "opts.fields as for c:search. Reads only the index, so it is quick however many hits there are.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:mentions("储能"):sum("count") == #c:search("储能"))"#)) { c, args in
                let matches = try Search.find(try args.string(2), in: c, fields: try fields(args, at: 3), folding: try folding.value())
                return [.list(matches.perArticle().map { .record([("article", .object($0.article)), ("count", .integer($0.count))]) })]
            }
            .method("index", doc: LuaDoc(
                "c:index()", "Builds the search index now (the first search would) and tells its size: {articles, characters, pairs, bytes, seconds}.",
                details: "bytes is the memory the index holds; seconds the time it took to build. A sub-corpus shares its root corpus's index.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:index().characters > 0)"#)) { c, _ in
                let index = try SearchScope.of(c, folding: try folding.value()).index
                return [.record([("articles", .integer(index.articleCount)), ("characters", .integer(index.characters)),
                                 ("pairs", .integer(index.pairs)), ("bytes", .integer(index.bytes)), ("seconds", .number(index.buildSeconds))])]
            }
            .method("grep", doc: LuaDoc(
                "c:grep(pattern [, opts])", "Every match of a regular expression (ICU syntax, Unicode-aware), as c:search's records.",
                details: "A regular expression cannot use the index: grep reads every article's text.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:grep([[\d+(\.\d+)?億元]]) > 0)"#)) { c, args in
                let hits = try Search.grep(try args.string(2), in: c.articles, fields: try fields(args, at: 3))
                return [try lazyList.make("hits", count: hits.count, in: args.lua) { Search.record(hits[$0]) }]
            }
            .method("kwic", doc: LuaDoc(
                "c:kwic(term [, opts])", "Keyword in context: {left, match, right, article}; the REPL aligns the lines, keyword centred.",
                details: "opts.width: characters on each side (20); opts.fields as for c:search. Widths count CJK as two columns.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:kwic("儲能", {width = 5})[1].left <= 5 * 4)"#)) { c, args in
                let term = try args.string(2)
                let width = args.isNoneOrNil(3) ? 20 : (try args.table(3)[.text("width")].intValue ?? 20)
                guard (0...10_000).contains(width) else {
                    throw LuaArgumentError(3, "width must be from 0 to 10000 characters, got \(width)")
                }
                let matches = try Search.find(term, in: c, fields: try fields(args, at: 3), folding: try folding.value())
                return [try lazyList.make("kwic", count: matches.count, in: args.lua) { Concordance.record(matches.hit($0), width: width) }]
            }
    }

    /// c:words(): word frequencies through the segmenter.
    static func wordQueries(_ folding: Lazy<Folding>) -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("words", doc: LuaDoc(
                "c:words([opts])", "Word frequencies {key, count, articles}, largest first (c:freq{by = \"word\"} is the same).",
                details: """
                Words come from zh.segment over titles and bodies. A word's Traditional and Simplified
                forms (and full- and half-width, upper and lower case) count as one, shown in the form it
                most often takes. Stop words (的, 了, 和, 是 …) and punctuation are left out;
                opts.stopwords = true keeps the stop words.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:words():first().count > 10)"#)) { c, args in
                let keepStopWords = try !args.isNoneOrNil(2) && args.table(2)[.text("stopwords")] == .boolean(true)
                let folding = try folding.value()
                var counts: [String: (count: Int, articles: Int)] = [:]  // by folded form
                var forms: [String: Int] = [:]                          // by form as written
                for article in c.articles {
                    var seen = Set<String>()
                    for word in try Words.words(of: article, folding: folding).map(\.text)
                    where Words.isCountable(word) && (keepStopWords || !Words.stopWords.contains(word)) {
                        let key = folding.folded(word)
                        let articles = seen.insert(key).inserted ? 1 : 0
                        counts[key, default: (0, 0)].count += 1
                        counts[key, default: (0, 0)].articles += articles
                        forms[word, default: 0] += 1
                    }
                }
                let shown = Words.commonestForms(forms, folding: folding)
                let ranked = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
                return [.list(ranked.map { .record([("key", .text(shown[$0.key] ?? $0.key)), ("count", .integer($0.value.count)),
                                                    ("articles", .integer($0.value.articles))]) })]
            }
    }

    static func documentList(on lua: Lua) {
        let docs: [(String, String, String, String)] = [
            ("filter", "l:filter(fn | field [, value])", "The items for which fn(item) is true, or item[field] is true (or equals value).",
             #"assert(#List.of({ {k = 1}, {k = 2} }):filter("k", 2) == 1)"#),
            ("map", "l:map(fn | field)", "fn(item, i) for each item (nil results are left out), or each item's field.",
             #"assert(List.of({ {k = 1}, {k = 2} }):map("k")[2] == 2)"#),
            ("sort_by", "l:sort_by(fn | field [, \"desc\"])", "A sorted copy, by a key; stable; nil keys last.",
             #"assert(List.of({ {k = 2}, {k = 1} }):sort_by("k")[1].k == 1)"#),
            ("group_by", "l:group_by(fn | field)", "Groups {key, items, count} in first-seen order.",
             #"assert(List.of({ "a", "b", "a" }):group_by()[1].count == 2)"#),
            ("count", "l:count([fn | field [, value]])", "How many items (that pass the filter).",
             #"assert(List.of({ 1, 2, 3 }):count(function(x) return x > 1 end) == 2)"#),
            ("sum", "l:sum([fn | field])", "The sum of the items (or of a field; nil counts as 0).",
             #"assert(List.of({ {v = 2}, {v = 3} }):sum("v") == 5)"#),
            ("top", "l:top([n])", "The first n items (10).", #"assert(#List.of({ 1, 2, 3 }):top(2) == 2)"#),
            ("first", "l:first()", "The first item, or nil.", #"assert(List.of({ 7 }):first() == 7)"#),
            ("each", "l:each(fn)", "Calls fn(item, i) for each item; returns the list.", #"List.of({ 1 }):each(print)"#),
            ("unique", "l:unique([fn | field])", "The first item of each distinct key.",
             #"assert(#List.of({ "a", "b", "a" }):unique() == 2)"#),
        ]
        for (name, signature, summary, example) in docs {
            lua.document("List:\(name)", LuaDoc(signature, summary, example: example))
        }
        let exports: [(String, String, String, String)] = [
            ("to_csv", "l:to_csv(path [, opts])", "Writes the items as CSV (RFC 4180, UTF-8); returns the row count.",
             "Columns: every field seen (opts.columns to choose and order them); an article inside a record becomes <field>_id, _title, _date; lists become \"a; b\". opts.bom = true adds the UTF-8 byte-order mark Excel wants."),
            ("to_jsonl", "l:to_jsonl(path)", "Writes one JSON object per item; returns the count.",
             "An article inside a record is written as {id, title, date, path}."),
            ("to_markdown", "l:to_markdown([opts])", "The items as a Markdown table (a string).", "opts.columns chooses and orders the columns."),
        ]
        for (name, signature, summary, details) in exports {
            lua.document("List:\(name)", LuaDoc(signature, summary, details: details))
            lua.document("Corpus:\(name)", LuaDoc(signature.replacingOccurrences(of: "l:", with: "c:"),
                                                   summary + " One row per article: id, date, source, title, subtitle, path, paragraphs, text."))
        }
        lua.document("Corpus:freq", LuaDoc(
            "c:freq{by = \"word\"|\"char\"|\"term\"|\"person\"|\"org\"|\"place\" [, level = \"city\"]}", "Frequencies: {key, count, articles}, largest first.",
            details: """
            word is c:words (and takes its stopwords option); char counts Han characters (punctuation
            and spaces left out); the others count the extracted mentions. Places count by canonical
            name; level = "province", "city" or "county" rolls them up (a county counts for its city,
            a city for its province; places above that level are left out).
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:freq{by = "term"}:first().count > 1); assert(c:freq{by = "place", level = "province"}:first().key == "山西省")"#))
        lua.document("Corpus:timeline", LuaDoc(
            "c:timeline(term [, {by = \"month\"}])", "Occurrences of a term (either script) per period of the articles' dates: a list of {period, count} in order.",
            details: """
            by is "year", "quarter" (2024-Q3), "month" (default), "week" (ISO weeks, 2024-W34) or
            "day". Occurrences in articles whose date is missing or less precise than the period
            are counted in the list's field undated.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:timeline("项目"):first().count > 0)"#))
        lua.document("Corpus:cooccur", LuaDoc(
            "c:cooccur([\"people\"|\"orgs\"|\"places\"|\"terms\" [, \"article\"|\"sentence\"]])", "Pairs named in the same article (or sentence): {a, b, count}, most frequent first.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:cooccur("people"):first().count >= 1)"#))
        lua.register("dossier.columns", doc: LuaDoc(
            "dossier.columns()", "The terminal's width in columns ($COLUMNS, else the terminal's own, else 80).",
            example: #"assert(dossier.columns() >= 20)"#)) { _ in [.integer(terminalColumns())] }
        lua.document("chart.bar", LuaDoc(
            "chart.bar(records [, label [, value [, opts]]])", "A bar chart of records (fields or functions; \"key\" and \"count\" by default), sized to the terminal.",
            details: "Returns a chart that the REPL shows and print() writes; opts.width overrides the terminal width.",
            example: #"print(chart.bar({ { key = "大同", count = 3 }, { key = "太原", count = 1 } }, "key", "count", { width = 40 }))"#))
        lua.document("chart.timeline", LuaDoc(
            "chart.timeline(records [, period [, value [, opts]]])", "chart.bar in period order; c:timeline's records by default.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); print(chart.timeline(c:timeline("项目"), nil, nil, { width = 60 }))"#))
        lua.document("Corpus:ngrams", LuaDoc(
            "c:ngrams(n [, opts])", "Word n-grams {key, words, count}, most frequent first; never across punctuation.",
            details: "n-grams made only of stop words are left out unless opts.stopwords = true.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:ngrams(2):first().words == 2)"#))
        lua.document("Corpus:collocates", LuaDoc(
            "c:collocates(term [, {window = 5}])", "Words near a term (either script), ranked by log-likelihood: {key, together, count, score}.",
            details: """
            together: times the word is within `window` words of the term; count: the word's frequency.
            score is Dunning's log-likelihood G² over the 2×2 table (in the term's windows or not,
            this word or another), kept only where the word is more frequent near the term than
            elsewhere. Stop words and punctuation are left out.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:collocates("项目"):first().score > 0)"#))
        lua.document("dossier.json", LuaDoc(
            "dossier.json(v)", "v as JSON text: tables as arrays or objects (sorted keys), articles as {id, title, date, path}.",
            details: "Floats are written so that they read back as the same number.",
            example: #"assert(dossier.json({ 1, "大同" }) == '[1,"大同"]')"#))
        lua.document("List.of", LuaDoc(
            "List.of(t)", "Makes a Lua sequence a list (every list dossier returns already is one).",
            details: "Lists are ordinary sequences (#, ipairs, t[i]) with methods that chain left to right.",
            example: #"assert(List.of({ 3, 1, 2 }):sort_by():first() == 1)"#))
    }
}

/// The Lua constructor of lazy lists (ListLua): a list of `count` items that Lua makes, by
/// calling back into Swift, when each is first read.
struct LazyList {
    let constructor: LuaReference
    init(_ constructor: LuaReference) { self.constructor = constructor }

    func make(_ kind: String, count: Int, in lua: Lua, item: @escaping (Int) throws -> LuaValue) throws -> LuaValue {
        try lua.callKeepingResult(.reference(constructor), [.text(kind), .integer(count), .function { args in
            [try item(try args.integer(1) - 1)]
        }])
    }
}

/// A value made on first use (the fold table takes a moment to build).
final class Lazy<Value> {
    private let make: () throws -> Value
    private var made: Value?
    init(_ make: @escaping () throws -> Value) { self.make = make }
    func value() throws -> Value {
        if let made { return made }
        let value = try make()
        made = value
        return value
    }
}

/// $COLUMNS, else the width of the terminal on stdout, else 80.
func terminalColumns() -> Int {
    if let value = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(value), columns > 0 { return columns }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
}
