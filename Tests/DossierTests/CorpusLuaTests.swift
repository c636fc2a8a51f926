import Foundation
import XCTest

/// Articles and corpora as a script sees them.
final class CorpusLuaTests: XCTestCase {
    private func lua(_ code: String, corpus: String? = nil) throws -> DossierProcess.Result {
        var arguments: [String] = []
        if let corpus { arguments += ["-c", corpus] }
        return try DossierProcess.run(arguments + ["-e", code])
    }

    private var sample: String { DossierProcess.repository.appendingPathComponent("corpus").path }

    /// Options written in Swift are checked as those written in Lua are: a misspelt name or a
    /// value of the wrong type is an error naming it, never a silent default.
    func testBadOptionsAreErrorsNotDefaults() throws {
        let result = try lua(#"""
            local function message(f) local ok, e = pcall(f); assert(not ok, "no error"); return e end
            local c = corpus.load(dossier.sample, { quiet = true })
            for _, f in ipairs({
              function() return (corpus.load(dossier.sample, { qiuet = true })) end,
              function() return (corpus.load(dossier.sample, { quiet = "yes" })) end,
              function() return (corpus.load(dossier.sample, { fields = { txet = "story" } })) end,
              function() return (zh.segment("我市", { hmm = 0 })) end,
              function() return (c:search("储能", { fields = { "titel" } })) end,
              function() return (c:kwic("储能", { widht = 3 })) end,
              function() return (c:kwic("储能", { width = "3" })) end,
              function() return (c:extract("peple")) end,
            }) do print(message(f)) end
            """#)
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), [
            "(command line):4: bad argument #2 to 'load' (unknown option 'qiuet'; did you mean 'quiet'? (options: fields, quiet, names, format))",
            "(command line):5: bad argument #2 to 'load' (option 'quiet' is true or false, got string)",
            "(command line):6: bad argument #2 to 'load' (option 'fields' cannot map 'txet'; did you mean 'text'? (it maps text, date, id, source, title, url))",
            "(command line):7: bad argument #2 to 'segment' (option 'hmm' is true or false, got number)",
            "(command line):8: bad argument #2 to 'search' (unknown field 'titel'; did you mean 'title'? (title, subtitle, text, captions))",
            "(command line):9: bad argument #2 to 'kwic' (unknown option 'widht'; did you mean 'width'? (options: width, fields))",
            "(command line):10: bad argument #2 to 'kwic' (option 'width' is a whole number, got string)",
            "(command line):11: bad argument #1 to 'extract' (unknown kind 'peple'; did you mean 'people'? (numbers, dates, places, people, orgs, terms))",
        ], result.stderr)
    }

    func testCorpusIsASequenceOfArticles() throws {
        let result = try lua("""
            local n = 0
            for i, a in ipairs(corpus) do n = n + 1 assert(a == corpus[i]) end
            local m = 0
            for a in corpus:each() do m = m + 1 end
            print(#corpus, n, m, corpus[#corpus + 1])
            """, corpus: sample)
        XCTAssertEqual(result.status, 0, result.stderr)
        let fields = result.stdout.split(separator: "\t")
        XCTAssertEqual(fields.count, 4)
        XCTAssertGreaterThan(Int(fields[0]) ?? 0, 1)
        XCTAssertEqual(fields[0], fields[1])
        XCTAssertEqual(fields[0], fields[2])
        XCTAssertTrue(result.stderr.contains("dossier: loaded \(fields[0]) articles"), "summary on stderr: \(result.stderr)")
    }

    func testArticleFieldsAndMethodsFromLua() throws {
        let seed = sample + "/seed-article.txt"
        let result = try lua("""
            local a = corpus[1]
            assert(a.subtitle == "盧東亮衛繼周出席", a.subtitle)
            assert(a.captions[1].photographer == "張燕偉")
            assert(a.date == "2024-08-19")
            assert(a.cleaning.pinyin == 286 and a.cleaning.damaged == 2)
            local money = {}
            for _, n in ipairs(a:numbers()) do
              if n.kind == "money" then money[#money + 1] = n.value end
              assert(a.text:sub(n.offset, n.offset + #n.text - 1) == n.text)
              assert(n.sentence:find(n.text, 1, true))
            end
            assert(money[1] == 9975400000 and money[2] == 4996000000, table.concat(money, ","))
            local terms = {}
            for _, t in ipairs(a:terms()) do terms[t.text] = t.count end
            assert(terms["三個一批"] == 6)
            assert(a:simplified():find("三个一批", 1, true) and a:traditional():find("三個一批", 1, true))
            assert(a:simplified("title") == zh.t2s(a.title))
            assert(zh.t2s("開發區") == "开发区" and zh.s2t("开发区") == "開發區")
            assert(select(2, zh.strip_pinyin("發(fā)展")) == 1)
            assert(tostring(a):find("2024-08-19", 1, true))
            local ok, err = pcall(function() return a:simplified("txet") end)
            assert(not ok and err:find("bad argument #1 to 'simplified' (unknown field 'txet'; did you mean 'text'?", 1, true), err)
            ok, err = pcall(function() return a:text("simplified") end)
            assert(not ok and err:find("attempt to call a string value", 1, true), "strings are not callable: " .. tostring(err))
            print("ok")
            """, corpus: seed)
        XCTAssertEqual(result.stdout, "ok\n", result.stderr)
    }

    func testFieldNamesCanBeMapped() throws {
        let folder = try DossierProcess.temporaryFolder()
        try "headline,story,published\n大同簽約,\"8個項目集中簽約,總投資12億元。\",2024-08-19\n".write(
            toFile: folder + "/feed.csv", atomically: true, encoding: .utf8)
        try "標題,正文,日期\n大同簽約,8個項目集中簽約。,2024-08-20\n".write(
            toFile: folder + "/chinese.csv", atomically: true, encoding: .utf8)
        let result = try lua("""
            local c = corpus.load("\(folder)/feed.csv", { quiet = true, fields = { title = "headline", text = "story", date = "published" } })
            local a = c[1]
            print(#c, a.title, a.date, a:numbers()[2].value, a.metadata.headline, #c.report.warnings)
            local plain = corpus.load("\(folder)/feed.csv", { quiet = true })
            print(#plain, plain.report.warnings[1])
            local chinese = corpus.load("\(folder)/chinese.csv", { quiet = true })[1]
            print(chinese.title, chinese.date)
            """)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.stderr)
        XCTAssertEqual(lines.first, "1\t大同簽約\t2024-08-19\t1200000000\t大同簽約\t0", result.stderr)
        XCTAssertEqual(lines.dropFirst().first?.hasPrefix("0\t\(folder)/feed.csv:2: no text field"), true, result.stdout)
        XCTAssertEqual(lines.last, "大同簽約\t2024-08-20", "Chinese column names are known without a mapping")
    }

    func testMissingCorpusIsAClearError() throws {
        let option = try DossierProcess.run(["-c", "/no/such/corpus", "-e", "print(1)"])
        XCTAssertEqual(option.status, 1)
        XCTAssertEqual(option.stderr, "\(DossierProcess.binary): /no/such/corpus: no such file or folder\n")
        let function = try lua("corpus.load('/no/such/corpus')")
        XCTAssertTrue(function.stderr.hasPrefix("\(DossierProcess.binary): (command line):1: /no/such/corpus: no such file or folder"), function.stderr)
    }

    func testTheREPLShowsAnArticleAsACard() throws {
        let result = try DossierProcess.run(["-c", sample + "/seed-article.txt", "-i"], stdin: "pp(corpus[1])\n")
        XCTAssertTrue(result.stdout.contains("「我市與全省同步舉行開發區2024年第三次“三個一批”活動」\n  盧東亮衛繼周出席\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("286 pinyin annotations"), result.stdout)
    }
}
