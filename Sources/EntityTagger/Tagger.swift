/// EntityTagger owns the statistical finder of people, places and organisations in Chinese
/// text: a character tagger (one of 13 BMES labels a character) whose scores are an averaged
/// structured perceptron's, decoded by Viterbi, over features of the characters around each
/// one and of the known words (`Lexicon`) that start, end or run through it. It reads folded
/// code points, one per character, and knows nothing of articles, files' formats or Lua.
import Foundation
import Prefetch
import Segmentation

public final class EntityTagger: Sendable {
    let features: Features
    let model: TaggerModel
    /// About 16 MB of lines' characters, with their names.
    let tagged = TaggedLines(capacity: 4 << 20)
    /// The words whose classes the features read.
    public var lexicon: Lexicon { features.lexicon }

    public init(model: TaggerModel, lexicon: Lexicon, surnames: [UInt32], segmenter: Segmenter?) {
        self.model = model
        features = Features(lexicon: lexicon, surnames: surnames, segmenter: segmenter)
    }

    /// The people, places and organisations in `units` (folded code points), in text order.
    /// Each line is tagged on its own: no name runs across a paragraph break, the work
    /// buffers stay the size of a paragraph however long the text, and a line seen before
    /// (`TaggedLines`) is not tagged again.
    public func spans(_ units: [UInt32]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var start = 0
        while start < units.count {
            var end = start
            while end < units.count, units[end] != 0x0A { end += 1 }
            if end > start {
                for span in tagged.names(of: Array(units[start..<end]), tag: { Labels.spans(labels($0)) }) {
                    spans.append(EntitySpan(kind: span.kind, range: (span.range.lowerBound + start)..<(span.range.upperBound + start)))
                }
            }
            start = end + 1
        }
        return spans
    }

    /// Each character's features go through three steps, a few characters apart, so that the
    /// look-ups that miss the cache wait for memory while later characters' keys are made, not
    /// one after another: the keys are made and their hash slots asked for; `ahead` characters
    /// later the slots are read and the rows asked for; `ahead` more and the rows are summed.
    func labels(_ units: [UInt32]) -> [UInt8] {
        var emissions = [TaggerModel.Row](repeating: .init(), count: units.count)
        let width = Features.perCharacter, ring = EntityTagger.ahead * 2
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: width * ring) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: width * ring) { rows in
                func resolve(_ i: Int) {
                    let at = (i % ring) * width
                    model.featureRows.resolve(UnsafeBufferPointer(rebasing: keys[at..<(at + width)]), into: UnsafeMutableBufferPointer(rebasing: rows[at..<(at + width)]))
                }
                func score(_ i: Int) {
                    let at = (i % ring) * width
                    emissions[i] = model.score(rows: UnsafeBufferPointer(rebasing: rows[at..<(at + width)]))
                }
                let ahead = EntityTagger.ahead
                features.forEach(units) { i, made in
                    let at = (i % ring) * width
                    for t in 0..<width { keys[at + t] = made[t] }
                    model.featureRows.prefetch(UnsafeBufferPointer(rebasing: keys[at..<(at + width)]))
                    if i >= ahead { resolve(i - ahead) }
                    if i >= 2 * ahead { score(i - 2 * ahead) }
                }
                let n = units.count
                for i in max(0, n - ahead)..<n { resolve(i) }
                for i in max(0, n - 2 * ahead)..<n { score(i) }
            }
        }
        return model.decode(emissions)
    }

    /// How many characters apart the steps are: 2 and 4 tagged news 5–8% faster on one core
    /// than no prefetching (the scoring was a third of extraction), and alike.
    static let ahead = 2
}

