import DossierLibrary
import Foundation
import LuaBridge
import XCTest

/// The list type and corpus queries, checked against results computed another way.
final class ListTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus").path

    override func setUp() {
        DossierLibrary.install(on: lua)
        lua.setRawGlobal("sample", .text(ListTests.sample))
    }

    private func run(_ code: String) throws -> [LuaValue] { try lua.run(code, name: "=test") }

    func testChainsReadLeftToRight() throws {
        let result = try run("""
            local people = List.of({ { name = "盧東亮", n = 3 }, { name = "衛繼周", n = 1 }, { name = "任希杰", n = 3 }, { name = "李東升", n = 2 } })
            local sorted = people:sort_by("n", "desc"):map("name")
            return table.concat(sorted, ","), people:filter("n", 3):count(), people:sum("n"),
                   people:group_by("n")[1].count, people:unique("n"):count(), people:top(2)[2].name, people:first().name,
                   #people:map(function(p) if p.n > 1 then return p end end)
            """)
        // stable: equal keys keep their order
        XCTAssertEqual(result, ["盧東亮,任希杰,李東升,衛繼周", 2, 9, 2, 3, "衛繼周", "盧東亮", 3])
    }

    func testEveryListDossierReturnsHasTheMethods() throws {
        let result = try run("""
            local a = corpus.load(sample .. "/seed-article.txt", { quiet = true })[1]
            local names = 0
            for _ in ipairs(a:people()) do names = names + 1 end
            return a:numbers():filter("kind", "money"):sum("value"), a.sentences:count(), a:people():map("name"):count() == names,
                   getmetatable(a.paragraphs) == getmetatable(List.of({}))
            """)
        XCTAssertEqual(result, [14_971_400_000, 20, true, true])
    }

    func testInvestmentPerArticleMatchesASumComputedDirectly() throws {
        let result = try run("""
            local c = corpus.load(sample, { quiet = true })
            local ranked = c:numbers():filter("kind", "money"):group_by("article")
              :map(function(g) return { article = g.key, yuan = g.items:sum("value") } end)
              :sort_by("yuan", "desc")
            -- the same by plain loops
            local direct = {}
            for a in c:each() do
              local total = 0
              for _, n in ipairs(a:numbers()) do if n.kind == "money" then total = total + n.value end end
              if total > 0 then direct[a] = total end
            end
            local checked = 0
            for i, row in ipairs(ranked) do
              assert(math.abs(direct[row.article] - row.yuan) < 1, row.article.title)
              if i > 1 then assert(ranked[i - 1].yuan >= row.yuan) end
              checked = checked + 1
            end
            local n = 0
            for _ in pairs(direct) do n = n + 1 end
            return checked, n
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(result[0], 25)
    }

    func testSubCorpusSupportsCorpusMethods() throws {
        let result = try run("""
            local c = corpus.load(sample, { quiet = true })
            local traditional = c:filter(function(a) return a.title:find("項目", 1, true) ~= nil end)
            local count = 0
            for a in c:each() do if a.title:find("項目", 1, true) then count = count + 1 end end
            local nested = traditional:filter(function(a) return a.date >= "2024" end)
            return #traditional, count, #traditional:numbers() > 0, #nested <= #traditional, traditional[1] == traditional:articles()[1]
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(Array(result[2...]), [true, true, true])
    }

    func testErrorsInsideAFilterComeBackToLua() throws {
        let result = try run("""
            local c = corpus.load(sample, { quiet = true })
            local ok, err = pcall(function() return c:filter(function(a) error("bad predicate") end) end)
            return ok, err
            """)
        XCTAssertEqual(result.first, false)
        XCTAssertEqual(result.last?.stringValue?.hasSuffix("bad predicate"), true, "\(result)")
    }
}
