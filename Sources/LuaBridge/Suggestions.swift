/// "Did you mean …?": the nearest of the valid names to a mistyped one, so that a user's
/// mistake becomes an error that says what would have worked.
public enum Suggestions {
    /// The valid name closest to `name` by edit distance (insertions, deletions, substitutions,
    /// swaps of neighbours), if it is close enough to be the likely intent: at most a third of
    /// the longer name's characters, at least one. A name that contains or is contained in
    /// `name` also counts (`sort` for `sort_by`).
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let typed = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let valid = Array(candidate.lowercased())
            let limit = max(1, max(typed.count, valid.count) / 3)
            var distance = editDistance(typed, valid)
            if distance > limit, typed.count >= 3, valid.count >= 3,
               candidate.lowercased().contains(name.lowercased()) || name.lowercased().contains(candidate.lowercased()) {
                distance = limit
            }
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// `closest` for Lua code: closest(name, {candidates…}) gives the name or nil.
    public static var luaFunction: LuaValue {
        .function { args in
            let candidates = try args.table(2).array.compactMap(\.stringValue)
            return [closest(to: try args.string(1), among: candidates).map(LuaValue.text) ?? .nil]
        }
    }

    /// "; did you mean 'x'?" or nothing.
    public static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal string alignment distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

extension LuaArguments {
    /// The options table at `i` (an empty one when absent). An unknown key is an error that
    /// names it, suggests the closest valid one and lists them all.
    public func options(_ i: Int32, allowed: [String]) throws -> LuaTable {
        guard !isNoneOrNil(i) else { return LuaTable() }
        guard case .table(let table) = value(i) else {
            throw LuaArgumentError(i, "options table expected, got \(lua.typeName(at: i)) (options are a table: {\(allowed.map { "\($0) = …" }.joined(separator: ", "))})")
        }
        for key in table.entries.map(\.key) {
            guard let name = key.stringValue, allowed.contains(name) else {
                throw LuaArgumentError(i, "unknown option \(key.stringValue.map { "'\($0)'" } ?? key.description)"
                    + Suggestions.hint(for: key.stringValue ?? "", among: allowed) + " (options: \(allowed.joined(separator: ", ")))")
            }
        }
        if !table.array.isEmpty {
            throw LuaArgumentError(i, "options are named ({\(allowed.first ?? "name") = …}), not a list")
        }
        return table
    }
}

extension LuaArguments {
    /// The boolean option `name` of the options table at `i`, nil when absent; any other
    /// type is an error (`quiet = "yes"` must not pass for true or false).
    public func booleanOption(_ name: String, in options: LuaTable, at i: Int32) throws -> Bool? {
        switch options[.text(name)] {
        case .nil: return nil
        case .boolean(let value): return value
        case let other: throw LuaArgumentError(i, "option '\(name)' is true or false, got \(other.typeName)")
        }
    }

    /// The whole-number option `name`, nil when absent.
    public func integerOption(_ name: String, in options: LuaTable, at i: Int32) throws -> Int? {
        let value = options[.text(name)]
        if value == .nil { return nil }
        guard let number = value.intValue else { throw LuaArgumentError(i, "option '\(name)' is a whole number, got \(value.typeName)") }
        return number
    }

    /// The option `name` that must be one of `choices`, nil when absent; anything else is an
    /// error that suggests the closest choice.
    public func choiceOption(_ name: String, in options: LuaTable, at i: Int32, among choices: [String]) throws -> String? {
        let value = options[.text(name)]
        if value == .nil { return nil }
        guard let choice = value.stringValue, choices.contains(choice) else {
            throw LuaArgumentError(i, "option '\(name)' is one of \(choices.joined(separator: ", ")), got \(value.stringValue.map { "'\($0)'" } ?? value.typeName)"
                + Suggestions.hint(for: value.stringValue ?? "", among: choices))
        }
        return choice
    }
}
