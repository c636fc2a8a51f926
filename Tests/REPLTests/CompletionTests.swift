import LuaBridge
import REPL
import XCTest

final class Box { let label = "x" }

final class CompletionTests: XCTestCase {
    let state = LuaState()
    lazy var support = REPLSupport(installingOn: state.lua)

    private func complete(_ line: String) -> [String] { support.complete(line, cursor: line.utf8.count) }

    func testGlobalsAndKeywords() {
        XCTAssertTrue(complete("pri").contains("print"))
        XCTAssertTrue(complete("x = pri").contains("print"), "only the word before the cursor counts")
        XCTAssertEqual(complete("whi"), ["while"])
        XCTAssertTrue(complete("he").contains("help"))
    }

    func testFieldsOfTables() {
        XCTAssertEqual(complete("string.fo"), ["string.format"])
        XCTAssertEqual(complete("dossier.w"), ["dossier.width"])
        XCTAssertTrue(complete("x = math.fl").contains("math.floor"))
        XCTAssertEqual(complete("nosuch.thing"), [])
    }

    func testMethodsAfterColonIncludingMetatables() throws {
        try state.lua.run("s = 'text'; obj = setmetatable({}, { __index = { count = function() end, size = 3 } })")
        XCTAssertEqual(complete("s:up"), ["s:upper"])
        XCTAssertEqual(complete("obj:c"), ["obj:count"])
        XCTAssertEqual(complete("obj:s"), [], "only functions after ':'")
        XCTAssertEqual(complete("obj.s"), ["obj.size"])
    }

    func testMethodsOfSwiftObjects() throws {
        LuaClass<Box>("Box")
            .field("label") { .text($0.label) }
            .method("open") { _, _ in [] }
            .register(on: state.lua)
        state.lua.setRawGlobal("box", .object(Box()))
        XCTAssertEqual(complete("box:o"), ["box:open"])
        XCTAssertEqual(complete("box.la"), ["box.label"])
    }

    func testKeptLocals() {
        XCTAssertEqual(support.compile("local corpus_size = 1"), .ready)
        XCTAssertNil(support.run())
        XCTAssertEqual(complete("corpus_s"), ["corpus_size"])
    }
}
