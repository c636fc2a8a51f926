import Foundation
import XCTest

/// `dossier` runs scripts as lua5.4 does: options, `arg`, `...`, exit status, errors.
final class CommandLineTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws { folder = try DossierProcess.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testScriptGetsArgTableAndVarargs() throws {
        let script = try write("args.lua", """
            local t = {}
            for i = -3, 3 do t[#t + 1] = i .. "=" .. tostring(arg[i]) end
            print(table.concat(t, " "))
            print(select("#", ...), ...)
            """)
        let result = try DossierProcess.run(["-W", script, "a", "b c"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines[0], "-3=nil -2=\(DossierProcess.binary) -1=-W 0=\(script) 1=a 2=b c 3=nil")
        XCTAssertEqual(lines[1], "2\ta\tb c")
        let changed = try DossierProcess.run(["-e", "arg[1] = 100", script, "a", "b"])
        XCTAssertEqual(changed.stdout.split(separator: "\n").last, "2\t100\tb", "... is the arg table as the script starts")
        let broken = try DossierProcess.run(["-e", "arg = 1", script, "a"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.stderr, "\(DossierProcess.binary): 'arg' is not a table\n", "messages start with the program's name, as lua.c's")
    }

    func testExecuteAndRequireRunInOrder() throws {
        _ = try write("scripts/greeting.lua", "return { text = 'hello' }")
        let result = try DossierProcess.run(
            ["-e", "x = 1", "-l", "greeting", "-l", "g=greeting", "-e", "print(x, greeting.text, g == greeting)"],
            in: folder)
        XCTAssertEqual(result.stdout, "1\thello\ttrue\n", result.stderr)
        XCTAssertEqual(result.status, 0)
    }

    func testModulesNextToTheScriptAreFound() throws {
        _ = try write("lib/helper.lua", "return 'helper loaded'")
        let main = try write("lib/main.lua", "print((require('helper')))")
        let result = try DossierProcess.run([main])
        XCTAssertEqual(result.stdout, "helper loaded\n", result.stderr)
    }

    /// A saved analysis run from inside an untrusted corpus folder uses its own helpers, not a
    /// planted file of the same name in the working folder.
    func testTheScriptsFolderComesBeforeTheWorkingFolder() throws {
        _ = try write("analysis/common.lua", "return 'mine'")
        let main = try write("analysis/run.lua", "print((require('common')))")
        _ = try write("corpus/common.lua", "return 'planted'")
        let result = try DossierProcess.run([main], in: folder + "/corpus")
        XCTAssertEqual(result.stdout, "mine\n", result.stderr)
    }

    /// LUA_PATH is taken as given, ";;" standing for Lua's default path, as lua5.4 does.
    func testLuaPathIsTakenAsGiven() throws {
        let script = try write("path.lua", "print(package.path)")
        let exact = try DossierProcess.run([script], environment: ["LUA_PATH": "/x/?.lua"])
        XCTAssertEqual(exact.stdout, "/x/?.lua\n", exact.stderr)
        let versioned = try DossierProcess.run([script], environment: ["LUA_PATH": "/x/?.lua", "LUA_PATH_5_4": ";"])
        XCTAssertEqual(versioned.stdout, ";\n", "LUA_PATH_5_4 wins: \(versioned.stderr)")
        let standard = try DossierProcess.run([script]).stdout.dropLast()
        XCTAssertTrue(standard.hasPrefix(folder + "/?.lua;"), "the script's folder first: \(standard)")
        let around = try DossierProcess.run([script], environment: ["LUA_PATH": "/a/?.lua;;/b/?.lua"])
        XCTAssertEqual(around.stdout, "/a/?.lua;\(standard);/b/?.lua\n", "';;' stands for the default")
    }

    func testDebianLuaModulesLoad() throws {
        let result = try DossierProcess.run(["-e", "print(require('cjson').encode({ 1, 2 }))"])
        XCTAssertEqual(result.stdout, "[1,2]\n", "lua-cjson (installed by make test): \(result.stderr)")
    }

    /// dossier's collectgarbage (which gives freed memory back to the system after a full
    /// collection) answers as lua5.4's does: its results, and its mistakes named as its own.
    func testCollectGarbageAnswersAsLuaDoes() throws {
        let probe = """
            print(type(collectgarbage("count")), collectgarbage(), collectgarbage("collect"), collectgarbage("isrunning"))
            print(collectgarbage("step", 0) ~= nil, collectgarbage("incremental"), collectgarbage("incremental"))
            print(debug.getinfo(collectgarbage).what)
            for _, bad in ipairs({ { "x" }, { {} }, { "step", {} }, { "incremental", 1, "y" } }) do
              print(select(2, pcall(collectgarbage, table.unpack(bad))))
            end
            """
        let lua = Process()
        lua.executableURL = URL(fileURLWithPath: "/usr/bin/lua5.4")
        lua.arguments = ["-e", probe]
        let output = Pipe()
        lua.standardOutput = output
        try lua.run()
        let expected = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        lua.waitUntilExit()
        XCTAssertTrue(expected.contains("bad argument #1 to 'collectgarbage' (invalid option 'x')"), expected)
        XCTAssertEqual(try DossierProcess.run(["-e", probe]).stdout, expected)
    }

    func testScriptFromStdin() throws {
        let dash = try DossierProcess.run(["-", "x"], stdin: "print('from stdin', ...)")
        XCTAssertEqual(dash.stdout, "from stdin\tx\n", dash.stderr)
        let piped = try DossierProcess.run([], stdin: "print(1 + 1)")
        XCTAssertEqual(piped.stdout, "2\n", "no script and stdin not a terminal: stdin is the script")
    }

    /// A pipe is read to its end, in the format its first character shows or opts.format names.
    func testCorpusFromStandardInput() throws {
        let lines = (1...30).map { #"{"title": "標題\#($0)", "content": "正文\#($0)。"}"# }.joined(separator: "\r\n")
        let piped = try DossierProcess.run(["-c", "-", "-e", "print(#corpus, corpus[30].title)"], stdin: lines)
        XCTAssertEqual(piped.stdout, "30\t標題30\n", piped.stderr)
        let text = try DossierProcess.run(["-e", "local c = corpus.load('-', {quiet = true}); print(#c, c[1].title)"],
                                          stdin: "一篇報道\n正文。\n")
        XCTAssertEqual(text.stdout, "1\t一篇報道\n", text.stderr)
        let table = try DossierProcess.run(["-e", "local c = corpus.load('-', {format = 'csv', quiet = true}); print(#c, c[2].title)"],
                                           stdin: "title,content\nA,正文一\nB,正文二\n")
        XCTAssertEqual(table.stdout, "2\tB\n", table.stderr)
    }

    func testShebangLineIsSkipped() throws {
        let script = try write("tool.lua", "#!/usr/bin/env dossier\nprint('ran')\n")
        let result = try DossierProcess.run([script])
        XCTAssertEqual(result.stdout, "ran\n", result.stderr)
    }

    func testUncaughtErrorsPrintMessageAndTraceback() throws {
        let script = try write("fails.lua", "local function inner()\n  error('no corpus here')\nend\ninner()\n")
        let result = try DossierProcess.run([script])
        XCTAssertEqual(result.status, 1)
        // Lua shortens long chunk names ("...ier-test-…/fails.lua"), so match the file's name.
        XCTAssertTrue(result.stderr.hasPrefix("\(DossierProcess.binary): "), result.stderr)
        XCTAssertTrue(result.stderr.contains("fails.lua:2: no corpus here\nstack traceback:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("in local 'inner'"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("fails.lua:4: in main chunk\n\t[C]: in ?\n"), "ends as lua.c's: \(result.stderr)")
    }

    func testExitStatus() throws {
        XCTAssertEqual(try DossierProcess.run(["-e", "os.exit(7)"]).status, 7)
        XCTAssertEqual(try DossierProcess.run(["-e", "os.exit(false)"]).status, 1)
        XCTAssertEqual(try DossierProcess.run(["-e", "os.exit(true, true)"]).status, 0)
        XCTAssertEqual(try DossierProcess.run(["-e", "x = 1"]).status, 0)
        let missing = try DossierProcess.run([folder + "/missing.lua"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("cannot open \(folder!)/missing.lua"), missing.stderr)
    }

    func testBadOptionsPrintUsage() throws {
        for (arguments, message) in [(["-x"], "unrecognized option '-x'"), (["-e"], "'-e' needs argument"),
                                     (["-l"], "'-l' needs argument"), (["--y"], "unrecognized option '--y'")] {
            let result = try DossierProcess.run(arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.hasPrefix("\(DossierProcess.binary): \(message)\nusage: dossier [options] [script [args]]"),
                          result.stderr)
        }
    }

    func testVersion() throws {
        let result = try DossierProcess.run(["-v"])
        XCTAssertTrue(result.stdout.hasPrefix("dossier "), result.stdout)
        XCTAssertTrue(result.stdout.contains("Lua 5.4"), result.stdout)
    }

    func testLuaInitRunsUnlessIgnored() throws {
        let env = ["LUA_INIT": "greeting = 'from LUA_INIT'"]
        XCTAssertEqual(try DossierProcess.run(["-e", "print(greeting)"], environment: env).stdout, "from LUA_INIT\n")
        XCTAssertEqual(try DossierProcess.run(["-E", "-e", "print(greeting)"], environment: env).stdout, "nil\n")
        let versioned = env.merging(["LUA_INIT_5_4": "greeting = 'versioned'"]) { $1 }
        XCTAssertEqual(try DossierProcess.run(["-e", "print(greeting)"], environment: versioned).stdout, "versioned\n")
        let file = try write("init.lua", "greeting = 'from a file'")
        XCTAssertEqual(try DossierProcess.run(["-e", "print(greeting)"], environment: ["LUA_INIT": "@" + file]).stdout,
                       "from a file\n")
    }

    func testDeepRecursionIsAnErrorNotACrash() throws {
        let result = try DossierProcess.run(["-e", "local function f(n) return 1 + f(n + 1) end print(f(1))"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("stack overflow"), result.stderr)
        let nested = try DossierProcess.run(["-e", """
            local function f(n) return pcall(string.gsub, "x", "x", function() return f(n + 1) end) end
            print(f(1))
            """])
        XCTAssertNotEqual(nested.status, 139, "no segfault through nested C calls: \(nested.stderr)")
        XCTAssertEqual(nested.status, 0, nested.stderr)
    }

    /// With input piped, -i runs as lua.c does (so scripts that drive `lua -i` keep working):
    /// each line echoed after its prompt, results shown by print, no locals kept, ';' hides nothing.
    func testInteractiveModeAfterAScriptReadsStdin() throws {
        let script = try write("setup.lua", "base = 40")
        let result = try DossierProcess.run(["-i", script], stdin: "base + 2\nfunction f()\nreturn 'two lines'\nend\nf()\n6 * 7;\nlocal x = 2\nx\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let transcript = "> base + 2\n42\n> function f()\n>> return 'two lines'\n>> end\n> f()\ntwo lines\n> 6 * 7;\n42\n"
            + "> local x = 2\n> x\nnil\n> \n"
        XCTAssertTrue(result.stdout.hasSuffix(transcript), result.stdout)
    }

    func testPromptsFollowPromptGlobals() throws {
        let result = try DossierProcess.run(["-e", "_PROMPT = 'corpus> ' _PROMPT2 = '... '", "-i"],
                                            stdin: "if true then\nprint('yes') end\n")
        XCTAssertTrue(result.stdout.contains("corpus> if true then\n... print('yes') end\nyes\n"), result.stdout)
    }

    func testREPLErrorsGoToStderrAndTheSessionContinues() throws {
        let result = try DossierProcess.run(["-i"], stdin: "error('first')\nprint('after')\nx = = 1\nprint('still')\n")
        XCTAssertTrue(result.stderr.contains("stdin:1: first\nstack traceback:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("unexpected symbol near '='"), result.stderr)
        XCTAssertTrue(result.stdout.contains("after\n") && result.stdout.contains("still\n"), result.stdout)
    }

    func testRCFileRunsBeforeTheREPLUnlessIgnored() throws {
        let home = try DossierProcess.temporaryFolder()
        try "greeting = 'from rc'".write(toFile: home + "/.dossierrc.lua", atomically: true, encoding: .utf8)
        let result = try DossierProcess.run(["-i"], stdin: "greeting\n", environment: ["HOME": home])
        XCTAssertTrue(result.stdout.contains("> greeting\nfrom rc\n"), result.stdout)
        let ignored = try DossierProcess.run(["-E", "-i"], stdin: "greeting\n", environment: ["HOME": home])
        XCTAssertTrue(ignored.stdout.contains("> greeting\nnil\n"), ignored.stdout)
    }
}
