import Segmentation

/// Training: the averaged structured perceptron (Collins 2002). Each sentence is decoded with
/// the current weights; where the decoded labels differ from the right ones, the features of
/// the right labels gain and those of the decoded labels lose. The model kept is the average
/// of the weights over every step, which generalises far better than the last weights.
public struct TrainingSentence: Sendable {
    public var units: [UInt32]
    public var labels: [UInt8]

    public init(units: [UInt32], spans: [EntitySpan]) {
        self.units = units
        labels = Labels.labels(count: units.count, spans: spans)
    }
}

public struct TrainingOptions: Sendable {
    public var epochs = 10
    /// Features seen fewer times in the training sentences are left out.
    public var minimumCount = 2
    /// Order of the sentences in each epoch.
    public var seed: UInt64 = 1
    public init() {}
}

public enum TaggerTraining {
    /// Trains on `sentences`; after each epoch `report` gets the epoch and the model averaged so far.
    public static func train(_ sentences: [TrainingSentence], lexicon: Lexicon, surnames: [UInt32], segmenter: Segmenter?,
                             options: TrainingOptions, report: (Int, TaggerModel) -> Void) -> TaggerModel {
        let features = Features(lexicon: lexicon, surnames: surnames, segmenter: segmenter)
        let (table, bases, ids) = featureIDs(sentences, features: features, minimumCount: options.minimumCount)
        let width = Features.perCharacter
        var weights = Weights(rows: table.count)
        var random = SplitMix(seed: options.seed)
        var order = Array(sentences.indices)
        var step: Double = 1
        for epoch in 1...max(1, options.epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            for s in order {
                let sentence = sentences[s], base = bases[s]
                let current = TaggerModel(table: HashTable(capacity: 0), rows: [], transitions: weights.transitions)
                let predicted = current.decode((0..<sentence.units.count).map { weights.score(ids, from: base + $0 * width, width: width) })
                weights.update(gold: sentence.labels, predicted: predicted, ids: ids, from: base, width: width, step: step)
                step += 1
            }
            report(epoch, weights.averaged(table: table, step: step))
        }
        return weights.averaged(table: table, step: step)
    }

    /// Every feature key of the training sentences seen `minimumCount` times or more gets a
    /// row. Also returns where each sentence's characters start in the rows of every
    /// character's features (-1 for a feature left out), `perCharacter` a character.
    static func featureIDs(_ sentences: [TrainingSentence], features: Features, minimumCount: Int) -> (HashTable, [Int], [Int32]) {
        var counts: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var bases: [Int] = []
        for sentence in sentences {
            bases.append(keys.count)
            features.forEach(sentence.units) { _, k in
                keys.append(contentsOf: k)
                for key in k { counts[key, default: 0] += 1 }
            }
        }
        let kept = counts.filter { $0.value >= Int32(minimumCount) }.keys.sorted()
        var table = HashTable(capacity: kept.count)
        for (row, key) in kept.enumerated() { table.set(key, Int32(row)) }
        return (table, bases, keys.map { table.get($0) ?? -1 })
    }
}

/// Weights while training, with the running sums that averaging needs (kept in Double: a
/// sum of step × change over millions of steps outgrows Float's precision).
struct Weights {
    typealias Row = TaggerModel.Row
    var rows: [Row]
    var sums: [SIMD16<Double>]
    var transitions: [Row]
    var transitionSums: [SIMD16<Double>]

    init(rows count: Int) {
        rows = .init(repeating: Row(), count: count)
        sums = .init(repeating: .init(), count: count)
        transitions = .init(repeating: Row(), count: Labels.count + 1)
        transitionSums = .init(repeating: .init(), count: Labels.count + 1)
    }

    func score(_ ids: [Int32], from base: Int, width: Int) -> Row {
        var sum = Row()
        for k in base..<(base + width) {
            let id = ids[k]
            if id >= 0 { sum += rows[Int(id)] }
        }
        return sum
    }

    mutating func update(gold: [UInt8], predicted: [UInt8], ids: [Int32], from base: Int, width: Int, step: Double) {
        for i in gold.indices {
            let previousGold = i == 0 ? TaggerModel.start : Int(gold[i - 1])
            let previousPredicted = i == 0 ? TaggerModel.start : Int(predicted[i - 1])
            if gold[i] != predicted[i] {
                for k in base + i * width..<(base + (i + 1) * width) {
                    let id = Int(ids[k])
                    guard id >= 0 else { continue }
                    add(&rows[id], &sums[id], lane: Int(gold[i]), by: 1, step: step)
                    add(&rows[id], &sums[id], lane: Int(predicted[i]), by: -1, step: step)
                }
            }
            if gold[i] != predicted[i] || previousGold != previousPredicted {
                add(&transitions[previousGold], &transitionSums[previousGold], lane: Int(gold[i]), by: 1, step: step)
                add(&transitions[previousPredicted], &transitionSums[previousPredicted], lane: Int(predicted[i]), by: -1, step: step)
            }
        }
    }

    private func add(_ row: inout Row, _ sum: inout SIMD16<Double>, lane: Int, by change: Float, step: Double) {
        row[lane] += change
        sum[lane] += step * Double(change)
    }

    /// The average of the weights over every step: w − Σ(step·change)/steps.
    func averaged(table: HashTable, step: Double) -> TaggerModel {
        func average(_ w: Row, _ s: SIMD16<Double>) -> Row {
            var out = Row()
            for lane in 0..<16 { out[lane] = w[lane] - Float(s[lane] / step) }
            return out
        }
        return TaggerModel(table: table, rows: zip(rows, sums).map(average), transitions: zip(transitions, transitionSums).map(average))
    }
}

/// A small seeded generator (SplitMix64), so a training run, or a test's random input, can be
/// repeated exactly.
public struct SplitMix: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
