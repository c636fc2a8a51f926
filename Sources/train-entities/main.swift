/// train-entities: trains the entity tagger's model on sentences with one character and its
/// BMES tag a line (B-PER, M-LOC, E-ORG, S-PER, O; a blank line between sentences), as the
/// MSRA named-entity set ships them, and writes the model file. scripts/train-entities.sh runs
/// it on MSRA's training split.
///
///   train-entities TRAIN.txt MODEL [--epochs N] [--holdout N] [--seed N] [--min-count N] [--prune SIZE]
///                  [--no-lexicon] [--no-segmentation] [--show N]
///
/// --holdout N keeps the first N sentences out of training and prints the tagger's
/// precision, recall and F1 on them after every epoch (exact spans), to choose the epochs;
/// --show N prints those of the first N it gets wrong. --no-lexicon and --no-segmentation
/// train without those features, to measure what they add (the model's file then does not
/// match dossier's features: keep it out of Resources/).
import Articles
import EntityTagger
import Foundation
import Segmentation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("train-entities: \(message)\n".utf8))
    exit(2)
}

struct Arguments {
    var train = "", output = ""
    var options = TrainingOptions()
    var holdout = 0
    /// Features whose scores all stay below this in size are left out of the file.
    var prune: Float = 4
    /// Ablations, to measure what the lexicon and jieba's segmentation add.
    var withoutLexicon = false, withoutSegmentation = false
    /// How many held-out sentences the tagger gets wrong to print, with the right names.
    var show = 0

    init(_ words: [String]) {
        var positional: [String] = []
        var i = 0
        func number(_ name: String) -> Int {
            i += 1
            guard i < words.count, let n = Int(words[i]), n >= 0 else { fail("\(name) takes a whole number") }
            return n
        }
        while i < words.count {
            switch words[i] {
            case "--epochs": options.epochs = max(1, number("--epochs"))
            case "--holdout": holdout = number("--holdout")
            case "--seed": options.seed = UInt64(number("--seed"))
            case "--min-count": options.minimumCount = number("--min-count")
            case "--no-lexicon": withoutLexicon = true
            case "--no-segmentation": withoutSegmentation = true
            case "--show": show = number("--show")
            case "--prune":
                i += 1
                guard i < words.count, let size = Float(words[i]), size >= 0 else { fail("--prune takes a number") }
                prune = size
            default: positional.append(words[i])
            }
            i += 1
        }
        guard positional.count == 2 else { fail("usage: train-entities TRAIN.txt MODEL [--epochs N] [--holdout N] [--seed N] [--min-count N] [--prune SIZE] [--no-lexicon] [--no-segmentation] [--show N]") }
        (train, output) = (positional[0], positional[1])
    }
}

/// Sentences of the file, folded as articles are, with their tagged spans. A line whose
/// character is more than one code point is not of this format, and is an error.
func readSentences(_ path: String) -> [(units: [UInt32], spans: [EntitySpan])] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot be read as UTF-8") }
    var sentences: [(units: [UInt32], spans: [EntitySpan])] = []
    var characters = "", spans: [EntitySpan] = [], count = 0
    var start: (index: Int, kind: EntityKind)?
    func finish() {
        if count > 0 { sentences.append((ScannedText(characters).units, spans)) }
        characters = ""; spans = []; count = 0; start = nil
    }
    for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
        let fields = line.split(separator: " ")
        guard fields.count == 2 else { finish(); continue }
        guard fields[0].unicodeScalars.count == 1 else { fail("\(path):\(number + 1): \"\(fields[0])\" is not one character") }
        characters += fields[0]
        let tag = fields[1].split(separator: "-", maxSplits: 1)
        // a name opened by B or S and closed by E or S; an E with no B before it (the set has a
        // few) is left out rather than guessed
        if tag.count == 2, let kind = EntityKind(tag: String(tag[1])) {
            if tag[0] == "B" || tag[0] == "S" { start = (count, kind) }
            if tag[0] == "E" || tag[0] == "S", let open = start, open.kind == kind {
                spans.append(EntitySpan(kind: kind, range: open.index..<(count + 1)))
                start = nil
            }
        } else {
            start = nil
        }
        count += 1
    }
    finish()
    return sentences
}

