import EntityTagger
import LuaBridge

/// `zh.names`, `zh.orgs` and `zh.places`: names users teach the extractors (see TaughtNames).
enum NamesLibrary {
    static let namespaces: [(table: String, kind: EntityKind, what: String, example: String)] = [
        ("names", .person, "people", "盧東亮"), ("orgs", .organisation, "organisations", "大同市招商局"), ("places", .place, "places", "雄安"),
    ]

    static func install(on lua: Lua) {
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
