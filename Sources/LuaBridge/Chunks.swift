import CLua
import Foundation

extension Lua {
    /// Runs one of dossier's own Lua files, shipped as a SwiftPM resource (`url` from the
    /// target's `Bundle.module`), with `arguments` as its `...`. The chunk is named
    /// `@dossier/<file name>`, so tracebacks and error positions name the file and line.
    /// Tables and functions come back as references: the same values, not copies.
    public func runChunk(at url: URL?, arguments: [LuaValue] = []) throws -> [LuaValue] {
        guard let url, let source = try? String(contentsOf: url, encoding: .utf8) else {
            throw LuaError("dossier's Lua file \(url?.lastPathComponent ?? "(unknown)") is missing from the build; run `swift build` again")
        }
        let base = top
        try load(source, name: "@dossier/" + url.lastPathComponent, mode: "t")
        arguments.forEach(push)
        let n = try protectedCall(arguments: Int32(arguments.count), traceback: true)
        defer { top = base }
        return (0..<n).map { i in
            let index = base + 1 + i
            switch lua_type(L, index) {
            case LUA_TTABLE, LUA_TFUNCTION: return .reference(reference(at: index))
            default: return value(at: index)
            }
        }
    }
}

extension Lua {
    /// "chunk:line: " of the innermost Lua function outside dossier's own Lua files: the
    /// user's line, where an error about their call belongs (Lua code does the same through
    /// kit.raise). Empty when no such function is running.
    public func userPosition() -> String {
        var frame = lua_Debug()
        var level: Int32 = 1
        while lua_getstack(L, level, &frame) != 0 {
            level += 1
            guard lua_getinfo(L, "Sl", &frame) != 0, frame.currentline > 0, let source = frame.source else { continue }
            if String(cString: source).hasPrefix("@dossier/") { continue }
            let shortSource = withUnsafeBytes(of: &frame.short_src) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            return "\(shortSource):\(frame.currentline): "
        }
        return ""
    }
}
