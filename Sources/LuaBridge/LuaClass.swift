import CLua
import LuaShim

/// Describes how a Swift class appears in Lua: as userdata whose fields and methods are
/// Swift closures. The object is retained while Lua references it and released by `__gc`.
///
///     LuaClass<Article>("Article")
///         .field("title", doc: …) { .text($0.title) }
///         .method("numbers", doc: …) { article, args in … }
///         .register(on: lua)
public final class LuaClass<Object: AnyObject> {
    public typealias Method = (Object, LuaArguments) throws -> [LuaValue]
    public let name: String
    private var methods: [(name: String, doc: LuaDoc?, body: Method)] = []
    private var fields: [String: (Object) throws -> LuaValue] = [:]
    private var fieldDocs: [(name: String, doc: LuaDoc)] = []
    private var metamethods: [(name: String, body: LuaSwiftFunction)] = []
    private var fallbackIndex: ((Object, LuaValue) throws -> LuaValue)?
    /// Tables of methods written in Lua (name -> function), added with the Swift ones.
    private var luaMethods: [LuaValue] = []
    /// Names an earlier version had, and what to use instead.
    private var movedNames: [String: String] = [:]

    public init(_ name: String) { self.name = name }

    /// `obj:name(...)`; the arguments after self start at position 2.
    @discardableResult
    public func method(_ name: String, doc: LuaDoc? = nil, _ body: @escaping Method) -> Self {
        methods.append((name, doc, body))
        return self
    }

    /// Methods written in Lua: every function in `table` (a Lua table of name -> function)
    /// becomes a method, as a Swift one would.
    @discardableResult
    public func methods(fromLua table: LuaValue) -> Self {
        luaMethods.append(table)
        return self
    }

    /// A name the class no longer has: using it is an error that says what to use instead.
    @discardableResult
    public func moved(_ name: String, _ instead: String) -> Self {
        movedNames[name] = instead
        return self
    }

    /// `obj.name`, computed when read.
    @discardableResult
    public func field(_ name: String, doc: LuaDoc? = nil, _ getter: @escaping (Object) throws -> LuaValue) -> Self {
        fields[name] = getter
        if let doc { fieldDocs.append((name, doc)) }
        return self
    }

    /// `obj[key]` for keys that are neither fields nor methods (e.g. integers).
    @discardableResult
    public func index(_ body: @escaping (Object, LuaValue) throws -> LuaValue) -> Self {
        fallbackIndex = body
        return self
    }

    @discardableResult
    public func newIndex(_ body: @escaping (Object, LuaValue, LuaValue) throws -> Void) -> Self {
        metamethod("__newindex") { args in
            try body(args.object(1, as: Object.self), args.value(2), args.value(3))
            return []
        }
    }

    @discardableResult
    public func toString(_ body: @escaping (Object) -> String) -> Self {
        metamethod("__tostring") { args in [.text(body(try args.object(1, as: Object.self)))] }
    }

    /// The readable card the REPL prints for the object (tostring stays one line).
    @discardableResult
    public func card(_ body: @escaping (Object) -> String) -> Self {
        metamethod("__card") { args in [.text(body(try args.object(1, as: Object.self)))] }
    }

    @discardableResult
    public func length(_ body: @escaping (Object) -> Int) -> Self {
        metamethod("__len") { args in [.integer(body(try args.object(1, as: Object.self)))] }
    }

    /// `==` between two objects of this class (Lua only asks when both are userdata).
    @discardableResult
    public func equals(_ body: @escaping (Object, Object) -> Bool) -> Self {
        metamethod("__eq") { args in
            guard let a = try? args.object(1, as: Object.self), let b = try? args.object(2, as: Object.self)
            else { return [false] }
            return [.boolean(body(a, b))]
        }
    }

    /// `pairs(obj)` walks the pairs this returns, in order.
    @discardableResult
    public func pairs(_ body: @escaping (Object) -> [(LuaValue, LuaValue)]) -> Self {
        metamethod("__pairs") { args in
            let entries = body(try args.object(1, as: Object.self))
            var position = 0
            let next: LuaValue = .function { _ in
                guard position < entries.count else { return [.nil] }
                defer { position += 1 }
                return [entries[position].0, entries[position].1]
            }
            return [next, args.value(1), .nil]
        }
    }

    @discardableResult
    private func metamethod(_ name: String, _ body: @escaping LuaSwiftFunction) -> Self {
        metamethods.append((name, body))
        return self
    }