/// The weights: one row of 13 label scores (padded to 16 lanes, one vector add a feature)
/// for every feature kept, and the score of each label following each other.
public struct TaggerModel: Sendable {
    typealias Row = SIMD16<Float>
    /// A feature's row as kept: its label scores in units of `scale`, as the model file stores
    /// them. Half the size of Floats, so twice as many of the rows a text reads stay in cache;
    /// the sums are exact integers, scaled once a character.
    typealias Weights = SIMD16<Int16>
    typealias Sum = SIMD16<Int32>
    let table: HashTable
    let rows: [Weights]
    let scale: Float
    /// Row `from` (0...12, and 13 for the start of the text): the score of each label after it;
    /// transitions that spell no name (a middle after nothing) score `impossible`.
    let transitions: [Row]
    static let impossible: Float = -1e30
    static let start = Labels.count

    /// The same rows, laid out for reading a character's features.
    let featureRows: FeatureRows

    /// A model of trained Float rows, kept in whole units of the largest score / 32767.
    init(table: HashTable, rows: [Row], transitions: [Row]) {
        let largest = rows.lazy.map { row in (0..<Labels.count).map { abs(row[$0]) }.max() ?? 0 }.max() ?? 0
        let scale = largest > 0 && largest.isFinite ? largest / 32767 : 1
        let quantized = rows.map { row in
            var weights = Weights()
            for lane in 0..<Labels.count { weights[lane] = Int16(exactly: (row[lane] / scale).rounded()) ?? 0 }
            return weights
        }
        self.init(table: table, rows: quantized, scale: scale, transitions: transitions)
    }

    init(table: HashTable, rows: [Weights], scale: Float, transitions: [Row]) {
        self.table = table
        self.rows = rows
        self.scale = scale
        featureRows = FeatureRows(table: table, rows: rows)
        // constraints go in last, whatever was learnt, so every decoded sequence spells names
        var constrained = transitions
        for from in 0...Labels.count {
            for to in 0..<16 where to >= Labels.count || !Labels.allowed(from: from == Labels.count ? nil : UInt8(from), to: UInt8(to)) {
                constrained[from][to] = TaggerModel.impossible
            }
        }
        self.transitions = constrained
    }

    /// A row's scores as 32-bit lanes, lane by lane: the library's generic conversion is not
    /// inlined, and was a call for each of a character's 38 features.
    @inline(__always)
    static func widened(_ weights: Weights) -> Sum {
        var sum = Sum()
        for lane in 0..<16 { sum[lane] = Int32(weights[lane]) }
        return sum
    }

    /// The label scores of a character whose rows `FeatureRows.resolve` found.
    func score(rows indices: UnsafeBufferPointer<Int32>) -> Row {
        Row(featureRows.sum(indices)) * scale
    }

    /// Viterbi: the best labels for characters with these label scores.
    func decode(_ emissions: [Row]) -> [UInt8] {
        guard let first = emissions.first else { return [] }
        var back = [SIMD16<UInt8>](repeating: .init(), count: emissions.count)
        var best = transitions[TaggerModel.start] + first
        for i in 1..<emissions.count {
            var next = Row(repeating: 2 * TaggerModel.impossible)
            var from = SIMD16<Int32>()
            for label in 0..<Labels.count {
                let candidate = Row(repeating: best[label]) + transitions[label]
                let better = candidate .> next
                next.replace(with: candidate, where: better)
                from.replace(with: Int32(label), where: better)
            }
            back[i] = SIMD16<UInt8>(truncatingIfNeeded: from)
            best = next + emissions[i]
        }
        // the text must not end inside a name
        var last = 0
        for label in 0..<Labels.count where !Labels.isOpen(UInt8(label)) && best[label] > best[last] { last = label }
        var labels = [UInt8](repeating: 0, count: emissions.count)
        labels[emissions.count - 1] = UInt8(last)
        for i in stride(from: emissions.count - 1, to: 0, by: -1) { labels[i - 1] = back[i][Int(labels[i])] }
        return labels
    }
}

extension EntityTagger {
    /// The model trained by scripts/train-entities.sh and shipped with dossier.
    public static var bundledModel: URL? { Bundle.module.url(forResource: "entities", withExtension: "model") }
}

