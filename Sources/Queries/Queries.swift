/// Queries owns asking a corpus questions from Lua: the list type with chains that read left
/// to right (`:filter`, `:map`, `:sort_by`, `:group_by`, `:sum`…) on every list dossier
/// returns, corpus-wide record lists (`c:numbers()`, `c:people()`…) and sub-corpora (`c:filter`).
import Analysis
import Articles
import CLua
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LuaBridge
import Text

public enum QueryLibrary {
    /// Installs the list type and the corpus queries; the Articles library must be installed first.
    public static func install(on lua: Lua) {
        let folding = Lazy { Folding.shared }
        let lazyList: LazyList
        do {
            lazyList = try runLuaFiles(on: lua, folding: folding)
        } catch {
            preconditionFailure("dossier's Lua files failed to load: \(error)")
        }
        documentList(on: lua)
        corpusQueries().extend(on: lua)
        searchQueries(folding, lazyList).extend(on: lua)
        LuaClass<Article>("Article")
            .method("words", doc: LuaDoc(
                "a:words()", "The article's words (title, then body) as zh.segment cuts them, punctuation included.",
                example: #"local a = corpus.load(dossier.sample .. "/seed-article.txt", {quiet = true})[1]; assert(a:words()[1] == "我市")"#)) { article, _ in
                let words = try article.words()
                return [.list((0..<words.ends.count).map { .text(words.text($0)) })]
            }
            .extend(on: lua)
        lua.setRawGlobal("dossier.stopwords", .list(Counting.stopWords.sorted().map(LuaValue.text)))
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
            let hmm = try args.booleanOption("hmm", in: try args.options(2, allowed: ["hmm"]), at: 2) ?? true
            let scalars = Array(text.unicodeScalars)
            return [.list(try Article.segment(scalars.map(\.value), hmm: hmm).map { range in
                .text(String(String.UnicodeScalarView(scalars[range])))
            })]
        }
        for (name, what) in [("numbers", "figures"), ("dates", "date expressions"), ("people", "people"), ("orgs", "organisations"), ("places", "places"),
                             ("terms", "quoted terms"), ("sentences", "sentences")] {
            lua.document("Corpus:\(name)", LuaDoc(
                "c:\(name)()", "Every article's \(what) as one list, each record with its `article`.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:\#(name)():first().article)"#))
        }
    }

    /// Runs the Lua half of the queries (Lua/*.lua): the List type, exports, counting, charts
    /// and lazy lists, each given what it uses rather than reaching for globals.
    static func runLuaFiles(on lua: Lua, folding: Lazy<Folding>) throws -> LazyList {
        func file(_ name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: "lua", subdirectory: "Lua") }
        luaL_newmetatable(lua.L, LuaTable.listMetatable)
        let listMetatable = LuaValue.reference(lua.reference(at: -1))
        lua.pop()
        lua.pushWeakKeyedRegistryTable(Lua.fieldNamesKey)
        let fieldNames = LuaValue.reference(lua.reference(at: -1))
        lua.pop()
        let closest: LuaValue = .function { args in
            let candidates = try args.table(2).array.compactMap(\.stringValue)
            return [Suggestions.closest(to: try args.string(1), among: candidates).map(LuaValue.text) ?? .nil]
        }
        let width: LuaValue = .function { args in [.integer(displayWidth(try args.string(1)))] }
        guard lua.pushMetatable(of: Corpus.self) else { preconditionFailure("install ArticleLibrary before QueryLibrary") }
        lua_getfield(lua.L, -1, "__methods")
        let corpusMethods = LuaValue.reference(lua.reference(at: -1))
        lua.pop(2)

        let list = try lua.runChunk(at: file("list"), arguments: [listMetatable, fieldNames, closest])
        let kit = list.count > 1 ? list[1] : .nil
        lua.setRawGlobal("List", listMetatable)
        lua.push(listMetatable)
        lua.registerClass("List", methodsAt: -1)
        lua.pop()
        let json = try lua.runChunk(at: file("export"), arguments: [listMetatable, kit, corpusMethods])
        lua.setRawGlobal("dossier.json", json.first ?? .nil)
        _ = try lua.runChunk(at: file("counting"), arguments: [kit, corpusMethods, counters])
        let chart = try lua.runChunk(at: file("chart"), arguments: [listMetatable, kit, width, .function { _ in [.integer(terminalColumns())] }])
        lua.setRawGlobal("chart", chart.first ?? .nil)
        _ = try lua.runChunk(at: file("corpus"), arguments: [kit, corpusMethods, subCorpus])
        let lazy = try lua.runChunk(at: file("lazy"), arguments: [listMetatable, kit, width])
        guard case .reference(let constructor)? = lazy.first else { throw LuaError("lazy.lua returned no constructor") }
        return LazyList(constructor)
    }

    /// sub_corpus(c, keep): the articles for which keep(article) is true, as a corpus that
    /// shares its root's search index.
    static var subCorpus: LuaValue {
        .function { args in
            let c = try args.object(1, as: Corpus.self)
            let keep = args.value(2)
            var kept: [Article] = []
            for article in c.articles {
                let result = try args.lua.call(keep, [.object(article)])
                if let first = result.first, first != .nil, first != .boolean(false) { kept.append(article) }
            }
            let sub = Corpus(articles: kept, report: c.report, path: c.path)
            sub.attachments[SearchScope.rootKey] = c.attachments[SearchScope.rootKey] ?? c
            return [.object(sub)]
        }
    }

    static func corpusQueries() -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("articles", doc: LuaDoc(
                "c:articles()", "The articles as a list, for chains: c:articles():sort_by(\"date\").",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:articles() == #c)"#)) { c, _ in
                [.list(c.articles.map { .object($0) })]
            }
    }

    /// The fields a search looks in: opts.fields, else all of them. `allowed` names every
    /// option the method takes, so a misspelt one is an error.
    static func fields(_ args: LuaArguments, at index: Int32, allowed: [String] = ["fields"]) throws -> [String] {
        let option = try args.options(index, allowed: allowed)[.text("fields")]
        guard option != .nil else { return Search.fields }
        guard case .table(let list) = option, list.entries.isEmpty, !list.array.isEmpty else {
            throw LuaArgumentError(index, "option 'fields' is a list of field names, e.g. { \"title\", \"text\" }")
        }
        let requested = list.array.map { $0.stringValue ?? $0.description }
        if let unknown = requested.first(where: { !Search.fields.contains($0) }) {
            throw LuaArgumentError(index, "unknown field '\(unknown)'\(Suggestions.hint(for: unknown, among: Search.fields)) (\(Search.fields.joined(separator: ", ")))")
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
                "c:grep(pattern [, opts])", "Every match of a regular expression (ICU syntax, Unicode-aware) in either script, as c:search's records.",
                details: """
                Han characters compare in either script, as in c:search (发展 matches 發展); text is the
                match as written. A regular expression cannot use the index: grep reads every
                article's text.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:grep([[\d+(\.\d+)?億元]]) > 0)"#)) { c, args in
                let hits = try Search.grep(try args.string(2), in: c.articles, fields: try fields(args, at: 3))
                return [try lazyList.make("hits", count: hits.count, in: args.lua) { Search.record(hits[$0]) }]
            }
            .method("kwic", doc: LuaDoc(
                "c:kwic(term [, opts])", "Keyword in context: {left, match, right, article}; the REPL aligns the lines, keyword centred.",
                details: "opts.width: characters on each side (20); opts.fields as for c:search. Widths count CJK as two columns.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:kwic("儲能", {width = 5})[1].left <= 5 * 4)"#)) { c, args in
                let term = try args.string(2)
                let width = try args.integerOption("width", in: try args.options(3, allowed: ["width", "fields"]), at: 3) ?? 20
                guard (0...10_000).contains(width) else {
                    throw LuaArgumentError(3, "width must be from 0 to 10000 characters, got \(width)")
                }
                let matches = try Search.find(term, in: c, fields: try fields(args, at: 3, allowed: ["width", "fields"]), folding: try folding.value())
                return [try lazyList.make("kwic", count: matches.count, in: args.lua) { Concordance.record(matches.hit($0), width: width) }]
            }
    }

    /// The counting functions counting.lua calls (Analysis does the work, on every core):
    /// word_counts(c, keep_stop_words), ngrams(c, n, keep_stop_words), collocates(c, term, window).
    static var counters: LuaValue {
        .record([
            ("word_counts", .function { args in
                let counts = try Counting.words(in: try args.object(1, as: Corpus.self).articles, keepStopWords: args.value(2) == .boolean(true))
                return [.list(counts.map { .record([("key", .text($0.key)), ("count", .integer($0.count)), ("articles", .integer($0.articles))]) })]
            }),
            ("ngrams", .function { args in
                let grams = try Counting.ngrams(try args.integer(2), in: try args.object(1, as: Corpus.self).articles,
                                                keepStopWords: args.value(3) == .boolean(true))
                return [.list(grams.map { .record([("key", .text($0.words.joined(separator: " "))), ("words", .list($0.words.map(LuaValue.text))),
                                                   ("count", .integer($0.count))]) })]
            }),
            ("collocates", .function { args in
                let found = try Counting.collocates(of: try args.string(2), window: try args.integer(3),
                                                    in: try args.object(1, as: Corpus.self).articles)
                return [.list(found.map { .record([("key", .text($0.key)), ("together", .integer($0.together)), ("count", .integer($0.count)),
                                                   ("score", .number($0.score))]) })]
            }),
        ])
    }

    static func documentList(on lua: Lua) {
        let docs: [(String, String, String, String)] = [
            ("filter", "l:filter(fn | field [, value])", "The items for which fn(item) is true, or item[field] is true (or equals value).",
             #"assert(#List.of({ {k = 1}, {k = 2} }):filter("k", 2) == 1)"#),
            ("map", "l:map(fn | field)", "fn(item, i) for each item (nil results are left out), or each item's field.",
             #"assert(List.of({ {k = 1}, {k = 2} }):map("k")[2] == 2)"#),
            ("sort_by", "l:sort_by(fn | field [, {desc = true}])", "A sorted copy, by a key; stable; nil keys last.",
             #"assert(List.of({ {k = 1}, {k = 2} }):sort_by("k", {desc = true})[1].k == 2)"#),
            ("group_by", "l:group_by(fn | field)", "Groups {key, items, count} in first-seen order.",
             #"assert(List.of({ "a", "b", "a" }):group_by()[1].count == 2)"#),
            ("count", "l:count([fn | field [, value]])", "How many items (that pass the filter).",
             #"assert(List.of({ 1, 2, 3 }):count(function(x) return x > 1 end) == 2)"#),
            ("sum", "l:sum([fn | field])", "The sum of the items (or of a field; nil counts as 0).",
             #"assert(List.of({ {v = 2}, {v = 3} }):sum("v") == 5)"#),
            ("top", "l:top([n])", "The first n items (10).", #"assert(#List.of({ 1, 2, 3 }):top(2) == 2)"#),
            ("first", "l:first()", "The first item, or nil.", #"assert(List.of({ 7 }):first() == 7)"#),
            ("each", "l:each([fn])", "Calls fn(item, i) for each item and returns the list; without fn, an iterator: for x in l:each() do … end.",
             #"local n = 0; List.of({ 1, 2 }):each(function(x) n = n + x end); for x in List.of({ 3 }):each() do n = n + x end; assert(n == 6)"#),
            ("unique", "l:unique([fn | field])", "The first item of each distinct key.",
             #"assert(#List.of({ "a", "b", "a" }):unique() == 2)"#),
        ]
        for (name, signature, summary, example) in docs {
            lua.document("List:\(name)", LuaDoc(signature, summary, example: example))
        }
        // Examples write to a temporary file and read it back.
        let exports: [(String, String, String, String, String)] = [
            ("to_csv", "l:to_csv(path [, opts])", "Writes the items as CSV (RFC 4180, UTF-8); returns the row count.",
             "Columns: every field seen (opts.columns to choose and order them); an article inside a record becomes <field>_id, _title, _date; lists become \"a; b\". opts.bom = true adds the UTF-8 byte-order mark Excel wants. A write that fails (a full disk) is an error.",
             #"local path = os.tmpname(); local n = %s:to_csv(path, {columns = {"title"}}); local lines = 0; for _ in io.lines(path) do lines = lines + 1 end; assert(lines == n + 1); os.remove(path)"#),
            ("to_jsonl", "l:to_jsonl(path)", "Writes one JSON object per item; returns the count.",
             "An article inside a record is written as {id, title, date, path}. A write that fails is an error.",
             #"local path = os.tmpname(); local n = %s:to_jsonl(path); local lines = 0; for _ in io.lines(path) do lines = lines + 1 end; assert(lines == n); os.remove(path)"#),
            ("to_markdown", "l:to_markdown([opts])", "The items as a Markdown table (a string).", "opts.columns chooses and orders the columns.",
             #"assert(%s:to_markdown({columns = {"title"}}):find("| title |", 1, true))"#),
        ]
        let records = #"corpus.load(dossier.sample, {quiet = true})[1]:people():map(function(p) return {title = p.name} end)"#
        for (name, signature, summary, details, example) in exports {
            lua.document("List:\(name)", LuaDoc(signature, summary, details: details,
                                                 example: example.replacingOccurrences(of: "%s", with: records)))
            lua.document("Corpus:\(name)", LuaDoc(signature.replacingOccurrences(of: "l:", with: "c:"),
                                                   summary + " One row per article: id, date, source, title, subtitle, path, paragraphs, text.",
                                                   example: example.replacingOccurrences(of: "%s", with: "corpus.load(dossier.sample, {quiet = true})")))
        }
        lua.document("Corpus:freq", LuaDoc(
            "c:freq([{by = \"words\"|\"chars\"|\"terms\"|\"people\"|\"orgs\"|\"places\", level = …, stopwords = …}])", "Frequencies: {key, count, articles}, largest first; words by default.",
            details: """
            words: zh.segment over titles and bodies, counted in Swift on every core; a word's
            Traditional and Simplified forms (and full- and half-width, upper and lower case) count as
            one, shown in the form it most often takes. Punctuation, symbols and the leftovers of web
            pages (URLs, HTML tags and entities, CSS sizes such as 1.5 em) are never words; stop words
            (dossier.stopwords, compared in either script) are left out unless stopwords = true.
            chars counts Han characters (punctuation and spaces left out). The others count the
            extracted mentions by canonical name (people, orgs and places by name, terms by text).
            level = "province", "city" or "county" rolls places up (a county counts for its city, a
            city for its province; places above that level are left out).
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:freq():first().count > 10); assert(c:freq{by = "terms"}:first().count > 1); assert(c:freq{by = "places", level = "province"}:first().key == "山西省")"#))
        lua.document("Corpus:timeline", LuaDoc(
            "c:timeline(term [, {by = \"month\"}])", "Occurrences of a term (either script) per period of the articles' dates: a list of {period, count} in order.",
            details: """
            by is "year", "quarter" (2024-Q3), "month" (default), "week" (ISO weeks, 2024-W34) or
            "day". Occurrences in articles whose date is missing or less precise than the period
            are counted in the list's field undated.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:timeline("项目"):first().count > 0)"#))
        lua.document("Corpus:cooccur", LuaDoc(
            "c:cooccur([\"people\"|\"orgs\"|\"places\"|\"terms\" [, {within = \"article\"|\"sentence\"}]])", "Pairs named in the same article (or sentence): {a, b, count}, most frequent first.",
            details: "Names are canonical (people, orgs and places by name, terms by text); count is how many articles (or sentences) name both.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:cooccur("people", {within = "sentence"}):first().count >= 1)"#))
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
            "c:ngrams(n [, {stopwords = true}])", "Word n-grams {key, words, count}, most frequent first; never across punctuation.",
            details: """
            Words as c:freq counts them (either script as one, web leftovers breaking a run), each
            shown in its commonest form; counted in Swift on every core. n-grams made only of stop
            words are left out unless stopwords = true. Ties are in the order of their words.
            """,
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
        lua.document("Corpus:filter", LuaDoc(
            "c:filter(fn | field [, value])", "The sub-corpus of the articles for which fn(article) is true, or article[field] is true (or equals value); every corpus method works on it.",
            details: "As l:filter on a list. A sub-corpus shares its root corpus's search index.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:filter(function(a) return a.date < "2024" end) < #c); assert(#c:filter("date", c[1].date) >= 1)"#))
        lua.document("Corpus:each", LuaDoc(
            "c:each([fn])", "Calls fn(article, i) for each article and returns the corpus; without fn, an iterator: for a in c:each() do … end.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local n = 0; c:each(function() n = n + 1 end); for a in c:each() do assert(a.title) end; assert(n == #c)"#))
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
