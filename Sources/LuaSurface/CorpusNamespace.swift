import Articles
import Foundation
import LuaBridge

/// `corpus`: loading a file or folder of articles (`corpus.load`).
public enum CorpusNamespace {
    static func install(on lua: Lua) {
        lua.register("corpus.load", doc: loadDoc, load)
    }

    static let loadDoc = LuaDoc(
        "corpus.load(path [, opts])", "Loads a file or folder of articles; returns a corpus.",
        details: """
        Reads .txt/.md (one article per file, first line the title), .jsonl, .json (an array of
        records), .csv/.tsv (a header row); opts.format ("txt", "jsonl", "json", "csv", "tsv")
        overrides the extension. "-" reads standard input, as JSON Lines when it starts with "{",
        a JSON array with "[", else as one text article. In a folder, each file loads once
        however many links reach it; names starting with "." are not read, and counted. Fields title, content/body/text, date, url, source, id
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

    /// Loads a corpus as `-c` does, warnings and summary on stderr.
    public static func loadReporting(_ path: String) throws -> Corpus {
        let loaded = try Corpus.load(path, confinement: Sandbox.current?.readable)
        report(loaded.report)
        return loaded
    }

    /// Warnings, then the summary, on stderr: the script's own output stays clean.
    static func report(_ report: LoadReport) {
        let lines = report.warnings.map { "dossier: warning: \($0)" } + ["dossier: \(report.summary)"]
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