    /// Creates the metatable in `lua`'s state; objects of this class can then be pushed.
    public func register(on lua: Lua) {
        let L = lua.L
        lua_createtable(L, 0, 8)
        dossier_prepare_metatable(L, -1)
        lua.push(name)
        lua_setfield(L, -2, "__name")
        lua.push(.table(LuaTable(entries: methods.map { method in
            (key: .text(method.name), value: .function { args in
                try method.body(args.object(1, as: Object.self), args)
            })
        })))
        lua_setfield(L, -2, "__methods")
        lua_getfield(L, -1, "__methods")
        addLuaMethods(to: -1, on: lua)
        lua.registerClass(name, methodsAt: -1)
        lua.pop()
        lua.push(.table(LuaTable(entries: fields.keys.sorted().map { (key: .text($0), value: true) })))
        lua_setfield(L, -2, "__fields")
        lua.push(.function(indexFunction()))
        lua_setfield(L, -2, "__index")
        for (name, body) in metamethods {
            lua.push(.function(body))
            lua_setfield(L, -2, name)
        }
        LuaClasses.store(Object.self, metatableAt: -1, on: lua)
        lua.pop()
        for method in methods { if let doc = method.doc { lua.document("\(name):\(method.name)", doc) } }
        for field in fieldDocs { lua.document("\(name).\(field.name)", field.doc) }
    }

    /// Adds this description's methods to a class already registered on `lua` (by another
    /// target), so a concept can bring its own methods to a shared class.
    public func extend(on lua: Lua) {
        let L = lua.L
        lua_pushlightuserdata(L, LuaClasses.key(Object.self))
        guard lua_rawget(L, LUA_REGISTRYINDEX_) == LUA_TTABLE else {
            preconditionFailure("\(Object.self) must be registered before it is extended")
        }
        lua_getfield(L, -1, "__methods")
        for method in methods {
            lua.push(.function { args in try method.body(args.object(1, as: Object.self), args) })
            lua_setfield(L, -2, method.name)
        }
        addLuaMethods(to: -1, on: lua)
        lua.pop(2)
        for method in methods { if let doc = method.doc { lua.document("\(name):\(method.name)", doc) } }
    }

    /// Copies the functions of the Lua method tables into the methods table at `index`.
    private func addLuaMethods(to index: Int32, on lua: Lua) {
        let L = lua.L
        let target = lua_absindex(L, index)
        for table in luaMethods {
            lua.push(table)
            guard lua_type(L, -1) == LUA_TTABLE else {
                preconditionFailure("methods(fromLua:) of \(name) takes a table, got \(lua.typeName(at: -1))")
            }
            lua_pushnil(L)
            while lua_next(L, -2) != 0 {
                if lua_type(L, -2) == LUA_TSTRING, lua_type(L, -1) == LUA_TFUNCTION {
                    lua_pushvalue(L, -2)
                    lua_rotate(L, -2, 1)
                    lua_rawset(L, target)      // methods[name] = function
                } else {
                    lua.pop()
                }
            }
            lua.pop()
        }
    }

    /// `__index`: methods first (from the metatable, so completion sees them), then fields.
    /// Any other name is a mistake (a typo, or a method of another class), so it is an error
    /// that suggests the closest name rather than a nil that fails later or not at all.
    private func indexFunction() -> LuaSwiftFunction {
        { [name, fields, fallbackIndex, movedNames] args in
            let object = try args.object(1, as: Object.self)
            let L = args.lua.L
            guard lua_type(L, 2) == LUA_TSTRING, let key = args.lua.string(at: 2) else {
                return [try fallbackIndex?(object, args.value(2)) ?? .nil]
            }
            lua_getmetatable(L, 1)
            lua_getfield(L, -1, "__methods")
            lua_pushvalue(L, 2)
            if lua_rawget(L, -2) != LUA_TNIL { return [args.lua.value(at: -1)] }
            args.lua.pop()
            if let getter = fields[key] { return [try LuaClasses.cachedField(key, at: 1, on: args.lua) { try getter(object) }] }
            let methods = args.lua.value(at: -1).tableValue?.entries.compactMap(\.key.stringValue) ?? []
            if let instead = movedNames[key] {
                throw LuaError(args.lua.userPosition() + "no field or method '\(key)' on \(name) any more: \(instead)")
            }
            throw LuaError(args.lua.userPosition() + "no field or method '\(key)' on \(name)"
                + Suggestions.hint(for: key, among: methods + fields.keys) + " (help(\"\(name)\") lists them)")
        }
    }
}

extension Lua {
    /// The registry table from class names to their methods tables, where help() finds
    /// `help(c.search)` and `help("Corpus")`.
    static let classesKey = "luabridge.classes"

    /// Lists a class by name for help(): `methods` is the table its objects' methods are in
    /// (a list type written in Lua, say).
    public func registerClass(_ name: String, methods: LuaValue) {
        push(methods)
        registerClass(name, methodsAt: -1)
        pop()
    }

    /// The registry table from class names to their methods tables (help() reads it).
    public func classesTable() -> LuaValue { registryTable(Lua.classesKey) }

    /// The registry table `name` (made if missing), as a reference to the table itself.
    func registryTable(_ name: String) -> LuaValue {
        luaL_getsubtable(L, LUA_REGISTRYINDEX_, name)
        defer { pop() }
        return .reference(reference(at: -1))
    }

