import LuaSurface
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
        LuaSurface.install(on: lua)
        lua.setRawGlobal("sample", .text(ListTests.sample))
    }

    private func run(_ code: String) throws -> [LuaValue] { try lua.run(code, name: "=test") }

    /// A misspelt field or method is an error naming it and the nearest right name; a field
    /// that the records declare but leave nil is not a mistake.
    func testMistakesAreErrorsThatSuggestTheFix() throws {
        let result = try run("""
            local rows = List.of({ { kind = "money", value = 3 }, { kind = "area", value = 2 } })
            local function message(f) local ok, e = pcall(f); assert(not ok, "no error"); return e end
            local c = corpus.load(sample, { quiet = true })
            local people = c[1]:people()          -- records with title nil in some, never misspelt
            assert(#people:filter("title", "no such title") == 0 and people:sum(function() return 1 end) == #people)
            local none = c:people():filter("org", "no such org")
            assert(#none == 0 and #none:filter("knid", "x") == 0, "an empty list has nothing to check")
            return message(function() return (rows:filter("knid", "money")) end),
                   message(function() return (rows:sum("vaule")) end),
                   message(function() return (rows:sort_by("vlaue")) end),
                   message(function() return (rows:group_by("kidn")) end),
                   message(function() return (rows:unique("valeu")) end),
                   message(function() return (rows:fliter("kind")) end),
                   message(function() return (List.of({ 1, 2 }):sum("value")) end),
                   message(function() return (c:filter("dtae", "2024-08-19")) end),
                   #c:filter("date", c[1].date) >= 1
            """)
        XCTAssertEqual(result, [
            "test:8: l:filter: no record has a field 'knid'; did you mean 'kind'? (fields: kind, value)",
            "test:9: l:sum: no record has a field 'vaule'; did you mean 'value'? (fields: kind, value)",
            "test:10: l:sort_by: no record has a field 'vlaue'; did you mean 'value'? (fields: kind, value)",
            "test:11: l:group_by: no record has a field 'kidn'; did you mean 'kind'? (fields: kind, value)",
            "test:12: l:unique: no record has a field 'valeu'; did you mean 'value'? (fields: kind, value)",
            "test:13: no method 'fliter' on List; did you mean 'filter'? (help(\"List\") lists them)",
            "test:14: l:sum: the items are numbers, not records, so they have no field 'value'; give no field to use the items themselves",
            "test:15: no field or method 'dtae' on Article; did you mean 'date'? (help(\"Article\") lists them)",
            true,
        ])
    }

    /// dossier's Lua lives in files, and tracebacks name them and their lines.
    func testTracebacksNameDossiersLuaFiles() throws {
        XCTAssertThrowsError(try lua.run("List.of({ 1 }):map(function() error('in the callback') end)", name: "=test", traceback: true)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("test:1: in the callback"), message)
            XCTAssertNotNil(message.range(of: #"dossier/list\.lua:\d+: in method 'map'"#, options: .regularExpression), message)
        }
    }

    func testChainsReadLeftToRight() throws {
        let result = try run("""
            local people = List.of({ { name = "盧東亮", n = 3 }, { name = "衛繼周", n = 1 }, { name = "任希杰", n = 3 }, { name = "李東升", n = 2 } })
            local sorted = people:sort_by("n", {desc = true}):map("name")
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
              :sort_by("yuan", {desc = true})
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

    /// A record field (a.place) compared with a string is compared by its name, the same
    /// articles a function of the article finds; a list compared with one is an error, never
    /// an empty answer.
    func testARecordFieldFiltersByItsName() throws {
        let result = try run("""
            local c = corpus.load(sample, { quiet = true })
            local names = {}
            for a in c:each() do if a.place then names[a.place.name] = true end end
            local checked = 0
            for name in pairs(names) do
              local by_field = c:filter("place", name)
              local by_function = c:filter(function(a) return a.place ~= nil and a.place.name == name end)
              assert(#by_field == #by_function and #by_field > 0, name)
              for i = 1, #by_field do assert(by_field[i] == by_function[i], name) end
              checked = checked + 1
            end
            local ok, err = pcall(function() return c:people():filter("offsets", 3) end)
            return checked, ok, err
            """)
        XCTAssertGreaterThan(result[0].intValue ?? 0, 1, "the sample has reports from several places")
        XCTAssertEqual(result[1], false)
        XCTAssertEqual(result[2].stringValue?.contains("field 'offsets' is a table with no name"), true, "\(result)")
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