/// Every kept feature's row, laid out for reading a character's features. Templates whose
/// values are small numbers (below `smallLimit`) or single characters are read by value (a
/// character through a dense number for each character the model has seen); the rest through
/// a hash table. The templates of one group (`Features.groups`) read the same value at
/// neighbouring characters, so a value's rows under all of them sit side by side in one block:
/// the look-up that brings a block into cache at one character serves the next few.
struct FeatureRows: Sendable {
    static let valueMask: UInt64 = (1 << 56) - 1
    static let smallLimit: UInt64 = 1 << 14
    /// Every code point, and the two marks of the text's edges (`Features.beforeText`, `afterText`).
    static let characterLimit = UInt64(Features.afterText) + 1
    /// The characters' group: its templates all read one character.
    static let characterGroup = Features.groups[0]

    /// Per template read by value: where its rows start, and how many values it has (0: hashed).
    /// A character template's rows are every `characterGroup.count`-th from its start.
    let base: [Int]
    let size: [Int]
    /// Per template: whether values are characters (numbered through `characters`).
    let byCharacter: [Bool]
    /// 1-based number of each character (and edge mark) in the characters' blocks; 0 for none,
    /// whose block is zeros.
    let characters: [UInt16]
    /// Per hashed template: the top byte its keys are looked up with (its group's, or its own),
    /// and its row's place in the block the look-up finds.
    let lookupTag: [UInt64]
    let slot: [Int]
    /// Looked-up key → where its block starts in `rows`.
    let blocks: HashTable
    /// How many rows a character's block holds: one for each template of its group.
    let characterWidth = FeatureRows.characterGroup.count
    /// A bit for every key of `blocks` (256 KB, which stay in the core's own cache): most
    /// pairs and triples of characters in a text have no row.
    let keyBits: KeyBits
    let rows: [TaggerModel.Weights]

    init(table: HashTable, rows modelRows: [TaggerModel.Weights]) {
        let pairs = table.pairs
        let width = characterWidth
        var groupOf = [(group: Int, slot: Int)?](repeating: nil, count: Features.perCharacter)
        for (group, templates) in Features.groups.enumerated() {
            for (slot, template) in templates.enumerated() { groupOf[template] = (group, slot) }
        }
        var largest = [UInt64](repeating: 0, count: Features.perCharacter)
        var characterNumbers: [UInt32: UInt16] = [:]
        for (key, _) in pairs {
            guard let template = FeatureRows.template(of: key) else { continue }
            let value = key & FeatureRows.valueMask
            largest[template] = max(largest[template], value)
            if groupOf[template]?.group == 0, value < FeatureRows.characterLimit, characterNumbers[UInt32(value)] == nil,
               characterNumbers.count < Int(UInt16.max) - 1 {
                characterNumbers[UInt32(value)] = UInt16(characterNumbers.count + 1)
            }
        }
        var characters = [UInt16](repeating: 0, count: characterNumbers.isEmpty ? 0 : Int(FeatureRows.characterLimit))
        for (unit, number) in characterNumbers { characters[Int(unit)] = number }
        var base = [Int](repeating: 0, count: Features.perCharacter), size = base, slot = base
        var byCharacter = [Bool](repeating: false, count: Features.perCharacter)
        var lookupTag = [UInt64](repeating: 0, count: Features.perCharacter)
        // the characters' blocks first, then one block of values for each small template
        var total = pairs.isEmpty ? 0 : (characterNumbers.count + 1) * width
        for template in 0..<Features.perCharacter where !pairs.isEmpty {
            if let (group, place) = groupOf[template] {
                if group == 0 {
                    byCharacter[template] = true
                    (base[template], size[template]) = (place, characterNumbers.count + 1)
                } else {
                    (lookupTag[template], slot[template]) = (FeatureRows.groupTag(group), place)
                }
            } else if largest[template] < FeatureRows.smallLimit {
                size[template] = Int(largest[template]) + 2  // values shift by one: 0 is the zero row
                base[template] = total
                total += size[template]
            } else {
                lookupTag[template] = UInt64(template + 1) << 56
            }
        }
        var rows = [TaggerModel.Weights](repeating: .init(), count: total)
        var starts: [UInt64: Int32] = [:]
        for (key, row) in pairs.sorted(by: { $0.key < $1.key }) {
            guard let template = FeatureRows.template(of: key) else { continue }
            let value = key & FeatureRows.valueMask
            if byCharacter[template] {
                guard value < FeatureRows.characterLimit, characters[Int(value)] > 0 else { continue }
                rows[base[template] + Int(characters[Int(value)]) * width] = modelRows[Int(row)]
            } else if size[template] > 0 {
                rows[base[template] + Int(value) + 1] = modelRows[Int(row)]
            } else {
                let lookup = value | lookupTag[template]
                let start = starts[lookup] ?? {
                    let start = Int32(rows.count)
                    rows += repeatElement(.init(), count: groupOf[template].map { Features.groups[$0.group].count } ?? 1)
                    starts[lookup] = start
                    return start
                }()
                rows[Int(start) + slot[template]] = modelRows[Int(row)]
            }
        }
        var blocks = HashTable(capacity: starts.count)
        var keyBits = KeyBits(width: 21)
        for (lookup, start) in starts {
            blocks.set(lookup, start)
            keyBits.insert(lookup)
        }
        (self.base, self.size, self.byCharacter, self.characters) = (base, size, byCharacter, characters)
        (self.lookupTag, self.slot, self.blocks, self.keyBits, self.rows) = (lookupTag, slot, blocks, keyBits, rows)
    }

