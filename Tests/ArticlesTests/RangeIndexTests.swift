import XCTest
@testable import Articles

/// RangeIndex answers as the direct scans it replaced do, on random ranges (seeded).
final class RangeIndexTests: XCTestCase {
    func testAgreesWithScanningEveryRange() {
        var state: UInt64 = 42
        print("RangeIndexTests seed 42")
        func random(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        func range() -> Range<Int> {
            let start = random(200)
            return start..<(start + random(12))  // some empty, which overlap nothing
        }
        for _ in 0..<200 {
            let ranges = (0..<random(30)).map { _ in range() }
            let index = RangeIndex(ranges)
            let nonEmpty = ranges.filter { !$0.isEmpty }
            for _ in 0..<50 {
                let query = range()
                XCTAssertEqual(index.overlaps(query), nonEmpty.contains { $0.overlaps(query) }, "\(ranges) \(query)")
                XCTAssertEqual(index.overlapping(query).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) },
                               nonEmpty.filter { $0.overlaps(query) }.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) },
                               "\(ranges) \(query)")
                let holder = index.containing(query)
                XCTAssertEqual(holder != nil, nonEmpty.contains { $0.lowerBound <= query.lowerBound && query.upperBound <= $0.upperBound },
                               "\(ranges) \(query)")
                if let holder { XCTAssertTrue(holder.lowerBound <= query.lowerBound && query.upperBound <= holder.upperBound) }
                let point = random(220)
                XCTAssertEqual(index.crosses(point), nonEmpty.contains { $0.lowerBound < point && point < $0.upperBound })
                XCTAssertEqual(index.last(startingBefore: point)?.lowerBound, nonEmpty.filter { $0.lowerBound < point }.map(\.lowerBound).max())
            }
        }
    }
}
