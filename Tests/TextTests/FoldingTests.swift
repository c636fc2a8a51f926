import Text
import XCTest

/// Folding compares names in either script and width; the canonical form is what records show.
final class FoldingTests: XCTestCase {
    func testTheCanonicalFormKeepsTheCaseOfLetters() {
        XCTAssertEqual(Folding.shared.folded("ＴＣＬ科技集團"), "tcl科技集团", "folded: for comparing")
        XCTAssertEqual(Folding.shared.canonical("ＴＣＬ科技集團"), "TCL科技集团", "canonical: Simplified and half width, case kept")
        XCTAssertEqual(Folding.shared.canonical("SK海力士\u{3000}公司"), "SK海力士 公司")
        XCTAssertEqual(Folding.shared.canonical(""), "")
    }
}
