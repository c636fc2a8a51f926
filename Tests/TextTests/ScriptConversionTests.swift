import Text
import XCTest

/// OpenCC through its C interface: nothing the user gave is cut off.
final class ScriptConversionTests: XCTestCase {
    func testTextWithNULBytesIsConvertedWhole() throws {
        let t2s = try ScriptConverter(config: "t2s.json")
        XCTAssertEqual(t2s.convert("開發區"), "开发区")
        XCTAssertEqual(t2s.convert("開發\u{0}區\u{0}\u{0}項目"), "开发\u{0}区\u{0}\u{0}项目", "OpenCC's C string would end at the first NUL")
        XCTAssertEqual(t2s.convert("\u{0}"), "\u{0}")
        XCTAssertEqual(t2s.convert(""), "")
    }
}
