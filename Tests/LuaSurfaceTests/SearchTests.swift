import LuaSurface
import Foundation
import LuaBridge
import XCTest

final class SearchTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }

    override func setUpWithError() throws { try state.installingSample() }

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

    /// A width no concordance can have is an error that names it, not a crash.
    func testImpossibleKwicWidthIsAnError() throws {
        let result = try run("""
            local ok, message = pcall(c.kwic, c, "项目", { width = -1 })
            return ok, message, #c:kwic("项目", { width = 0 }) > 0
            """)
        XCTAssertEqual(result[0], false)
        XCTAssertTrue(result[1].stringValue?.contains("width must be from 0 to 10000 characters, got -1") == true, "\(result[1])")
        XCTAssertEqual(result[2], true)
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

    /// Compound queries give what a direct check of every sentence, paragraph and article
    /// gives (on folded text, so either script), and each hit names its terms.
    func testCompoundSearchAgreesWithADirectCheck() throws {
        let result = try run("""
            local function has(text, term) return zh.fold(text):find(zh.fold(term), 1, true) ~= nil end
            local function answers(text, q)
              for _, t in ipairs(q.all or {}) do if not has(text, t) then return false end end
              for _, t in ipairs(q.none or {}) do if has(text, t) then return false end end
              if q.any then
                local one = false
                for _, t in ipairs(q.any) do one = one or has(text, t) end
                if not one then return false end
              end
              return true
            end
            local queries = {
              { all = { "招商", "项目" } }, { all = { "項目", "签约" }, within = "paragraph" },
              { all = { "储能" }, none = { "氢能" }, within = "article" }, { any = { "儲能", "氢能" }, none = { "签约" } },
              { all = { "项目" }, any = { "开工", "投产" }, within = "paragraph" },
            }
            local out = {}
            for i, q in ipairs(queries) do
              local direct = 0
              for a in c:each() do
                local units = q.within == "paragraph" and a.paragraphs or q.within == "article" and { a.text } or a.sentences
                for _, u in ipairs(units) do if answers(type(u) == "table" and u.text or u, q) then direct = direct + 1 end end
              end
              local hits = c:search(q, { fields = { "text" } })
              for _, h in ipairs(hits) do
                for _, t in ipairs(h.terms) do
                  assert(h.article.text:sub(t.offset, t.offset + #t.text - 1) == t.text, "term offsets point into a.text")
                  assert(zh.fold(t.text) == zh.fold(t.term))
                end
              end
              out[i] = direct .. "/" .. #hits
            end
            return table.concat(out, " ")
            """)
        let pairs = (result.first?.stringValue ?? "").split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        XCTAssertEqual(pairs.count, 5, "\(result)")
        for pair in pairs {
            XCTAssertEqual(pair.first, pair.last, "\(result)")
            XCTAssertNotEqual(pair.first, "0", "each query finds something: \(result)")
        }
    }

    /// within = N: the terms' starts are at most N characters apart, checked on the hit's text.
    func testCompoundSearchWithinCharacters() throws {
        let result = try run("""
            local hits = c:search({ all = { "招商", "项目" }, within = 6 }, { fields = { "text" } })
            local far = c:search({ all = { "招商", "项目" }, within = 1000 }, { fields = { "text" } })
            local ok = true
            for _, h in ipairs(hits) do
              local first, last = h.terms[1], h.terms[#h.terms]
              local between = h.article.text:sub(first.offset, last.offset - 1)
              if utf8.len(between) > 6 then ok = false end
            end
            local k = c:kwic({ all = { "招商", "项目" }, within = 6 }, { width = 4 })
            return #hits, #far, ok, #k == #hits, k[1] and k[1].match == hits[1].text
            """)
        XCTAssertGreaterThan(result[0].intValue ?? 0, 0)
        XCTAssertGreaterThanOrEqual(result[1].intValue ?? 0, result[0].intValue ?? 0)
        XCTAssertEqual(Array(result[2...]), [true, true, true])
    }

    func testCompoundQueryMistakes() throws {
        let messages = try state.errors(of: ["c:search{ alll = { \"a\" } }", "c:search{ all = { \"a\" }, within = \"sentense\" }",
                                             "c:search{ none = { \"a\" } }", "c:search{ all = \"招商\" }", "c:search{ all = { 1 } }"])
        XCTAssertTrue(messages[0].contains("unknown option 'alll'; did you mean 'all'?"), messages[0])
        XCTAssertTrue(messages[1].contains("did you mean 'sentence'?"), messages[1])
        XCTAssertTrue(messages[2].contains("a query needs terms in 'all' or 'any'"), messages[2])
        XCTAssertEqual(messages[3], "ok", "one term may be given as a string")
        XCTAssertTrue(messages[4].contains("'all' is a list of terms"), messages[4])
    }

    /// Patterns that make a backtracking engine run for ever finish (RE2 is linear in the text);
    /// what RE2 cannot do (a backreference) is an error that says so; an empty match is skipped.
    func testGrepCannotHang() throws {
        let result = try run("""
            local ok, err = pcall(function() return c:grep("(a)\\\\1") end)
            return #c:grep("(.*.*)*z"), #c:grep("(x+x+)+y"), #c:grep("(.*.*)*。"), ok, err, #c:grep("x*")
            """)
        XCTAssertEqual(Array(result[0...1]), [0, 0])
        XCTAssertGreaterThan(result[2].intValue ?? 0, 0, "a nested star still finds what is there")
        XCTAssertEqual(result[3], false)
        XCTAssertEqual(result[4].stringValue?.contains("invalid regular expression (a)\\1: invalid escape sequence"), true, "\(result)")
        XCTAssertEqual(result[5], 0)
    }

    /// grep compares Han characters in either script, as search does, and reports the text as
    /// written: the same hits as search for a plain term, in whichever script it is given.
    func testGrepFoldsScripts() throws {
        let result = try run("""
            local function texts(list) local t = {} for i, h in ipairs(list) do t[i] = h.article.id .. h.field .. h.offset .. h.text end return table.concat(t, "|") end
            local simplified, traditional = c:grep("发展"), c:grep("發展")
            return #simplified, #c:search("发展"), texts(simplified) == texts(traditional), texts(simplified) == texts(c:search("发展")),
                   #c:grep("发展(规划|規劃)") == #c:search("发展规划")
            """)
        XCTAssertGreaterThan(result[0].intValue ?? 0, 10)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(Array(result[2...]), [true, true, true])
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

    /// A search's list makes its items when read, keeps them, and acts as any list.
    func testHitListsAreLazyButOrdinary() throws {
        let result = try run("""
            local h = c:search("项目")
            local made_before = rawget(h, 5) ~= nil
            local first = h[5]
            local same = rawequal(h[5], first) and rawget(h, 5) == first
            local by_ipairs, by_pairs = 0, 0
            for i, x in ipairs(h) do assert(x.text); by_ipairs = i end
            for i in pairs(h) do by_pairs = by_pairs + 1 end
            local sorted = h:sort_by("offset", {desc = true})
            local json = dossier.json(c:search("储能", { fields = { "title" } }))
            return made_before, same, #h, by_ipairs, by_pairs, getmetatable(sorted) == getmetatable(List.of({})),
                   sorted[1].offset >= sorted[#sorted].offset, h:count() == #h, json, #c:search("不存在的詞語")
            """)
        XCTAssertEqual(result[0], false)
        XCTAssertEqual(result[1], true)
        XCTAssertGreaterThan(result[2].intValue ?? 0, 100)
        XCTAssertEqual(result[3], result[2])
        XCTAssertEqual(result[4], result[2])
        XCTAssertEqual(Array(result[5...7]), [true, true, true])
        XCTAssertEqual(result[8], "[]")
        XCTAssertEqual(result[9], 0)
    }

    /// The REPL shows the first rows of a large result as a table and reads no others.
    func testPrintingAResultReadsOnlyTheRowsShown() throws {
        let result = try run("""
            local h = c:search("项目")
            local shown = inspect(h)
            local made = 0
            for i = 1, #h do if rawget(h, i) ~= nil then made = made + 1 end end
            return shown, made, #h
            """)
        let shown = try XCTUnwrap(result[0].stringValue)
        XCTAssertTrue(shown.hasPrefix("#"), shown)
        XCTAssertTrue(shown.contains("(\(result[2].intValue!) in all)"), shown)
        XCTAssertEqual(result[1], 20)
    }

    /// c:mentions counts per article what c:search finds; a sub-corpus finds its part of it;
    /// c:timeline adds the mentions up by month.
    func testMentionsSubCorporaAndTimeline() throws {
        let result = try run("""
            local per_article, direct = {}, 0
            for _, h in ipairs(c:search("项目")) do per_article[h.article] = (per_article[h.article] or 0) + 1 end
            local agree = true
            for _, m in ipairs(c:mentions("项目")) do
              agree = agree and per_article[m.article] == m.count
              direct = direct + m.count
            end
            local recent = c:filter(function(a) return (a.date or "") >= "2025" end)
            local in_recent = c:search("项目"):filter(function(h) return (h.article.date or "") >= "2025" end)
            local months = 0
            for _, p in ipairs(c:timeline("项目")) do months = months + p.count end
            local undated = c:timeline("项目").undated
            return agree, direct, #c:search("项目"), #recent:search("项目"), #in_recent, months + undated,
                   c:index().articles, recent:index().articles
            """)
        XCTAssertEqual(result[0], true)
        XCTAssertEqual(result[1], result[2])
        XCTAssertEqual(result[3], result[4])
        XCTAssertLessThan(result[3].intValue ?? 0, result[2].intValue ?? 0)
        XCTAssertEqual(result[5], result[2])
        XCTAssertEqual(result[6], result[7], "a sub-corpus shares its root's index")
    }

    private func displayColumns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
    }
}
