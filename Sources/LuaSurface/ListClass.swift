import Articles
import Foundation
import LuaBridge
import Text

/// `List`: the type of every list dossier returns, written in Lua (Lua/list.lua and the
/// files it shares its helpers with); this file runs those files and documents the methods.
enum ListClass {
    /// Runs the Lua half of the queries (Lua/*.lua): the List type, exports, counting, charts
    /// and lazy lists, each given what it uses rather than reaching for globals.
    static func runLuaFiles(on lua: Lua) throws -> LazyList {
        func file(_ name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: "lua", subdirectory: "Lua") }
        let listMetatable = lua.listMetatable()
        let width: LuaValue = .function { args in [.integer(displayWidth(try args.string(1)))] }

        let list = try lua.runChunk(at: file("list"), arguments: [listMetatable, lua.recordFieldNames(), Suggestions.luaFunction])
        let kit = list.count > 1 ? list[1] : .nil
        lua.setRawGlobal("List", listMetatable)
        lua.registerClass("List", methods: listMetatable)
        let exports = try lua.runChunk(at: file("export"), arguments: [listMetatable, kit])
        lua.setRawGlobal("dossier.json", exports.first ?? .nil)
        let lazy = try lua.runChunk(at: file("lazy"), arguments: [listMetatable, kit, width])
        guard case .reference(let constructor)? = lazy.first else { throw LuaError("lazy.lua returned no constructor") }
        let lazyList = LazyList(constructor)
        let counting = try lua.runChunk(at: file("counting"), arguments: [kit, CorpusClass.counters(lazyList)])
        let corpus = try lua.runChunk(at: file("corpus"), arguments: [kit, CorpusClass.subCorpus, CorpusClass.storedFilter])
        let comparing = try lua.runChunk(at: file("comparing"), arguments: [kit, width])
        let article = try lua.runChunk(at: file("article"), arguments: [kit, ArticleClass.sentenceDiff])
        LuaClass<Article>("Article").methods(fromLua: article.first ?? .nil).extend(on: lua)
        LuaClass<Corpus>("Corpus")
            .methods(fromLua: exports.count > 1 ? exports[1] : .nil)
            .methods(fromLua: counting.first ?? .nil)
            .methods(fromLua: corpus.first ?? .nil)
            .methods(fromLua: comparing.first ?? .nil)
            .extend(on: lua)
        let chart = try lua.runChunk(at: file("chart"), arguments: [listMetatable, kit, width, .function { _ in [.integer(terminalColumns())] }])
        lua.setRawGlobal("chart", chart.first ?? .nil)
        return lazyList
    }

    static func document(on lua: Lua) {
        let docs: [(String, String, String, String)] = [
            ("filter", "l:filter(fn | field [, value])", "The items for which fn(item) is true, or item[field] is true (or equals value; a record field, such as a place, by its name).",
             #"assert(#List.of({ {k = 1}, {k = {name = "太原市"}} }):filter("k", "太原市") == 1)"#),
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
        lua.document("List.of", LuaDoc(
            "List.of(t)", "Makes a Lua sequence a list (every list dossier returns already is one).",
            details: "Lists are ordinary sequences (#, ipairs, t[i]) with methods that chain left to right.",
            example: #"assert(List.of({ 3, 1, 2 }):sort_by():first() == 1)"#))
    }
}

/// The Lua constructor of lazy lists (Lua/lazy.lua): a list of `count` items that Lua makes, by
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
