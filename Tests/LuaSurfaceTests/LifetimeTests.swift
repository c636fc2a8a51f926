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

    func testRecordsOfOneSentenceShareItsText() throws {
        // a body with no sentence breaks: 1,000 figures in one 19 KB sentence, which each
        // record holds; one copy in Lua's heap, not 1,000 (19 MB)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("one-sentence-\(getpid()).txt").path
        try ("标题\n" + String(repeating: "项目投资5亿元", count: 1000) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let state = LuaState()
        LuaSurface.install(on: state.lua)
        state.lua.setRawGlobal("path", .text(path))
        let grown = try state.lua.run("""
            local a = corpus.load(path, { quiet = true })[1]
            local _ = a.sentences
            collectgarbage()
            local before = collectgarbage("count")
            local figures = a:numbers()
            assert(#figures == 1000 and #figures[1].sentence > 15000, "figures: " .. #figures)
            assert(figures[1].sentence == figures[1000].sentence)
            collectgarbage()
            return collectgarbage("count") - before
            """)[0].doubleValue ?? .infinity
        XCTAssertLessThan(grown, 4096, "Lua's heap grew by \(Int(grown)) KB for 1,000 records")
    }
}
