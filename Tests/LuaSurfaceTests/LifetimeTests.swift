import Articles
import LuaBridge
import LuaSurface
import XCTest

/// What Lua lets go of, Swift frees: a corpus's articles, with everything computed for them,
/// die with the last Lua value that holds the corpus (counted through weak references).
final class LifetimeTests: XCTestCase {
    final class Weak { weak var object: AnyObject?; init(_ object: AnyObject) { self.object = object } }

    func testArticlesAreFreedWhenTheirCorpusIsCollected() throws {
        let state = LuaState()
        LuaSurface.install(on: state.lua)
        state.lua.setRawGlobal("sample", .text(ListTests.sample))
        var watched: [Weak] = []
        do {
            let values = try state.lua.run("""
                c = corpus.load(sample, { quiet = true })
                counts, hits, sub, people = c:freq(), c:search("项目"), c:filter("date"), c:people()
                for a in c:each() do local _ = a.sentences[1] end
                local all = {}
                for a in c:each() do all[#all + 1] = a end
                return c, table.unpack(all)
                """)
            watched = values.compactMap { if case .object(let object) = $0 { return Weak(object) } else { return nil } }
        }
        let alive = { watched.filter { $0.object != nil }.count }
        XCTAssertGreaterThan(watched.count, 20)
        XCTAssertEqual(alive(), watched.count, "held by the globals")
        try state.lua.run("c, counts, hits, sub, people = nil; collectgarbage(); collectgarbage()")
        XCTAssertEqual(alive(), 0, "the corpus and every article are freed once Lua holds none of them")
    }
}
