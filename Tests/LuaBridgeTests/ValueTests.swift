import CLua
import LuaBridge
import XCTest

final class ValueTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }

    /// Pushes a value, has Lua hand it back through a function, and reads it again.
    private func roundTrip(_ value: LuaValue) throws -> LuaValue {
        try lua.call(try lua.run("return function(...) return ... end")[0], [value])[0]
    }

    func testScalarsRoundTrip() throws {
        for value: LuaValue in [nil, true, false, 0, -42, .integer(Int.max), 1.5, -0.25, "", "大同", "a\0b"] {
            XCTAssertEqual(try roundTrip(value), value)
        }
    }

    func testIntegersAndFloatsStayDistinct() throws {
        let results = try lua.run("return 3, 3.0, 2^53")
        guard case .integer(3) = results[0], case .number(3.0) = results[1], case .number = results[2] else {
            return XCTFail("got \(results)")
        }
    }

    func testStringsAreBytes() throws {
        let bytes: [UInt8] = [0xE5, 0xA4, 0xA7, 0xFF, 0x00, 0x41]  // 大, an invalid byte, NUL, A
        let back = try roundTrip(.string(LuaString(bytes: bytes)))
        XCTAssertEqual(back, .string(LuaString(bytes: bytes)))
        XCTAssertEqual(try lua.call(try lua.run("return function(s) return #s end")[0], [back]), [6])
    }

    func testLongStringsThatShareTheirBytesArePushedOnce() throws {
        // 1,000 records holding one 100 KB text: one copy in Lua's heap, not 1,000 (100 MB)
        let sentence = LuaString(bytes: [UInt8](repeating: 0x41, count: 100_000))
        let records = LuaValue.list((0..<1000).map { i in .record([("offset", .integer(i)), ("sentence", .string(sentence))]) })
        let measure = try lua.run("""
            return function(records)
              collectgarbage()
              local kilobytes = collectgarbage("count")
              assert(#records == 1000 and #records[1000].sentence == 100000 and records[1].sentence == records[1000].sentence)
              return kilobytes
            end
            """)[0]
        let before = try lua.run("collectgarbage() return collectgarbage('count')")[0].doubleValue ?? 0
        let during = try lua.call(measure, [records])[0].doubleValue ?? 0
        XCTAssertLessThan(during - before, 1024, "Lua's heap grew by \(Int(during - before)) KB")
        // equal texts with bytes of their own stay apart, as their Swift values are
        let apart = LuaValue.list([.string(LuaString(bytes: sentence.bytes + [0x42])), .string(LuaString(bytes: sentence.bytes + [0x43]))])
        XCTAssertEqual(try roundTrip(apart), apart)
    }

    func testTablesRoundTrip() throws {
        let value: LuaValue = ["list": [1, 2, "three"], "nested": ["deep": ["x": 1.5]], "flag": true]
        XCTAssertEqual(try roundTrip(value), value)
        let mixed = try lua.run("return { 10, 20, n = 2, [3.5] = 'x' }")[0].tableValue
        XCTAssertEqual(mixed?.array, [10, 20])
        XCTAssertEqual(mixed?[.text("n")], 2)
        XCTAssertEqual(mixed?[.number(3.5)], "x")
    }

    /// Strings cut from one text reach Lua as the list their ranges make: empty ones, a
    /// character of each UTF-8 length, ends past the text or running backwards kept inside
    /// it; and the list gets the list metatable, as `LuaValue.list` does.
    func testCutStringsArriveAsTheListOfTheirRanges() throws {
        _ = lua.listMetatable()
        let bytes = Array("a大é𠀀 end".utf8)
        let ends = [0, 1, 4, 6, 6, 10, 14, 12, 99]
        let cut = LuaValue.list(cutting: bytes, at: ends)
        let expected: [LuaValue] = ["", "a", "大", "é", "", "𠀀", " end", "", ""]
        XCTAssertEqual(try roundTrip(cut).tableValue?.array, expected)
        XCTAssertEqual(cut.tableValue?.array, expected)
        XCTAssertEqual(cut, .list(expected))
        let shape = try lua.call(try lua.run("return function(t) return #t, getmetatable(t) ~= nil, t[6] end")[0], [cut])
        XCTAssertEqual(shape, [9, true, "𠀀"])
        XCTAssertEqual(try roundTrip(.list(cutting: [], at: [])).tableValue?.array, [])
    }

    func testCyclesBecomeReferences() throws {
        let table = try lua.run("local t = { name = 'loop' }; t.self = t; return t")[0].tableValue
        XCTAssertEqual(table?[.text("name")], "loop")
        guard case .reference = table?[.text("self")] else { return XCTFail("cycle not kept as a reference") }
        // The reference is the same table when pushed back.
        let same = try lua.call(try lua.run("return function(t) return t.self == t.self.self end")[0],
                                [table![.text("self")]])
        XCTAssertEqual(same, [true])
    }

    func testLuaFunctionsCanBeCalledFromSwift() throws {
        let add = try lua.run("return function(a, b) return a + b, a * b end")[0]
        XCTAssertEqual(try lua.call(add, [3, 4]), [7, 12])
        XCTAssertThrowsError(try lua.call(add, ["x", 1])) { error in
            XCTAssertTrue("\(error)".contains("attempt to add a 'string' with a 'number'"), "\(error)")
        }
    }

    func testGlobalsAreSetRawAndNested() throws {
        lua.setRawGlobal("config.limits.max", 10)
        XCTAssertEqual(try lua.run("return config.limits.max"), [10])
        XCTAssertEqual(lua.rawGlobal("config").tableValue?[.text("limits")].tableValue?[.text("max")], 10)
    }

    func testSyntaxErrorsAreThrownWithChunkName() throws {
        XCTAssertThrowsError(try lua.run("x = = 1", name: "@bad.lua")) { error in
            XCTAssertTrue("\(error)".hasPrefix("bad.lua:1:"), "\(error)")
        }
        XCTAssertEqual(lua.top, 0)
    }
}
