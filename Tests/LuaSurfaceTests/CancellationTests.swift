import Foundation
import LuaBridge
import LuaShim
import LuaSurface
import XCTest

/// Long Swift work stops where Lua code would: a time limit that has passed (as `dossier test
/// --timeout` sets) stops loading, indexing, counting, extraction and grep with its message,
/// and nothing is left half-made: once the limit is lifted, the same calls give full answers.
final class CancellationTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }

    override func setUpWithError() throws { try state.installingSample() }

    override func tearDown() {
        dossier_set_time_limit(lua.L, 0, "")
    }

    static let calls = ["corpus.load(sample, { quiet = true })", "c:index()", "c:freq()", "c:ngrams(2)", "c:grep('[0-9]+')",
                        "c:extract('numbers', 'people')", "c:cooccur('people')", "c:collocates('項目')"]

    func testWorkPastTheTimeLimitStopsWithItsMessage() throws {
        dossier_set_time_limit(lua.L, 0.001, "stopped by the test's limit")
        usleep(5_000)
        for call in Self.calls {
            let result = try lua.run("return pcall(function() return \(call) end)", name: "=test")
            XCTAssertEqual(result.first, false, call)
            XCTAssertEqual(result.last?.stringValue?.hasSuffix("stopped by the test's limit"), true, "\(call): \(result)")
        }
        dossier_set_time_limit(lua.L, 0, "")
        let sizes = try lua.run("""
            local words, pairs, hits = c:freq(), c:ngrams(2), c:grep('[0-9]+')
            return #words > 100, #pairs > 100, #hits > 10, #c[1]:numbers() > 0, #corpus.load(sample, { quiet = true }) == #c
            """)
        XCTAssertEqual(sizes, Array(repeating: .boolean(true), count: 5), "full answers once the limit is lifted")
    }
}
