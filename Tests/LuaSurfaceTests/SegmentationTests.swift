import LuaSurface
import Foundation
import LuaBridge
import XCTest

/// zh.segment agrees with jieba itself (Debian's python3-jieba), run on the same text.
final class SegmentationTests: XCTestCase {
    let state = LuaState()

    override func setUp() {
        LuaSurface.install(on: state.lua)
        state.lua.setRawGlobal("sample", .text(ListTests.sample))
    }

    /// Python jieba's words for each line, joined by U+0001.
    private func jieba(_ lines: [String], hmm: Bool) throws -> [[String]] {
        let input = NSTemporaryDirectory() + "jieba-\(UUID().uuidString).txt"
        try lines.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import logging, sys, jieba
            jieba.setLogLevel(logging.ERROR)
            for line in open(sys.argv[1], encoding="utf-8").read().split("\\n"):
                print("\\u0001".join(jieba.lcut(line, HMM=\(hmm ? "True" : "False"))))
            """, input]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3-jieba is installed by make test")
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .prefix(lines.count).map { $0.isEmpty ? [] : $0.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init) }
    }

    private func paragraphs() throws -> [String] {
        try state.lua.run("""
            local out = {}
            for a in corpus.load(sample, { quiet = true }):each() do
              for _, p in ipairs(a.paragraphs) do out[#out + 1] = zh.t2s(p) end
            end
            return table.concat(out, "\\u{1}")
            """)[0].stringValue!.split(separator: "\u{1}").map(String.init)
    }

    private func ours(_ lines: [String], hmm: Bool) throws -> [[String]] {
        let segment = try state.lua.run("return function(s, hmm) return table.concat(zh.segment(s, { hmm = hmm }), '\\u{1}') end")[0]
        return try lines.map { line in
            let joined = try state.lua.call(segment, [.text(line), .boolean(hmm)])[0].stringValue ?? ""
            return joined.isEmpty ? [] : joined.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func testSameWordsAsJiebaWithAndWithoutHMM() throws {
        let lines = try paragraphs()
        XCTAssertGreaterThan(lines.count, 100)
        for hmm in [true, false] {
            let (mine, theirs) = (try ours(lines, hmm: hmm), try jieba(lines, hmm: hmm))
            let differing = zip(lines, zip(mine, theirs)).filter { $1.0 != $1.1 }
            XCTAssertEqual(differing.count, 0, "HMM=\(hmm): \(differing.prefix(2).map { "\($0.0)\n ours:  \($0.1.0)\n jieba: \($0.1.1)" })")
        }
    }

    func testTraditionalTextIsCutLikeItsSimplifiedForm() throws {
        let result = try state.lua.run("""
            local a = corpus.load(sample .. "/seed-article.txt", { quiet = true })[1]
            local text = a.paragraphs[2]
            local traditional, simplified = zh.segment(text), zh.segment(zh.t2s(text))
            local lengths_match = #traditional == #simplified
            for i = 1, math.min(#traditional, #simplified) do
              if utf8.len(traditional[i]) ~= utf8.len(simplified[i]) then lengths_match = false end
            end
            return table.concat(traditional) == text, lengths_match, traditional:count() > 50
            """)
        XCTAssertEqual(result, [true, true, true])
    }

    func testWordFrequencies() throws {
        let result = try state.lua.run("""
            local c = corpus.load(sample, { quiet = true })
            local words = c:freq()
            local stop = c:freq({ stopwords = true })
            local direct = 0
            for a in c:each() do
              for _, w in ipairs(zh.segment(a.title .. "\\n" .. a.text)) do if w == "项目" or w == "項目" then direct = direct + 1 end end
            end
            local counts = {}
            for _, row in ipairs(words) do counts[row.key] = row.count end
            local with_stop = {}
            for _, row in ipairs(stop) do with_stop[row.key] = row.count end
            return (counts["项目"] or 0) + (counts["項目"] or 0), direct, counts["的"], with_stop["的"] ~= nil, counts["，"],
                   c:freq{ by = "words" }:first().key == words:first().key
            """)
        XCTAssertEqual(result[0], result[1])
        XCTAssertEqual(Array(result[2...]), [nil, true, nil, true], "stop words and punctuation are left out by default")
    }
}
