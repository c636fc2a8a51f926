import LuaBridge
import REPL
import Text
import XCTest

final class PrinterTests: XCTestCase {
    let state = LuaState()
    lazy var support = REPLSupport(installingOn: state.lua)

    /// What inspect() gives for a value made in Lua (not copied through Swift first).
    private func show(_ code: String) throws -> String {
        _ = support
        return try state.lua.run("return inspect(" + code + ")")[0].stringValue ?? ""
    }

    func testScalars() throws {
        XCTAssertEqual(try show("'a\\n\"b\"'"), #""a\n\"b\"""#)
        XCTAssertEqual(try show("3"), "3")
        XCTAssertEqual(try show("3.0"), "3.0")
        XCTAssertEqual(try show("nil"), "nil")
    }

    /// Corpus text can hold terminal escapes: in table cells, cards and strings they are shown
    /// escaped (C0 as \ddd, C1 as \u{..}); tabs and line breaks of the layout stay.
    func testControlCharactersAreShownEscaped() throws {
        XCTAssertEqual(try show(#"'\27[2J\194\155x'"#), #""\027[2J\u{9B}x""#)
        let table = try show(#"{ { title = 'a\27]0;b\7', n = 1 }, { title = 'c', n = 2 } }"#)
        XCTAssertTrue(table.contains("a\\027]0;b\\007"), table)
        XCTAssertFalse(table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, table)
        let card = try show(#"setmetatable({}, { __card = function() return 'line one\n\27[31mred' end })"#)
        XCTAssertEqual(card, "line one\n\\027[31mred")
    }

    func testKeysAreSortedArrayFirst() throws {
        XCTAssertEqual(try show("{ 'x', 'y', b = 2, a = 1, [10] = true, ['two words'] = 0 }"),
                       #"{ "x", "y", [10] = true, a = 1, b = 2, ["two words"] = 0 }"#)
    }

    func testNestedTablesIndentWhenLong() throws {
        let text = try show("{ title = string.rep('長', 30), figures = { 99.754, 49.96 }, people = { 'a', 'b' } }")
        XCTAssertEqual(text, """
            {
              figures = { 99.754, 49.96 },
              people = { "a", "b" },
              title = "\(String(repeating: "長", count: 30))"
            }
            """)
    }

    func testCyclesAreMarked() throws {
        XCTAssertEqual(try show("(function() local t = { name = 'loop' } t.me = t return t end)()"),
                       #"{ me = <cycle>, name = "loop" }"#)
    }

    func testLongTablesAreTruncatedWithACount() throws {
        let text = try show("(function() local t = {} for i = 1, 120 do t[i] = i end return t end)()")
        XCTAssertTrue(text.contains("50,\n"), text)
        XCTAssertFalse(text.contains(" 51,"), text)
        XCTAssertTrue(text.hasSuffix("… (70 more)\n}"), text)
    }

    func testUserdataUsesTostring() throws {
        XCTAssertEqual(try show("setmetatable({}, { __tostring = function() return 'Article<1>' end })"), "Article<1>")
        XCTAssertTrue(try show("io.stdout").hasPrefix("file ("))
    }

    /// Every row of a record table puts each column at the same display column, CJK counting two.
    func testRecordsPrintAsAnAlignedTable() throws {
        let text = try show("{ { city = '大同市', projects = 47 }, { city = 'Datong', projects = 3 }, { city = '雲州區', projects = 120 } }")
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6, text)  // header, rule, three rows, count
        XCTAssertEqual(lines.last, "(3 rows)")
        let rows = [lines[0]] + lines[2...4]
        let widths = rows.map { displayWidth($0) }
        XCTAssertEqual(Set(widths).count, 1, "rows have equal display width:\n\(text)")
        // The "projects" column is numeric, right-aligned: every row ends in its number.
        XCTAssertTrue(lines[2].hasSuffix(" 47") && lines[3].hasSuffix("  3") && lines[4].hasSuffix("120"), text)
        // The city column starts at the same display column in every row.
        let starts = rows.map { line -> Int in
            let prefix = line.prefix { $0 != "大" && $0 != "D" && $0 != "雲" && $0 != "c" }
            return displayWidth(String(prefix))
        }
        XCTAssertEqual(Set(starts).count, 1, text)
    }

    func testRecordTablesTruncateCellsAndRows() throws {
        let text = try show("""
            (function()
              local rows = {}
              for i = 1, 30 do rows[i] = { id = i, note = string.rep('備註', 30) } end
              return rows
            end)()
            """)
        let first = text.split(separator: "\n")[2]
        XCTAssertTrue(first.hasSuffix("…"), "long cells end with an ellipsis:\n\(text)")
        XCTAssertLessThanOrEqual(displayWidth(String(first)), 2 + 2 + 2 + 2 + 40, text)
        XCTAssertTrue(text.contains("… 10 more rows (30 in all)"), text)
    }

    func testDisplayWidth() {
        XCTAssertEqual(displayWidth("大同ab"), 6)
        XCTAssertEqual(displayWidth("ＡＢ"), 4)        // fullwidth forms
        XCTAssertEqual(displayWidth("e\u{301}"), 1)    // a combining accent takes no column
        XCTAssertEqual(displayWidth("“三個一批”"), 10) // curly quotes are narrow
    }
}
