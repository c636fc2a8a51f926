import Foundation
import XCTest

/// help() and docs/lua-api.md come from the same docs, and every example in them runs.
final class DocumentationTests: XCTestCase {
    func testReferenceFileIsUpToDate() throws {
        let generated = try DossierProcess.run(["-e", "io.write(dossier.reference())"])
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let file = try String(contentsOf: DossierProcess.repository.appendingPathComponent("docs/lua-api.md"), encoding: .utf8)
        XCTAssertEqual(file, generated.stdout, "docs/lua-api.md is stale: run `make docs`")
    }

    /// Every function dossier adds (globals and every class's methods) has a doc with an
    /// example, and help() lists each doc; a new global outside the known namespaces fails.
    func testEveryReachableFunctionHasADocWithAnExample() throws {
        let result = try DossierProcess.run(["-e", """
            local standard = {}
            for name in ("_G _VERSION arg assert collectgarbage coroutine debug dofile error getmetatable io ipairs load "
              .. "loadfile math next os package pairs pcall print rawequal rawget rawlen rawset require select "
              .. "setmetatable string table tonumber tostring type utf8 warn xpcall"):gmatch("%S+") do standard[name] = true end
            local docs, missing, reached = {}, {}, 0
            for _, d in ipairs(dossier.docs()) do docs[d.name] = d end
            local function check(name, f)
              if type(f) ~= "function" then return end
              reached = reached + 1
              local d = docs[name] or docs[(name:gsub(":", "."))]
              if not d or d.example == "" then missing[#missing + 1] = name end
            end
            local function walk(prefix, t, depth)
              for k, v in pairs(t) do
                if type(k) == "string" and not k:find("^__") then
                  if type(v) == "table" and depth < 2 then walk(prefix .. k .. ".", v, depth + 1) else check(prefix .. k, v) end
                end
              end
            end
            for name, v in pairs(_G) do
              if not standard[name] then
                if type(v) == "table" and name ~= "List" then walk(name .. ".", v, 1) else check(name, v) end
              end
            end
            for class, methods in pairs(debug.getregistry()["luabridge.classes"]) do
              for k, v in pairs(methods) do if not k:find("^__") then check(class .. ":" .. k, v) end end
            end
            table.sort(missing)
            print(reached, table.concat(missing, " "))
            help()
            """])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let summary = lines.first?.split(separator: "\t", omittingEmptySubsequences: false) ?? []
        XCTAssertGreaterThanOrEqual(Int(summary.first ?? "") ?? 0, 60, "functions reached: \(result.stdout.prefix(300)) \(result.stderr)")
        XCTAssertEqual(summary.count > 1 ? String(summary[1]) : "?", "", "functions without a doc or example")
        let docs = try DossierProcess.run(["-e", "for _, d in ipairs(dossier.docs()) do print(d.signature) end"])
        for signature in docs.stdout.split(separator: "\n") {
            XCTAssertTrue(lines.dropFirst().contains { $0.contains(signature) }, "help() lists \(signature)")
        }
    }

    /// help() takes what a user would type: the function itself, c:search, a bare name.
    func testHelpFindsMethodsHoweverTheyAreNamed() throws {
        let load = "local c = corpus.load(dossier.sample, {quiet = true}); "
        for call in [#"help(c.search)"#, #"help("c:search")"#, #"help("Corpus:search")"#] {
            let result = try DossierProcess.run(["-e", load + call])
            XCTAssertTrue(result.stdout.hasPrefix("c:search(q [, opts])\n"), "\(call): \(result.stdout)\(result.stderr)")
        }
        for (call, first) in [(#"help(List.filter)"#, "l:filter(fn | field [, value])"), (#"help(corpus.load)"#, "corpus.load(path [, opts])"),
                              (#"help("l:sort_by")"#, "l:sort_by(fn | field [, {desc = true}])"), (#"help(zh.t2s)"#, "zh.t2s(s)")] {
            let result = try DossierProcess.run(["-e", call])
            XCTAssertTrue(result.stdout.hasPrefix(first + "\n"), "\(call): \(result.stdout)\(result.stderr)")
            XCTAssertTrue(result.stdout.contains("Example:"), result.stdout)
        }
        let filters = try DossierProcess.run(["-e", #"help("filter")"#])
        XCTAssertTrue(filters.stdout.hasPrefix("2 matches"), filters.stdout)
        XCTAssertTrue(filters.stdout.contains("c:filter(") && filters.stdout.contains("l:filter("), filters.stdout)
        let corpusMethods = try DossierProcess.run(["-e", #"help("Corpus")"#])
        XCTAssertTrue(corpusMethods.stdout.contains("c:search(") && corpusMethods.stdout.contains("c.report"), corpusMethods.stdout)
        XCTAssertFalse(corpusMethods.stdout.contains("l:filter("), corpusMethods.stdout)
        let unknown = try DossierProcess.run(["-e", #"help("serach")"#])
        XCTAssertEqual(unknown.stdout, "no help for \"serach\" (did you mean \"search\"?); help() lists what there is\n")
        let stranger = try DossierProcess.run(["-e", #"help("zzzzzz")"#])
        XCTAssertEqual(stranger.stdout, "no help for \"zzzzzz\"; help() lists what there is\n")
    }

    /// docs/conventions.md shows what a mistake says: each row of its table is run, and the
    /// error must say what the row says (up to its "…").
    func testTheConventionsMistakesSayWhatTheDocSays() throws {
        let file = try String(contentsOf: DossierProcess.repository.appendingPathComponent("docs/conventions.md"), encoding: .utf8)
        let rows = file.split(separator: "\n").compactMap { line -> (code: String, message: String)? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[1].hasPrefix("`c:") || cells[1].hasPrefix("`l:"), cells[2].hasPrefix("`") else { return nil }
            return (String(cells[1].dropFirst().dropLast()), String(cells[2].dropFirst().dropLast()))
        }
        XCTAssertGreaterThanOrEqual(rows.count, 7)
        for row in rows {
            let result = try DossierProcess.run(["-e", """
                local c = corpus.load(dossier.sample, { quiet = true })
                local l = c:numbers()
                local ok, message = pcall(function() return (\(row.code)) end)
                assert(not ok, "no error")
                io.write(message)
                """])
            let expected = row.message.components(separatedBy: "…").first ?? row.message
            XCTAssertTrue(result.stdout.contains(expected), "\(row.code): \(result.stdout)\(result.stderr)")
        }
    }

    func testReferenceAnchorsAreUnique() throws {
        let file = try String(contentsOf: DossierProcess.repository.appendingPathComponent("docs/lua-api.md"), encoding: .utf8)
        let anchors = file.split(separator: "\n").filter { $0.hasPrefix("<a id=") }
        XCTAssertGreaterThan(anchors.count, 80)
        XCTAssertEqual(Set(anchors).count, anchors.count, "duplicate anchors in docs/lua-api.md")
    }

    func testEveryExampleRuns() throws {
        let result = try DossierProcess.run(["-e", """
            local failures = 0
            for _, d in ipairs(dossier.docs()) do
              if d.example ~= "" then
                local chunk, err = load(d.example, "=" .. d.name)
                local ok, problem = chunk ~= nil, err
                if chunk then ok, problem = pcall(chunk) end
                if not ok then failures = failures + 1; io.stderr:write(d.name, ": ", tostring(problem), "\\n") end
              end
            end
            os.exit(failures == 0)
            """])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
