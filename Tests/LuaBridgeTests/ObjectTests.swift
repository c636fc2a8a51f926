import CLua
import LuaBridge
import XCTest

final class ObjectTests: XCTestCase {
    var state: LuaState!
    var lua: Lua { state.lua }

    override func setUp() {
        state = LuaState()
        LuaClass<Tracked>("Tracked")
            .field("name", doc: LuaDoc("t.name", "The name.")) { .text($0.name) }
            .field("tag_list", doc: LuaDoc("t.tag_list", "The tags as a table, counting how often it is made.")) { object in
                object.madeTagLists += 1
                return .list(object.tags.map(LuaValue.text))
            }
            .method("tag", doc: LuaDoc("t:tag(s)", "Adds a tag; returns the count.")) { object, args in
                object.tags.append(try args.string(2))
                return [.integer(object.tags.count)]
            }
            .index { object, key in
                guard let i = key.intValue, i >= 1, i <= object.tags.count else { return .nil }
                return .text(object.tags[i - 1])
            }
            .newIndex { object, key, value in
                guard key == "name" else { throw Failure(description: "cannot set \(key)") }
                object.tags.append("renamed to \(value.stringValue ?? "?")")
            }
            .moved("label", "t.name is the name")
            .toString { "Tracked(\($0.name))" }
            .length { $0.tags.count }
            .equals { $0.name == $1.name }
            .pairs { object in object.tags.enumerated().map { (.integer($0.offset + 1), .text($0.element)) } }
            .register(on: lua)
        lua.register("make", doc: LuaDoc("make(name)", "A new Tracked.")) { args in
            [.object(Tracked(try args.string(1)))]
        }
    }

    override func tearDown() {
        state = nil
        XCTAssertEqual(Tracked.live, 0, "closing the state released every object")
    }

    func testFieldsMethodsAndMetamethods() throws {
        let results = try lua.run("""
            local t = make("大同")
            t:tag("a"); local n = t:tag("b")
            local keys = {}
            for i, v in pairs(t) do keys[#keys + 1] = i .. "=" .. v end
            return t.name, n, #t, t[2], tostring(t), make("x") == make("x"), make("x") == make("y"),
                   table.concat(keys, ",")
            """)
        XCTAssertEqual(results, ["大同", 2, 2, "b", "Tracked(大同)", true, false, "1=a,2=b"])
    }

    func testAMissingMethodOrFieldIsAnErrorThatSuggestsTheNearestName() throws {
        let messages = try lua.run("""
            local t = make("a")
            local function message(f) local ok, e = pcall(f); assert(not ok); return e end
            return message(function() return t:tga("x") end), message(function() return t.nmae end), message(function() return t.zzzz end),
                   message(function() return t.label end)
            """, name: "@user.lua")
        XCTAssertEqual(messages, [
            "user.lua:3: no field or method 'tga' on Tracked; did you mean 'tag'? (help(\"Tracked\") lists them)",
            "user.lua:3: no field or method 'nmae' on Tracked; did you mean 'name'? (help(\"Tracked\") lists them)",
            "user.lua:3: no field or method 'zzzz' on Tracked (help(\"Tracked\") lists them)",
            "user.lua:4: no field or method 'label' on Tracked any more: t.name is the name",
        ])
    }

    func testAnErrorValueRaisedThroughSwiftReachesTheCallerUnchanged() throws {
        lua.register("call_it", doc: LuaDoc("call_it(f)", "Calls f from Swift.")) { args in try args.lua.call(args.value(1)) }
        let results = try lua.run("""
            local raised = { code = 7 }
            local ok, e = pcall(call_it, function() error(raised) end)
            local ok2, e2 = pcall(call_it, function() error("plain", 0) end)
            return ok, rawequal(e, raised), ok2, e2
            """)
        XCTAssertEqual(results, [false, true, false, "plain"])
    }

    /// A field whose value is a table is converted once per object, however often it is read:
    /// `a.sentences[i]` in a loop must not convert every sentence at each step.
    func testTableFieldsAreMadeOncePerObject() throws {
        let results = try lua.run("""
            local t = make("x"); t:tag("a")
            local same = true
            for i = 1, 100 do same = same and rawequal(t.tag_list, t.tag_list) and t.tag_list[1] == "a" end
            local other = make("y")
            return same, rawequal(t.tag_list, other.tag_list), t.name, t.name
            """)
        XCTAssertEqual(results, [true, false, "x", "x"])
        let held = Tracked("held")
        lua.setRawGlobal("held", .object(held))
        try lua.run("for i = 1, 50 do local _ = held.tag_list end")
        XCTAssertEqual(held.madeTagLists, 1)
    }

    func testNewIndexAndItsErrors() throws {
        XCTAssertEqual(try lua.run("local t = make('a'); t.name = 'b'; return t[1]"), ["renamed to b"])
        let message = try lua.run("local ok, e = pcall(function() local t = make('a'); t.other = 1 end) return e", name: "@n.lua")
        XCTAssertEqual(message, ["n.lua:1: cannot set other"])
    }

    func testObjectsAreReleasedByTheCollector() throws {
        try lua.run("keep = make('kept'); for i = 1, 1000 do local t = make('tmp' .. i) end")
        try lua.run("collectgarbage(); collectgarbage()")
        XCTAssertEqual(Tracked.live, 1, "only the object a global still holds is alive")
        try lua.run("keep = nil; collectgarbage(); collectgarbage()")
        XCTAssertEqual(Tracked.live, 0)
    }

    func testObjectsComeBackToSwiftAsThemselves() throws {
        let original = Tracked("same")
        let back = try lua.call(try lua.run("return function(x) return x end")[0], [.object(original)])
        guard case .object(let object) = back[0] else { return XCTFail("not an object: \(back)") }
        XCTAssertTrue(object === original)
    }

    func testMethodsCheckTheirSelf() throws {
        let message = try lua.run("local t = make('a'); local ok, e = pcall(t.tag, {}, 'x') return e")
        XCTAssertEqual(message.first?.stringValue?.contains("Tracked expected, got table"), true, "\(message)")
        // Foreign userdata (a file handle) is never mistaken for a Swift object.
        let file = try lua.run("local ok, e = pcall(make('a').tag, io.stdout, 'x') return e")
        XCTAssertEqual(file.first?.stringValue?.contains("Tracked expected, got FILE*"), true, "\(file)")
    }

    func testMethodsAndFieldsAreDocumented() {
        let names = lua.documentation().map(\.name)
        XCTAssertTrue(names.contains("Tracked:tag"))
        XCTAssertTrue(names.contains("Tracked.name"))
        XCTAssertTrue(names.contains("make"))
    }
}
