/// LuaBridge owns the embedding of Lua 5.4: states, moving values between Swift and Lua,
/// Swift functions and objects callable from Lua, and the documentation behind `help()`.
///
/// Rule kept throughout: Swift code called from Lua never raises a Lua error itself. It returns
/// normally and the C trampoline in LuaShim raises after the Swift frame is gone, because a
/// longjmp across Swift frames is undefined behaviour.
import CLua
import LuaShim

/// Lua's C macros that Swift cannot import.
public let LUA_REGISTRYINDEX_: Int32 = -1_000_000 - 1000
public func lua_upvalueindex_(_ i: Int32) -> Int32 { LUA_REGISTRYINDEX_ - i }

/// An error raised by Lua code, with the message (and traceback when one was asked for).
/// Unchecked Sendable, as LuaRaise: a raised value belongs to one Lua state, on one thread.
public struct LuaError: Error, CustomStringConvertible, Equatable, @unchecked Sendable {
    public var message: String
    /// The value Lua raised when it was not a string (a table, say), so that a Swift function
    /// that called Lua re-raises it unchanged: `error({code = 1})` inside a predicate reaches
    /// the caller's pcall as that table.
    public var raised: LuaValue?
    public init(_ message: String, raised: LuaValue? = nil) {
        self.message = message
        self.raised = raised
    }
    public var description: String { message }
}

/// A non-owning handle on a Lua thread: every stack operation lives here, so Swift functions
/// called from a coroutine work on that coroutine's stack.
public struct Lua {
    public let L: OpaquePointer
    public init(_ L: OpaquePointer) { self.L = L }

    public var top: Int32 {
        get { lua_gettop(L) }
        nonmutating set { lua_settop(L, newValue) }
    }

    public func pop(_ n: Int32 = 1) { lua_settop(L, -n - 1) }

