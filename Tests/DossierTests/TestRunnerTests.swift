import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `dossier test` on fixture files whose outcomes are known.
final class TestRunnerTests: XCTestCase {
    var fixtures: String { DossierProcess.repository.appendingPathComponent("Tests/Fixtures/lua-tests").path }

    private func run(_ arguments: [String]) throws -> DossierProcess.Result {
        try DossierProcess.run(["test"] + arguments, in: DossierProcess.repository.path)
    }

    /// `dossier test` on spec files with these sources (a_spec.lua, b_spec.lua…, run in that
    /// order), in a folder of their own.
    private func runSpec(_ sources: String..., options: [String] = []) throws -> DossierProcess.Result {
        let folder = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (i, source) in sources.enumerated() {
            let letter = String(UnicodeScalar(UInt8(97 + i)))
            try source.write(toFile: folder + "/\(letter)_spec.lua", atomically: true, encoding: .utf8)
        }
        return try DossierProcess.run(["test", folder] + options)
    }

    /// Every result of `dossier test -o json` with these arguments, as "status<TAB>full name"
    /// in busted's words (success, failure, error, pending), sorted.
    private func outcomes(_ arguments: [String], in folder: String = DossierProcess.repository.path) throws -> [String] {
        let result = try DossierProcess.run(["test", "-o", "json"] + arguments, in: folder)
        // what the tests print comes before the report, on standard output as in busted
        let report = result.stdout.split(separator: "\n").last { $0.hasPrefix("{") } ?? ""
        let groups = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: [[String: Any]]], result.stderr)
        let kinds = ["successes": "success", "failures": "failure", "errors": "error", "pendings": "pending"]
        return groups.flatMap { key, results in results.map { "\(kinds[key] ?? key)\t\($0["name"] as? String ?? "?")" } }.sorted()
    }

    /// Every result of Debian's busted, run under Lua 5.4 from `folder` with these arguments,
    /// as `outcomes` gives dossier's: its output handler `busted-parity/outcomes.lua` writes one
    /// line for each test and each failure outside a test, as busted's own handlers count them.
    private func bustedOutcomes(_ arguments: [String], in folder: URL = DossierProcess.repository, keepingOrder: Bool = false) throws -> [String] {
        let handler = DossierProcess.repository.appendingPathComponent("Tests/Fixtures/busted-parity/outcomes.lua").path
        let lines = try busted(["-o", handler] + arguments, in: folder).split(separator: "\n").filter { $0.contains("\t") }.map(String.init)
        return keepingOrder ? lines : lines.sorted()
    }

    /// What Debian's busted, run under Lua 5.4 from `folder`, prints on standard output.
    private func busted(_ arguments: [String], in folder: URL) throws -> String {
        let busted = Process()
        busted.executableURL = URL(fileURLWithPath: "/usr/bin/lua5.4")
        busted.arguments = ["/usr/bin/busted"] + arguments
        busted.currentDirectoryURL = folder
        let output = Pipe()
        busted.standardOutput = output
        busted.standardError = FileHandle.nullDevice
        try busted.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        busted.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// busted's assertion library answers what dossier's does not (spies, stubs, mocks,
    /// matchers, assert:register): Debian's busted and `dossier test` give every test of the
    /// same spec file the same outcome.
    func testOutcomesMatchDebiansBusted() throws {
        let spec = "Tests/Fixtures/busted-parity/luassert_spec.lua"
        let expected = try bustedOutcomes([spec])
        XCTAssertEqual(expected.count, 14, "busted ran every test: \(expected)")
        XCTAssertEqual(try outcomes([spec]), expected)
    }

    /// A project of spec files written against busted's documentation, in the style of public
    /// projects (a module under src/, specs under spec/): hooks and their failures, finally,
    /// pending, aliases and curried calls, insulate and expose, luassert's assertions, spies,
    /// stubs, mocks and matchers, assert:register, require 'busted.runner'(). Every result, and
    /// every failure outside a test, is the one Debian's busted gives.
    func testAProjectOfSpecFilesAgreesWithBusted() throws {
        let project = DossierProcess.repository.appendingPathComponent("Tests/Fixtures/busted-project")
        let expected = try bustedOutcomes(["spec"], in: project)
        XCTAssertEqual(expected.count, 109, "busted ran every file: \(expected)")
        XCTAssertEqual(Set(expected.map { $0.prefix { $0 != "\t" } }), ["success", "failure", "error", "pending"])
        XCTAssertEqual(try outcomes(["spec"], in: project.path), expected)
        // --list names the same tests at the same lines (busted marks a block it could not
        // read with a "*" before the next line)
        let listing = { (text: String) in text.split(separator: "\n").map { String($0.drop { $0 == "*" }) }.sorted() }
        let bustedListing = listing(try busted(["-l", "spec"], in: project))
        XCTAssertEqual(bustedListing.count, 105)
        XCTAssertEqual(listing(try DossierProcess.run(["test", "-l", "spec"], in: project.path).stdout), bustedListing)
    }

    /// busted itself runs under dossier as under lua5.4, with every dossier function, for
    /// anyone who needs busted exactly (a handler of their own, LuaCov): `dossier
    /// /usr/bin/busted` gives the results lua5.4 does on the spec project, and a spec there
    /// can call dossier.
    func testBustedItselfRunsUnderDossier() throws {
        let project = DossierProcess.repository.appendingPathComponent("Tests/Fixtures/busted-project")
        let handler = DossierProcess.repository.appendingPathComponent("Tests/Fixtures/busted-parity/outcomes.lua").path
        let underDossier = try DossierProcess.run(["/usr/bin/busted", "-o", handler, "spec"], in: project.path)
        let lines = underDossier.stdout.split(separator: "\n").filter { $0.contains("\t") }.map(String.init).sorted()
        XCTAssertEqual(lines, try bustedOutcomes(["spec"], in: project))
        let folder = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "it('folds', function() assert.are.equal('发展', zh.fold('發展')) end)".write(toFile: folder + "/zh_spec.lua", atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["/usr/bin/busted", "-o", "TAP", "."], in: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("ok 1 - folds"), result.stdout)
    }

    /// busted's options that change what runs: --lazy, -e, --helper with -Xhelper, --repeat,
    /// --no-recursive and --sort-tests give busted's results, in busted's order.
    func testRunOptionsAsBustedDoes() throws {
        let project = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project + "/deeper", withIntermediateDirectories: true)
        try """
            describe("b block", function()
              local ran = 0
              setup(function() ran = ran + 1 end)
              it("zeta", function() assert.are.equal(1, ran) end)
              it("alpha", function() assert.are.equal(from_e, "set by -e") end)
              it("mid", function() assert.are.same({ "one", "two" }, { helper_args[1], helper_args[2] }) end)
            end)
            describe("a block", function()
              setup(function() error("only when a test runs") end)
              it("filtered out", function() end)
            end)
            """.write(toFile: project + "/a_spec.lua", atomically: true, encoding: .utf8)
        try "it('in a subfolder', function() end)".write(toFile: project + "/deeper/b_spec.lua", atomically: true, encoding: .utf8)
        try "helper_args = arg".write(toFile: project + "/helper.lua", atomically: true, encoding: .utf8)
        let common = ["-e", "from_e = 'set by -e'", "--helper=helper.lua", "-Xhelper", "one,two"]
        let folder = URL(fileURLWithPath: project)
        for options in [[], ["--lazy", "--filter-out=filtered"], ["--filter-out=filtered"], ["--repeat=2", "--no-recursive"], ["--sort-tests"]] {
            let expected = try bustedOutcomes(common + options + ["."], in: folder)
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(try outcomes(common + options + ["."], in: project), expected, "\(options)")
        }
        let sorted = try bustedOutcomes(common + ["--sort-tests", "."], in: folder, keepingOrder: true)
        XCTAssertEqual(sorted.prefix(2), ["error\ta block setup", "success\tb block alpha"], "busted sorts blocks and tests by name")
        let tap = try DossierProcess.run(["test", "--tap", "--sort-tests"] + common + ["a_spec.lua"], in: project).stdout
        let order = tap.split(separator: "\n").compactMap { line in line.range(of: "a_spec.lua: ").map { String(line[$0.upperBound...]) } }
        XCTAssertEqual(order, ["a block setup", "b block alpha", "b block mid", "b block zeta"])
    }

    /// Output options: -v shows a failure's traceback, --defer-print holds the lines per file
    /// until the end, -Xoutput gives junit a file and utfTerminal its colours; busted's
    /// options that have no meaning here are errors that say why.
    func testOutputOptionsAndOptionsThatDoNotApply() throws {
        let spec = """
            describe("figures", function()
              local function check(n) assert.are.equal(47, n) end
              it("fails in a helper function", function() check(46) end)
            end)
            """
        XCTAssertFalse(try runSpec(spec).stdout.contains("'check'"))
        XCTAssertTrue(try runSpec(spec, options: ["-v"]).stdout.contains("'check'"))
        let deferred = try runSpec("print('printed') it('x', function() end)", options: ["--defer-print"]).stdout
        XCTAssertTrue(deferred.hasPrefix("printed\n✓ "), deferred)
        let coloured = try runSpec("it('x', function() end)", options: ["-Xoutput", "--color"]).stdout
        XCTAssertTrue(coloured.hasPrefix("\u{1B}[32m✓\u{1B}[0m "), coloured)
        XCTAssertFalse(try runSpec("it('x', function() end)", options: ["-o", "plainTerminal"]).stdout.contains("\u{1B}"))
        let folder = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let junit = try runSpec("it('x', function() end)", options: ["-o", "junit", "-Xoutput", folder + "/report.xml"])
        XCTAssertEqual(junit.stdout, "")
        XCTAssertEqual(try XMLDocument(contentsOf: URL(fileURLWithPath: folder + "/report.xml")).nodes(forXPath: "//testcase").count, 1)
        for (option, message) in [(["--lua", "luajit"], "runs the specs in dossier's own Lua 5.4"), (["--coverage"], "does not measure coverage"),
                                  (["--lang", "de"], "in English only"), (["--loaders", "lua,moonscript"], "not 'moonscript'"),
                                  (["-o", "TAP", "-Xoutput", "x"], "not an option of that handler")] {
            let result = try runSpec("it('x', function() end)", options: option)
            XCTAssertEqual(result.status, 2, "\(option)")
            XCTAssertTrue(result.stderr.contains(message), "\(option): \(result.stderr)")
        }
    }

    /// insulate undoes what its block did to globals and loaded modules, and globals are
    /// scoped to the test, block or file that set them, as in busted.
    func testInsulateAndGlobalsAsBustedDoes() throws {
        for (spec, count) in [("insulate_spec.lua", 2), ("globals_spec.lua", 7)] {
            let path = "Tests/Fixtures/busted-parity/" + spec
            let expected = try bustedOutcomes([path])
            XCTAssertEqual(expected.count, count, "\(expected)")
            XCTAssertEqual(try outcomes([path]), expected, spec)
        }
    }

    /// --filter-out and --exclude-pattern leave out the same tests and files as busted's.
    func testFilterOutAndExcludePatternAsBustedDoes() throws {
        let folder = "Tests/Fixtures/busted-parity"
        let options = ["--exclude-pattern=luassert", "--filter-out=fail"]
        let expected = try bustedOutcomes(options + [folder])
        XCTAssertFalse(expected.isEmpty)
        XCTAssertFalse(expected.contains { $0.split(separator: "\t").last?.contains("fail") == true }, "\(expected)")
        XCTAssertEqual(try outcomes(options + [folder]), expected)
    }

    /// --tags and --exclude-tags choose the same tests as busted's.
    func testTagsChooseAsBustedDoes() throws {
        let spec = "Tests/Fixtures/busted-parity/tags_spec.lua"
        let expected = try bustedOutcomes(["--tags=money", "--exclude-tags=slow", spec])
        XCTAssertEqual(expected.count, 4, "\(expected)")
        XCTAssertEqual(try outcomes(["--tags", "money", "--exclude-tags", "slow", spec]), expected)
        let none = try run(["--tags", "nosuchtag", spec])
        XCTAssertEqual(none.status, 2, "a tag that selects nothing is not a green run")
        XCTAssertTrue(none.stderr.contains("no test is selected by --tags nosuchtag"), none.stderr)
    }

    /// A project's .busted file gives the options the command line does not: its paths,
    /// pattern, module path and tags, from the default task or the one --run names, on top of
    /// _all; what dossier test does not have is named in a warning.
    func testDotBustedFilesAsBustedReadsThem() throws {
        let project = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project + "/spec", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: project + "/lib", withIntermediateDirectories: true)
        try "return { total = function(t) local s = 0 for _, v in ipairs(t) do s = s + v end return s end }"
            .write(toFile: project + "/lib/figures.lua", atomically: true, encoding: .utf8)
        try """
            return {
              _all = { verbose = true, ["coverage-config-file"] = "luacov.cfg" },
              default = { ROOT = { "spec" }, pattern = "_check", lpath = "./lib/?.lua", tags = "money" },
              everything = { ROOT = { "spec" }, pattern = "_check", lpath = "./lib/?.lua" },
            }
            """.write(toFile: project + "/.busted", atomically: true, encoding: .utf8)
        try """
            local figures = require("figures")
            describe("totals #money", function()
              it("adds", function() assert.are.equal(6, figures.total({ 1, 2, 3 })) end)
              it("fails", function() assert.are.equal(7, figures.total({ 1, 2, 3 })) end)
            end)
            it("untagged", function() assert.is_true(true) end)
            """.write(toFile: project + "/spec/sums_check.lua", atomically: true, encoding: .utf8)
        try "it('is not a test file by the pattern', function() error('ran') end)"
            .write(toFile: project + "/spec/other_spec.lua", atomically: true, encoding: .utf8)
        let folder = URL(fileURLWithPath: project)
        for task in [[], ["--run", "everything"]] {
            let expected = try bustedOutcomes(task, in: folder)
            XCTAssertEqual(expected.count, task.isEmpty ? 2 : 3, "\(expected)")
            XCTAssertEqual(try outcomes(task, in: project), expected)
        }
        let warned = try DossierProcess.run(["test"], in: project)
        XCTAssertTrue(warned.stderr.contains(".busted: not supported, ignored: coverage-config-file"), warned.stderr)
        let missing = try DossierProcess.run(["test", "--run", "nightly"], in: project)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains(".busted has no task 'nightly' (tasks: default, everything)"), missing.stderr)
    }

    /// --helper runs a file before each test file, --no-keep-going stops at the first failure,
    /// --suppress-pending leaves pending tests out: each as busted's.
    func testHelperKeepGoingAndSuppressPendingAsBustedDoes() throws {
        let project = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try """
            describe("a", function()
              it("uses the helper", function() assert.are.equal("set by helper", from_helper) end)
              it("fails", function() assert.is_true(false) end)
              it("after the failure", function() end)
              pending("later")
            end)
            """.write(toFile: project + "/a_spec.lua", atomically: true, encoding: .utf8)
        try "it('in the second file', function() end)".write(toFile: project + "/b_spec.lua", atomically: true, encoding: .utf8)
        try "from_helper = 'set by helper'".write(toFile: project + "/helper.lua", atomically: true, encoding: .utf8)
        for (option, count) in [("--keep-going", 5), ("--no-keep-going", 2), ("--suppress-pending", 4)] {
            let expected = try bustedOutcomes(["--helper=helper.lua", option, "."], in: URL(fileURLWithPath: project))
            XCTAssertEqual(expected.count, count, "\(option): \(expected)")
            XCTAssertEqual(try outcomes(["--helper", "helper.lua", option, "."], in: project), expected, option)
        }
    }

    /// -o names busted's output handlers: junit and json print one document and nothing else.
    func testOutputHandlers() throws {
        let spec = "Tests/Fixtures/busted-parity/luassert_spec.lua"
        let junit = try run(["-o", "junit", spec])
        let document = try XMLDocument(data: Data(junit.stdout.utf8))
        XCTAssertEqual(try document.nodes(forXPath: "//testcase").count, 14)
        XCTAssertEqual(try document.nodes(forXPath: "//failure").count, 5)
        let json = try run(["-o", "json", spec])
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [[String: Any]]])
        XCTAssertEqual(report.mapValues(\.count), ["successes": 7, "failures": 5, "errors": 0, "pendings": 2])
        XCTAssertEqual(try run(["-o", "TAP", spec]).stdout, try run(["--tap", spec]).stdout)
        let unknown = try run(["-o", "sound", spec])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("'utfTerminal', 'plainTerminal', 'TAP', 'junit' or 'json'"), unknown.stderr)
    }

    /// --shuffle runs files and each block's tests in an order drawn from --seed (printed), the
    /// same for the same seed, and changes no outcome.
    func testShuffleIsReplayedByItsSeed() throws {
        let spec = "Tests/Fixtures/busted-parity/luassert_spec.lua"
        func order(_ seed: String) throws -> [String] {
            let result = try run(["--tap", "--shuffle", "--seed", seed, spec])
            XCTAssertTrue(result.stderr.contains("random order from --seed \(seed)"), result.stderr)
            return result.stdout.split(separator: "\n").filter { $0.hasPrefix("ok") || $0.hasPrefix("not ok") }
                .map { ($0.hasPrefix("ok") ? "ok " : "not ok ") + String($0.drop { $0 != "-" }) }
        }
        let plain = try run(["--tap", spec]).stdout.split(separator: "\n").filter { $0.hasPrefix("ok") || $0.hasPrefix("not ok") }
            .map { ($0.hasPrefix("ok") ? "ok " : "not ok ") + String($0.drop { $0 != "-" }) }
        XCTAssertEqual(try order("5"), try order("5"))
        XCTAssertNotEqual(try order("5"), try order("6"))
        XCTAssertNotEqual(try order("5"), plain)
        XCTAssertEqual(Set(try order("5")), Set(plain), "the same outcomes")
    }

    /// randomize(seed) in a describe runs its tests in an order drawn from the seed.
    func testRandomizeInABlock() throws {
        let spec = """
            describe("drawn", function()
              randomize(7)
              for i = 1, 6 do it("test " .. i, function() end) end
            end)
            describe("written", function()
              for i = 1, 3 do it("test " .. i, function() end) end
            end)
            """
        func order() throws -> [String] {
            try runSpec(spec, options: ["--tap"]).stdout.split(separator: "\n").filter { $0.hasPrefix("ok") }
                .map { String($0.split(separator: ":").last ?? "") }
        }
        let first = try order()
        XCTAssertEqual(first, try order(), "the same seed, the same order")
        XCTAssertEqual(Array(first.suffix(3)), [" written test 1", " written test 2", " written test 3"])
        XCTAssertNotEqual(Array(first.prefix(6)), (1...6).map { " drawn test \($0)" })
        XCTAssertEqual(Set(first.prefix(6)), Set((1...6).map { " drawn test \($0)" }))
    }

    func testCountsAndExitStatus() throws {
        let result = try run(["Tests/Fixtures/lua-tests", "--timeout", "1"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "8 passed, 4 failed, 5 errors, 1 skipped")
        XCTAssertTrue(lines.contains("✗ Tests/Fixtures/lua-tests/loop_test.lua  1 passed, 0 failed, 1 error"), result.stdout)
        XCTAssertTrue(lines.contains("✓ Tests/Fixtures/lua-tests/passing_test.lua  6 passed, 0 failed"), result.stdout)
        XCTAssertFalse(result.stdout.contains("never run"), "helper.lua is not a test file")
        // a failure shows where, what was expected and what came, and a table diff
        XCTAssertTrue(result.stdout.contains("FAIL Tests/Fixtures/lua-tests/failing_test.lua:2: failures equal\n  Expected objects to be equal.\n  expected: 47\n  actual:   46"), result.stdout)
        XCTAssertTrue(result.stdout.contains("    [\"projects\"]: expected 47, got 46"), result.stdout)
        // an assertion failing inside a callback that Swift calls (c:filter's predicate) is
        // still a failure with its values, not an error
        XCTAssertTrue(result.stdout.contains("FAIL Tests/Fixtures/lua-tests/failing_test.lua:10: failures inside dossier's callbacks keep their expected and actual values\n  Expected objects to be equal.\n  expected: \"no such title\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("ERROR Tests/Fixtures/lua-tests/erroring_test.lua:2: errors raises"), result.stdout)
        XCTAssertTrue(result.stdout.contains("test timed out after 1 s"), result.stdout)
        XCTAssertTrue(result.stdout.contains("syntax_error_test.lua:2: <name> or '...' expected near 'end'"), result.stdout)
    }

    /// busted's type assertions, error_matches and a message of one's own, as spec files use them.
    func testTypeAssertionsErrorMatchesAndOwnMessages() throws {
        let result = try runSpec("""
            describe("assertions", function()
              it("types", function()
                assert.is_string("a"); assert.is_number(1); assert.is_table({}); assert.is_function(print)
                assert.is_boolean(false); assert.is_not_string(1); assert.is_userdata(io.stdout)
              end)
              it("a failing type", function() assert.is_table("x") end)
              it("own message", function() assert.are.equal(47, 46, "projects in August") end)
              it("error_matches", function() assert.error_matches(function() error("bad width 7") end, "width %d") end)
              it("error_matches fails", function() assert.has_error_matches(function() error("other") end, "^width", 1, false, "needs width") end)
            end)
            """)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "2 passed, 3 failed", result.stdout)
        XCTAssertTrue(result.stdout.contains("assertions a failing type\n  Expected a table.\n  expected: table\n  actual:   string"), result.stdout)
        XCTAssertTrue(result.stdout.contains("assertions own message\n  projects in August\n  Expected objects to be equal.\n  expected: 47"), result.stdout)
        XCTAssertTrue(result.stdout.contains("assertions error_matches fails\n  needs width\n  Expected the error to match \"^width\"."), result.stdout)
    }

    /// pending() inside a test stops it as pending; finally() and after_each run even when the
    /// test fails.
    func testPendingInsideATestAndCleanupAfterFailures() throws {
        let result = try runSpec("""
            describe("inside tests", function()
              local closed, after = {}, 0
              after_each(function() after = after + 1 end)
              it("pending stops the test", function()
                pending("waiting for the 2025 data")
                error("never reached")
              end)
              it("finally runs after a failure", function()
                finally(function() closed[#closed + 1] = "a" end)
                assert.are.equal(1, 2)
              end)
              it("cleanup ran", function() assert.are.same({ "a" }, closed); assert.are.equal(2, after) end)
            end)
            """)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "1 passed, 1 failed, 1 skipped", result.stdout)
        XCTAssertFalse(result.stdout.contains("never reached"), result.stdout)
    }

    /// As in busted, a describe's body runs when the run reaches it (after the tests before
    /// it), and an error in one is that block's error: the other blocks still run.
    func testDescribeBodiesRunWhenReached() throws {
        let result = try runSpec("""
            local order = {}
            describe("a", function()
              order[#order + 1] = "a body"
              it("a test", function() order[#order + 1] = "a test" end)
            end)
            describe("b", function()
              order[#order + 1] = "b body"
              it("sees a's test before b's body", function() assert.are.same({ "a body", "a test", "b body" }, order) end)
              describe("inner", function() it("runs too", function() end) end)
            end)
            describe("c", function() error("a broken describe") end)
            describe("d", function() it("still runs", function() end) end)
            """)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "4 passed, 0 failed, 1 error", result.stdout)
        XCTAssertTrue(result.stdout.contains("a_spec.lua:11: c\n"), "the block's error, at its line: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("a_spec.lua:11: a broken describe"), result.stdout)
    }

    /// A spec written for busted's command calls require 'busted.runner'() first; the run goes
    /// on to the other files and prints its summary (it used to exit 0 there: a false green).
    func testBustedRunnerCallIsHarmless() throws {
        let result = try runSpec("require 'busted.runner'()\ndescribe('a', function() spec('passes', function() assert.is_true(true) end) end)\n",
                                 "describe('b', function() it('fails', function() assert.are.equal(1, 2) end) end)\n")
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "1 passed, 1 failed", result.stdout)
    }

    /// An assertion that fails outside any test still shows what was expected and what came.
    func testAFailureWhileLoadingKeepsItsValues() throws {
        let result = try runSpec("assert.are.equal(47, 46)\ndescribe('never', function() it('runs', function() end) end)\n")
        XCTAssertTrue(result.stdout.contains("(loading the file)\n  Expected objects to be equal.\n  expected: 47\n  actual:   46"), result.stdout)
    }

    /// A --filter that matches no test is a usage error, not a green run of nothing.
    func testAFilterMatchingNothingIsAnError() throws {
        let result = try run(["Tests/Fixtures/lua-tests/passing_test.lua", "--filter", "no such test"])
        XCTAssertEqual(result.status, 2, result.stdout)
        XCTAssertTrue(result.stderr.contains("no test is selected by --filter no such test"), result.stderr)
    }

    /// os.setlocale in one file does not carry over to the next (each file's state is fresh,
    /// but the C locale belongs to the process).
    func testTheLocaleDoesNotCarryOver() throws {
        let result = try runSpec("it('sets', function() assert.is_string(os.setlocale('C.UTF-8')) end)\n",
                                 "it('starts as the run did', function() assert.are.equal('C', os.setlocale()) end)\n")
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "2 passed, 0 failed", result.stdout)
    }

    /// A teardown that fails is a failure of its own, not thrown away.
    func testAFailingTeardownIsReported() throws {
        let result = try runSpec("""
            describe("block", function()
              teardown(function() assert.are.equal("closed", "open") end)
              it("passes", function() end)
            end)
            """)
        XCTAssertEqual(result.status, 1, result.stdout)
        // outside a test, a failed assertion is an error, as in busted; it keeps its values
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "1 passed, 0 failed, 1 error", result.stdout)
        XCTAssertTrue(result.stdout.contains("block teardown\n  Expected objects to be equal.\n  expected: \"closed\""), result.stdout)
    }

    /// os.exit(0) in a spec ends neither the run nor its failures: it is an error of that test.
    func testOSExitInASpecIsAnErrorNotTheEnd() throws {
        let result = try runSpec("""
            it("fails first", function() assert.are.equal(1, 2) end)
            it("exits", function() os.exit(0) end)
            it("runs after", function() end)
            """)
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "1 passed, 1 failed, 1 error", result.stdout)
        XCTAssertTrue(result.stdout.contains("os.exit(0) called by the test file; dossier test keeps running"), result.stdout)
    }

    /// What the time limit cannot reach (a blocking call, a pcall retry loop) and what kills
    /// the process (a crash) each end one file with an error for the test that ran, with its
    /// output; the other files run, and the last line and the status count everything.
    func testAHungOrCrashedFileIsAnErrorAndTheRunGoesOn() throws {
        let result = try runSpec("""
            it("passes", function() end)
            it("sleeps in C", function() print("going to sleep"); os.execute("sleep 30") end)
            it("never runs", function() end)
            """, """
            it("keeps catching its own timeout", function()
              while true do pcall(function() while true do end end) end
            end)
            """, """
            it("crashes", function() io.stderr:write("about to crash\\n"); os.execute("kill -SEGV $PPID") end)
            """, """
            it("reads stdin", function() assert.is_nil(io.read()) end)
            it("runs after all that", function() end)
            """, options: ["--timeout", "1"])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "3 passed, 0 failed, 3 errors", result.stdout)
        XCTAssertTrue(result.stdout.contains("a_spec.lua:2: sleeps in C"), result.stdout)
        XCTAssertTrue(result.stdout.contains("'sleeps in C' still ran 2 s after its 1 s limit"), result.stdout)
        XCTAssertTrue(result.stdout.contains("going to sleep"), "its output is shown: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("'keeps catching its own timeout' still ran"), result.stdout)
        XCTAssertTrue(result.stdout.contains("killed by signal 11 (Segmentation fault) while running 'crashes'"), result.stdout)
        XCTAssertTrue(result.stdout.contains("about to crash"), result.stdout)
    }

    /// A project laid out for busted (modules in src/, specs in spec/) runs from its root, or
    /// from anywhere with -C; --lpath adds folders of its own.
    func testBustedModulePathAndDirectory() throws {
        let root = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["src/mylib", "spec", "lib"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        try "return { add = function(a, b) return a + b end }".write(toFile: root + "/src/calc.lua", atomically: true, encoding: .utf8)
        try "return { name = 'mylib' }".write(toFile: root + "/src/mylib/init.lua", atomically: true, encoding: .utf8)
        try "return 'extra'".write(toFile: root + "/lib/extra.lua", atomically: true, encoding: .utf8)
        try """
            it("finds src/calc.lua", function() assert.are.equal(3, require("calc").add(1, 2)) end)
            it("finds src/mylib/init.lua", function() assert.are.equal("mylib", require("mylib").name) end)
            """.write(toFile: root + "/spec/calc_spec.lua", atomically: true, encoding: .utf8)
        try """
            it("finds lib/extra.lua", function() assert.are.equal("extra", require("extra")) end)
            """.write(toFile: root + "/spec/extra_spec.lua", atomically: true, encoding: .utf8)
        let fromRoot = try DossierProcess.run(["test", "spec/calc_spec.lua"], in: root)
        XCTAssertEqual(fromRoot.stdout.split(separator: "\n").last, "2 passed, 0 failed", fromRoot.stdout)
        let elsewhere = try DossierProcess.run(["test", "-C", root, "--lpath", "./lib/?.lua", "spec"])
        XCTAssertEqual(elsewhere.stdout.split(separator: "\n").last, "1 passed, 0 failed, 2 errors", "--lpath replaces src/: \(elsewhere.stdout)")
        let both = try DossierProcess.run(["test", "-C", root, "--lpath", "./src/?.lua;./src/?/init.lua;./lib/?.lua", "spec"])
        XCTAssertEqual(both.stdout.split(separator: "\n").last, "3 passed, 0 failed", both.stdout)
        XCTAssertEqual(try DossierProcess.run(["test", "-C", root + "/missing"]).status, 2)
    }

    func testPassingFilesExitZero() throws {
        let result = try run(["Tests/Fixtures/lua-tests/passing_test.lua", "Tests/Fixtures/lua-tests/pending_test.lua"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").last, "7 passed, 0 failed, 1 skipped")
    }

    func testTAP() throws {
        let result = try run(["Tests/Fixtures/lua-tests", "--tap", "--timeout", "1"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "TAP version 13")
        let tests = lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }
        XCTAssertEqual(tests.count, 18)
        XCTAssertEqual(tests.filter { $0.hasPrefix("not ok ") }.count, 9)
        XCTAssertEqual(tests.filter { $0.hasSuffix("# SKIP pending") }.count, 1)
        for (i, line) in tests.enumerated() {
            let number = line.hasPrefix("ok ") ? line.dropFirst(3) : line.dropFirst(7)
            XCTAssertTrue(number.hasPrefix("\(i + 1) - "), "tests numbered in order: \(line)")
        }
        XCTAssertTrue(lines.contains("1..18"))
        XCTAssertEqual(lines.last, "8 passed, 4 failed, 5 errors, 1 skipped")
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") || $0.hasPrefix("#") || $0.hasPrefix("TAP") || $0.hasPrefix("1..") || $0 == lines.last }, "only TAP lines before the summary")
    }

    func testJUnitXML() throws {
        let path = try DossierProcess.temporaryFolder() + "/report.xml"
        let result = try run(["Tests/Fixtures/lua-tests", "--junit", path, "--timeout", "1"])
        XCTAssertEqual(result.status, 1)
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: path))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "18")
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "4")
        XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "5")
        XCTAssertEqual(root.attribute(forName: "skipped")?.stringValue, "1")
        let suites = root.elements(forName: "testsuite")
        XCTAssertEqual(suites.count, 7)
        let loop = try XCTUnwrap(suites.first { $0.attribute(forName: "name")?.stringValue?.hasSuffix("loop_test.lua") == true })
        let cases = loop.elements(forName: "testcase")
        XCTAssertEqual(cases.map { $0.attribute(forName: "name")?.stringValue }, ["runaway never ends", "runaway runs after the runaway one"])
        XCTAssertEqual(cases[0].elements(forName: "error").count, 1)
        XCTAssertEqual(cases[1].children?.count ?? 0, 0)
        let failing = try XCTUnwrap(suites.first { $0.attribute(forName: "name")?.stringValue?.hasSuffix("failing_test.lua") == true })
        let same = try XCTUnwrap(failing.elements(forName: "testcase").first { $0.attribute(forName: "name")?.stringValue == "failures same" })
        XCTAssertTrue(same.elements(forName: "failure").first?.stringValue?.contains("[\"projects\"]: expected 47, got 46") == true)
    }

    /// --junit writes through what is at the path: a symlink stays a symlink (its target gets
    /// the report), where writing a new file and renaming it would replace it.
    func testJUnitWritesThroughASymlink() throws {
        let folder = try DossierProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.xml", withDestinationPath: folder + "/target.xml")
        _ = try run(["Tests/Fixtures/lua-tests/passing_test.lua", "--junit", folder + "/link.xml"])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/link.xml")
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeSymbolicLink, "the symlink was replaced")
        let report = try String(contentsOfFile: folder + "/target.xml", encoding: .utf8)
        XCTAssertTrue(report.contains("<testsuites name=\"dossier test\""), report)
        // '-' is standard output, with the document alone on it, not a file named '-'
        let dash = try DossierProcess.run(["test", "--junit", "-", DossierProcess.repository.path + "/Tests/Fixtures/lua-tests/passing_test.lua"], in: folder)
        XCTAssertEqual(try XMLDocument(data: Data(dash.stdout.utf8)).nodes(forXPath: "//testcase").count, 6)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/-"))
    }

    func testFilterAndList() throws {
        let filtered = try run(["Tests/Fixtures/lua-tests/passing_test.lua", "--filter", "compares"])
        XCTAssertEqual(filtered.stdout.split(separator: "\n").last, "1 passed, 0 failed")
        let listed = try run(["Tests/Fixtures/lua-tests/passing_test.lua", "--list"])
        XCTAssertEqual(listed.status, 0)
        XCTAssertTrue(listed.stdout.contains("Tests/Fixtures/lua-tests/passing_test.lua:36: assertions nested runs hooks outside in"), listed.stdout)
        XCTAssertFalse(listed.stdout.contains("passed"), "a listing is names only, as busted's")
    }

    func testUsageErrorsAndNoTests() throws {
        XCTAssertEqual(try run(["--bogus"]).status, 2)
        XCTAssertEqual(try run(["--timeout", "0"]).status, 2)
        let missing = try run(["no/such/folder"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "dossier test: no/such/folder: no such file or folder\n")
        let empty = try DossierProcess.temporaryFolder()
        let none = try run([empty])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.stderr.contains("no test files"), none.stderr)
    }
}
