import CLua
import LuaBridge
import XCTest

/// Counts live instances, to show that Lua releases what it was given.
final class Tracked {
    nonisolated(unsafe) static var live = 0
    let name: String
    var tags: [String] = []
    var madeTagLists = 0
    init(_ name: String) { self.name = name; Tracked.live += 1 }
    deinit { Tracked.live -= 1 }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
}

final class FunctionTests: XCTestCase {
    let state = LuaState()
    var lua: Lua { state.lua }

    override func setUp() {
        lua.register("twice", doc: LuaDoc("twice(n)", "Doubles a number.")) { args in
            [.integer(try args.integer(1) * 2)]
        }
        lua.register("fail", doc: LuaDoc("fail(msg)", "Throws a Swift error.")) { args in
            _ = Tracked("temporary")
            throw Failure(description: try args.string(1))
        }
        lua.register("lib.split", doc: LuaDoc("lib.split(s)", "Splits on commas.")) { args in
            try args.string(1).split(separator: ",").map { .text(String($0)) }
        }
    }

    func testSwiftFunctionsReturnSeveralResults() throws {
        XCTAssertEqual(try lua.run("return twice(21)"), [42])
        XCTAssertEqual(try lua.run("return lib.split('a,b,c')"), ["a", "b", "c"])
        XCTAssertEqual(try lua.run("return select('#', lib.split(''))"), [0])
    }

    func testThrownErrorsCarryTheCallersFileAndLine() throws {
        let message = try lua.run("""
            local ok, err = pcall(function()
              fail("no such corpus")
            end)
            return err
            """, name: "@analysis.lua")
        XCTAssertEqual(message, ["analysis.lua:2: no such corpus"])
    }

    func testArgumentErrorsReadLikeLuas() throws {
        let message = try lua.run("local ok, err = pcall(function() return twice('x') end) return err", name: "@a.lua")
        XCTAssertEqual(message, ["a.lua:1: bad argument #1 to 'twice' (number expected, got string)"])
        let missing = try lua.run("local ok, err = pcall(function() return twice() end) return err", name: "@a.lua")
        XCTAssertEqual(missing, ["a.lua:1: bad argument #1 to 'twice' (number expected, got no value)"])
    }

    func testErrorsFromLuaCalledBySwiftPassThroughUnchanged() throws {
        lua.register("apply", doc: LuaDoc("apply(f)", "Calls f from Swift.")) { args in
            try args.lua.call(args.value(1))
        }
        let message = try lua.run("""
            local ok, err = pcall(apply, function() error("inner") end)
            return err
            """, name: "@x.lua")
        XCTAssertEqual(message, ["x.lua:1: inner"])
    }

    func testSwiftFunctionsWorkInsideCoroutines() throws {
        let results = try lua.run("""
            local co = coroutine.wrap(function(a) local b = coroutine.yield(twice(a)) return twice(b) end)
            return co(2), co(5)
            """)
        XCTAssertEqual(results, [4, 10])
    }

    /// 100,000 Swift errors raised through pcall: no crash, no leaked objects, no growth.
    func testThrowingManyTimesNeitherCrashesNorGrows() throws {
        let script = """
            local n = ...
            for i = 1, n do
              local ok, err = pcall(fail, "round " .. i)
              assert(not ok and err:find("round " .. i, 1, true))
            end
            collectgarbage()
            return collectgarbage("count")
            """
        try lua.load(script, name: "=loop")
        let loop = lua.value(at: -1)
        lua.pop()
        _ = try lua.call(loop, [10_000])  // warm up allocator and string table
        let residentBefore = residentBytes()
        let luaKilobytes = try lua.call(loop, [100_000])[0].doubleValue ?? 0
        let residentAfter = residentBytes()
        XCTAssertEqual(Tracked.live, 0, "every object made by the throwing function was released")
        XCTAssertLessThan(luaKilobytes, 1024, "Lua heap stays small")
        XCTAssertLessThan(residentAfter - residentBefore, 8 << 20, "resident memory grew by \(residentAfter - residentBefore) bytes")
    }

    private func residentBytes() -> Int {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? "0 0"
        let pages = Int(statm.split(separator: " ")[1]) ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
