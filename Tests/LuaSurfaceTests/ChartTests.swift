import LuaSurface
import LuaBridge
import XCTest

final class ChartTests: XCTestCase {
    let state = LuaState()

    override func setUp() { LuaSurface.install(on: state.lua) }

    func testBarsFitTheWidthAndScaleWithTheValues() throws {
        let text = try state.lua.run("""
            return tostring(chart.bar({ { key = "大同市", count = 8 }, { key = "ab", count = 2 }, { key = "太原", count = 0 } },
                                      "key", "count", { width = 40 }))
            """)[0].stringValue ?? ""
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        for line in lines {
            let width = try state.lua.call(try state.lua.run("return dossier.width")[0], [.text(line)])[0].intValue ?? 0
            XCTAssertLessThanOrEqual(width, 40, line)
        }
        let full = lines[0].filter { $0 == "█" }.count
        let quarter = lines[1].filter { $0 == "█" }.count
        XCTAssertEqual(Double(quarter), Double(full) / 4, accuracy: 1)
        XCTAssertFalse(lines[2].contains("█"), "a zero gets no bar")
        XCTAssertTrue(lines[1].hasPrefix("ab     2 "), "labels padded by display width: \(lines[1])")
    }

    func testTimelineIsInPeriodOrder() throws {
        let text = try state.lua.run("""
            return tostring(chart.timeline({ { period = "2024-09", count = 1 }, { period = "2024-08", count = 3 } }, nil, nil, { width = 30 }))
            """)[0].stringValue ?? ""
        XCTAssertTrue(text.hasPrefix("2024-08 3 "), text)
    }
}
