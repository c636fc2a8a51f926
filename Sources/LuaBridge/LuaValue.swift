import CLua
import LuaShim

/// A Lua string: bytes, usually UTF-8 but not necessarily.
public struct LuaString: Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var bytes: [UInt8]
    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { bytes = Array(text.utf8) }
    public init(stringLiteral text: String) { self.init(text) }
    /// The text, with invalid UTF-8 replaced by U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var description: String { text }
}

/// A Lua table copied into Swift: its sequence 1...n and its other entries.
public struct LuaTable: Equatable {
    public var array: [LuaValue]
    public var entries: [(key: LuaValue, value: LuaValue)]
    /// When pushed, the table gets the registry metatable of this name, if one is registered.
    public var metatable: String?

    public init(array: [LuaValue] = [], entries: [(key: LuaValue, value: LuaValue)] = [], metatable: String? = nil) {
        self.array = array
        self.entries = entries
        self.metatable = metatable
    }

    /// The registry name of the metatable every `LuaValue.list` gets (see `Lua.listMetatable()`).
    static let listMetatable = "luabridge.list"

    /// The value stored under a key (array part included), or nil.
    public subscript(key: LuaValue) -> LuaValue {
        if case .integer(let i) = key, i >= 1, i <= array.count { return array[i - 1] }
        return entries.first { $0.key == key }?.value ?? .nil
    }

    public static func == (a: LuaTable, b: LuaTable) -> Bool {
        guard a.array == b.array, a.entries.count == b.entries.count else { return false }
        return a.entries.allSatisfy { entry in b[entry.key] == entry.value }
    }
}

/// Strings cut from one UTF-8 text, one after another: string i runs from where string i - 1
/// ends (the first from 0) to `ends[i]`. A list of them is pushed straight from the text,
/// without an array for each string: a segmenter's words, hundreds of thousands of them.
public struct LuaCuts: Equatable {
    public let bytes: [UInt8]
    public let ends: [Int]

    public init(bytes: [UInt8], ends: [Int]) {
        self.bytes = bytes
        self.ends = ends
    }

    /// Each string's byte range, kept inside the text and never running backwards.
    func forEachRange(_ body: (Int, Range<Int>) -> Void) {
        var start = 0
        for (i, end) in ends.enumerated() {
            let end = min(max(end, start), bytes.count)
            body(i, start..<end)
            start = end
        }
    }

    /// The strings, as values.
    public var values: [LuaValue] {
        var values: [LuaValue] = []
        values.reserveCapacity(ends.count)
        forEachRange { _, range in values.append(.string(LuaString(bytes: Array(bytes[range])))) }
        return values
    }
}

/// A Swift function callable from Lua: reads its arguments, returns its results or throws.
public typealias LuaSwiftFunction = (LuaArguments) throws -> [LuaValue]

/// A Lua function: one living in a state (kept by reference) or a Swift closure to push.
public enum LuaFunction {
    case lua(LuaReference)
    case swift(LuaSwiftFunction)
}

/// Any Lua value. Functions, Swift objects and other references compare by identity.
public enum LuaValue: Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, CustomStringConvertible
{
    case `nil`
    case boolean(Bool)
    case integer(Int)
    case number(Double)
    case string(LuaString)
    case table(LuaTable)
    case function(LuaFunction)
    /// A Swift object of a class registered with `LuaClass`, as userdata.
    case object(AnyObject)
    /// Any other value (a coroutine, foreign userdata, a table seen twice), kept by reference.
    case reference(LuaReference)
    /// A list of strings cut from one text (see `list(cutting:at:)`); a table in Lua.
    case cuts(LuaCuts)

