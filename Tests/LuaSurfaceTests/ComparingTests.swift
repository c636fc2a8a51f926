import Foundation
import LuaBridge
import LuaSurface
import XCTest

/// Keyness figures recomputed here from the counts, by the formulas docs/lua-api.md gives;
/// the summary and the mistakes a user makes.
final class ComparingTests: XCTestCase {
    let state = LuaState()

    override func setUpWithError() throws {
        try state.installingSample(then: """
            local n = 0
            a = c:filter(function() n = n + 1; return n % 2 == 0 end)
            b = c:filter(function() n = n + 1; return n % 2 == 0 end)
            """)
    }

    private func run(_ code: String) throws -> [LuaValue] { try state.lua.run(code, name: "=test") }

    func testKeynessFiguresMatchTheFormulas() throws {
        let result = try run("""
            local k = a:keyness(b, { by = "chars" })
            -- the totals and counts, made again from each side's own frequencies
            local function counts(x)
              local t, n = {}, 0
              for _, row in ipairs(x:freq({ by = "chars" })) do local f = zh.fold(row.key); t[f] = (t[f] or 0) + row.count; n = n + row.count end
              return t, n
            end
            local here, n1 = counts(a)
            local there, n2 = counts(b)
            local rows = {}
            for i = 1, #k do
              local r = k[i]
              assert(r.count == (here[zh.fold(r.key)] or 0) and r.reference_count == (there[zh.fold(r.key)] or 0), r.key)
              if i > 1 then assert(k[i - 1].g2 >= r.g2, "sorted by G²") end
              rows[i] = { r.count, r.reference_count, r.g2, r.log_ratio, r.significant and 1 or 0, r.direction }
            end
            return n1, n2, rows
            """)
        let (n1, n2) = (try XCTUnwrap(result[0].doubleValue), try XCTUnwrap(result[1].doubleValue))
        guard case .table(let rows) = result[2] else { return XCTFail("rows") }
        XCTAssertGreaterThan(rows.array.count, 100)
        var significant = 0
        for case .table(let row) in rows.array {
            let (a, b) = (row.array[0].doubleValue ?? -1, row.array[1].doubleValue ?? -1)
            let total = a + b
            let (e1, e2) = (n1 * total / (n1 + n2), n2 * total / (n1 + n2))
            let g2 = 2 * ((a > 0 ? a * Foundation.log(a / e1) : 0) + (b > 0 ? b * Foundation.log(b / e2) : 0))
            let ratio = log2((Swift.max(a, 0.5) / n1) / (Swift.max(b, 0.5) / n2))
            XCTAssertEqual(row.array[2].doubleValue ?? -1, g2, accuracy: 1e-9)
            XCTAssertEqual(row.array[3].doubleValue ?? -1, ratio, accuracy: 1e-9)
            XCTAssertEqual(row.array[4].intValue == 1, g2 >= 3.84)
            XCTAssertEqual(row.array[5].stringValue, a / n1 >= b / n2 ? "over" : "under")
            if g2 >= 3.84 { significant += 1 }
        }
        XCTAssertGreaterThan(significant, 0, "the halves differ somewhere")
    }

    /// A key written in Traditional in one corpus and Simplified in the other is one key.
    func testKeysMeetAcrossScripts() throws {
        let result = try run("""
            local t = corpus.load(sample .. "/seed-article.txt", { quiet = true })
            local k = t:keyness(t)
            local g2 = 0
            for _, r in ipairs(k) do g2 = math.max(g2, r.g2) end
            return #k, #t:freq(), g2
            """)
        XCTAssertEqual(result[0], result[1], "a corpus against itself: each word once")
        XCTAssertEqual(result[2].doubleValue ?? -1, 0, accuracy: 1e-12, "and nothing is key")
    }

    func testCompareSummarisesOnOneScreen() throws {
        let result = try run("""
            local cmp = a:compare(b, { top = 3 })
            local card = tostring(cmp)
            local lines = select(2, card:gsub("\\n", "")) + 1
            return cmp.articles, cmp.reference_articles, #cmp.key_words <= 3, card:find("more frequent here", 1, true) ~= nil,
                   card:find("people only here", 1, true) ~= nil, lines <= 24
            """)
        XCTAssertEqual(result[0].intValue.map { $0 > 0 }, true)
        XCTAssertEqual(Array(result[2...]), [true, true, true, true])
    }

    /// a:diff is a list (its methods work) that prints as a diff with context.
    func testDiffPrintsChangesWithContext() throws {
        let result = try run("""
            local d = c[2]:diff(c[3])
            local card = tostring(d)
            return #d:filter("op", "-") > 0, #d:filter("op", "+") > 0, card:find("^[ =+-]") ~= nil,
                   card:find("removed, %d+ added, %d+ unchanged%)$") ~= nil, pcall(c[1].diff, c[1], {})
            """)
        XCTAssertEqual(Array(result[0...4]), [true, true, true, true, false])
        XCTAssertTrue(result[5].stringValue?.contains("Article expected") == true, "\(result[5])")
    }

    func testMistakesAreErrors() throws {
        let messages = try state.errors(of: ["a:keyness({})", "a:keyness(b, { by = \"person\" })", "a:keyness(b, { bye = \"words\" })",
                                             "a:compare(b, { top = 0 })"])
        XCTAssertTrue(messages[0].contains("the reference is a corpus"), messages[0])
        XCTAssertTrue(messages[1].contains("\"person\" is now \"people\""), messages[1])
        XCTAssertTrue(messages[2].contains("unknown option 'bye'; did you mean 'by'?"), messages[2])
        XCTAssertTrue(messages[3].contains("top is a whole number"), messages[3])
    }
}
