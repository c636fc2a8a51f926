import CLua
import LuaShim

/// Thrown by a Swift function to report a bad argument; raised as `bad argument #n to 'f' (…)`.
public struct LuaArgumentError: Error {
    public var position: Int32
    public var message: String
    public init(_ position: Int32, _ message: String) {
        self.position = position
        self.message = message
    }
}

/// Thrown by a Swift function to raise an error value as it is (no position added).
public struct LuaRaise: Error, @unchecked Sendable {
    public var value: LuaValue
    public init(_ value: LuaValue) { self.value = value }
}

/// The arguments a Swift function was called with, read with Lua's checking rules.
public struct LuaArguments {
    public let lua: Lua
    public let count: Int32

    public func value(_ i: Int32) -> LuaValue { lua.value(at: i) }
    public func isNone(_ i: Int32) -> Bool { lua_type(lua.L, i) == LUA_TNONE }
    public func isNoneOrNil(_ i: Int32) -> Bool { lua_type(lua.L, i) <= LUA_TNIL }

    /// A string argument; numbers are converted, as `luaL_checkstring` does.
    public func string(_ i: Int32) throws -> String {
        let type = lua_type(lua.L, i)
        guard type == LUA_TSTRING || type == LUA_TNUMBER else { throw typeError(i, expected: "string") }
        lua_tolstring(lua.L, i, nil)
        guard let text = lua.string(at: i) else { throw typeError(i, expected: "string") }
        return text
    }

    public func optionalString(_ i: Int32) throws -> String? { isNoneOrNil(i) ? nil : try string(i) }

    public func integer(_ i: Int32) throws -> Int {
        var isNumber: Int32 = 0
        let n = lua_tointegerx(lua.L, i, &isNumber)
        if isNumber == 0 {
            if lua_type(lua.L, i) == LUA_TNUMBER || lua.string(at: i).flatMap(Double.init) != nil {
                throw LuaArgumentError(i, "number has no integer representation")
            }
            throw typeError(i, expected: "number")
        }
        return Int(n)
    }

    public func table(_ i: Int32) throws -> LuaTable {
        guard case .table(let t) = value(i) else { throw typeError(i, expected: "table") }
        return t
    }

    /// A Swift object of type T passed as userdata.
    public func object<T: AnyObject>(_ i: Int32, as type: T.Type) throws -> T {
        guard let retained = dossier_to_object(lua.L, i),
              let object = Unmanaged<AnyObject>.fromOpaque(retained).takeUnretainedValue() as? T
        else { throw typeError(i, expected: LuaClasses.name(of: type)) }
        return object
    }

    public func typeError(_ i: Int32, expected: String) -> LuaArgumentError {
        let actual = isNone(i) ? "no value" : lua.typeName(at: i)
        return LuaArgumentError(i, "\(expected) expected, got \(actual)")
    }
}

/// Pushes Swift closures as Lua functions and runs them when Lua calls them.
enum SwiftFunctions {
    final class Box {
        let body: LuaSwiftFunction
        init(_ body: @escaping LuaSwiftFunction) { self.body = body }
    }

    private static let callbacksInstalled: Void = dossier_set_callbacks(dispatch, release)

    static func installCallbacks() { _ = callbacksInstalled }

    static func push(_ body: @escaping LuaSwiftFunction, on lua: Lua) {
        dossier_push_closure(lua.L, Unmanaged.passRetained(Box(body)).toOpaque())
    }

    /// Runs a closure for the trampoline. Never raises: errors become a status for C to raise.
    private static let dispatch: dossier_dispatch_fn = { L, closure, argument in
        let lua = Lua(L!)
        let box = Unmanaged<Box>.fromOpaque(closure!).takeUnretainedValue()
        do {
            let results = try box.body(LuaArguments(lua: lua, count: lua.top))
            guard lua_checkstack(L, Int32(results.count)) != 0 else {
                lua.push("too many results")
                return Int32(DOSSIER_RAISE)
            }
            results.forEach(lua.push)
            return Int32(results.count)
        } catch let error as LuaArgumentError {
            argument!.pointee = error.position
            lua.push(error.message)
            return Int32(DOSSIER_ARGUMENT_ERROR)
        } catch let error as LuaError {
            lua.push(error.raised ?? .text(error.message))  // a message already carries the position where Lua raised it
            return Int32(DOSSIER_RAISE)
        } catch let error as LuaRaise {
            lua.push(error.value)
            return Int32(DOSSIER_RAISE)
        } catch {
            luaL_where(L, 1)
            lua.push(String(describing: error))
            lua_concat(L, 2)
            return Int32(DOSSIER_RAISE)
        }
    }

    private static let release: dossier_release_fn = { retained in
        Unmanaged<AnyObject>.fromOpaque(retained!).release()
    }
}

extension Lua {
    /// Makes a Swift closure a Lua function at `path` (`"help"`, `"zh.segment"`) and records its doc.
    public func register(_ path: String, doc: LuaDoc, _ body: @escaping LuaSwiftFunction) {
        setRawGlobal(path, .function(body))
        document(path, doc)
    }
}