    public init(stringLiteral s: String) { self = .string(LuaString(s)) }
    public init(integerLiteral i: Int) { self = .integer(i) }
    public init(floatLiteral d: Double) { self = .number(d) }
    public init(booleanLiteral b: Bool) { self = .boolean(b) }
    public init(nilLiteral: ()) { self = .nil }
    public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(array: elements)) }
    public init(dictionaryLiteral elements: (LuaValue, LuaValue)...) {
        self = .table(LuaTable(entries: elements.map { (key: $0.0, value: $0.1) }))
    }

    /// A string value from Swift text.
    public static func text(_ s: String) -> LuaValue { .string(LuaString(s)) }
    /// A sequence from Swift values; in Lua it has the list type's methods (:map, :filter…)
    /// once that type is installed.
    public static func list(_ values: [LuaValue]) -> LuaValue {
        .table(LuaTable(array: values, metatable: LuaTable.listMetatable))
    }
    /// The list of strings that `ends` cut `bytes` into (see `LuaCuts`), with the list
    /// type's methods like `list`.
    public static func list(cutting bytes: [UInt8], at ends: [Int]) -> LuaValue { .cuts(LuaCuts(bytes: bytes, ends: ends)) }
    /// A record (string keys) from Swift values, keys in a stable order.
    public static func record(_ fields: [(String, LuaValue)]) -> LuaValue {
        .table(LuaTable(entries: fields.map { (key: .text($0.0), value: $0.1) }))
    }
    /// A Swift closure as a Lua function.
    public static func function(_ body: @escaping LuaSwiftFunction) -> LuaValue { .function(.swift(body)) }

    /// Strings as their text, numbers and booleans as Lua prints them, others by kind.
    public var description: String {
        switch self {
        case .nil: return "nil"
        case .boolean(let b): return String(b)
        case .integer(let i): return String(i)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? "\(Int(d)).0" : String(d)
        case .string(let s): return s.text
        case .table, .cuts: return "table"
        case .function: return "function"
        case .object(let o): return String(describing: type(of: o))
        case .reference: return "reference"
        }
    }

    /// The Lua type's name, as `type(v)` gives it (a number that is not whole is "number" too).
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .table, .cuts: return "table"
        case .function: return "function"
        case .object, .reference: return "userdata"
        }
    }

    public var stringValue: String? { if case .string(let s) = self { return s.text } else { return nil } }
    public var intValue: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let d): return Int(exactly: d)
        default: return nil
        }
    }
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
    public var tableValue: LuaTable? {
        switch self {
        case .table(let t): return t
        case .cuts(let cuts): return LuaTable(array: cuts.values, metatable: LuaTable.listMetatable)
        default: return nil
        }
    }
    public var isNil: Bool { if case .nil = self { return true } else { return false } }

    public static func == (a: LuaValue, b: LuaValue) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return x == y
        case (.table, .table), (.table, .cuts), (.cuts, .table), (.cuts, .cuts): return a.tableValue == b.tableValue
        case (.object(let x), .object(let y)): return x === y
        case (.function(.lua(let x)), .function(.lua(let y))), (.reference(let x), .reference(let y)):
            return x.sameValue(as: y)
        default: return false
        }
    }
}

/// A value kept alive in a state's registry for as long as Swift holds this object.
public final class LuaReference {
    private weak var state: LuaState?
    private let ref: Int32

    /// References the value at `index` of `lua`'s stack.
    init(_ lua: Lua, index: Int32) {
        state = lua.owner
        lua_pushvalue(lua.L, index)
        ref = luaL_ref(lua.L, LUA_REGISTRYINDEX_)
    }

    /// Pushes the referenced value.
    func push(_ lua: Lua) { lua_rawgeti(lua.L, LUA_REGISTRYINDEX_, lua_Integer(ref)) }

    func sameValue(as other: LuaReference) -> Bool {
        guard let state, !state.isClosed else { return ref == other.ref }
        push(state.lua)
        other.push(state.lua)
        defer { state.lua.pop(2) }
        return lua_rawequal(state.L, -1, -2) != 0
    }

    deinit {
        if let state, !state.isClosed { luaL_unref(state.L, LUA_REGISTRYINDEX_, ref) }
    }
}

// MARK: Moving values across

extension Lua {
    /// Pushes a Swift value. A table key must not be nil or NaN.
    public func push(_ value: LuaValue) {
        guard case .table = value else { push(value, strings: nil); return }
        lua_createtable(L, 0, 0)
        let strings = lua_gettop(L)
        push(value, strings: strings)
        lua_rotate(L, strings, -1)  // lua_remove, a macro Swift does not see
        pop()
    }