/// Precision, recall and F1 per kind on exact spans.
func evaluate(_ tagger: EntityTagger, on sentences: ArraySlice<(units: [UInt32], spans: [EntitySpan])>) -> String {
    var hit = [0, 0, 0], found = [0, 0, 0], expected = [0, 0, 0]
    for sentence in sentences {
        let predicted = tagger.spans(sentence.units)
        for span in predicted { found[span.kind.rawValue] += 1 }
        for span in sentence.spans {
            expected[span.kind.rawValue] += 1
            if predicted.contains(span) { hit[span.kind.rawValue] += 1 }
        }
    }
    return EntityKind.allCases.map { kind in
        let k = kind.rawValue
        let p = Double(hit[k]) / Double(max(found[k], 1)), r = Double(hit[k]) / Double(max(expected[k], 1))
        return String(format: "%@ P %.3f R %.3f F1 %.3f", ["PER", "LOC", "ORG"][k], p, r, 2 * p * r / max(p + r, 1e-9))
    }.joined(separator: "   ")
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
let sentences = readSentences(arguments.train)
let held = sentences.prefix(arguments.holdout)
let training = sentences.dropFirst(arguments.holdout).map { TrainingSentence(units: $0.units, spans: $0.spans) }
let lexicon: Lexicon
do { lexicon = arguments.withoutLexicon ? Lexicon(words: []) : try EntityModel.lexicon() } catch { fail("\(error)") }
let segmenter: Segmenter?
do { segmenter = arguments.withoutSegmentation ? nil : try Segmenter.shared() } catch { fail("\(error)") }
print("train-entities: \(training.count) sentences, \(training.reduce(0) { $0 + $1.units.count }) characters; seed \(arguments.options.seed)")
let started = Date()
let model = TaggerTraining.train(training, lexicon: lexicon, surnames: EntityModel.surnames, segmenter: segmenter, options: arguments.options) { epoch, model in
    let time = String(format: "%.0f s", Date().timeIntervalSince(started))
    if held.isEmpty {
        print("epoch \(epoch) (\(time))")
    } else {
        print("epoch \(epoch) (\(time)): \(evaluate(EntityTagger(model: model, lexicon: lexicon, surnames: EntityModel.surnames, segmenter: segmenter), on: held))")
    }
}
if arguments.show > 0 {
    let tagger = EntityTagger(model: model, lexicon: lexicon, surnames: EntityModel.surnames, segmenter: segmenter)
    for sentence in held.prefix(arguments.show) {
        let text = String(String.UnicodeScalarView(sentence.units.compactMap(Unicode.Scalar.init)))
        func words(_ spans: [EntitySpan]) -> String {
            spans.map { "\($0.kind):" + String(String.UnicodeScalarView(sentence.units[$0.range].compactMap(Unicode.Scalar.init))) }.joined(separator: " ")
        }
        let predicted = tagger.spans(sentence.units)
        if predicted != sentence.spans { print(text, "\n  gold:", words(sentence.spans), "\n  got: ", words(predicted)) }
    }
}
let bytes = model.serialized(smallest: arguments.prune)
do { try Data(bytes).write(to: URL(fileURLWithPath: arguments.output)) } catch { fail("\(arguments.output): \(error)") }
print("train-entities: wrote \(arguments.output) (\(bytes.count / 1024) KiB)")
// the file as a user's dossier reads it, pruned and quantised, on the held-out sentences
if !held.isEmpty {
    do {
        let written = try TaggerModel(contentsOf: URL(fileURLWithPath: arguments.output))
        print("as written: \(evaluate(EntityTagger(model: written, lexicon: lexicon, surnames: EntityModel.surnames, segmenter: segmenter), on: held))")
    } catch {
        fail("\(error)")
    }
}