    /// The template a key was made by, when it is one of `Features`'.
    static func template(of key: UInt64) -> Int? {
        let template = Int(key >> 56) - 1
        return template >= 0 && template < Features.perCharacter ? template : nil
    }

    /// The top byte of a group's looked-up keys: above every template's.
    static func groupTag(_ group: Int) -> UInt64 { UInt64(0x80 + group) << 56 }

    /// Asks for the cache lines a character's look-ups will read first: the hash slots of its
    /// looked-up features and the numbers of its characters.
    func prefetch(_ keys: UnsafeBufferPointer<UInt64>) {
        characters.withUnsafeBufferPointer { characters in
            for template in 0..<keys.count {
                let value = keys[template] & FeatureRows.valueMask
                if size[template] == 0 {
                    blocks.prefetch(value | lookupTag[template])
                } else if byCharacter[template], value < UInt64(characters.count), let base = characters.baseAddress {
                    dossier_prefetch(base + Int(value))
                }
            }
        }
    }

    /// Where each of a character's features has its row (-1: none), each row asked for.
    func resolve(_ keys: UnsafeBufferPointer<UInt64>, into indices: UnsafeMutableBufferPointer<Int32>) {
        let width = characterWidth
        base.withUnsafeBufferPointer { base in
            size.withUnsafeBufferPointer { size in
                byCharacter.withUnsafeBufferPointer { byCharacter in
                    characters.withUnsafeBufferPointer { characters in
                        rows.withUnsafeBufferPointer { rows in
                            for template in 0..<keys.count {
                                let value = keys[template] & FeatureRows.valueMask
                                var index = -1
                                if size[template] == 0 {
                                    let lookup = value | lookupTag[template]
                                    if keyBits.mayContain(lookup), let start = blocks.get(lookup) { index = Int(start) + slot[template] }
                                } else if byCharacter[template] {
                                    index = base[template] + (value < UInt64(characters.count) ? Int(characters[Int(value)]) * width : 0)
                                } else {
                                    index = base[template] + (value + 1 < UInt64(size[template]) ? Int(value) + 1 : 0)
                                }
                                indices[template] = Int32(truncatingIfNeeded: index)
                                if index >= 0, let first = rows.baseAddress { dossier_prefetch(first + index) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The summed rows at `indices` (-1 adds nothing).
    @inline(__always)
    func sum(_ indices: UnsafeBufferPointer<Int32>) -> TaggerModel.Sum {
        var sum = TaggerModel.Sum()
        rows.withUnsafeBufferPointer { rows in
            for index in indices where index >= 0 { sum &+= TaggerModel.widened(rows[Int(index)]) }
        }
        return sum
    }
}