    /// Strings of at least this many bytes that share their bytes in Swift are one string in
    /// Lua: the records of one sentence all hold its text, and a text with no sentence breaks
    /// once gave each of 20,000 place records its own copy of 1.2 MB.
    static let sharedStringBytes = 256

    /// Pushes `value`; `strings` is the stack index of a table of the long strings pushed so
    /// far, by the address of their bytes (alive, and so not reused, while `value` is).
    private func push(_ value: LuaValue, strings: Int32?) {
        _ = lua_checkstack(L, 4)
        switch value {
        case .nil: lua_pushnil(L)
        case .boolean(let b): lua_pushboolean(L, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(L, lua_Integer(i))
        case .number(let d): lua_pushnumber(L, d)
        case .string(let s):
            guard let strings, s.bytes.count >= Lua.sharedStringBytes else { push(bytes: s.bytes); return }
            func pushKey() { s.bytes.withUnsafeBufferPointer { lua_pushlightuserdata(L, UnsafeMutableRawPointer(mutating: $0.baseAddress)) } }
            pushKey()
            if lua_rawget(L, strings) == LUA_TSTRING { return }
            pop()
            push(bytes: s.bytes)
            pushKey()
            lua_pushvalue(L, -2)
            lua_rawset(L, strings)
        case .table(let table):
            lua_createtable(L, Int32(table.array.count), Int32(table.entries.count))
            for (i, element) in table.array.enumerated() {
                push(element, strings: strings)
                lua_rawseti(L, -2, lua_Integer(i + 1))
            }
            for (key, element) in table.entries {
                precondition(!key.isNil && key != .number(.nan), "a Lua table key cannot be nil or NaN")
                push(key, strings: strings)
                push(element, strings: strings)
                lua_rawset(L, -3)
            }
            if let name = table.metatable {
                setMetatable(named: name)
                rememberFieldNames(of: table.array)
            }
        case .cuts(let cuts):
            lua_createtable(L, Int32(clamping: cuts.ends.count), 0)
            cuts.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { text in
                    cuts.forEachRange { i, range in
                        // a NULL text with length 0 is the empty string
                        _ = lua_pushlstring(L, text.baseAddress.map { $0 + range.lowerBound }, range.count)
                        lua_rawseti(L, -2, lua_Integer(i + 1))
                    }
                }
            }
            setMetatable(named: LuaTable.listMetatable)
        case .function(.lua(let reference)), .reference(let reference): reference.push(self)
        case .function(.swift(let body)): SwiftFunctions.push(body, on: self)
        case .object(let object): LuaClasses.push(object, on: self)
        }
    }

    /// Gives the table on top of the stack the registry metatable `name`, if there is one.
    private func setMetatable(named name: String) {
        if lua_getfield(L, LUA_REGISTRYINDEX_, name) == LUA_TTABLE { lua_setmetatable(L, -2) } else { pop() }
    }

    /// The registry table (weak keys) from a list of records to the set of its records' field
    /// names, those whose value is nil included: a field every record leaves empty still
    /// exists, while a misspelt one does not, and `:filter`, `:sum`… tell the two apart.
    static let fieldNamesKey = "luabridge.record_fields"

    /// Records in the list table on top of the stack the field names of its records, as one
    /// set shared by every list with the same names.
    private func rememberFieldNames(of items: [LuaValue]) {
        var names = Set<String>()
        // the records of a list are mostly made alike: a record with the keys of the one before adds nothing
        var previous: [(key: LuaValue, value: LuaValue)] = []
        for case .table(let record) in items {
            let entries = record.entries
            if entries.count == previous.count, zip(entries, previous).allSatisfy({ $0.key == $1.key }) { continue }
            for entry in entries { if let name = entry.key.stringValue { names.insert(name) } }
            previous = entries
        }
        guard !names.isEmpty else { return }
        let list = lua_absindex(L, -1)
        pushWeakKeyedRegistryTable(Lua.fieldNamesKey)
        lua_pushvalue(L, list)
        let signature = names.sorted().joined(separator: ",")
        luaL_getsubtable(L, LUA_REGISTRYINDEX_, "luabridge.field_sets")
        if lua_getfield(L, -1, signature) != LUA_TTABLE {
            pop()
            push(.table(LuaTable(entries: names.sorted().map { (key: .text($0), value: true) })))
            lua_pushvalue(L, -1)
            lua_setfield(L, -3, signature)
        }
        lua_rotate(L, -2, -1)
        pop()
        lua_rawset(L, -3)
        pop()
    }

