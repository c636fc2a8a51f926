import LuaSurface
import Foundation
import LuaBridge
import XCTest

/// Frequencies, timelines and co-occurrence, checked against counts made another way.
final class CountingTests: XCTestCase {
    let state = LuaState()

    override func setUpWithError() throws {
        try state.installingSample(then: "seed = corpus.load(sample .. '/seed-article.txt', { quiet = true })")
    }

    private func run(_ code: String) throws -> [LuaValue] { try state.lua.run(code, name: "=test") }

    func testCharacterFrequenciesMatchADirectCount() throws {
        // count 項 and 项 in the seed by plain string search
        let result = try run("""
            local freq = seed:freq{ by = "chars" }
            local counts = {}
            for _, row in ipairs(freq) do counts[row.key] = row.count end
            local direct = select(2, seed[1].text:gsub("項", ""))
            for i = 2, #freq do assert(freq[i - 1].count >= freq[i].count) end
            return counts["項"], direct, counts["、"], counts["。"], seed[1].text:find("、", 1, true) ~= nil, seed[1].text:find("。", 1, true) ~= nil
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(Array(result[2...]), [nil, nil, true, true], "punctuation the text has is not counted")
    }

    func testMentionFrequencies() throws {
        let result = try run("""
            local terms = seed:freq{ by = "terms" }
            local people = c:freq{ by = "people" }
            local total = 0
            for a in c:each() do total = total + #a:people() end
            local distinct = #people
            local function message(f) local ok, e = pcall(f); assert(not ok); return e end
            return terms:first().key, terms:first().count, terms:first().articles, distinct <= total,
                   message(function() return (c:freq{ by = "paragraph" }) end), message(function() return (c:freq{ by = "peple" }) end),
                   message(function() return (c:freq{ by = "person" }) end), message(function() return (c:freq("words")) end),
                   message(function() return (c:freq{ by = "places", levle = "city" }) end)
            """)
        XCTAssertEqual(Array(result[0...3]), ["三個一批", 6, 1, true])
        XCTAssertEqual(Array(result[4...]).map { $0.stringValue ?? "" }, [
            #"test:8: c:freq: by must be "words", "chars", "terms", "people", "orgs", "places", got "paragraph""#,
            #"test:8: c:freq: by must be "words", "chars", "terms", "people", "orgs", "places", got "peple"; did you mean 'people'?"#,
            #"test:9: c:freq: by: "person" is now "people" (kinds are named as their methods are: a:people(), c:orgs())"#,
            #"test:9: c:freq: options are a table ({by = …}), got string "words""#,
            #"test:10: c:freq: unknown option 'levle'; did you mean 'level'? (options: by, level, stopwords)"#,
        ])
    }

    /// A person named in Traditional script in one article and in Simplified in another is one
    /// key of c:freq and c:cooccur (the sample has both scripts).
    func testAPersonsFormsInEitherScriptCountAsOne() throws {
        let result = try run("""
            local forms = {}
            for a in c:each() do
              for _, p in ipairs(a:people()) do
                local key = zh.t2s(p.name)
                forms[key] = forms[key] or {}
                forms[key][p.name] = true
              end
            end
            local in_both = 0
            for _, f in pairs(forms) do if next(f, next(f)) then in_both = in_both + 1 end end
            local function distinct(keys)
              local seen = {}
              for _, key in ipairs(keys) do if seen[zh.t2s(key)] then return false end; seen[zh.t2s(key)] = true end
              return true
            end
            local pairs_keys = {}
            for _, p in ipairs(c:cooccur("people")) do pairs_keys[#pairs_keys + 1] = p.a .. "|" .. p.b end
            return in_both, distinct(c:freq{ by = "people" }:map(function(r) return r.key end)), distinct(pairs_keys)
            """)
        guard case .integer(let inBoth) = result[0] else { return XCTFail("\(result)") }
        XCTAssertGreaterThan(inBoth, 0, "the sample names someone in both scripts")
        XCTAssertEqual(Array(result[1...]), [true, true])
    }

    /// c:freq by people, orgs, terms and places (each level too) is counted in Swift from the
    /// records; here it is counted again in Lua from what a:people() and the others give: each
    /// key, count and article count, and the rows largest first.
    func testRecordFrequenciesMatchACountOfTheRecords() throws {
        let result = try run("""
            local sources = { people = { "people", "name" }, orgs = { "orgs", "name" }, terms = { "terms", "text" },
                              places = { "places", "name" } }
            local function direct(by, level)
              local counts, articles, rows = {}, {}, {}
              for a in c:each() do
                for _, r in ipairs(a[sources[by][1]](a)) do
                  local key = r[sources[by][2]]
                  if by == "people" then key = zh.fold(key) end  -- either script's form is one person
                  if level and r.level ~= level then key = r[level] end  -- above the level: left out
                  if key then
                    counts[key] = (counts[key] or 0) + math.max(r.count or 1, 1)
                    articles[key] = articles[key] or {}
                    articles[key][a] = true
                  end
                end
              end
              for key, n in pairs(counts) do
                local seen = 0
                for _ in pairs(articles[key]) do seen = seen + 1 end
                rows[#rows + 1] = string.format("%s %d %d", key, n, seen)
              end
              return rows
            end
            -- largest first, then by key: people's keys are folded on both sides, so ties are
            -- put in one order here
            local function listed(rows)
              table.sort(rows, function(x, y)
                local nx, ny = tonumber(x:match(" (%d+) %d+$")), tonumber(y:match(" (%d+) %d+$"))
                if nx ~= ny then return nx > ny end
                return x:match("^(.-) %d+ %d+$") < y:match("^(.-) %d+ %d+$")
              end)
              return table.concat(rows, "\\n")
            end
            local function counted(by, level)
              local largest = math.huge
              return c:freq({ by = by, level = level }):map(function(r)
                assert(r.count <= largest, "largest first")
                largest = r.count
                return string.format("%s %d %d", by == "people" and zh.fold(r.key) or r.key, r.count, r.articles) end)
            end
            local mismatches, rows = {}, 0
            for _, case in ipairs({ { "people" }, { "orgs" }, { "terms" }, { "places" }, { "places", "province" },
                                    { "places", "city" }, { "places", "county" } }) do
              local mine, theirs = listed(counted(case[1], case[2])), listed(direct(case[1], case[2]))
              if mine ~= theirs then mismatches[#mismatches + 1] = table.concat(case, " ") .. ":\\n" .. mine .. "\\n--\\n" .. theirs end
              rows = rows + #c:freq({ by = case[1], level = case[2] })
            end
            return table.concat(mismatches, "\\n\\n"), rows
            """)
        XCTAssertEqual(result[0], "")
        guard case .integer(let rows) = result[1] else { return XCTFail("\(result)") }
        XCTAssertGreaterThan(rows, 50, "the sample names enough to compare")
    }

    func testTimelineAddsUpToTheSearch() throws {
        let result = try run("""
            local months = c:timeline("项目")
            local sum = months:sum("count") + months.undated
            for i = 2, #months do assert(months[i - 1].period < months[i].period) end
            -- every period adds up to the same occurrences; only precision decides what is undated
            local agree = true
            for _, by in ipairs({ "year", "quarter", "week", "day" }) do
              local rows = c:timeline("项目", { by = by })
              agree = agree and rows:sum("count") + rows.undated == sum
            end
            local quarter = seed:timeline("三个一批", { by = "quarter" })[1].period
            local week = seed:timeline("三个一批", { by = "week" })[1].period
            local bad = pcall(c.timeline, c, "项目", { by = "fortnight" })
            return sum, #c:search("项目"), agree, seed:timeline("三个一批")[1].period, quarter, week, bad
            """)
        XCTAssertEqual(result[0], result[1])
        // 2024-08-19 is a Monday in ISO week 34
        XCTAssertEqual(Array(result[2...]), [true, "2024-08", "2024-Q3", "2024-W34", false])
    }

    func testNgramsAndCollocatesMatchDirectCounts() throws {
        let result = try run("""
            local bigrams = c:ngrams(2)
            local found
            for _, g in ipairs(bigrams) do if g.key == "項目 建設" or g.key == "项目 建设" then found = g end end
            -- count the same bigram directly, in either script, over words that are not punctuation
            local direct = 0
            local first, second = { ["項目"] = true, ["项目"] = true }, { ["建設"] = true, ["建设"] = true }
            for a in c:each() do
              local previous
              for _, w in ipairs(a:words()) do
                if second[w] and first[previous] then direct = direct + 1 end
                previous = w
              end
            end
            local coll = c:collocates("储能", { window = 4 })
            for i = 2, #coll do assert(coll[i - 1].score >= coll[i].score) end
            local top = coll[1]
            -- the top collocate's count near the term, counted directly
            local near = 0
            for a in c:each() do
              local words = {}
              for _, w in ipairs(a:words()) do if not w:find("^[%p%s]*$") and not ({["，"]=1,["。"]=1,["、"]=1,["“"]=1,["”"]=1,["；"]=1,["："]=1,["（"]=1,["）"]=1})[w] then words[#words + 1] = w end end
              local covered = {}
              for i, w in ipairs(words) do
                if w == "储能" or w == "儲能" then
                  for j = math.max(1, i - 4), math.min(#words, i + 4) do covered[j] = true end
                end
              end
              local forms = { [zh.t2s(top.key)] = true, [zh.s2t(top.key)] = true }
              for j in pairs(covered) do if forms[words[j]] then near = near + 1 end end
            end
            return found and found.count, direct, top.together, near, top.score > 0, #bigrams[1].words
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(result[2], result[3])
        XCTAssertEqual(Array(result[4...]), [true, 2])
    }

    /// A word's Traditional and Simplified forms count as one, under its commonest form.
    func testWordCountsJoinBothScripts() throws {
        let result = try run("""
            local traditional, simplified = 0, 0
            for a in c:each() do
              for _, w in ipairs(a:words()) do
                if w == "項目" then traditional = traditional + 1 elseif w == "项目" then simplified = simplified + 1 end
              end
            end
            local row
            for _, r in ipairs(c:freq()) do if r.key == "項目" or r.key == "项目" then assert(not row, "one row"); row = r end end
            return traditional, simplified, row.count, row.key
            """)
        let traditional = try XCTUnwrap(result[0].intValue), simplified = try XCTUnwrap(result[1].intValue)
        XCTAssertGreaterThan(traditional, 0)
        XCTAssertGreaterThan(simplified, 0)
        XCTAssertEqual(result[2].intValue, traditional + simplified)
        XCTAssertEqual(result[3].stringValue, traditional >= simplified ? "項目" : "项目")
    }

    func testCooccurrenceInArticlesAndSentences() throws {
        let result = try run("""
            local pairs_in_article = seed:cooccur("people")
            local pairs_in_sentence = seed:cooccur("people", {within = "sentence"})
            local found
            for _, p in ipairs(pairs_in_sentence) do
              if (p.a == "任希杰" and p.b == "李東升") or (p.a == "李東升" and p.b == "任希杰") then found = p end
            end
            local n = #seed:people()
            return #pairs_in_article == n * (n - 1) // 2, n >= 6, #pairs_in_sentence < #pairs_in_article, found ~= nil
            """)
        // every two of the seed's people make a pair in its one article; fewer share a
        // sentence; 任希杰 and 李東升 are named together in one
        XCTAssertEqual(result, [true, true, true, true])
    }

    /// Sentence co-occurrence over the whole sample corpus, against a count made sentence by
    /// sentence from each mention's offsets.
    func testSentenceCooccurrenceMatchesADirectCount() throws {
        let result = try run("""
            local expected = {}
            for a in c:each() do
              for _, s in ipairs(a.sentences) do
                local names = {}
                for _, p in ipairs(a:people()) do
                  for _, o in ipairs(p.offsets) do
                    if o >= s.offset and o < s.offset + #s.text then names[zh.fold(p.name)] = true end
                  end
                end
                local list = {}
                for n in pairs(names) do list[#list + 1] = n end
                table.sort(list)
                for i = 1, #list do
                  for j = i + 1, #list do
                    local key = list[i] .. "|" .. list[j]
                    expected[key] = (expected[key] or 0) + 1
                  end
                end
              end
            end
            local agree, pairs_seen = true, 0
            for _, p in ipairs(c:cooccur("people", {within = "sentence"})) do
              pairs_seen = pairs_seen + 1
              local a, b = zh.fold(p.a), zh.fold(p.b)
              local key = a < b and a .. "|" .. b or b .. "|" .. a
              agree = agree and expected[key] == p.count
              expected[key] = nil
            end
            return agree, next(expected) == nil, pairs_seen > 0
            """)
        XCTAssertEqual(result, [true, true, true])
    }
}
