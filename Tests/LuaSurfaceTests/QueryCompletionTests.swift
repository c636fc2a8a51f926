import LuaSurface
import Foundation
import LuaBridge
import REPL
import XCTest

/// Tab completion on dossier's objects, after calls and brackets, without running the calls
/// and without rewriting what is typed: each candidate is the text readline replaces (after
/// the last break character), completed.
final class QueryCompletionTests: XCTestCase {
    let state = LuaState()
    var support: REPLSupport!

    override func setUp() {
        support = LuaSurface.install(on: state.lua)
        state.lua.setRawGlobal("sample", .text(ListTests.sample))
    }

    private func complete(_ line: String) -> [String] { support.complete(line, cursor: line.utf8.count) }

    private func type(_ chunk: String) {
        XCTAssertEqual(support.compile(chunk), .ready)
        XCTAssertNil(support.run())
    }

    func testAfterCallsAndBrackets() throws {
        type("c = corpus.load(sample, { quiet = true });")
        XCTAssertEqual(complete("c:sea"), ["c:search"])
        XCTAssertEqual(complete("c:people():fi"), [":filter", ":first"], "a corpus method's result is a list")
        XCTAssertEqual(complete("c:freq{by = \"people\"}:to_"), [":to_csv", ":to_jsonl", ":to_markdown"], "f{…} is a call too")
        XCTAssertEqual(complete("c[1]:peo"), [":people"], "an article from its corpus")
        XCTAssertEqual(complete("x = c[1].ti"), [".title"])
        XCTAssertEqual(complete("c:filter(\"date\"):sea"), [":search"], "a sub-corpus is a corpus")
        XCTAssertEqual(complete("corpus.load(sample):mentio"), [":mentions"])
        XCTAssertEqual(complete("c[1]:simplified():su"), [":sub"], "a string")
        XCTAssertEqual(complete("c:people():count():x"), [], "a number has nothing to complete")
        XCTAssertEqual(complete("nosuch():x"), [])
    }

    func testLocalsKeptAtThePromptAndListsFromLists() {
        type("local hits = corpus.load(sample, { quiet = true }):search(\"储能\")")
        XCTAssertEqual(complete("hits:sort"), ["hits:sort_by"], "a lazy search list has List's methods")
        XCTAssertEqual(complete("hits:sort_by(\"offset\"):gr"), [":group_by"])
    }

    func testNothingIsRunWhileCompleting() throws {
        type("calls = 0; local c = corpus.load(sample, { quiet = true }); obj = { f = function() calls = calls + 1; return c end }")
        XCTAssertEqual(complete("obj.f():x"), [])
        XCTAssertEqual(try state.lua.run("return calls"), [0])
    }
}
