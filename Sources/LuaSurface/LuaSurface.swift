/// LuaSurface binds dossier's engine (Articles, Search, Analysis, Segmentation) to Lua: one
/// file per Lua namespace or class (corpus, Corpus, Article, List, zh, chart, dossier) and
/// the Lua half in Lua/*.lua. The engine's targets know nothing of Lua; everything Lua sees
/// is made here. The command line and the test runner start their states here.
import Articles
import LuaBridge
import LuaShim
import REPL
import Text

public enum LuaSurface {
    /// Installs everything a dossier Lua state holds, in the order the parts need; returns
    /// the REPL's support (help, pp, inspect, completion).
    @discardableResult
    public static func install(on lua: Lua) -> REPLSupport {
        // the engine's long work stops on Ctrl-C and at a time limit, as Lua code does
        Cancellation.reason = { dossier_stop_reason().map { String(cString: $0) } }
        // collectgarbage() gives memory back to the system, not only to malloc
        dossier_trim_after_collect(lua.L)
        let scripts = Scripts()
        ArticleClass.install(on: lua, scripts: scripts)
        CorpusClass.install(on: lua)
        CorpusNamespace.install(on: lua)
        DossierNamespace.install(on: lua)
        ZhNamespace.install(on: lua, scripts: scripts)
        do {
            let lazyList = try ListClass.runLuaFiles(on: lua)
            CorpusClass.extend(on: lua, lazyList: lazyList)
        } catch {
            preconditionFailure("dossier's Lua files failed to load: \(error)")
        }
        ListClass.document(on: lua)
        ArticleClass.document(on: lua)
        ChartNamespace.document(on: lua)
        return REPLSupport(installingOn: lua)
    }
}
