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

    /// One row per month in order, each with the hits its articles hold; every hit counted
    /// once in lead, body or end; each strip as wide as asked.
    func testDispersionRowsAndPositions() throws {
        state.lua.setRawGlobal("sample", .text(ListTests.sample))
        let result = try state.lua.run("""
            local c = corpus.load(sample, { quiet = true })
            local d = chart.dispersion(c, "项目", { width = 60 })
            local hits = c:search("项目", { fields = { "text" } })
            local per_month = {}
            for _, h in ipairs(hits) do
              local key = h.article.date and h.article.date:sub(1, 7) or "undated"
              per_month[key] = (per_month[key] or 0) + 1
            end
            local agree, ordered, widths = true, true, true
            for i, row in ipairs(d.rows) do
              local n = tonumber(row.figures:match("^(%d+) in"))
              if n ~= (per_month[row.key] or 0) then agree = false end
              if i > 1 and row.key ~= "undated" and d.rows[i - 1].key >= row.key then ordered = false end
            end
            local lines = {}
            for line in tostring(d):gmatch("[^\\n]+") do lines[#lines + 1] = line end
            for i = 2, #d.rows + 1 do if utf8.len(lines[i]) > 60 then widths = false end end
            return d.lead + d.body + d["end"] == #hits, agree, ordered, widths, #d.rows > 3
            """)
        XCTAssertEqual(result, Array(repeating: .boolean(true), count: 5))
    }

    func testTimelineIsInPeriodOrder() throws {
        let text = try state.lua.run("""
            return tostring(chart.timeline({ { period = "2024-09", count = 1 }, { period = "2024-08", count = 3 } }, nil, nil, { width = 30 }))
            """)[0].stringValue ?? ""
        XCTAssertTrue(text.hasPrefix("2024-08 3 "), text)
    }
}
