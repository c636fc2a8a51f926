import Articles
import XCTest
import Text

final class CleaningTests: XCTestCase {
    func testPinyinAnnotationsAreStrippedOnlyWhenTheyArePinyin() {
        XCTAssertEqual(Pinyin.strip("發(fā)展").text, "發展")
        XCTAssertEqual(Pinyin.strip("什麼(me)").text, "什麼")           // neutral tone
        XCTAssertEqual(Pinyin.strip("女(nǚ)士").text, "女士")           // ü form
        XCTAssertEqual(Pinyin.strip("綠(lv4)色").text, "綠色")          // v and a tone number
        XCTAssertEqual(Pinyin.strip("發（fā）展").removed, 1)          // full-width brackets
        XCTAssertEqual(Pinyin.strip("項(xiang)目(mu)(mu)(mu)名單").text, "項目名單")  // an annotation repeated
        XCTAssertEqual(Cleaner.clean("標題\n重點項(xiang)目(mu)(mu)(mu)名單").lines, ["標題", "重點項目名單"])
        for kept in ["銳華能源(大同)技術有限公司", "(記者 李婷婷)", "封裝(CoGas)", "項目(1)", "能源(wind)", "a(fā)"] {
            XCTAssertEqual(Pinyin.strip(kept).text, kept)
        }
    }

    func testEscapesIndentationAndSpaces() {
        let cleaned = Cleaner.clean("標題\\n第一段  有   空格。\\r\\n\u{3000}\u{3000}第二段。\u{3000}\u{3000}第三段。")
        XCTAssertEqual(cleaned.lines, ["標題", "第一段 有 空格。", "第二段。", "第三段。"])
        XCTAssertEqual(cleaned.breaksAdded, 3)
    }

    func testBoilerplateIsMovedOut() {
        let cleaned = Cleaner.clean("標題\n正文。\n責任編輯：王某\n来源：大同日报\n【打印】 【關閉】\n掃一掃在手機上查看當前頁面")
        XCTAssertEqual(cleaned.lines, ["標題", "正文。"])
        XCTAssertEqual(cleaned.boilerplate.count, 4)
    }

    /// Government pages carry the page's place in the site above the title (首页 > 新闻中心), links
    /// to the pages before and after it, and a footer of the site's credits and registration, run
    /// together on one long line: none of it is the report's. A line that only opens with 首页, or
    /// speaks of a registration without its number, is.
    func testASitesBreadcrumbsNeighboursAndFooterAreMovedOut() {
        let footer = "主办单位：大同市人民政府办公室  承办单位：大同市大数据中心  网站标识码：1402000001  晋ICP备05001234号  晋公网安备 14020002000123号"
        let page = Cleaner.clean("首页 > 新闻中心 > 部门动态\n市交通运输局召开会议\n正文。\n上一篇：市交通运输局开展春运检查\n下一篇：我市新增公交线路3条\n"
            + footer + "\n当前位置：首页\n首页面设计大赛开幕。\n工信部要求网站进行ICP备案。")
        XCTAssertEqual(page.lines, ["市交通运输局召开会议", "正文。", "首页面设计大赛开幕。", "工信部要求网站进行ICP备案。"])
        XCTAssertEqual(page.boilerplate.count, 5)
        XCTAssertEqual(Article(ArticleSource(path: "a.txt"), raw: "首页 > 新闻中心\n市交通运输局召开会议\n正文。").title, "市交通运输局召开会议")
    }

    func testDamageKinds() {
        XCTAssertEqual(Damage.spans(in: "項目\u{FFFD}\u{FFFD}建設").map(\.text), ["\u{FFFD}\u{FFFD}"])
        XCTAssertEqual(Damage.spans(in: "開發區Ξσ建設").map(\.text), ["Ξσ"])            // Greek between Han
        XCTAssertEqual(Damage.spans(in: "項目Жд建設").map(\.text), ["Жд"])              // Cyrillic
        XCTAssertEqual(Damage.spans(in: "是嗎?我很好。").count, 0, "an ASCII question mark alone is punctuation")
        XCTAssertEqual(Damage.spans(in: "CoGas系統級封裝").count, 0, "Latin words in Han text are not damage")
        let text = "大同發展?jié)摿Υ?,好"
        let span = Damage.spans(in: text)[0]
        XCTAssertEqual(span.text, "?jié)摿Υ?")
        XCTAssertEqual(span.offset, "大同發展".utf8.count + 1)
    }

    func testDecodingGB18030AndUTF16AndCountingReplacements() {
        let gb: [UInt8] = [0xB4, 0xF3, 0xCD, 0xAC]  // 大同 in GB18030
        XCTAssertEqual(TextDecoding.decode(gb)?.text, "大同")
        XCTAssertEqual(TextDecoding.decode(gb)?.encoding, "GB18030")
        XCTAssertEqual(TextDecoding.decode([0xFF, 0xFE, 0x27, 0x59, 0x0C, 0x54])?.text, "大同")  // UTF-16LE with BOM
        XCTAssertEqual(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("大同".utf8))?.text, "大同")
        let truncated = Array("大同".utf8).dropLast()
        let decoded = TextDecoding.decode(Array(truncated))
        XCTAssertEqual(decoded?.replacedBytes, 1)
        XCTAssertEqual(decoded?.text.hasPrefix("大"), true)
        XCTAssertNil(TextDecoding.decode([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]), "binary data is not text")
    }
}
