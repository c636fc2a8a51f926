import Articles
import Foundation
import LuaBridge
import Store

/// `corpus`: loading a file or folder of articles (`corpus.load`), building a store of them
/// (`corpus.build`) and opening either (`corpus.open`).
public enum CorpusNamespace {
    static func install(on lua: Lua) {
        lua.register("corpus.load", doc: loadDoc, load)
        lua.register("corpus.open", doc: openDoc, open)
        lua.register("corpus.build", doc: buildDoc, build)
    }

    static let openDoc = LuaDoc(
        "corpus.open(path [, opts])", "Opens a store made by dossier build, or loads a file or folder as corpus.load does.",
        details: """
        A store (an SQLite file written by `dossier build` or corpus.build) gives back its
        articles with every record already extracted, and the load report of its build: people,
        places, figures and the rest are not extracted again. Opening reads only each article's
        number and file; the rest is read when first asked for, and searches read the store's
        own index (c:index().stored is true), so a store of any size opens at once. Anything
        else is loaded with corpus.load(path, opts). See docs/store.md for what a store holds.
        """,
        example: #"local db = os.tmpname(); corpus.build(dossier.sample, db); local c = corpus.open(db); assert(#c == #corpus.load(dossier.sample, {quiet = true})); assert(c:index().stored and #c:search("储能") == #corpus.load(dossier.sample, {quiet = true}):search("储能")); os.remove(db)"#)

    static let buildDoc = LuaDoc(
        "corpus.build(sources, path)", "Builds or updates a store of the articles in sources (a path or a list of paths).",
        details: """
        Loads files and folders as corpus.load does, extracts every kind of record on every core,
        and writes them to the SQLite file `path` in one transaction. Run again, it reads only new
        and changed files and removes what is gone. Returns a summary: added, changed, removed,
        unchanged, articles, records (the articles and records written this time).
        The command line does the same: dossier build SOURCES… -o NAME.db.
        """,
        example: #"local db = os.tmpname(); local s = corpus.build({dossier.sample}, db); assert(s.added >= 1 and s.records > 0); assert(corpus.build(dossier.sample, db).articles == 0); os.remove(db)"#)

    /// corpus.open(path [, opts])
    static func open(_ args: LuaArguments) throws -> [LuaValue] {
        let path = try args.string(1)
        guard SQLiteCorpusStore.isStore(path) else { return try load(args) }
        try Sandbox.checkRead(path, argument: 1)
        return [.object(try SQLiteCorpusStore(path: path).open())]
    }

    /// corpus.build(sources, path)
    static func build(_ args: LuaArguments) throws -> [LuaValue] {
        let sources: [String]
        switch args.value(1) {
        case .string(let one): sources = [one.text]
        case .table(let list) where !list.array.isEmpty && list.entries.isEmpty:
            sources = try list.array.map { value in
                guard let path = value.stringValue else { throw LuaArgumentError(1, "sources are paths (strings), got \(value.typeName)") }
                return path
            }
        case let other: throw LuaArgumentError(1, "sources is a path or a list of paths, got \(other.typeName)")
        }
        let path = try args.string(2)
        for source in sources { try Sandbox.checkRead(source, argument: 1) }
        try Sandbox.checkWrite(path, argument: 2)
        let summary = try SQLiteCorpusStore(path: path).build(from: sources, loader: Loader(confinement: Sandbox.current?.readable))
        return [.record([("added", .integer(summary.added)), ("changed", .integer(summary.changed)),
                         ("removed", .integer(summary.removed)), ("unchanged", .integer(summary.unchanged + summary.touched)),
                         ("articles", .integer(summary.articles)), ("records", .integer(summary.records))])]
    }

    static let loadDoc = LuaDoc(
        "corpus.load(path [, opts])", "Loads a file or folder of articles; returns a corpus.",
        details: """
        Reads .txt/.md (one article per file, first line the title unless it opens with a
        dateline, 新华社北京6月5日电…, and is the body's), .jsonl, .json (an array of
        records), .csv/.tsv (a header row); opts.format ("txt", "jsonl", "json", "csv", "tsv")
        overrides the extension. "-" reads standard input, as JSON Lines when it starts with "{",
        a JSON array with "[", else as one text article. In a folder, each file loads once
        however many links reach it; names starting with "." are not read, and counted. Fields title, content/body/text, date, url, source, id
        (and their usual Chinese names: 標題, 正文, 日期, 來源, 鏈接…) are found by name;
        opts.fields maps others, e.g. { text = "story", title = "headline" }.
        UTF-8 (with or without BOM), UTF-16 with BOM and GB18030 are detected. Bad files and lines
        are reported as warnings on stderr (the first 20 when there are more) with a one-line
        summary (opts.quiet = true keeps quiet; c.report has them all). A missing path is an error. opts.names is a file of names
        to teach the extractors (see zh.names.add): one a line, a person unless it starts with
        "org " or "place ", removed instead when it starts with "-".
        """,
        example: #"local c = corpus.load(dossier.sample, { quiet = true }); assert(#c >= 1)"#)

    /// corpus.load(path [, opts])
    static func load(_ args: LuaArguments) throws -> [LuaValue] {
        let path = try args.string(1)
        let options = try args.options(2, allowed: ["fields", "quiet", "names", "format"])
        let format = try args.choiceOption("format", in: options, at: 2, among: Loader.formats)
        let fields = try fieldNames(options[.text("fields")])
        let quiet = try args.booleanOption("quiet", in: options, at: 2) ?? false
        switch options[.text("names")] {
        case .nil: break
        case .string(let names):
            try Sandbox.checkRead(names.text, argument: 2)
            try TaughtNames.shared.load(file: names.text)
        case let other: throw LuaArgumentError(2, "option 'names' is a names file's path, got \(other.typeName)")
        }
        try Sandbox.checkRead(path, argument: 1)
        let loaded = try Corpus.load(path, fields: fields, format: format, confinement: Sandbox.current?.readable)
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

    /// Opens a store or loads a corpus as `-c` does, warnings and summary on stderr.
    public static func loadReporting(_ path: String) throws -> Corpus {
        let loaded = SQLiteCorpusStore.isStore(path) ? try SQLiteCorpusStore(path: path).open()
            : try Corpus.load(path, confinement: Sandbox.current?.readable)
        report(loaded.report)
        return loaded
    }

    /// Warnings, then the summary, on stderr: the script's own output stays clean.
    static func report(_ report: LoadReport) {
        let lines = report.warningLines(allIn: "c.report.warnings") + ["dossier: \(report.summary)"]
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
