import Articles
import Foundation
import LuaBridge
import LuaShim

/// The sandbox for scripts someone else wrote: which folders they may read and write, and
/// the Lua half (Lua/sandbox.lua) that takes away what reaches outside them (other programs,
/// native code, debug, the environment). Swift functions that open files (corpus.load and
/// its names file) ask `Sandbox.current`; docs/sandbox.md is the promise, tested item by item.
public struct Sandbox: Sendable {
    /// The corpus, the script's folder, dossier's sample corpus, and the output folder.
    public let readable: Confinement
    /// The output folder (--out), if there is one.
    public let writable: Confinement

    /// The sandbox of this process, once applied (one sandboxed state per process).
    nonisolated(unsafe) public private(set) static var current: Sandbox?

    public init(reading: [String], writing: [String]) {
        readable = Confinement(reading + writing + [DossierNamespace.samplePath])
        writable = Confinement(writing)
    }

    /// May `path` be read: inside a readable folder (a missing file, when its folder is).
    public func mayRead(_ path: String) -> Bool { path == "-" || readable.contains(newFile: path) }

    public func mayWrite(_ path: String) -> Bool { writable.contains(newFile: path) }

    /// Confines `lua` from now on; `folder` is the script's, where require looks.
    public func apply(on lua: Lua, scriptFolder folder: String) throws {
        Sandbox.current = self
        let file = Bundle.module.url(forResource: "sandbox", withExtension: "lua", subdirectory: "Lua")
        _ = try lua.runChunk(at: file, arguments: [
            .function { args in [.boolean(self.mayRead(try args.string(1)))] },
            .function { args in [.boolean(self.mayWrite(try args.string(1)))] },
            .text(folder),
        ])
    }

    /// Raises for a path the sandbox does not let Swift code read.
    static func checkRead(_ path: String, argument: Int32) throws {
        guard let sandbox = current, !sandbox.mayRead(path) else { return }
        throw LuaArgumentError(argument, "reading '\(path)' is not allowed in the sandbox: only the corpus, the script's folder and --out")
    }

    /// Raises for a path the sandbox does not let Swift code write.
    static func checkWrite(_ path: String, argument: Int32) throws {
        guard let sandbox = current, !sandbox.mayWrite(path) else { return }
        throw LuaArgumentError(argument, "writing '\(path)' is not allowed in the sandbox: only under --out")
    }
}

/// Limits on a run: its memory budget.
public enum Limits {
    /// --max-memory, else 90% of the machine's memory: past it Lua's allocations fail and
    /// dossier's own work stops, each with a Lua error, so the process never aborts for memory.
    public static func setMemoryBudget(on lua: Lua, bytes: Int?) {
        let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        let budget = bytes ?? physical / 10 * 9
        let named = bytes == nil ? "90% of this machine's memory" : "the --max-memory budget"
        dossier_set_memory_budget(lua.L, budget, "not enough memory: the work stopped at \(named) (\(budget >> 20) MB)")
    }

    /// "512M", "2G", "1.5g", "800000" (bytes); nil when not a size.
    public static func bytes(_ text: String) -> Int? {
        let units: [Character: Double] = ["K": 1024, "M": 1_048_576, "G": 1_073_741_824, "T": 1_099_511_627_776]
        let unit = text.last.flatMap { units[Character($0.uppercased())] }
        guard let number = Double(unit == nil ? text : String(text.dropLast())), number > 0 else { return nil }
        let bytes = number * (unit ?? 1)
        return bytes < 1e18 ? Int(bytes) : nil
    }
}
