import Analysis
import Foundation
import LuaBridge
#if canImport(Glibc)
import Glibc
#endif

/// `dossier`: what dossier itself offers scripts: the sample corpus's path, the stop words,
/// JSON (written in Lua/export.lua) and the terminal's width. The REPL adds its own
/// (dossier.width, dossier.docs, dossier.reference, dossier.clock).
enum DossierNamespace {
    static func install(on lua: Lua) {
        lua.setRawGlobal("dossier.sample", .text(samplePath))
        lua.document("dossier.sample", LuaDoc(
            "dossier.sample", "Path of the bundled sample corpus (the seed report and generated articles).",
            example: #"assert(io.open(dossier.sample .. "/seed-article.txt"))"#))
        lua.setRawGlobal("dossier.stopwords", .list(Counting.stopWords.sorted().map(LuaValue.text)))
        lua.document("dossier.stopwords", LuaDoc(
            "dossier.stopwords", "The stop words left out of word counts (both scripts).",
            example: #"assert(#dossier.stopwords > 10)"#))
        lua.register("dossier.columns", doc: LuaDoc(
            "dossier.columns()", "The terminal's width in columns ($COLUMNS, else the terminal's own, else 80).",
            example: #"assert(dossier.columns() >= 20)"#)) { _ in [.integer(terminalColumns())] }
        lua.document("dossier.json", LuaDoc(
            "dossier.json(v)", "v as JSON text: tables as arrays or objects (sorted keys), articles as {id, title, date, path}.",
            details: "Floats are written so that they read back as the same number.",
            example: #"assert(dossier.json({ 1, "大同" }) == '[1,"大同"]')"#))
    }

    /// The bundled sample corpus: $DOSSIER_SAMPLE, else corpus/ in the source tree dossier was built from.
    static var samplePath: String {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_SAMPLE"] { return path }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Sources/LuaSurface/this file
        return url.appendingPathComponent("corpus").path
    }
}

/// $COLUMNS, else the width of the terminal on stdout, else 80.
func terminalColumns() -> Int {
    if let value = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(value), columns > 0 { return columns }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
}
