import LuaBridge
import LuaSurface

extension LuaState {
    /// A dossier state with the sample corpus loaded as `c` (and its path as `sample`), then
    /// `more` run: the setting most of these tests start from.
    func installingSample(then more: String = "") throws {
        LuaSurface.install(on: lua)
        lua.setRawGlobal("sample", .text(ListTests.sample))
        try lua.run("c = corpus.load(sample, { quiet = true })\n" + more)
    }

    /// What each call (Lua source of an expression) raises, or "ok": for the tests of a
    /// user's mistakes.
    func errors(of calls: [String]) throws -> [String] {
        let list = calls.map { "function() return \($0) end" }.joined(separator: ", ")
        let results = try lua.run("""
            local out = {}
            for _, call in ipairs({ \(list) }) do
              local ok, problem = pcall(call)
              out[#out + 1] = ok and "ok" or tostring(problem)
            end
            return table.unpack(out)
            """, name: "=test")
        return results.map { $0.stringValue ?? "" }
    }
}
