/// DossierLibrary owns what a dossier Lua state holds beyond the standard libraries: the
/// REPL's helpers (help, pp, inspect), corpora and articles, and the corpus queries. The
/// command line and the test runner both start their states here.
import Articles
import LuaBridge
import Queries
import REPL

public enum DossierLibrary {
    /// Installs everything, in the order the parts need; returns the REPL's support.
    @discardableResult
    public static func install(on lua: Lua) -> REPLSupport {
        ArticleLibrary.install(on: lua)
        QueryLibrary.install(on: lua)
        return REPLSupport(installingOn: lua)
    }
}
