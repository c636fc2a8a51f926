import Analysis
import Articles
import LuaBridge
import LuaShim
import Search
import Text

/// `Corpus`: a loaded corpus as Lua sees it, a sequence of articles with the load report,
/// extraction, search and counting. Its list-shaped methods are written in Lua/counting.lua
/// and Lua/corpus.lua, which get the Swift functions below.
enum CorpusClass {
    static func install(on lua: Lua) {
        corpusClass(load: CorpusNamespace.load).register(on: lua)
    }

    /// The methods that need the Lua files (lazy lists), added once those have run.
    static func extend(on lua: Lua, lazyList: LazyList) {
        corpusQueries().extend(on: lua)
        searchQueries(lazyList).extend(on: lua)
        document(on: lua)
    }

    /// `load` is reachable as a field too, so `corpus.load` still works once `-c` has made
    /// the global `corpus` a loaded corpus.
    static func corpusClass(load: @escaping LuaSwiftFunction) -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .field("report", doc: LuaDoc("c.report", "What loading did: {articles, files, bytes, summary, warnings, skipped, hidden}.")) { c in
                .record([("articles", .integer(c.report.articles)), ("files", .integer(c.report.files)),
                         ("bytes", .integer(c.report.bytes)), ("summary", .text(c.report.summary)),
                         ("replaced_bytes", .integer(c.report.replacedBytes)),
                         ("warnings", .list(c.report.warnings.map { .text($0.description) })),
                         ("skipped", .list(c.report.skipped.map { .record([("path", .text($0.path)), ("reason", .text($0.reason))]) })),
                         ("hidden", .list(c.report.hidden.map(LuaValue.text)))])
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
                try c.extract(kinds)
                return []
            }
            .field("load") { _ in .function(load) }
            .index { c, key in
                guard let i = key.intValue, i >= 1, i <= c.articles.count else { return .nil }
                return .object(c.articles[i - 1])
            }
            .moved("words", "c:freq() counts words (a:words() gives one article's words)")
            .length { $0.articles.count }
            .toString { "Corpus: \($0.articles.count) articles from \($0.path)" }
    }

    /// sub_corpus(c, keep): the articles for which keep(article) is true, as a corpus that
    /// shares its root's search index.
    static var subCorpus: LuaValue {
        .function { args in
            let c = try args.object(1, as: Corpus.self)
            let keep = args.value(2)
            return [.object(try c.filter { article in
                let result = try args.lua.call(keep, [.object(article)])
                return result.first.map { $0 != .nil && $0 != .boolean(false) } ?? false
            })]
        }
    }

    /// stored_filter(c, field, value): c:filter(field, value) answered by the store's columns
    /// in one query, or nil when c is not read from a store or field is not one it answers.
    static var storedFilter: LuaValue {
        .function { args in
            let c = try args.object(1, as: Corpus.self)
            var value: String?
            if case .string(let bytes) = args.value(3) {
                // compared byte for byte, as Lua compares; bytes that are not UTF-8 are left to the predicate
                guard let text = String(validating: bytes.bytes, as: UTF8.self) else { return [.nil] }
                value = text
            }
            let sub = try c.filter(storedField: try args.string(2), equals: value)
            return [sub.map(LuaValue.object) ?? .nil]
        }
    }

    static func corpusQueries() -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("articles", doc: LuaDoc(
                "c:articles()", "The articles as a list, for chains: c:articles():sort_by(\"date\").",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:articles() == #c)"#)) { c, _ in
                [.list(c.articles.map { .object($0) })]
            }
            .method("duplicates", doc: LuaDoc(
                "c:duplicates([{threshold = 0.8}])", "Reprints: clusters of articles whose bodies are near-duplicates, {size, earliest, title, members}, largest first.",
                details: """
                Bodies are compared after cleaning (pinyin annotations and boilerplate removed) and
                folding (Traditional and Simplified, full and half width, upper and lower case are
                the same), on their letters, digits and Han characters only: a Traditional reprint of
                a Simplified release with a new headline and a dropped paragraph is a duplicate.
                Similarity is the Jaccard index of the bodies' 5-character shingles; threshold (0 to 1,
                default 0.8) is the least similarity that joins two articles. members lists {article,
                similarity} earliest first (by date, then by path), similarity to the earliest. The
                method is MinHash (128 bins by one-permutation hashing, with densification) and
                locality-sensitive hashing, checked exactly near the threshold: all pairs are never
                compared. Bodies shorter than 5 characters take no part.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); for _, d in ipairs(c:duplicates()) do assert(d.size == #d.members and d.members[1].similarity == 1) end"#)) { c, args in
                let options = try args.options(2, allowed: ["threshold"])
                let threshold = options[.text("threshold")] == .nil ? 0.8 : options[.text("threshold")].doubleValue ?? -1
                guard threshold > 0, threshold <= 1 else {
                    throw LuaArgumentError(2, "option 'threshold' is a similarity above 0 and at most 1, such as 0.8")
                }
                let clusters = try Duplicates.clusters(in: c.articles, threshold: threshold)
                return [.list(clusters.map(Records.duplicateCluster))]
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

    /// {all = {…}, any = {…}, none = {…}, within = "sentence"|"paragraph"|"article"|N}, checked.
    static func compoundQuery(_ args: LuaArguments, at index: Int32) throws -> CompoundQuery {
        let query = try args.options(index, allowed: ["all", "any", "none", "within"])
        func terms(_ name: String) throws -> [String] {
            switch query[.text(name)] {
            case .nil: return []
            case .string(let one): return [one.text]
            case .table(let list) where list.entries.isEmpty && list.array.allSatisfy({ $0.stringValue?.isEmpty == false }):
                return list.array.compactMap(\.stringValue)
            case let other:
                throw LuaArgumentError(index, "'\(name)' is a list of terms, e.g. { \"招商\", \"项目\" }, got \(other.typeName)")
            }
        }
        let (all, any, none) = (try terms("all"), try terms("any"), try terms("none"))
        guard !all.isEmpty || !any.isEmpty else {
            throw LuaArgumentError(index, "a query needs terms in 'all' or 'any', e.g. { all = { \"招商\", \"项目\" } }")
        }
        let within: CompoundQuery.Unit
        switch query[.text("within")] {
        case .nil: within = .sentence
        case .string(let unit) where ["sentence", "paragraph", "article"].contains(unit.text):
            within = unit.text == "sentence" ? .sentence : unit.text == "paragraph" ? .paragraph : .article
        case let value where (value.intValue ?? -1) >= 0: within = .characters(value.intValue ?? 0)
        case let other:
            let shown = other.stringValue.map { "'\($0)'\(Suggestions.hint(for: $0, among: ["sentence", "paragraph", "article"]))" } ?? other.typeName
            throw LuaArgumentError(index, "'within' is \"sentence\", \"paragraph\", \"article\" or a number of characters, got \(shown)")
        }
        return CompoundQuery(all: all, any: any, none: none, within: within)
    }

    static func searchQueries(_ lazyList: LazyList) -> LuaClass<Corpus> {
        LuaClass<Corpus>("Corpus")
            .method("search", doc: LuaDoc(
                "c:search(q [, opts])", "Every occurrence of q, whatever the script (储能 finds 儲能) or width: {article, field, paragraph, sentence, offset, text}; or terms together.",
                details: """
                text is the match as it stands in the article; offset is 1-based bytes in that field
                (a.text for field "text"). opts.fields limits the search, e.g. { fields = { "title" } };
                the fields are title, subtitle, text, captions. Characters are compared through a
                per-character Traditional-to-Simplified table made once from OpenCC's dictionaries.
                The first search builds the corpus's index (c:index()); later ones read it. The list
                makes each hit when it is first read, so #hits is immediate however many there are.
                q may be a table of terms together: {all = {…}, any = {…}, none = {…}, within = …}
                finds each sentence (the default), "paragraph", "article", or run of text whose
                terms start at most N characters apart (within = N), that holds every term of all, at
                least one of any (when given) and none of none. Each hit's offset and text span its
                first term to the end of its last, and terms lists each {term, offset, text}. It
                works on the index: the terms' postings are intersected by field first, and only
                those fields are read. c:kwic takes the same table.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:search("储能"):first().text == "儲能")"#)) { c, args in
                if case .table = args.value(2) {
                    let hits = try Search.find(try compoundQuery(args, at: 2), in: c, fields: try fields(args, at: 3), folding: Folding.shared)
                    return [try lazyList.make("compound", count: hits.count, in: args.lua) { Records.compoundHit(hits.hit($0)) }]
                }
                let matches = try Search.find(try args.string(2), in: c, fields: try fields(args, at: 3), folding: Folding.shared)
                return [try lazyList.make("hits", count: matches.count, in: args.lua) { Records.hit(matches.hit($0)) }]
            }
            .method("mentions", doc: LuaDoc(
                "c:mentions(q [, opts])", "How often q occurs (as c:search finds it) in each article that has it: {article, count}, in corpus order.",
                details: "opts.fields as for c:search. Reads only the index, so it is quick however many hits there are.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:mentions("储能"):sum("count") == #c:search("储能"))"#)) { c, args in
                let matches = try Search.find(try args.string(2), in: c, fields: try fields(args, at: 3), folding: Folding.shared)
                return [.list(matches.perArticle().map { .record([("article", .object($0.article)), ("count", .integer($0.count))]) })]
            }
            .method("index", doc: LuaDoc(
                "c:index()", "Builds the search index now (the first search would) and tells its size: {articles, characters, pairs, bytes, seconds, stored}.",
                details: """
                bytes is the memory the index holds; seconds the time it took to build. A sub-corpus shares its root corpus's index.
                stored is true for a corpus store (corpus.open of a .db): its index was built with the store and is read from it,
                a pair at a time as searches ask, so bytes counts only where each article's fields start, and pairs is summed
                over the store's segments (one for each batch a build wrote).
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:index().characters > 0)"#)) { c, _ in
                let index = try SearchScope.of(c, folding: Folding.shared).index
                return [.record([("articles", .integer(index.articleCount)), ("characters", .integer(index.characters)),
                                 ("pairs", .integer(index.pairs)), ("bytes", .integer(index.bytes)), ("seconds", .number(index.buildSeconds)),
                                 ("stored", .boolean(index.isKept))])]
            }
            .method("grep", doc: LuaDoc(
                "c:grep(pattern [, opts])", "Every match of a regular expression (RE2 syntax) in either script, as c:search's records.",
                details: """
                Han characters compare in either script, as in c:search (发展 matches 發展); text is the
                match as written. RE2 runs in time linear in the text, so no pattern can hang; it has
                no backreferences or lookaround. \\d is an ASCII digit: write [0-9０-９] or \\pN for
                full-width digits too, \\p{Han} for any Han character. A regular expression cannot
                use the index: grep reads every article's text, on every core.
                """,
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:grep([[\d+(\.\d+)?億元]]) > 0)"#)) { c, args in
                let hits = try Search.grep(try args.string(2), in: c.articles, fields: try fields(args, at: 3))
                return [try lazyList.make("hits", count: hits.count, in: args.lua) { Records.hit(hits[$0]) }]
            }
            .method("kwic", doc: LuaDoc(
                "c:kwic(term [, opts])", "Keyword in context: {left, match, right, article}; the REPL aligns the lines, keyword centred.",
                details: "opts.width: characters on each side (20); opts.fields as for c:search. Widths count CJK as two columns.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:kwic("儲能", {width = 5})[1].left <= 5 * 4)"#)) { c, args in
                let width = try args.integerOption("width", in: try args.options(3, allowed: ["width", "fields"]), at: 3) ?? 20
                guard (0...10_000).contains(width) else {
                    throw LuaArgumentError(3, "width must be from 0 to 10000 characters, got \(width)")
                }
                let fields = try fields(args, at: 3, allowed: ["width", "fields"])
                if case .table = args.value(2) {
                    let hits = try Search.find(try compoundQuery(args, at: 2), in: c, fields: fields, folding: Folding.shared)
                    return [try lazyList.make("kwic", count: hits.count, in: args.lua) { Records.concordance(ConcordanceLine(hits.hit($0).span, width: width)) }]
                }
                let matches = try Search.find(try args.string(2), in: c, fields: fields, folding: Folding.shared)
                return [try lazyList.make("kwic", count: matches.count, in: args.lua) { Records.concordance(ConcordanceLine(matches.hit($0), width: width)) }]
            }
    }

    /// The counting functions counting.lua calls (Analysis does the work, on every core):
    /// word_counts(c, keep_stop_words), ngrams(c, n, keep_stop_words), collocates(c, term,
    /// window), record_counts(c, kind, level), cooccur(c, kind, scope), the last three checked
    /// by counting.lua. Their lists
    /// make each row when it is first read.
    static func counters(_ lazyList: LazyList) -> LuaValue {
        .record([
            ("word_counts", .function { args in
                let counts = try Counting.words(in: try args.object(1, as: Corpus.self).articles, keepStopWords: args.value(2) == .boolean(true))
                return [try lazyList.make("words", count: counts.count, in: args.lua) { i in
                    .record([("key", .text(counts[i].key)), ("count", .integer(counts[i].count)), ("articles", .integer(counts[i].articles))])
                }]
            }),
            ("ngrams", .function { args in
                let grams = try Counting.ngrams(try args.integer(2), in: try args.object(1, as: Corpus.self).articles,
                                                keepStopWords: args.value(3) == .boolean(true))
                return [try lazyList.make("ngrams", count: grams.count, in: args.lua) { i in
                    let gram = grams[i]
                    return .record([("key", .text(gram.words.joined(separator: " "))), ("words", .list(gram.words.map(LuaValue.text))),
                                    ("count", .integer(gram.count))])
                }]
            }),
            ("record_counts", .function { args in
                guard let kind = Cooccurrence.Kind(rawValue: try args.string(2)) else {
                    throw LuaArgumentError(2, "a kind as c:freq checks it")
                }
                let level = args.value(3) == .nil ? nil : Place.Level(rawValue: try args.string(3))
                let counts = try RecordCounts.counts(of: kind, level: level, in: try args.object(1, as: Corpus.self).articles)
                // rows with the fields of word counts: key, count, articles
                return [try lazyList.make("words", count: counts.count, in: args.lua) { i in
                    .record([("key", .text(counts[i].key)), ("count", .integer(counts[i].count)), ("articles", .integer(counts[i].articles))])
                }]
            }),
            ("cooccur", .function { args in
                guard let kind = Cooccurrence.Kind(rawValue: try args.string(2)),
                      let scope = Cooccurrence.Scope(rawValue: try args.string(3)) else {
                    throw LuaArgumentError(2, "kind and scope as c:cooccur checks them")
                }
                let pairs = try Cooccurrence.pairs(of: kind, within: scope, in: try args.object(1, as: Corpus.self).articles)
                return [try lazyList.make("pairs", count: pairs.count, in: args.lua) { i in
                    .record([("a", .text(pairs[i].a)), ("b", .text(pairs[i].b)), ("count", .integer(pairs[i].count))])
                }]
            }),
            ("collocates", .function { args in
                let found = try Counting.collocates(of: try args.string(2), window: try args.integer(3),
                                                    in: try args.object(1, as: Corpus.self).articles)
                return [try lazyList.make("collocates", count: found.count, in: args.lua) { i in
                    .record([("key", .text(found[i].key)), ("together", .integer(found[i].together)), ("count", .integer(found[i].count)),
                             ("score", .number(found[i].score))])
                }]
            }),
        ])
    }

    /// The docs of the Corpus methods written in Lua.
    static func document(on lua: Lua) {
        for (name, what) in [("numbers", "figures"), ("dates", "date expressions"), ("people", "people"), ("orgs", "organisations"), ("places", "places"),
                             ("terms", "quoted terms"), ("sentences", "sentences")] {
            lua.document("Corpus:\(name)", LuaDoc(
                "c:\(name)()", "Every article's \(what) as one list, each record with its `article`.",
                example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:\#(name)():first().article)"#))
        }
        lua.document("Corpus:dedupe", LuaDoc(
            "c:dedupe([{keep = \"earliest\"|\"longest\", threshold = 0.8}])", "The sub-corpus with one article per cluster of c:duplicates(): the earliest, or the longest.",
            details: "Articles in no cluster all stay. Every corpus method works on the result; counts, rankings and timelines stop counting a release once per reprint.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local d = c:dedupe(); assert(#d <= #c and #d:dedupe() == #d)"#))
        lua.document("Corpus:keyness", LuaDoc(
            "c:keyness(reference [, {by = \"words\"|\"chars\"|\"terms\"|\"people\"|\"orgs\"|\"places\"}])",
            "What is over- and under-represented in c against reference: {key, count, reference_count, g2, log_ratio, significant, direction}, largest G² first.",
            details: """
            reference is another corpus or a sub-corpus (c:filter). Counts are c:freq's on each
            side (words by default), keys meeting across scripts. For a key seen a times among the
            n1 items counted in c and b times among the n2 of the reference: E1 = n1(a+b)/(n1+n2),
            E2 = n2(a+b)/(n1+n2); G² = 2(a ln(a/E1) + b ln(b/E2)), a zero count's term being 0
            (Dunning 1993); log_ratio = log2((a/n1)/(b/n2)), a zero count taken as 0.5 (Hardie 2014):
            1 is twice as frequent, -1 half. significant is G² ≥ 3.84 (p < 0.05, one degree of
            freedom); direction is "over" or "under". The list's totals field holds {count,
            reference_count}: n1 and n2.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local k = c:keyness(c); assert(#k > 0 and not k[1].significant and k.totals.count == k.totals.reference_count)"#))
        lua.document("Corpus:compare", LuaDoc(
            "c:compare(reference [, {top = 10}])", "A one-screen summary against reference: sizes, key words each way, people and places present in only one.",
            details: """
            Fields: articles, reference_articles, words, reference_words, key_words and
            reference_key_words (the significant c:keyness rows each way, top of each),
            people_only_here, people_only_there, places_only_here, places_only_there (c:freq rows
            of names the other side never has, in either script). The REPL prints it as a screen.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local cmp = c:compare(c); assert(#cmp.key_words == 0 and cmp.articles == #c)"#))
        lua.document("Corpus:freq", LuaDoc(
            "c:freq([{by = \"words\"|\"chars\"|\"terms\"|\"people\"|\"orgs\"|\"places\", level = …, stopwords = …}])", "Frequencies: {key, count, articles}, largest first; words by default.",
            details: """
            words: zh.segment over titles and bodies, counted in Swift on every core; a word's
            Traditional and Simplified forms (and full- and half-width, upper and lower case) count as
            one, shown in the form it most often takes. Punctuation, symbols and the leftovers of web
            pages (URLs, HTML tags and entities, CSS sizes such as 1.5 em) are never words; stop words
            (dossier.stopwords, compared in either script) are left out unless stopwords = true.
            chars counts Han characters (punctuation and spaces left out). The others count the
            extracted mentions by canonical name: people by name, its forms in either script counted
            as one and shown in the form most written; orgs by name (Simplified script); places by
            full name; terms by text.
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
            details: "Names are canonical, as c:freq counts them (a person's forms in either script are one, shown in the form most written); count is how many articles (or sentences) name both.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(c:cooccur("people", {within = "sentence"}):first().count >= 1)"#))
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
        lua.document("Corpus:filter", LuaDoc(
            "c:filter(fn | field [, value])", "The sub-corpus of the articles for which fn(article) is true, or article[field] is true (or equals value); every corpus method works on it.",
            details: """
            As l:filter on a list: c:filter("place", "太原市") compares the name of a.place. A
            sub-corpus shares its root corpus's search index. On a store (corpus.open of a .db
            file), c:filter("source", value), c:filter("date", value) and c:filter("place", value),
            with or without the value, read that column of every article in one query instead of
            each article's row: the same articles, many times faster on a large store.
            """,
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); assert(#c:filter(function(a) return a.date < "2024" end) < #c); assert(#c:filter("date", c[1].date) >= 1); assert(#c:filter("place", c[1].place.name) >= 1)"#))
        lua.document("Corpus:each", LuaDoc(
            "c:each([fn])", "Calls fn(article, i) for each article and returns the corpus; without fn, an iterator: for a in c:each() do … end.",
            example: #"local c = corpus.load(dossier.sample, {quiet = true}); local n = 0; c:each(function() n = n + 1 end); for a in c:each() do assert(a.title) end; assert(n == #c)"#))
    }
}
