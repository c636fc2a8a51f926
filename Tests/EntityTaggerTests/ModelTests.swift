import Foundation
import XCTest
@testable import EntityTagger

/// The model file, the decoder's constraints, the lexicon's codes and the hash table, each
/// checked against what it must give.
final class ModelTests: XCTestCase {
    static func trained() -> (TaggerModel, Lexicon) {
        var options = TrainingOptions()
        options.minimumCount = 1
        options.epochs = 6
        let lexicon = Lexicon(words: [(Array("大同市".unicodeScalars.map(\.value)), .place)])
        let sentences = TrainingTests.marked.map(TrainingTests.parse)
        return (TaggerTraining.train(sentences, lexicon: lexicon, surnames: [], segmenter: nil, options: options) { _, _ in }, lexicon)
    }

    func testAModelReadBackTagsAsItWasWritten() throws {
        let (model, lexicon) = ModelTests.trained()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(getpid()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(model.serialized(smallest: 0)).write(to: url)
        let read = try TaggerModel(contentsOf: url)
        let before = EntityTagger(model: model, lexicon: lexicon, surnames: [], segmenter: nil)
        let after = EntityTagger(model: read, lexicon: lexicon, surnames: [], segmenter: nil)
        for sentence in TrainingTests.marked.map(TrainingTests.parse) {
            XCTAssertEqual(after.spans(sentence.units), before.spans(sentence.units))
        }
    }

    func testADamagedModelFileIsAnErrorNamingIt() throws {
        let (model, _) = ModelTests.trained()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(getpid()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = model.serialized(smallest: 0)
        try Data(bytes.prefix(bytes.count / 2)).write(to: url)
        XCTAssertThrowsError(try TaggerModel(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains(url.path) && "\(error)".contains("ends early"), "\(error)")
        }
        try Data("not a model".utf8).write(to: url)
        XCTAssertThrowsError(try TaggerModel(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains("not a dossier entity model"), "\(error)")
        }
        // trained on other features: its layout, just after the version, is not this build's
        var other = bytes
        other[TaggerModel.magic.count + 4] = UInt8(truncatingIfNeeded: Features.layout + 1)
        try Data(other).write(to: url)
        XCTAssertThrowsError(try TaggerModel(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".contains("feature layout") && "\(error)".contains("train-entities"), "\(error)")
        }
    }

    func testDecodedLabelsAlwaysSpellWholeNames() {
        // random scores, seeded: whatever they favour, the labels open and close names properly
        var random = SplitMix(seed: 7)
        print("ModelTests seed 7")
        let model = TaggerModel(table: HashTable(capacity: 0), rows: [], transitions: .init(repeating: .init(), count: Labels.count + 1))
        for _ in 0..<200 {
            let count = Int(random.next() % 30) + 1
            let emissions = (0..<count).map { _ in
                TaggerModel.Row((0..<16).map { _ in Float(random.next() % 2001) / 100 - 10 })
            }
            let labels = model.decode(emissions)
            XCTAssertEqual(labels.count, count)
            for i in labels.indices {
                XCTAssertTrue(Labels.allowed(from: i == 0 ? nil : labels[i - 1], to: labels[i]), "\(labels)")
            }
            if let last = labels.last { XCTAssertFalse(Labels.isOpen(last), "\(labels)") }
        }
    }

    func testLexiconCodesSayWhereKnownWordsStand() {
        let units = Array("在大同市考察".unicodeScalars.map(\.value))
        let lexicon = Lexicon(words: [(Array("大同市".unicodeScalars.map(\.value)), .place), (Array("考察".unicodeScalars.map(\.value)), .verb)])
        let around = lexicon.around(units)
        XCTAssertEqual(around.starts[1], Lexicon.code(length: 3, Lexicon.WordClass.place.rawValue))
        XCTAssertEqual(around.ends[3], Lexicon.code(length: 3, Lexicon.WordClass.place.rawValue))
        XCTAssertEqual(around.inside[2], Lexicon.WordClass.place.rawValue)
        XCTAssertEqual(around.inName[1][1...3].map { $0 >> 3 }, [1, 2, 3], "begin, middle, end of a known place")
        XCTAssertEqual(around.starts[4], Lexicon.code(length: 2, Lexicon.WordClass.verb.rawValue))
        XCTAssertEqual(around.starts[0], 0)
        XCTAssertEqual(lexicon.wordClass(Array("考察".unicodeScalars.map(\.value))), .verb)
        XCTAssertNil(lexicon.wordClass(Array("大同".unicodeScalars.map(\.value))), "a prefix is no word")
    }

    func testCharacterClassesSayHowOftenACharactersWordsAreNames() {
        func word(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        // 娃 ends three people's names and one noun; 市 ends two places; 考 is in no name
        let lexicon = Lexicon(words: [(word("谢娃"), .person), (word("李娃"), .person), (word("张娃"), .person), (word("娃娃"), .noun),
                                      (word("大同市"), .place), (word("太原市"), .place), (word("考察"), .verb)])
        func bucket(_ text: String, kind: Int) -> UInt16 { lexicon.classes(of: word(text)[0]) >> (3 * kind) & 7 }
        // kinds: 0 person first, 1 person rest, 2 place last, 3 organisation last, 4 place or organisation elsewhere
        XCTAssertGreaterThan(bucket("娃", kind: 1), 0, "娃 is a later character of names")
        XCTAssertEqual(bucket("娃", kind: 0), 0, "娃 starts no name")
        XCTAssertGreaterThan(bucket("谢", kind: 0), 0)
        XCTAssertGreaterThan(bucket("市", kind: 2), bucket("娃", kind: 2))
        XCTAssertGreaterThan(bucket("大", kind: 4), 0)
        XCTAssertEqual(lexicon.classes(of: word("考")[0]), 0, "a character of no name has no class")
        XCTAssertEqual(lexicon.classes(of: 0x41), 0, "outside the table: none")
    }

    func testHashTableAgreesWithADictionary() {
        var random = SplitMix(seed: 11)
        print("ModelTests seed 11")
        var table = HashTable(capacity: 5000)
        var reference: [UInt64: Int32] = [:]
        for i in 0..<5000 {
            let key = random.next() % 20000 + 1  // repeats: a later value wins
            table.set(key, Int32(i))
            reference[key] = Int32(i)
        }
        for key in 1...20001 as ClosedRange<UInt64> { XCTAssertEqual(table.get(key), reference[key]) }
        XCTAssertEqual(table.count, reference.count)
    }

    func testRowsLaidOutByGroupSumAsTheModelsRowsByKey() {
        // every character's keys, from sentences and with their values changed at random (most
        // then absent), summed through the grouped layout (the rows `resolve` finds, as tagging
        // reads them) and straight from the model's table
        let (model, lexicon) = ModelTests.trained()
        let features = Features(lexicon: lexicon, surnames: [], segmenter: nil)
        var random = SplitMix(seed: 13)
        print("ModelTests seed 13")
        var checked = 0, present = 0
        for sentence in TrainingTests.marked.map(TrainingTests.parse) {
            features.forEach(sentence.units) { _, keys in
                var variants = [Array(keys)]
                for _ in 0..<3 {
                    variants.append(keys.map { key in
                        random.next() % 2 == 0 ? key : key & ~FeatureRows.valueMask | random.next() % 0x11_0002
                    })
                }
                for variant in variants {
                    var expected = TaggerModel.Sum()
                    for key in variant {
                        if let row = model.table.get(key) {
                            expected &+= TaggerModel.widened(model.rows[Int(row)])
                            present += 1
                        }
                    }
                    var indices = [Int32](repeating: 0, count: variant.count)
                    indices.withUnsafeMutableBufferPointer { indices in
                        variant.withUnsafeBufferPointer { model.featureRows.resolve($0, into: indices) }
                    }
                    let got = indices.withUnsafeBufferPointer { model.featureRows.sum($0) }
                    XCTAssertEqual(got, expected)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 100)
        XCTAssertGreaterThan(present, checked * 10, "most of a sentence's own keys have rows")
    }
}
