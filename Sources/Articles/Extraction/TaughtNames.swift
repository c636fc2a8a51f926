import Foundation
import EntityTagger
import Text

/// Names users teach: people, organisations and places the tagger misses (added) or finds
/// wrongly (removed), for the whole process. An added name is found wherever it stands, in
/// either script, and wins over what the tagger saw there; a removed one is never reported.
/// Every change bumps `generation`, so articles extracted before it extract again when next asked.
public final class TaughtNames: @unchecked Sendable {
    public static let shared = TaughtNames()
    private let lock = NSLock()
    /// Folded names by kind: [kind][true] were added, [kind][false] removed.
    private var taught: [EntityKind: [Bool: Set<[UInt32]>]] = [:]
    private var _generation = 0

    public var generation: Int { lock.withLock { _generation } }

    /// Adds `names` of `kind`; a name added is no longer removed.
    public func add(_ names: [String], as kind: EntityKind) { teach(names, kind, adding: true) }

    /// Removes `names` of `kind` from every result; a name removed is no longer added.
    public func remove(_ names: [String], as kind: EntityKind) { teach(names, kind, adding: false) }

    private func teach(_ names: [String], _ kind: EntityKind, adding: Bool) {
        lock.withLock {
            for name in names.map(ScannedText.fold) where !name.isEmpty {
                taught[kind, default: [:]][adding, default: []].insert(name)
                taught[kind]?[!adding]?.remove(name)
            }
            _generation += 1
        }
    }

    /// Forgets every name of `kind` added or removed.
    public func clear(_ kind: EntityKind) {
        lock.withLock {
            taught[kind] = nil
            _generation += 1
        }
    }

    /// The names added and removed so far, as written when taught is not kept: folded.
    public func names(_ kind: EntityKind) -> (added: [String], removed: [String]) {
        lock.withLock {
            func strings(_ set: Set<[UInt32]>?) -> [String] {
                (set ?? []).map { String(codePoints: $0) }.sorted()
            }
            return (strings(taught[kind]?[true]), strings(taught[kind]?[false]))
        }
    }

    public func isRemoved(_ name: String, as kind: EntityKind) -> Bool {
        lock.withLock { taught[kind]?[false]?.contains(ScannedText.fold(name)) == true }
    }

    /// The tagger's spans with every added name put in, longest first, in place of what the
    /// tagger saw where it stands.
    func apply(to tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let words: [(word: [UInt32], kind: EntityKind)] = lock.withLock {
            taught.flatMap { kind, names in (names[true] ?? []).map { ($0, kind) } }
        }.sorted { $0.word.count > $1.word.count }
        guard !words.isEmpty else { return tagged }
        var byFirst: [UInt32: [(word: [UInt32], kind: EntityKind)]] = [:]
        for w in words { byFirst[w.word[0], default: []].append(w) }
        var found: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard let hit = byFirst[s.units[i]]?.first(where: { s.matches($0.word, at: i) }) else { i += 1; continue }
            found.append(EntitySpan(kind: hit.kind, range: i..<(i + hit.word.count)))
            i += hit.word.count
        }
        let taughtSpans = RangeIndex(found.map(\.range))
        let kept = tagged.filter { !taughtSpans.overlaps($0.range) }
        return (kept + found).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension TaughtNames {
    /// Teaches the names of a file: one a line, a person unless the line starts with a kind
    /// (`person`, `org`, `place`) and a space; a leading `-` removes the name instead; `#`
    /// starts a comment. A line of another form is an error naming the file and line, and
    /// nothing of the file is taught then.
    public func load(file path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TaggerError(description: "\(path): names file cannot be read")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw TaggerError(description: "\(path): names file is not UTF-8")
        }
        // a byte-order mark (editors on Windows write one) is no part of the first name
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var teach: [(name: String, kind: EntityKind, remove: Bool)] = []
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let remove = line.hasPrefix("-")
            if remove { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            let words = line.split(whereSeparator: \.isWhitespace)
            guard let last = words.last, words.count <= 2 else {
                throw TaggerError(description: "\(path):\(number + 1): \"\(raw)\" is not a name, or a kind (person, org, place) and a name")
            }
            guard let kind = words.count == 1 ? .person : TaughtNames.kinds[String(words[0])] else {
                throw TaggerError(description: "\(path):\(number + 1): unknown kind \"\(words[0])\" (use person, org or place)")
            }
            teach.append((String(last), kind, remove))
        }
        for item in teach {
            if item.remove { remove([item.name], as: item.kind) } else { add([item.name], as: item.kind) }
        }
    }

    /// The kinds as users write them, in names files and in Lua.
    public static let kinds: [String: EntityKind] = ["person": .person, "org": .organisation, "place": .place]
}
