@testable import EntityTagger
import XCTest

/// A line seen before is not tagged again, and the lines kept stay within their bound.
final class TaggedLinesTests: XCTestCase {
    private func line(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    func testALineIsTaggedOnceAndTheCacheIsEmptiedWhenFull() {
        let cache = TaggedLines(capacity: 80)
        var tagged: [[UInt32]] = []
        func names(_ text: String) -> [EntitySpan] {
            cache.names(of: line(text)) { units in
                tagged.append(units)
                return [EntitySpan(kind: .person, range: 0..<units.count)]  // a name per line, to see it come back
            }
        }
        XCTAssertEqual(names("张伟说"), [EntitySpan(kind: .person, range: 0..<3)])
        XCTAssertEqual(names("张伟说"), [EntitySpan(kind: .person, range: 0..<3)])
        XCTAssertEqual(tagged.count, 1, "the second time the line comes from the cache")
        _ = names("李明主持")
        XCTAssertEqual(tagged.count, 2)
        _ = names(String(repeating: "长", count: 11))  // over an eighth of the capacity: tagged, never kept
        _ = names(String(repeating: "长", count: 11))
        XCTAssertEqual(tagged.count, 4)
        for i in 0..<20 { _ = names("第\(i)行内容") }  // 110 characters: the cache is emptied on the way
        _ = names("张伟说")
        XCTAssertEqual(tagged.count, 25, "emptied when full, so the first line is tagged again")
    }

    func testRepeatedLinesOfATextGetTheirOwnOffsets() {
        let (model, lexicon) = ModelTests.trained()
        let tagger = EntityTagger(model: model, lexicon: lexicon, surnames: [], segmenter: nil)
        let sentence = "王建国在大同市考察"
        let once = tagger.spans(line(sentence))
        XCTAssertFalse(once.isEmpty)
        let count = sentence.unicodeScalars.count + 1
        let thrice = tagger.spans(line([sentence, sentence, sentence].joined(separator: "\n")))
        XCTAssertEqual(thrice, (0..<3).flatMap { n in
            once.map { EntitySpan(kind: $0.kind, range: ($0.range.lowerBound + n * count)..<($0.range.upperBound + n * count)) }
        })
    }
}