    /// The state that created this thread, when it was made by `LuaState`.
    public var owner: LuaState? {
        lua_getfield(L, LUA_REGISTRYINDEX_, LuaState.ownerKey)
        defer { pop() }
        guard let pointer = lua_touserdata(L, -1) else { return nil }
        return Unmanaged<LuaState>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Pushes the globals table.
    public func pushGlobals() { lua_rawgeti(L, LUA_REGISTRYINDEX_, lua_Integer(LUA_RIDX_GLOBALS)) }

    /// Reads a global without metamethods.
    public func rawGlobal(_ name: String) -> LuaValue {
        pushGlobals()
        lua_pushstring(L, name)
        lua_rawget(L, -2)
        defer { pop(2) }
        return value(at: -1)
    }

    /// Sets a global without metamethods; `a.b.c` creates the tables `a` and `a.b` as needed.
    public func setRawGlobal(_ path: String, _ value: LuaValue) {
        push(value)
        setRawGlobalFromTop(path)
    }

    /// Pops the value on top of the stack into the global `path` (the value itself, not a
    /// copy, so a table keeps its identity).
    public func setRawGlobalFromTop(_ path: String) {
        var parts = path.split(separator: ".").map(String.init)
        let last = parts.removeLast()
        pushGlobals()
        for part in parts {
            lua_pushstring(L, part)
            if lua_rawget(L, -2) != LUA_TTABLE {
                pop()
                lua_createtable(L, 0, 0)
                lua_pushstring(L, part)
                lua_pushvalue(L, -2)
                lua_rawset(L, -4)
            }
            lua_rotate(L, -2, -1)
            pop()
        }
        lua_pushstring(L, last)
        lua_rotate(L, -3, -1)  // value, table, key -> table, key, value
        lua_rawset(L, -3)
        pop()
    }

    /// `package.path`, read without metamethods and without touching globals; nil when there
    /// is no package library.
    public var packagePath: String? {
        get {
            pushGlobals()
            defer { pop() }
            lua_pushstring(L, "package")
            guard lua_rawget(L, -2) == LUA_TTABLE else { pop(); return nil }
            defer { pop() }
            lua_pushstring(L, "path")
            lua_rawget(L, -2)
            defer { pop() }
            return string(at: -1)
        }
        nonmutating set {
            pushGlobals()
            defer { pop() }
            lua_pushstring(L, "package")
            guard lua_rawget(L, -2) == LUA_TTABLE, let newValue else { pop(); return }
            push(newValue)
            lua_setfield(L, -2, "path")
            pop()
        }
    }

    /// Adds search templates ("dir/?.lua") before and after `package.path`.
    public func extendPackagePath(prepending before: [String] = [], appending after: [String] = []) {
        guard let current = packagePath else { return }
        packagePath = (before + [current] + after).filter { !$0.isEmpty }.joined(separator: ";")
    }

    // MARK: Loading and calling

    /// Compiles a chunk and pushes it; throws the syntax error otherwise (nothing pushed).
    public func load(_ code: String, name: String, mode: String = "bt") throws {
        let status = code.utf8CString.withUnsafeBufferPointer { buffer in
            luaL_loadbufferx(L, buffer.baseAddress, buffer.count - 1, name, mode)
        }
        if status != LUA_OK {
            defer { pop() }
            throw LuaError(message(at: -1), raised: raisedValue(at: -1))
        }
    }

    /// Calls the function below `nargs` arguments in protected mode with lua.c's message
    /// handler (adds a traceback); leaves the results on the stack and returns how many.
    @discardableResult
    public func protectedCall(arguments nargs: Int32, traceback: Bool = true) throws -> Int32 {
        let base = top - nargs
        if traceback {
            lua_pushcclosure(L, dossier_message_handler, 0)
            lua_rotate(L, base, 1)
        }
        let handler = traceback ? base : 0
        let status = lua_pcallk(L, nargs, LUA_MULTRET, handler, 0, nil)
        if traceback { lua_rotate(L, base, -1); pop() }
        if status != LUA_OK {
            defer { pop() }
            throw LuaError(message(at: -1), raised: raisedValue(at: -1))
        }
        return top - base + 1
    }

    /// Runs a chunk and returns its results.
    @discardableResult
    public func run(_ code: String, name: String = "=(dossier)", traceback: Bool = false) throws -> [LuaValue] {
        let base = top
        try load(code, name: name)
        let n = try protectedCall(arguments: 0, traceback: traceback)
        defer { top = base }
        return (0..<n).map { value(at: base + 1 + $0) }
    }

    /// Calls a Lua value (function or callable) with arguments, in protected mode.
    @discardableResult
    public func call(_ function: LuaValue, _ arguments: [LuaValue] = [], traceback: Bool = false) throws -> [LuaValue] {
        try withResults(of: function, arguments, traceback: traceback) { base, n in
            (0..<n).map { value(at: base + 1 + $0) }
        }
    }

    /// Calls a function and keeps its first result in Lua: a reference, not a copy, for a
    /// table whose metatable and identity must reach Lua unchanged when Swift returns it.
    public func callKeepingResult(_ function: LuaValue, _ arguments: [LuaValue]) throws -> LuaValue {
        try withResults(of: function, arguments, traceback: false) { base, n in
            n > 0 ? .reference(LuaReference(self, index: base + 1)) : .nil
        }
    }

    /// Calls a function in protected mode and reads its results (at base + 1 … base + n)
    /// before the stack is put back.
    private func withResults<R>(of function: LuaValue, _ arguments: [LuaValue], traceback: Bool,
                                _ read: (_ base: Int32, _ n: Int32) -> R) throws -> R {
        let base = top
        push(function)
        arguments.forEach(push)
        let n = try protectedCall(arguments: Int32(arguments.count), traceback: traceback)
        defer { top = base }
        return read(base, n)
    }

    /// A reference to the value at `index` (kept in the registry until the reference is released).
    public func reference(at index: Int32) -> LuaReference { LuaReference(self, index: index) }

    /// A raised value other than a string, kept by reference (nil for a string: the message is it).
    func raisedValue(at index: Int32) -> LuaValue? {
        lua_type(L, index) == LUA_TSTRING ? nil : .reference(reference(at: index))
    }

    /// The error message at `index`, whatever kind of value was raised.
    func message(at index: Int32) -> String {
        if lua_type(L, index) == LUA_TSTRING, let text = lua_tolstring(L, index, nil) {
            return String(cString: text)
        }
        return "(error object is a \(String(cString: lua_typename(L, lua_type(L, index)))) value)"
    }
}

/// An owned Lua state with the standard libraries; closed when released.
public final class LuaState {
    static let ownerKey = "dossier.state"
    public let lua: Lua
    public var L: OpaquePointer { lua.L }

    /// - Parameter ignoreEnvironment: like `lua -E`, ignore LUA_PATH and LUA_CPATH.
    public init(libraries: Bool = true, ignoreEnvironment: Bool = false) {
        SwiftFunctions.installCallbacks()
        guard let L = luaL_newstate() else { fatalError("cannot create a Lua state: not enough memory") }
        lua = Lua(L)
        lua_pushlightuserdata(L, Unmanaged.passUnretained(self).toOpaque())
        lua_setfield(L, LUA_REGISTRYINDEX_, LuaState.ownerKey)
        if ignoreEnvironment {
            lua_pushboolean(L, 1)
            lua_setfield(L, LUA_REGISTRYINDEX_, "LUA_NOENV")
        }
        if libraries { luaL_openlibs(L) }
        dossier_gc_generational(L)
    }

    /// Set when the state is closed, so that references dropped later do not touch it.
    public private(set) var isClosed = false

    /// Closes the state now (running every __gc), as `os.exit(n, true)` does.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        lua_close(L)
    }

    deinit { close() }
}
