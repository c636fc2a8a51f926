import DossierLibrary
import Foundation
import LuaBridge
import XCTest

final class SearchTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }

    override func setUp() {
        let support = DossierLibrary.install(on: lua)
        _ = support
        lua.setRawGlobal("sample", .text(ListTests.sample))
        _ = try? lua.run("c = corpus.load(sample, { quiet = true })")
    }

    private func run(_ code: String) throws -> [LuaValue] { try lua.run(code, name: "=test") }

    func testSearchIgnoresScriptBothWays() throws {
        let result = try run("""
            -- count both forms directly, in the body text only
            local direct = 0
            for a in c:each() do
              for _, form in ipairs({ "储能", "儲能" }) do
                local from = 1
                while true do
                  local s, e = a.text:find(form, from, true)
                  if not s then break end
                  direct, from = direct + 1, e + 1
                end
              end
            end
            local simplified = c:search("储能", { fields = { "text" } })
            local traditional = c:search("儲能", { fields = { "text" } })
            local forms = {}
            for _, h in ipairs(simplified) do forms[h.text] = true end
            return direct, #simplified, #traditional, forms["储能"] == true, forms["儲能"] == true
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(result[1], result[2])
        XCTAssertEqual(Array(result[3...]), [true, true])
    }

    func testHitsPointIntoTheText() throws {
        let result = try run("""
            local checked = 0
            for _, h in ipairs(c:search("项目", { fields = { "text" } })) do
              assert(h.article.text:sub(h.offset, h.offset + #h.text - 1) == h.text)
              assert(h.sentence:find(h.text, 1, true), h.sentence)
              assert(h.paragraph >= 1 and h.paragraph <= #h.article.paragraphs)
              checked = checked + 1
            end
            return checked
            """)
        XCTAssertGreaterThan(result[0].intValue ?? 0, 100)
    }

    func testFullWidthAndCase() throws {
        let result = try run("""
            local a = c:filter(function(a) return a.path:find("seed") end)
            return #a:search("ＣｏＧａｓ"), #a:search("cogas"), a:search("２００ＭＷ"):first().text
            """)
        XCTAssertEqual(result, [1, 1, "200MW"])
    }

    func testFieldsLimitTheSearch() throws {
        let result = try run("""
            local titles = c:search("三个一批", { fields = { "title" } })
            local ok, err = pcall(function() return c:search("x", { fields = { "body" } }) end)
            return #titles, titles[1].field, ok, err
            """)
        XCTAssertEqual(Array(result[0...2]), [1, "title", false])
        XCTAssertEqual(result[3].stringValue?.contains("unknown field 'body'"), true, "\(result)")
    }

    func testGrep() throws {
        let result = try run("""
            local hits = c:grep("\\\\d+(\\\\.\\\\d+)?[億亿]元", { fields = { "text" } })
            local money = c:numbers():filter("kind", "money"):filter("unit", "元")
            local in_yi = money:filter(function(n) return n.text:find("[億亿]元$") ~= nil end)
            local ok, err = pcall(function() return c:grep("(") end)
            return #hits, #in_yi, ok, err
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(result[2], false)
        XCTAssertEqual(result[3].stringValue?.contains("invalid regular expression"), true)
    }

    /// Every concordance line puts the keyword at the same display column (CJK counts two).
    func testConcordanceLinesAlign() throws {
        let card = try run("""
            local k = c:kwic("储能", { width = 6 })
            for _, l in ipairs(k) do assert(utf8.len(l.left) <= 6 and utf8.len(l.right) <= 6) end
            return getmetatable(k).__card(k), #k
            """)
        let lines = try XCTUnwrap(card[0].stringValue).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "(\(card[1].intValue!) lines)")
        let columns = lines.dropLast().map { line -> Int in
            let keyword = line.range(of: "储能") ?? line.range(of: "儲能")!
            return displayColumns(String(line[..<keyword.lowerBound]))
        }
        XCTAssertEqual(Set(columns).count, 1, lines.joined(separator: "\n"))
    }

    private func displayColumns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
    }
}
