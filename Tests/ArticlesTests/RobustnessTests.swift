import Articles
import EntityTagger
import Foundation
import XCTest

/// Parsing never crashes, whatever bytes arrive, and what it finds always points at itself:
/// every record's offset holds the record's text. Random input is seeded: the seed is
/// printed, and DOSSIER_SEED replays a run.
final class RobustnessTests: XCTestCase {
    static func generator(_ test: String) -> SplitMix {
        let seed = ProcessInfo.processInfo.environment["DOSSIER_SEED"].flatMap(UInt64.init) ?? 20261202
        print("\(test): seed \(seed) (DOSSIER_SEED=\(seed) replays it)")
        return SplitMix(seed: seed)
    }

    /// Parses every lazily computed part of an article and checks that the records point
    /// into the text they came from; returns how many records were checked.
    @discardableResult
    private func parseFully(_ bytes: [UInt8], _ what: String) -> Int {
        guard let decoded = TextDecoding.decode(bytes) else { return 0 }
        let a = Article(ArticleSource(path: "fuzz.txt"), raw: decoded.text)
        _ = (a.title, a.subtitle, a.captions, a.dateline, a.lists, a.issues, a.date, a.cleaning, a.organisations)
        XCTAssertEqual(Array(a.raw.utf8), Array(decoded.text.utf8), "the raw text is rebuilt byte for byte in \(what)")
        XCTAssertEqual(a.text, a.paragraphs.joined(separator: "\n"), "the text is the paragraphs in \(what)")
        let text = Array(a.text.utf8)
        func at(_ offset: Int, _ written: String) -> Bool {
            let bytes = Array(written.utf8)
            return offset >= 1 && offset - 1 + bytes.count <= text.count && Array(text[(offset - 1)..<(offset - 1 + bytes.count)]) == bytes
        }
        var checked = 0
        for s in a.sentences { XCTAssertTrue(at(s.offset, s.text), "sentence \(s) in \(what)"); checked += 1 }
        for n in a.numbers { XCTAssertTrue(at(n.offset, n.text), "figure \(n.text) at \(n.offset) in \(what)"); checked += 1 }
        for d in a.dates { XCTAssertTrue(at(d.offset, d.text), "date \(d.text) at \(d.offset) in \(what)"); checked += 1 }
        for p in a.places { XCTAssertTrue(at(p.offset, p.text), "place \(p.text) at \(p.offset) in \(what)"); checked += 1 }
        for term in a.terms {
            XCTAssertTrue(term.offsets.first.map { at($0, term.text) } ?? false, "term \(term.text) in \(what)")
            checked += 1
        }
        for person in a.people {
            XCTAssertFalse(person.text.isEmpty, "a person without a name in \(what)")
            XCTAssertEqual(person.count, person.offsets.count)
            checked += 1
        }
        return checked
    }

    func testRandomBytes() {
        var generator = Self.generator("testRandomBytes")
        let alphabet: [UInt8] = Array("發(fā)展?。“”（）(1)一是二是萬億元噸%攝大同市委書記盧東亮2024年8月19日 \u{3000}\t\r責任編輯：圖為".utf8) + [0, 0xFF, 0xFE, 0xE5, 0x5C, 0x6E, 0x0A]
        var checked = 0
        for round in 0..<600 {
            let length = Int.random(in: 0...400, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            checked += parseFully(bytes, "round \(round)")
        }
        XCTAssertGreaterThan(checked, 100, "the random text yields records to check")
    }

    func testEveryTruncationOfTheSeed() throws {
        let seed = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SeedArticleTests.seedPath)))
        var checked = 0
        for cut in stride(from: 0, to: seed.count, by: 13) { checked += parseFully(Array(seed[..<cut]), "the seed cut at \(cut)") }
        XCTAssertGreaterThan(checked, 10_000)
    }

    /// Each pattern the rules look for, cut short at every character: a rule that reads past
    /// what it matched (a bracket, a list, a count, a post) must stop at the text's end.
    func testEveryTruncationOfReportsPatterns() {
        let text = "标题\n确诊病例在肯德基(飞天购物广场店)用餐。曲祖、脚家箐、法岗3个村委会,五桥、长岭等36个镇乡街道。"
            + "政法委书记和建。碧桂园控股总裁莫斌。东风路与信息学院路口。崔某根據张给其提供的号码。省国有资产监督管理委员会党委书记洪波。"
            + "拱北海关查获。拱北海关在海上。王学勤副厅长。\n于蓝 于明 于海涛 卫兴国\n文花枝 文朝阳 方正 毛岸青"
            + "\n(2019)榕中法刑一初字第291号。被告人孙××、黄×、童某一、童某二。岚峰路桥股份有限公司(以下简称“公司”或 “岚峰股份”)。"
            + "占岚峰股份。分众传媒信息技术股份有限公司。列席董事会。举行银监会、证监会、保监会。董事长徐祥率公司。林正祥医师。主席将同廷卡总统会谈,会见廷卡。通报全省中央环境保护督察组。市水利和湖泊局。和沟村党支部。乡有20余家农民专业合作社\n记者 郝海军"
            + "\n黎巴嫩、斯洛伐克总统访华。征信中心按中国人民银行规定。销售的罗氏虾。教授曾获得奖励。局长常深入基层，县长于当天赶到。"
            + "\n张庄村村委会主任：王泽海\n第十一届村(居)民委员会换届。"
        let characters = Array(text)
        var checked = 0
        for cut in 0...characters.count { checked += parseFully(Array(String(characters[..<cut]).utf8), "the patterns cut at \(cut)") }
        XCTAssertGreaterThan(checked, 1_000)
    }

    func testLoaderOnAFolderOfBadFiles() throws {
        let folder = NSTemporaryDirectory() + "dossier-robust-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = Self.generator("testLoaderOnAFolderOfBadFiles")
        for i in 0..<20 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let ext = ["txt", "jsonl", "json", "csv", "tsv"][i % 5]
            FileManager.default.createFile(atPath: "\(folder)/f\(i).\(ext)", contents: Data(bytes))
        }
        let (articles, report) = try Loader().load(folder)
        XCTAssertEqual(report.files + report.skipped.count, 20, "every file is either loaded or reported as skipped")
        articles.forEach { _ = ($0.title, $0.numbers, $0.people) }
    }

    func testMissingPathIsAnError() {
        XCTAssertThrowsError(try Loader().load("/no/such/corpus")) { error in
            XCTAssertEqual("\(error)", "/no/such/corpus: no such file or folder")
        }
    }
}
