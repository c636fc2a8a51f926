import LuaBridge
import REPL
import XCTest

final class EvaluationTests: XCTestCase {
    let state = LuaState()
    lazy var support = REPLSupport(installingOn: state.lua)

    private func evaluate(_ source: String) -> String? {
        XCTAssertEqual(support.compile(source), .ready, source)
        return support.run()
    }

    func testIncompleteChunksAskForMore() {
        for source in ["function f()", "x =", "for i = 1, 3 do", "t = {", "s = [[long", "if x then", "f(1,"] {
            guard case .incomplete = support.compile(source) else { return XCTFail("\(source) should be incomplete") }
        }
        XCTAssertEqual(support.compile("function f()\nreturn 1 end"), .ready)
    }

    func testSyntaxErrorsAreNotMistakenForIncompleteInput() {
        for source in ["x = = 1", "x = 'a\nb'", "return return", "end"] {
            guard case .error(let message) = support.compile(source) else { return XCTFail("\(source) should be an error") }
            XCTAssertTrue(message.hasPrefix("stdin:1:"), message)
        }
    }

    func testLocalsStayVisibleOnLaterLines() throws {
        XCTAssertNil(evaluate("local x = 5"))
        XCTAssertNil(evaluate("local y, z = x * 2, 'z'"))
        XCTAssertNil(evaluate("result = x + y"))
        XCTAssertEqual(state.lua.rawGlobal("result"), 15)
        XCTAssertNil(evaluate("x = 100"))  // assigning keeps the new value
        XCTAssertNil(evaluate("result = x"))
        XCTAssertEqual(state.lua.rawGlobal("result"), 100)
        XCTAssertNil(evaluate("do local hidden = 1 end"))  // block locals end with their block
        XCTAssertNil(evaluate("result = hidden"))
        XCTAssertEqual(state.lua.rawGlobal("result"), nil)
        XCTAssertNil(state.lua.rawGlobal("x").intValue, "a kept local is not a global")
    }

    func testLastResultIsKeptInUnderscore() {
        XCTAssertNil(evaluate("6 * 7;"))  // ';' hides the output but still keeps the result
        XCTAssertEqual(state.lua.rawGlobal("_"), 42)
    }

    func testErrorsComeWithAShortTraceback() throws {
        let message = evaluate("local function inner() error('deep') end inner()")
        XCTAssertEqual(message?.hasPrefix("stdin:1: deep\nstack traceback:"), true, message ?? "")
        XCTAssertEqual(message?.contains("dossier.repl"), false, "support frames are cut: \(message ?? "")")
        XCTAssertEqual(message?.contains("xpcall"), false, message ?? "")
        XCTAssertNil(evaluate("ok = true"), "the REPL carries on after an error")
    }

    func testNonStringErrorValuesAreDescribed() {
        XCTAssertEqual(evaluate("error({})")?.hasPrefix("(error object is a table value)"), true)
        XCTAssertEqual(evaluate("error(setmetatable({}, {__tostring = function() return 'custom' end}))")?
            .hasPrefix("custom"), true)
    }

    func testReplacingGlobalsDoesNotBreakThePrompt() {
        XCTAssertNil(evaluate("print, load, debug, table, string = nil, nil, nil, nil, nil"))
        XCTAssertNil(evaluate("local kept = 3"))
        XCTAssertNil(evaluate("answer = kept * 2"))
        XCTAssertEqual(state.lua.rawGlobal("answer"), 6)
    }
}
