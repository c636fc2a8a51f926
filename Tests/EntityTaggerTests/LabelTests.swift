import XCTest
@testable import EntityTagger

final class LabelTests: XCTestCase {
    func testSpansSurviveLabelling() {
        let spans = [EntitySpan(kind: .person, range: 0..<3), EntitySpan(kind: .place, range: 4..<5),
                     EntitySpan(kind: .organisation, range: 6..<10)]
        XCTAssertEqual(Labels.spans(Labels.labels(count: 12, spans: spans)), spans)
    }
}
