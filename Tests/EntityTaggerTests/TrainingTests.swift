import XCTest
@testable import EntityTagger

final class TrainingTests: XCTestCase {
    /// Hand-written sentences in the style of reports, with their names marked.
    static let marked = [
        "[P:王建国]在[L:大同市]考察", "[O:市政府]召开会议，[P:李明]主持", "[P:张伟]说，[L:山西省]发展很快",
        "[L:北京]的[O:国务院]发布通知", "[P:刘洋]和[P:陈静]来到[L:太原]", "[O:大同市委]书记[P:卢东亮]讲话",
    ]

    static func parse(_ marked: String) -> TrainingSentence {
        var units: [UInt32] = [], spans: [EntitySpan] = []
        var rest = Substring(marked)
        while let c = rest.first {
            if c == "[", let colon = rest.firstIndex(of: ":"), let close = rest.firstIndex(of: "]") {
                let kind: EntityKind = rest[rest.index(after: rest.startIndex)] == "P" ? .person : rest[rest.index(after: rest.startIndex)] == "L" ? .place : .organisation
                let name = rest[rest.index(after: colon)..<close].unicodeScalars.map(\.value)
                spans.append(EntitySpan(kind: kind, range: units.count..<(units.count + name.count)))
                units += name
                rest = rest[rest.index(after: close)...]
            } else {
                units += c.unicodeScalars.map(\.value)
                rest = rest.dropFirst()
            }
        }
        return TrainingSentence(units: units, spans: spans)
    }

    func testTrainingFitsItsSentences() {
        let sentences = TrainingTests.marked.map(TrainingTests.parse)
        var options = TrainingOptions()
        options.minimumCount = 1
        options.epochs = 8
        let model = TaggerTraining.train(sentences, lexicon: Lexicon(words: []), surnames: [], segmenter: nil, options: options) { _, _ in }
        let tagger = EntityTagger(model: model, lexicon: Lexicon(words: []), surnames: [], segmenter: nil)
        for sentence in sentences {
            XCTAssertEqual(tagger.spans(sentence.units), Labels.spans(sentence.labels))
        }
    }
}