    /// The metatable every `LuaValue.list` gets; the application gives it the list type's
    /// methods (dossier's List), made empty on first use.
    public func listMetatable() -> LuaValue {
        luaL_newmetatable(L, LuaTable.listMetatable)
        defer { pop() }
        return .reference(reference(at: -1))
    }

    /// The weak-keyed table from each list of records Swift made to the set of its records'
    /// field names (see `LuaValue.list`), so Lua code can tell a misspelt field from an empty one.
    public func recordFieldNames() -> LuaValue {
        pushWeakKeyedRegistryTable(Lua.fieldNamesKey)
        defer { pop() }
        return .reference(reference(at: -1))
    }

    func registerClass(_ name: String, methodsAt index: Int32) {
        let methods = lua_absindex(L, index)
        luaL_getsubtable(L, LUA_REGISTRYINDEX_, Lua.classesKey)
        lua_pushvalue(L, methods)
        lua_setfield(L, -2, name)
        pop()
    }

}

/// Where each registered class keeps its metatable: the registry, keyed by the class itself.
enum LuaClasses {
    static func key(_ type: AnyClass) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(mutating: unsafeBitCast(type, to: UnsafeRawPointer.self))
    }

    static func store(_ type: AnyClass, metatableAt index: Int32, on lua: Lua) {
        let metatable = lua_absindex(lua.L, index)
        lua_pushlightuserdata(lua.L, key(type))
        lua_pushvalue(lua.L, metatable)
        lua_rawset(lua.L, LUA_REGISTRYINDEX_)
    }

    /// Pushes the userdata of `object`: the same userdata every time while Lua holds it (a
    /// weak-valued cache), so objects compare equal and can key tables.
    static func push(_ object: AnyObject, on lua: Lua) {
        let L = lua.L
        let identity = Unmanaged.passUnretained(object).toOpaque()
        pushCache(on: lua)
        lua_pushlightuserdata(L, identity)
        if lua_rawget(L, -2) == LUA_TUSERDATA {
            lua_rotate(L, -2, 1)
            lua.pop()
            return
        }
        lua.pop()
        lua_pushlightuserdata(L, key(type(of: object)))
        guard lua_rawget(L, LUA_REGISTRYINDEX_) == LUA_TTABLE else {
            preconditionFailure("\(type(of: object)) was not registered with LuaClass before being pushed")
        }
        dossier_push_object(L, Unmanaged.passRetained(object).toOpaque(), -1)
        lua_rotate(L, -2, 1)
        lua.pop()                          // cache, userdata
        lua_pushlightuserdata(L, identity)
        lua_pushvalue(L, -2)
        lua_rawset(L, -4)                  // cache[identity] = userdata
        lua_rotate(L, -2, 1)
        lua.pop()                          // userdata
    }

    /// The registry table of live object userdata, weak in its values.
    private static func pushCache(on lua: Lua) {
        let L = lua.L
        if lua_getfield(L, LUA_REGISTRYINDEX_, "dossier.objects") == LUA_TTABLE { return }
        lua.pop()
        lua_createtable(L, 0, 64)
        lua_createtable(L, 0, 1)
        lua.push("v")
        lua_setfield(L, -2, "__mode")
        lua_setmetatable(L, -2)
        lua_pushvalue(L, -1)
        lua_setfield(L, LUA_REGISTRYINDEX_, "dossier.objects")
    }

    static func name(of type: AnyClass) -> String { String(describing: type) }

    /// A field's value, made once per object when it is a table: `a.sentences[i]` in a loop
    /// must not convert every sentence again at each read. Kept in a registry table with weak
    /// keys, so the values go when the object's userdata does. Strings and numbers are not
    /// kept: converting them is cheap, and keeping a body's text would double its memory.
    static func cachedField(_ name: String, at index: Int32, on lua: Lua, make: () throws -> LuaValue) throws -> LuaValue {
        let L = lua.L
        let object = lua_absindex(L, index)
        lua.pushWeakKeyedRegistryTable("luabridge.field_values")
        defer { lua.pop() }
        lua_pushvalue(L, object)
        let hasEntry = lua_rawget(L, -2) == LUA_TTABLE   // field_values[object], or nil
        defer { lua.pop() }
        if hasEntry {
            defer { lua.pop() }
            if lua_getfield(L, -1, name) == LUA_TTABLE { return .reference(lua.reference(at: -1)) }
        }
        let value = try make()
        guard case .table = value else { return value }
        if !hasEntry {
            lua.pop()
            lua_createtable(L, 0, 4)
            lua_pushvalue(L, object)
            lua_pushvalue(L, -2)
            lua_rawset(L, -4)                  // field_values[object] = {}
        }
        lua.push(value)
        let kept = LuaValue.reference(lua.reference(at: -1))
        lua_setfield(L, -2, name)              // field_values[object][name] = value
        return kept
    }
}