    /// Pushes the registry table `name`, made with weak keys if it does not exist yet.
    func pushWeakKeyedRegistryTable(_ name: String) {
        if lua_getfield(L, LUA_REGISTRYINDEX_, name) == LUA_TTABLE { return }
        pop()
        lua_createtable(L, 0, 0)
        lua_createtable(L, 0, 1)
        push("k")
        lua_setfield(L, -2, "__mode")
        lua_setmetatable(L, -2)
        lua_pushvalue(L, -1)
        lua_setfield(L, LUA_REGISTRYINDEX_, name)
    }

    public func push(bytes: [UInt8]) {
        guard !bytes.isEmpty else { lua_pushstring(L, ""); return }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                _ = lua_pushlstring(L, $0, buffer.count)
            }
        }
    }

    public func push(_ text: String) { push(bytes: Array(text.utf8)) }

    /// Copies the value at `index` into Swift. Tables are copied deeply; one reached twice
    /// (a cycle or a shared sub-table) is kept as a `.reference` the second time.
    public func value(at index: Int32) -> LuaValue {
        var seen = Set<UnsafeRawPointer>()
        return value(at: lua_absindex(L, index), seen: &seen)
    }

    private func value(at index: Int32, seen: inout Set<UnsafeRawPointer>) -> LuaValue {
        switch lua_type(L, index) {
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, index) != 0 { return .integer(Int(lua_tointegerx(L, index, nil))) }
            return .number(lua_tonumberx(L, index, nil))
        case LUA_TSTRING: return .string(LuaString(bytes: bytes(at: index)))
        case LUA_TTABLE:
            guard let pointer = lua_topointer(L, index), seen.insert(pointer).inserted,
                  lua_checkstack(L, 4) != 0
            else { return .reference(LuaReference(self, index: index)) }
            return .table(table(at: index, seen: &seen))
        case LUA_TFUNCTION: return .function(.lua(LuaReference(self, index: index)))
        case LUA_TUSERDATA:
            if let retained = dossier_to_object(L, index) {
                return .object(Unmanaged<AnyObject>.fromOpaque(retained).takeUnretainedValue())
            }
            return .reference(LuaReference(self, index: index))
        case LUA_TLIGHTUSERDATA, LUA_TTHREAD: return .reference(LuaReference(self, index: index))
        default: return .nil
        }
    }

    private func table(at index: Int32, seen: inout Set<UnsafeRawPointer>) -> LuaTable {
        var table = LuaTable()
        let length = lua_rawlen(L, index)
        for i in 0..<Int(length) {
            lua_rawgeti(L, index, lua_Integer(i + 1))
            table.array.append(value(at: lua_gettop(L), seen: &seen))
            pop()
        }
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            let key = value(at: lua_gettop(L) - 1, seen: &seen)
            if let i = key.intValue, case .integer = key, i >= 1, i <= Int(length) {
                pop()
                continue
            }
            table.entries.append((key: key, value: value(at: lua_gettop(L), seen: &seen)))
            pop()
        }
        return table
    }

    /// The bytes of the string at `index` (which must be a string).
    public func bytes(at index: Int32) -> [UInt8] {
        var length = 0
        guard let pointer = lua_tolstring(L, index, &length) else { return [] }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// The string at `index` as text (invalid UTF-8 replaced), or nil if it is not a string.
    public func string(at index: Int32) -> String? {
        lua_type(L, index) == LUA_TSTRING ? String(decoding: bytes(at: index), as: UTF8.self) : nil
    }

    /// The type name Lua error messages use: `__name` for userdata that has one.
    public func typeName(at index: Int32) -> String {
        if lua_type(L, index) == LUA_TUSERDATA, lua_getmetatable(L, index) != 0 {
            lua_pushstring(L, "__name")
            lua_rawget(L, -2)
            defer { pop(2) }
            if let name = string(at: -1) { return name }
        }
        return String(cString: lua_typename(L, lua_type(L, index)))
    }
}
