import Articles
import EntityTagger
import LuaBridge
import Text

/// `zh`: Chinese text whatever the corpus: script conversion, pinyin annotations, folding,
/// segmentation, what the entity tagger reads (`zh.tag`), and the names users teach the
/// extractors (`zh.names`, `zh.orgs`, `zh.places`).
enum ZhNamespace {
    static func install(on lua: Lua, scripts: Scripts) {
        installNames(on: lua)
        installTagger(on: lua)
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
        lua.register("zh.fold", doc: LuaDoc(
            "zh.fold(s)", "s as search compares it: each character in Simplified script, full-width forms half-width, lower case.",
            details: "Character by character, through the table c:search uses (not OpenCC's phrase conversion: see zh.t2s); a string of the same length in characters.",
            example: #"assert(zh.fold("儲能ＭＷ") == "储能mw")"#)) { args in
            [.text(Folding.shared.folded(try args.string(1)))]
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
            // the words are cut from the text's own UTF-8, not made again from code points
            let bytes = Array(text.utf8)
            let (scalars, starts) = codePoints(ofValidUTF8: bytes)
            return [.list(cutting: bytes, at: try Article.segment(scalars, hmm: hmm).map { starts[$0.upperBound] })]
        }
    }

    /// The record kinds' names for the tagger's kinds, as a:people(), a:places() and a:orgs() name them.
    static let kindNames: [EntityKind: String] = [.person: "person", .place: "place", .organisation: "org"]

    static func installTagger(on lua: Lua) {
        lua.register("zh.tag", doc: LuaDoc(
            "zh.tag(s)", "What the character tagger alone reads in s: a list of {kind = \"person\"|\"place\"|\"org\", text, offset}.",
            details: """
            The statistical half of a:people(), a:places() and a:orgs(), before the patterns of
            reports, the gazetteer and the names taught (zh.names) add, cut or drop names: to see
            why a name is missed or found, and to measure what the rules add. offset is the 1-based
            byte offset in s; each line of s is read on its own.
            """,
            example: #"local t = zh.tag("国家主席习近平在北京会见外宾。"); assert(#t >= 1 and t[1].offset >= 1)"#)) { args in
            let text = try args.string(1)
            guard let tagger = EntityModel.shared else {
                throw LuaError("zh.tag: the entity tagger's model did not load (see the warning above); rebuild dossier to restore it")
            }
            let scan = ScannedText(text)
            return [.list(tagger.spans(scan.units).map { span in
                .record([("kind", .text(kindNames[span.kind] ?? "")), ("text", .text(scan.text(span.range))),
                         ("offset", .integer(scan.byteOffset(span.range.lowerBound)))])
            })]
        }
    }

    // MARK: zh.names, zh.orgs, zh.places: names users teach the extractors (see TaughtNames)

    static let namespaces: [(table: String, kind: EntityKind, what: String, example: String)] = [
        ("names", .person, "people", "盧東亮"), ("orgs", .organisation, "organisations", "大同市招商局"), ("places", .place, "places", "雄安"),
    ]

    static func installNames(on lua: Lua) {
        for ns in namespaces {
            lua.register("zh.\(ns.table).add", doc: LuaDoc(
                "zh.\(ns.table).add(list)", "Teaches \(ns.what) the extractors miss; they are found wherever they stand, in either script.",
                details: """
                Names taught win over what the tagger saw where they stand. Articles already
                extracted extract again when next asked. Also from a file: corpus.load(path, {names = "names.txt"}).
                """,
                example: #"zh.\#(ns.table).add{"\#(ns.example)"}; assert(zh.\#(ns.table).list().added[1]); zh.\#(ns.table).remove{"\#(ns.example)"}"#)) { args in
                TaughtNames.shared.add(try names(args, "zh.\(ns.table).add"), as: ns.kind)
                return []
            }
            lua.register("zh.\(ns.table).remove", doc: LuaDoc(
                "zh.\(ns.table).remove(list)", "Stops reporting \(ns.what) found wrongly (a name removed is no longer added).",
                example: #"zh.\#(ns.table).remove{"\#(ns.example)"}; assert(zh.\#(ns.table).list().removed[1])"#)) { args in
                TaughtNames.shared.remove(try names(args, "zh.\(ns.table).remove"), as: ns.kind)
                return []
            }
            lua.register("zh.\(ns.table).clear", doc: LuaDoc(
                "zh.\(ns.table).clear()", "Forgets the \(ns.what) taught, added and removed alike.",
                example: #"zh.\#(ns.table).add{"\#(ns.example)"}; zh.\#(ns.table).clear(); assert(#zh.\#(ns.table).list().added == 0)"#)) { _ in
                TaughtNames.shared.clear(ns.kind)
                return []
            }
            lua.register("zh.\(ns.table).list", doc: LuaDoc(
                "zh.\(ns.table).list()", "The \(ns.what) taught so far: {added = {…}, removed = {…}}, in Simplified script.",
                example: #"local t = zh.\#(ns.table).list(); assert(type(t.added) == "table" and type(t.removed) == "table")"#)) { _ in
                let (added, removed) = TaughtNames.shared.names(ns.kind)
                return [.record([("added", .list(added.map(LuaValue.text))), ("removed", .list(removed.map(LuaValue.text)))])]
            }
        }
    }

    /// A list of names (or one name) as argument 1; anything else is an error that says so.
    static func names(_ args: LuaArguments, _ function: String) throws -> [String] {
        if let one = try? args.string(1) { return [one] }
        let list = try args.table(1).array
        return try list.map { value in
            guard let name = value.stringValue else { throw LuaError("\(function): expected a list of names, got a \(value) in it") }
            return name
        }
    }
}

/// OpenCC converters, opened on first use (loading the dictionaries takes a moment).
final class Scripts {
    private var t2s: ScriptConverter?
    private var s2t: ScriptConverter?
    func simplified() throws -> ScriptConverter {
        if let t2s { return t2s }
        let made = try ScriptConverter(config: "t2s.json")
        t2s = made
        return made
    }
    func traditional() throws -> ScriptConverter {
        if let s2t { return s2t }
        let made = try ScriptConverter(config: "s2t.json")
        s2t = made
        return made
    }
}
