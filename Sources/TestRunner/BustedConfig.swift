import Foundation
import LuaBridge

/// A busted project's `.busted` file, read as busted reads it: a Lua file returning tasks of
/// option values (`default`, or the one --run names), each on top of `_all`. Values given on
/// the command line win. Options dossier test does not have are named in a warning, never
/// dropped silently.
struct BustedConfig {
    /// The task's options, by busted's long option name ("ROOT" for the paths).
    let options: [String: LuaValue]

    /// The options dossier test takes from a .busted file.
    static let understood: Set<String> = ["ROOT", "pattern", "exclude-pattern", "lpath", "tags", "exclude-tags", "filter",
                                           "filter-out", "output", "o",
                                           "shuffle", "shuffle-files", "shuffle-tests", "seed", "helper", "keep-going",
                                           "suppress-pending", "sort", "sort-files", "sort-tests", "lazy", "verbose",
                                           "defer-print", "recursive", "cpath", "repeat", "e", "Xhelper", "Xoutput"]

    /// The options file -f names, else the .busted file of the folder the run starts in; nil
    /// when there is none.
    static func load(task: String?, file: String? = nil) throws -> BustedConfig? {
        let path = file ?? FileManager.default.currentDirectoryPath + "/.busted"
        let shown = file ?? ".busted"
        guard let source = FileManager.default.contents(atPath: path) else {
            if let file { throw ConfigError("--config-file \(file): no such file") }
            if let task { throw ConfigError(".busted: no such file, so there is no task '\(task)' to --run") }
            return nil
        }
        let state = LuaState()
        let returned: LuaValue
        do {
            returned = try state.lua.run(String(decoding: source, as: UTF8.self), name: "@" + shown).first ?? .nil
        } catch {
            throw ConfigError("\(shown): \(error)")
        }
        guard let tasks = returned.tableValue else { throw ConfigError("\(shown) must return a table of tasks, got \(returned.typeName)") }
        let name = task ?? "default"
        let chosen = tasks[.text(name)].tableValue
        if task != nil, chosen == nil {
            let names = tasks.entries.compactMap { $0.key.stringValue }.filter { $0 != "_all" }.sorted()
            throw ConfigError("\(shown) has no task '\(name)' (tasks: \(names.joined(separator: ", ")))")
        }
        var options: [String: LuaValue] = [:]
        for table in [tasks[.text("_all")].tableValue, chosen].compactMap({ $0 }) {
            for (key, value) in table.entries { if let key = key.stringValue { options[key] = value } }
        }
        return BustedConfig(options: options)
    }

    /// Options the file sets that dossier test does not have.
    var ignored: [String] { options.keys.filter { !BustedConfig.understood.contains($0) }.sorted() }

    /// A string option, or a list of strings joined by commas (tags: {"unit", "api"}).
    func text(_ key: String) -> String? {
        switch options[key] {
        case .string(let text): return text.text
        case .table(let list): return list.array.compactMap(\.stringValue).joined(separator: ",")
        case .number(let n): return String(n)
        case .integer(let n): return String(n)
        default: return nil
        }
    }

    /// A list option: a string is a list of one.
    func list(_ key: String) -> [String]? {
        switch options[key] {
        case .string(let text): return [text.text]
        case .table(let list): return list.array.compactMap(\.stringValue)
        default: return nil
        }
    }

    func flag(_ key: String) -> Bool? {
        if case .boolean(let value) = options[key] { return value }
        return nil
    }
}

struct ConfigError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
