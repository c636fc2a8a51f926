import Articles
import Foundation
import XCTest
import Text

/// The seed report (corpus/seed-article.txt) parses to the facts a reader finds in it.
final class SeedArticleTests: XCTestCase {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/seed-article.txt").path
    var article: Article!

    override func setUpWithError() throws {
        let (articles, report) = try Loader().load(SeedArticleTests.seedPath)
        XCTAssertEqual(articles.count, 1)
        XCTAssertTrue(report.warnings.isEmpty, "\(report.warnings)")
        article = articles[0]
    }

    func testTitleDeckAndCaption() {
        XCTAssertEqual(article.title, "我市與全省同步舉行開發區2024年第三次“三個一批”活動")
        XCTAssertEqual(article.subtitle, "盧東亮衛繼周出席")
        XCTAssertEqual(article.captions.count, 1)
        XCTAssertEqual(article.captions.first?.photographer, "張燕偉")
        XCTAssertEqual(article.paragraphs.count, 5)
        XCTAssertEqual(article.date, "2024-08-19")
    }

    func testCleaningCounts() {
        let counts = article.cleaning
        XCTAssertEqual(counts.pinyin, 286)
        XCTAssertEqual(counts.boilerplate, 1)
        XCTAssertEqual(article.boilerplate, ["掃一掃在手機上查看當前頁面"])
        XCTAssertFalse(article.text.contains("掃一掃"))
        XCTAssertFalse(article.text.contains("(fā)"))
        XCTAssertTrue(article.raw.contains("發(fā)展"), "the raw text is kept as loaded")
    }

    func testDamagedSpansAreReportedWithOffsets() {
        XCTAssertEqual(article.issues.map(\.text), ["?jié)摿Υ?", "?gòu)U"])
        let bytes = Array(article.text.utf8)
        for issue in article.issues {
            let slice = bytes[(issue.offset - 1)..<(issue.offset - 1 + issue.text.utf8.count)]
            XCTAssertEqual(String(decoding: slice, as: UTF8.self), issue.text, "offset points at the span")
        }
        XCTAssertTrue(article.text.contains("?jié)摿Υ?"), "damage is reported, not repaired")
    }

    func testFigures() {
        let figures = article.numbers
        func values(_ kind: Amount.Kind, _ unit: String) -> [Double] { figures.filter { $0.kind == kind && $0.unit == unit }.compactMap { $0.value?.double } }
        XCTAssertEqual(values(.money, "元"), [9_975_400_000, 4_996_000_000])
        XCTAssertEqual(values(.count, "個"), [47, 16, 14, 17, 8])
        XCTAssertEqual(values(.count, "支"), [16])
        XCTAssertEqual(values(.quantity, "噸"), [3000])
        XCTAssertEqual(values(.quantity, "MW"), [200])
        XCTAssertEqual(values(.quantity, "MWh"), [800])
        XCTAssertFalse(figures.contains { $0.text.contains("屆") || $0.text.contains("號") || $0.text.contains("三個") },
                       "ordinals, names and slogans are not amounts: \(figures.map(\.text))")
        for figure in figures {
            let bytes = Array(article.text.utf8)[(figure.offset - 1)...].prefix(figure.text.utf8.count)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), figure.text)
        }
    }

    func testPeople() {
        let people = Dictionary(uniqueKeysWithValues: article.people.map { ($0.text, $0) })
        let named: Set = ["盧東亮", "衛繼周", "任希杰", "李東升", "寧文鑫", "張燕偉"]
        XCTAssertTrue(named.isSubset(of: Set(people.keys)), "\(people.keys.sorted())")
        // the tagger takes the jargon 包聯 (leaders paired with projects) for a name; nothing else may be extra
        XCTAssertLessThanOrEqual(people.count, named.count + 1, "\(people.keys.sorted())")
        XCTAssertFalse(people.keys.contains { $0.hasPrefix("蘭德") }, "蘭德嘉田 opens a project's name: a brand, no person")
        XCTAssertEqual(people["盧東亮"]?.titles, ["省委常委", "市委書記"])
        XCTAssertEqual(people["任希杰"]?.titles, ["市領導"])
        XCTAssertEqual(people["李東升"]?.titles, ["市領導"], "a name listed after another shares its post")
        XCTAssertEqual(people["寧文鑫"]?.titles.last, "區委書記")
        XCTAssertEqual(people["寧文鑫"]?.org, "云州區委", "the post's organisation stands before it")
        XCTAssertTrue(people["衛繼周"]?.roles.contains("deck") ?? false, "the deck line is split into its two names")
        XCTAssertEqual(people["張燕偉"]?.roles, ["photographer"])
    }

    func testOrganisationsPlacesAndTerms() {
        let orgs = article.organisations.map(\.text)
        XCTAssertTrue(orgs.contains("銳華能源(大同)技術有限公司"), "\(orgs)")
        XCTAssertTrue(orgs.contains("大同經開區黨工委"), "\(orgs)")
        XCTAssertFalse(orgs.contains { $0.hasPrefix("全") || $0.hasPrefix("各") }, "\(orgs)")
        XCTAssertFalse(orgs.contains { $0.unicodeScalars.first.map(Han.isHan) != true }, "no name starts at a bracket: \(orgs)")
        let kinds = Dictionary(article.organisations.map { ($0.text, $0.kind) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(kinds["銳華能源(大同)技術有限公司"], "company")
        XCTAssertEqual(kinds["大同經開區黨工委"], "party")
        XCTAssertEqual(kinds["大同經開區管委會"], "government", "黨工委書記、管委會主任: the zone's 管委會")
        XCTAssertEqual(article.organisations.first { $0.text == "大同經開區黨工委" }?.place, "大同市")
        let places = article.places.map(\.text)
        XCTAssertTrue(places.contains("大同") && places.contains("云州區"), "\(places)")
        let terms = Dictionary(uniqueKeysWithValues: article.terms.map { ($0.text, $0.count) })
        XCTAssertEqual(terms["三個一批"], 6)
        XCTAssertEqual(terms["四大賽道"], 2)
    }

    func testSentencesAndEnumerations() {
        XCTAssertEqual(article.sentences.count, 20)
        XCTAssertTrue(article.sentences.allSatisfy { !$0.text.hasPrefix("”") }, "a closing quote stays with its sentence")
        XCTAssertEqual(article.lists.count, 1)
        XCTAssertEqual(article.lists.first?.items.count, 3)
        XCTAssertEqual(article.lists.first?.items.first?.hasPrefix("堅持精準發力"), true)
        XCTAssertEqual(article.lists.first?.items.last?.hasSuffix("助力企業健康發展。"), true, "the last item stops before 下一步")
    }
}
