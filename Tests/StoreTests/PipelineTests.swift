import Foundation
@testable import Store
import XCTest

/// A build prepares the next batch while it stores this one: stored in order, the next one
/// prepared before this one is stored, and no preparing left running when either throws.
final class PipelineTests: XCTestCase {
    private struct Failed: Error, Equatable { let item: Int }

    /// What happened, in order, from both threads.
    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String] = []
        func add(_ event: String) { lock.withLock { events.append(event) } }
        var all: [String] { lock.withLock { events } }
    }

    private func run(_ items: [Int], failingToPrepare: Int? = nil, failingToStore: Int? = nil, log: Log) throws {
        try pipelined(items, prepare: { item in
            log.add("start \(item)")
            Thread.sleep(forTimeInterval: 0.02)  // long enough for the writer to be storing meanwhile
            if item == failingToPrepare { throw Failed(item: item) }
            log.add("ready \(item)")
            return item * 10
        }, store: { prepared in
            let item = prepared / 10
            if item == failingToStore { throw Failed(item: item) }
            // the next batch is being prepared while this one is stored: wait (a while) to see it start
            let deadline = Date().addingTimeInterval(5)
            while item < items.count, !log.all.contains("start \(item + 1)"), Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            log.add("stored \(item)")
        })
    }

    func testBatchesAreStoredInOrderEachPreparedWhileTheOneBeforeIsStored() throws {
        let log = Log()
        try run(Array(1...5), log: log)
        let events = log.all
        XCTAssertEqual(events.filter { $0.hasPrefix("stored") }, (1...5).map { "stored \($0)" })
        for item in 2...5 {
            XCTAssertLessThan(try XCTUnwrap(events.firstIndex(of: "start \(item)")), try XCTUnwrap(events.firstIndex(of: "stored \(item - 1)")),
                              "batch \(item) is prepared while batch \(item - 1) is stored: \(events)")
            XCTAssertLessThan(try XCTUnwrap(events.firstIndex(of: "ready \(item)")), try XCTUnwrap(events.firstIndex(of: "stored \(item)")))
        }
        try run([], log: log)
        XCTAssertEqual(log.all, events, "nothing to prepare, nothing done")
    }

    func testAFailureStopsTheBuildWithNoPreparingLeftRunning() throws {
        let storing = Log()
        XCTAssertThrowsError(try run(Array(1...5), failingToStore: 2, log: storing)) { XCTAssertEqual($0 as? Failed, Failed(item: 2)) }
        let afterStoring = storing.all
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(storing.all, afterStoring, "nothing ran on after the call")
        XCTAssertEqual(afterStoring.filter { $0.hasPrefix("stored") }, ["stored 1"])
        XCTAssertTrue(afterStoring.contains("ready 3"), "the batch being prepared was waited for: \(afterStoring)")
        XCTAssertFalse(afterStoring.contains("start 4"))

        let preparing = Log()
        XCTAssertThrowsError(try run(Array(1...5), failingToPrepare: 3, log: preparing)) { XCTAssertEqual($0 as? Failed, Failed(item: 3)) }
        XCTAssertEqual(preparing.all.filter { $0.hasPrefix("stored") }, ["stored 1", "stored 2"])
        XCTAssertFalse(preparing.all.contains("start 4"))
    }
}
