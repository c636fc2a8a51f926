import LuaBridge
import XCTest

/// "Did you mean": the nearest valid name to a typo, and option tables checked by name.
final class SuggestionTests: XCTestCase {
    func testTyposFindTheirNameAndStrangersFindNone() {
        let methods = ["search", "filter", "freq", "people", "sort_by", "timeline"]
        XCTAssertEqual(Suggestions.closest(to: "serach", among: methods), "search")   // swapped neighbours
        XCTAssertEqual(Suggestions.closest(to: "fliter", among: methods), "filter")
        XCTAssertEqual(Suggestions.closest(to: "peple", among: methods), "people")    // one left out
        XCTAssertEqual(Suggestions.closest(to: "sort", among: methods), "sort_by")    // a prefix of the name
        XCTAssertEqual(Suggestions.closest(to: "TimeLine", among: methods), "timeline")
        XCTAssertNil(Suggestions.closest(to: "zzzz", among: methods))
        XCTAssertNil(Suggestions.closest(to: "x", among: methods))
        XCTAssertNil(Suggestions.closest(to: "anything", among: []))
    }

    func testOptionTablesAreCheckedByName() throws {
        let state = LuaState()
        let lua = state.lua
        lua.register("f", doc: LuaDoc("f([opts])", "Takes options.")) { args in
            let options = try args.options(1, allowed: ["width", "fields"])
            return [options[.text("width")]]
        }
        XCTAssertEqual(try lua.run("return f(), f({}), f({width = 3})"), [nil, nil, 3])
        for (call, message) in [
            ("f({widht = 3})", "bad argument #1 to 'f' (unknown option 'widht'; did you mean 'width'? (options: width, fields))"),
            ("f('wide')", "bad argument #1 to 'f' (options table expected, got string (options are a table: {width = …, fields = …}))"),
            ("f({3})", "bad argument #1 to 'f' (options are named ({width = …}), not a list)"),
        ] {
            let result = try lua.run("local ok, e = pcall(function() return \(call) end); return e")
            XCTAssertEqual(result.first?.stringValue?.hasSuffix(message), true, "\(call): \(result)")
        }
    }
}
