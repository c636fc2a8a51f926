import Analysis
import Articles
import XCTest

/// a:diff's engine: sentences aligned, script and punctuation changes not counted as changes.
final class SentenceDiffTests: XCTestCase {
    private func article(_ body: String) -> Article {
        Article(ArticleSource(path: "x.txt"), raw: "標題\n" + body)
    }

    func testDroppedAddedAndRewrittenSentences() {
        let original = article("一是坚持精准招商。二是加强统筹调度。三是优化营商环境。据了解，项目总投资99.754亿元。")
        // the second sentence dropped, one added, the fourth in Traditional script with other punctuation
        let reprint = article("一是坚持精准招商。三是优化营商环境。记者从会上获悉，签约项目12个。據瞭解,項目總投資99.754億元。")
        let changes = SentenceDiff.between(original, reprint)
        XCTAssertEqual(changes.map(\.kind.rawValue), ["=", "-", "=", "+", "="])
        XCTAssertEqual(changes[1].text, "二是加强统筹调度。")
        XCTAssertEqual(changes[1].number, 2, "numbered in the first article")
        XCTAssertEqual(changes[3].text, "记者从会上获悉，签约项目12个。")
        XCTAssertEqual(changes[3].number, 3, "numbered in the second article")
    }

    func testAnArticleAgainstItselfAndAgainstNothingAlike() {
        let a = article("第一句。第二句。第三句。")
        XCTAssertEqual(SentenceDiff.between(a, a).map(\.kind), [.same, .same, .same])
        let b = article("完全不同的内容。")
        XCTAssertEqual(SentenceDiff.between(a, b).map(\.kind), [.removed, .removed, .removed, .added])
    }
}
