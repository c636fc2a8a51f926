@testable import Articles
import XCTest

final class StructureTests: XCTestCase {
    private func article(_ text: String, metadata: [String: String] = [:], path: String = "x.txt") -> Article {
        Article(ArticleSource(path: path, metadata: metadata), raw: text)
    }

    func testDateline() {
        let a = article("標題\n中新網溫州10月11日電 (記者 李婷婷 張三)今天，溫州舉行活動。\n第二段。")
        XCTAssertEqual(a.dateline?.agency, "中新網")
        XCTAssertEqual(a.dateline?.place, "溫州")
        XCTAssertEqual(a.dateline?.month, 10)
        XCTAssertEqual(a.dateline?.day, 11)
        XCTAssertEqual(a.dateline?.reporters, ["李婷婷", "張三"])
        XCTAssertNil(a.date, "no year anywhere: no date is made up")
        XCTAssertEqual(article("標題\n新华社北京3月5日电 2024年会议开幕。\n第二段。").date, "2024-03-05")
    }

    /// A dateline's month and day in Chinese numerals (中新社臺北三月五日電) read as in digits.
    func testADatelineInChineseNumerals() {
        let a = article("標題\n中新社臺北三月五日電 (記者 林雅文 陳志宏)春節假期結束。\n第二段。")
        XCTAssertEqual(a.dateline?.agency, "中新社")
        XCTAssertEqual(a.dateline?.place, "臺北")
        XCTAssertEqual(a.dateline.map { [$0.month, $0.day] }, [3, 5])
        XCTAssertEqual(a.dateline?.reporters, ["林雅文", "陳志宏"])
        XCTAssertEqual(article("標題\n新华社北京十二月二十一日电 会议召开。\n第二段。").dateline.map { [$0.month, $0.day] }, [12, 21])
    }

    func testALocalPapersDatelineHasNoDate() {
        let a = article("標題\n本报讯（记者 孙丽娜 通讯员 赵子轩）11月28日，全市会议召开。\n第二段。")
        XCTAssertEqual(a.dateline?.agency, "本报")
        XCTAssertEqual(a.dateline?.reporters, ["孙丽娜", "赵子轩"])
        XCTAssertEqual(a.dateline?.month, 0, "no date in it")
        XCTAssertEqual(a.people.first { $0.text == "孙丽娜" }?.roles.contains("reporter"), true)
        XCTAssertEqual(a.people.first { $0.text == "孙丽娜" }?.title, "记者")
        XCTAssertEqual(a.people.first { $0.text == "赵子轩" }?.title, "通讯员", "each credited name has the role written before it")
        XCTAssertEqual(article("本報訊（記者 孫麗娜）會議召開。").people.first?.title, "記者", "in the article's script")
        XCTAssertNil(article("標題\n国家电网讯息（记者 王五）公司召开会议。").dateline, "讯 not right before the bracket")
        XCTAssertNil(article("標題\n本报讯 近日，会议召开。").dateline?.reporters.first, "no credits, no reporters")
        let reported = article("標題\n中国报道讯（赵丽华 报道）5月3日，文化节开幕。")
        XCTAssertEqual(reported.dateline?.reporters, ["赵丽华"], "names before 报道 in the bracket")
        XCTAssertEqual(reported.sourceName, "中国报道")
        // an outlet's 消息 before its bracket of reporters, as 讯 (天健网消息（…记者 冉小燕）)
        let news = article("標題\n天健网消息（大连新闻传媒集团记者 冉小燕）1月14日，大会召开。\n第二段。")
        XCTAssertEqual(news.dateline?.reporters, ["冉小燕"])
        XCTAssertEqual(news.dateline?.agency, "天健网")
        XCTAssertNil(article("標題\n最新消息，大会明天召开。\n第二段。").dateline, "no reporters' bracket, no dateline")
    }

    /// Datelines in square brackets (【本报讯】, 【大同日报讯】, 【新华社北京12月1日电】) are read as
    /// without them: the bracket is no part of the outlet's name.
    func testDatelinesInSquareBrackets() {
        XCTAssertEqual(article("標題\n【本報訊】澳門特別行政區行政長官岑浩輝發表施政報告。").dateline?.agency, "本報")
        XCTAssertEqual(article("標題\n【大同日报讯】大同市召开会议。").sourceName, "大同日报")
        let agency = article("標題\n【新华社北京12月1日电】国务院召开会议。").dateline
        XCTAssertEqual(agency?.agency, "新华社")
        XCTAssertEqual(agency?.place, "北京")
        XCTAssertEqual(article("標題\n【本报讯】（记者 孙丽娜）会议召开。").dateline?.reporters, ["孙丽娜"])
        // the desk may stand before the role (stop 47)
        XCTAssertEqual(article("標題\n本报讯(融媒体中心记者陈晓晶)8月21日下午,市长带队调研。").dateline?.reporters, ["陈晓晶"])
        XCTAssertEqual(article("標題\n新华社北京3月5日电（总台记者 刘明远）全国人大会议开幕。").dateline?.reporters, ["刘明远"])
        // a second outlet's desk before its role is no name; a role's name before the next role is
        XCTAssertEqual(article("標題\n新华社北京11月28日电（中央人民广播电台记者刘振宇、新华社记者陈雁）会议开幕。").dateline?.reporters,
                       ["刘振宇", "陈雁"])
        XCTAssertEqual(article("標題\n本报讯(记者王政通讯员李娜)会议召开。").dateline?.reporters, ["王政", "李娜"])
    }

    func testCreditsAReportClosesWithAreReporters() {
        let a = article("標題\n会议召开，王建华出席。\n（记者 王佳琪 刘晓东）")
        XCTAssertEqual(Layout.closingCredits("（记者 王佳琪 刘晓东）"), ["王佳琪", "刘晓东"])
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map(\.text), ["王佳琪", "刘晓东"])
        XCTAssertEqual(Layout.closingCredits("（记者 王佳琪）会议还决定，明年继续举办。"), [], "a line that goes on is no credits line")
        XCTAssertEqual(article("標題\n（记者 王佳琪）会议召开。\n第二段。").people.filter { $0.roles.contains("reporter") }.count, 0,
                       "credits only on the last line")
    }

    /// A line of credits alone under the headline (□本报记者　韩晓燕) is no deck: its names are the
    /// report's reporters, with the outlet it names as their body; so are a closing line's, above
    /// a line the page adds (记者/谢明林, 原标题：…). A caption's photographer cut short is no person.
    func testALineOfCreditsUnderTheHeadline() throws {
        XCTAssertEqual(Layout.creditLine("□本报记者　韩晓燕"), ["韩晓燕"])
        XCTAssertEqual(Layout.creditLine("光明日报记者　詹媛"), ["詹媛"])
        XCTAssertEqual(Layout.creditLine("本报记者 王政 李心萍 通讯员 赵 刚"), ["王政", "李心萍", "赵刚"])
        XCTAssertEqual(Layout.creditLine("周晓梅 江城晚报 江城网 掌上江城客户端记者 孙凯"), ["孙凯"], "the outlets that reprint it, apart by spaces")
        XCTAssertEqual(Layout.creditLine("本报记者韩晓燕"), ["韩晓燕"], "no space, a surname")
        XCTAssertEqual(Layout.creditLine("记者/谢明林"), ["谢明林"], "a slash")
        let closing = article("標題\n比赛结束。\n第二段。\n记者/谢明林\n原标题：《两枚金牌》")
        XCTAssertEqual(closing.people.first { $0.text == "谢明林" }?.roles.contains("reporter"), true, "above a line the page adds")
        let caption = article("標題\n正文。\n选手在决赛中。新华社记者 薛宇舸 摄\n第二段。")
        XCTAssertEqual(caption.people.map(\.text), ["薛宇舸"], "a photographer cut short is none of the caption's people")
        XCTAssertNil(Layout.creditLine("本报记者走访发现"), "no space and no surname: a headline")
        XCTAssertNil(Layout.creditLine("记者 王政 报道：今年以来全市经济运行平稳"))
        // what each name did, after a slash: the writer's 文 is no name, the photographer no reporter
        XCTAssertEqual(Layout.creditLine("融媒体记者: 贺德良/文"), ["贺德良"])
        XCTAssertEqual(Layout.creditLine("记者：李明/文 王刚/图"), ["李明"])
        let a = article("小村来了“新农人”\n□本报记者　韩晓燕\n初冬时节，返乡青年张晓军带着村民采摘。\n第二段。")
        XCTAssertNil(a.subtitle)
        try XCTSkipIf(EntityModel.shared == nil, "the tagger's lexicon did not load")
        let reporter = a.people.first { $0.text == "韩晓燕" }
        XCTAssertEqual(reporter?.roles.contains("reporter"), true)
        XCTAssertEqual(reporter?.title, "记者")
        XCTAssertEqual(article("標題\n光明日报记者　詹媛\n会议召开。\n第二段。").people.first { $0.text == "詹媛" }?.org, "光明日报")
    }

    /// Credits may close the last paragraph rather than stand alone, name the paper (本报记者),
    /// and pad a name to three characters (王 静 is 王静).
    func testCreditsThatCloseTheLastParagraph() {
        XCTAssertEqual(Layout.closingCredits("牧民的日子越过越红火。（记者 斯琴高娃 通讯员 王海军）"), ["斯琴高娃", "王海军"])
        XCTAssertEqual(Layout.closingCredits("（本报记者 郭志强 王 静）"), ["郭志强", "王静"])
        XCTAssertEqual(Layout.closingCredits("（记者 王　刚）"), ["王刚"])
        XCTAssertEqual(Layout.closingCredits("会议强调（见附件），要抓好落实。"), [])
        // what each made is no name (罗超/文 龙在全/图), unless it pads one (王 文)
        XCTAssertEqual(Layout.closingCredits("（记者 罗超/文 龙在全/图）"), ["罗超", "龙在全"])
        XCTAssertEqual(Layout.closingCredits("（记者 罗超 文 龙在全 图）"), ["罗超", "龙在全"])
        XCTAssertEqual(Layout.closingCredits("（记者 王 文）"), ["王文"])
        // a reporters' station's 站 after 记者 is no name (中国日报大连记者站 张小敏)
        XCTAssertEqual(Layout.closingCredits("（中国日报大连记者站 张小敏）"), ["张小敏"])
        // names listed before the first role, whose own role is left out: reporters with no title
        XCTAssertEqual(Layout.closingCredits("刘某交代了作案经过。 (李淑芳 李效东 记者 邓伟)"), ["李淑芳", "李效东", "邓伟"])
        let a = article("標題\n民警抓获一名男子。\n刘某交代了作案经过。 (李淑芳 李效东 记者 邓伟)")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map(\.text), ["李淑芳", "李效东", "邓伟"])
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map(\.title), [nil, nil, "记者"])
    }

    /// A bracket of names alone after the last sentence, or as the last line, credits its writers:
    /// two run together are parted, a desk before them is none of them, and an outlet, a place or
    /// a bracket inside the sentence credits no one.
    func testNamesAloneThatCloseTheLastParagraph() {
        XCTAssertEqual(Layout.closingCredits("其他领导也分别进行了慰问。 (许少东 周文)"), ["许少东", "周文"])
        XCTAssertEqual(Layout.closingCredits("(刘芸万兴业)"), ["刘芸", "万兴业"])
        XCTAssertEqual(Layout.closingCredits("全镇上下要紧扣目标。(双河镇  张明远)"), ["张明远"])
        XCTAssertEqual(Layout.closingCredits("他表示不担心治安。(中央社)"), [])
        XCTAssertEqual(Layout.closingCredits("会议由县长主持(王明远)"), [])
        XCTAssertEqual(Layout.closingCredits("一行人来到大同。(大同)"), [])
        // a name padded to three characters' width; one whose surname the extractors leave out
        // beside one that opens with a surname (盛 opens 盛大, 盛开…)
        XCTAssertEqual(Layout.closingCredits("會議專題學習了條例。 (曾 靜)"), ["曾靜"])
        XCTAssertEqual(Layout.closingCredits("会议专题学习了条例。(王海 盛辉)"), ["王海", "盛辉"])
        XCTAssertEqual(Layout.closingCredits("会议专题学习了条例。(完)"), [])
        let a = article("標題\n会议要求，全镇上下要紧扣目标。(许少东 周文)")
        XCTAssertEqual(a.people.map(\.text), ["许少东", "周文"])
        XCTAssertEqual(a.people.map(\.title), ["记者", "记者"])
    }

    /// Under the page's date line (2026年9月26日　来源：新华社) the next paragraph may open with the
    /// dateline, whose reporters are the report's; the page's date is the publication's.
    /// An outlet no list knows ends where the place after it begins (人民法院报|北京, 浙江日报|台州).
    func testADatelinesOutletAndPlace() {
        let court = article("標題\n人民法院报北京11月27日电（记者 孙航）最高人民法院发布案例。\n第二段。")
        XCTAssertEqual(court.dateline?.agency, "人民法院报")
        XCTAssertEqual(court.dateline?.place, "北京")
        XCTAssertEqual(Layout.outlet(openingDateline: "浙江日报台州"), "浙江日报", "台 of 台州 leaves one character")
        XCTAssertEqual(Layout.outlet(openingDateline: "央视新闻伦敦"), "央视新闻", "a place the gazetteer does not know")
        XCTAssertEqual(Layout.outlet(openingDateline: "经济参考"), "经济参考", "no outlet's end: the whole")
    }

    func testADatelineUnderThePagesDateLine() {
        let a = article("標題\n2026年6月3日　新华社\n新华社伊斯坦布尔6月2日电（记者 郑思远）双方举行谈判。\n第二段。")
        XCTAssertEqual(a.dateline?.agency, "新华社")
        XCTAssertEqual(a.dateline?.reporters, ["郑思远"])
        XCTAssertEqual(a.date, "2026-06-03")
        XCTAssertNil(article("標題\n会议召开。\n新华社北京6月2日电 双方举行谈判。").dateline, "only under a date line")
        let sourced = article("標題\n浏览: 来源:江州法制网\n江州法制网讯:(赵玲 李向东)1月8日,民警经工作得知在河北省景县有一王姓男子与刘某疑似。\n第二段。")
        XCTAssertEqual(sourced.dateline?.reporters, ["赵玲", "李向东"], "under a source line, after a colon")
        XCTAssertEqual(sourced.people.map(\.text), ["赵玲", "李向东", "刘某"], "王 of 王姓男子 names no one")
    }

    func testDatesFromMetadataAndText() {
        XCTAssertEqual(article("t\nbody", metadata: ["date": "2024/8/19 10:30"]).date, "2024-08-19")
        XCTAssertEqual(article("t\nbody", metadata: ["date": "2024年8月9日"]).date, "2024-08-09")
        XCTAssertEqual(article("標題\n2023年12月1日，會議召開。").date, "2023-12-01")
        XCTAssertEqual(article("標題\n8月19日，2024年第三次活動舉行。").date, "2024-08-19")
        // a year after the day whose work is reviewed or planned is not the day's
        XCTAssertNil(article("標題\n1月8日，全市召開2025年工作總結會。").date)
        XCTAssertNil(article("標題\n1月8日，全市表彰2025年度先進集體。").date)
        let reviewed = article("標題\n2月10日，會議總結2025年工作，部署2026年重點任務。", metadata: ["date": "2026-02-12"])
        XCTAssertEqual(reviewed.dates.map { $0.value ?? "-" }, ["2026-02-10", "2025", "2026"])
        let dated = article("標題\n1月8日，全市2025年經濟數據發布。", metadata: ["date": "2026-01-10"])
        XCTAssertEqual(dated.dates.first?.value, "2026-01-08", "a dated article's day is near its date, whatever year follows it")
        // a signature's date with its weekday after it
        XCTAssertEqual(article("標題\n議員與主席交流。\n2023年4月16日（星期日）").date, "2023-04-16")
        // and the time on a line of its own under it, as Hong Kong's government signs its releases
        XCTAssertEqual(article("標題\n局長今日（三月五日）與議員會面。\n2024年3月5日（星期二）\n香港時間18時20分").date, "2024-03-05")
        XCTAssertNil(article("標題\n局長與議員會面。\n2024年3月5日（星期二）\n會上，議員提出意見。").date, "a line of text after it")
        let past = article("標題\n5月30日上午，民警发现2013年因伤人被追逃的嫌疑人。")
        XCTAssertNil(past.date)
        XCTAssertNil(past.dates.first?.value)
        XCTAssertEqual(article("標題\n8月19日，活動舉行。", path: "/news/2022/08/a.txt").date, "2022-08-19")
    }

    func testSentencesKeepQuotesAndBracketsWhole() {
        let sentences = Sentences.split("他說：“我們要幹。走吧！”隨後離開。（註：此處有句號。）完")
        XCTAssertEqual(sentences, ["他說：“我們要幹。走吧！”隨後離開。", "（註：此處有句號。）完"])
    }

    func testSentenceOffsetsPointIntoText() {
        let a = article("標題\n第一句。第二句！\n第三句？")
        XCTAssertEqual(a.sentences.map(\.text), ["第一句。", "第二句！", "第三句？"])
        let bytes = Array(a.text.utf8)
        for s in a.sentences {
            XCTAssertEqual(String(decoding: bytes[(s.offset - 1)..<(s.offset - 1 + s.text.utf8.count)], as: UTF8.self), s.text)
        }
        XCTAssertEqual(a.sentences.map(\.paragraph), [1, 1, 2])
    }

    /// Articles keep their sentences as 32-bit numbers, or `Int`s for a body of 4 GiB or more;
    /// both give back every span the splitter found.
    func testKeptSentenceSpansGiveBackTheSplittersSpans() {
        let text = "第一句。 第二句！\n“引號裏。”第三句？\n（括號。）最後" + String(repeating: "長句，", count: 40) + "。"
        let spans = Sentences.spans(of: text)
        XCTAssertEqual(spans.map(\.paragraph), [1, 1, 2, 3])
        let fields = { (span: SentenceSpan) in [span.start, span.end, span.paragraph] }
        for bytes in [text.utf8.count, Int(UInt32.max) + 1] {
            let kept = SentenceSpans(spans, textBytes: bytes)
            XCTAssertEqual(kept.count, spans.count)
            XCTAssertEqual(kept.map(fields), spans.map(fields), "a body of \(bytes) bytes")
        }
        XCTAssertEqual(article("標題\n" + text).sentences.map(\.paragraph), spans.map(\.paragraph))
    }

    func testEnumerationStyles() {
        let a = article("標題\n重點工作：（一）抓招商；（二）抓項目；（三）優環境。\n任務：1.建設園區；2.引進企業。")
        XCTAssertEqual(a.lists.map(\.style), ["（一）", "1."])
        XCTAssertEqual(a.lists[0].items, ["抓招商；", "抓項目；", "優環境。"])
        XCTAssertEqual(a.lists[1].items.count, 2)
        XCTAssertTrue(article("標題\n要統一是非標準。").lists.isEmpty, "統一是 is no marker")
    }

    func testCaptionsAndDeck() {
        let a = article("標題\n李四王五調研\n圖為項目現場。新華社記者 張三 攝\n正文第一段。\n（記者 趙六/攝）")
        XCTAssertEqual(a.subtitle, "李四王五調研")
        XCTAssertEqual(a.captions.map(\.photographer), ["張三", "趙六"])
        XCTAssertEqual(a.paragraphs, ["正文第一段。"])
        let marked = article("標題\n正文第一段。\n农民正在田间播种。（摄影：刘志强）\n图/赵晓东")
        XCTAssertEqual(marked.captions.map(\.photographer), ["刘志强", "赵晓东"], "a credit's mark before the name")
        XCTAssertNil(Layout.creditedAfterMark("他热爱摄影".unicodeScalars), "no name after the mark")
        XCTAssertNil(Layout.creditedAfterMark("毕业后在巴黎的摄影学校研修".unicodeScalars), "摄影 without its colon is a word of the text")
        XCTAssertNil(Layout.creditedAfterMark("结果如图/表所示".unicodeScalars), "a mark that opens no credit")
        XCTAssertNil(Layout.creditedAfterMark("结果如图/赵晓东".unicodeScalars), "a mark inside a word")
        XCTAssertEqual(Layout.creditedAfterMark("农民正在田间播种。摄影：　刘志强".unicodeScalars), "刘志强", "a space after the mark")
        XCTAssertNil(Layout.creditedAfterMark("  • 摄影:医务部".unicodeScalars), "a desk's credit names no person")
    }

    /// The line under the title that gives the page's date, or a dateline, is no deck: the
    /// publication date and the dateline are read from it.
    func testADateLineUnderTheTitleIsNoDeck() {
        let dated = article("省政府召开安全生产会议\n2026年9月2日\n\n9月1日，省政府召开会议。")
        XCTAssertNil(dated.subtitle)
        XCTAssertEqual(dated.date, "2026-09-02")
        let stamped = article("标题\n2026-09-02 10:12\n正文。")
        XCTAssertNil(stamped.subtitle)
        XCTAssertEqual(stamped.date, "2026-09-02")
        XCTAssertEqual(article("标题\n发布时间:2026-09-0210:12:00\n正文。").date, "2026-09-02", "the time run on to the day")
        XCTAssertNil(article("标题\n编号:2026-09-021012\n正文。").date, "five digits after the month are no day")
        let paper = article("标题\n晋中日报 2026年5月12日\n正文。")
        XCTAssertNil(paper.subtitle)
        XCTAssertEqual(paper.date, "2026-05-12")
        let wire = article("标题\n新华社北京10月18日电（记者 王琳琳、李晓）\n正文。")
        XCTAssertNil(wire.subtitle)
        XCTAssertEqual(wire.dateline?.month, 10)
        XCTAssertEqual(wire.dateline?.reporters, ["王琳琳", "李晓"])
        XCTAssertEqual(article("標題\n李四王五調研\n正文。").subtitle, "李四王五調研", "a deck of names stays one")
    }

    /// The page's staff (责任编辑, 责编, 编辑, 审核…) are people with the role "editor" and the
    /// label as their title, wherever the header or footer credits them; a label inside a
    /// sentence (本书主编：) or before no name (编辑：本网) credits no one.
    func testStaffCreditsAreEditors() throws {
        func credited(_ line: String) -> [String] { Layout.staffCredits(line).map { "\($0.title):\($0.name)" } }
        XCTAssertEqual(credited("责编：孙晓明、刘佳怡"), ["责编:孙晓明", "责编:刘佳怡"])
        XCTAssertEqual(credited("审核：钱 勇、黄丽萍"), ["审核:钱勇", "审核:黄丽萍"], "a name padded to three characters is whole")
        XCTAssertEqual(credited("（总台记者 韩明）新闻客户端 【编辑:郭晓】"), ["编辑:郭晓"])
        XCTAssertEqual(credited("[責任編輯: 吳家明 ]"), ["責任編輯:吳家明"])
        XCTAssertEqual(credited("2025-03-02 08:10  来源：新华社  责任编辑：周明 杜海燕"), ["责任编辑:周明", "责任编辑:杜海燕"])
        XCTAssertEqual(credited("初审：马红 复审：林立新"), ["初审:马红", "复审:林立新"])
        XCTAssertEqual(credited("（責編:章立華、羅文）"), ["責編:章立華", "責編:羅文"], "a less common surname, no word")
        XCTAssertEqual(credited("（图文/宣传科 通讯员/陈明辉 审核/钱勇）"), ["审核:钱勇"], "a slash after the label")
        XCTAssertEqual(credited("2024-02-02 17:18:56 编辑: 周心怡 审核人:叶玲芳 阅读次数:998"), ["编辑:周心怡", "审核人:叶玲芳"])
        XCTAssertEqual(credited("编辑:赵艳华责任编辑:徐婷婷"), ["编辑:赵艳华", "责任编辑:徐婷婷"], "a label run on after a name")
        XCTAssertEqual(credited("本书主编：张三"), [], "a label inside a sentence")
        XCTAssertEqual(credited("编辑：本网"), [], "no name")
        try XCTSkipIf(EntityModel.shared == nil, "the tagger's lexicon did not load")
        let a = article("標題\n全县召开安全生产会议，县长王建军出席。\n责编：孙晓明　审核：钱 勇")
        XCTAssertEqual(a.people.filter { $0.roles.contains("editor") }.map { "\($0.title ?? ""):\($0.text)" }, ["责编:孙晓明", "审核:钱勇"])
        XCTAssertFalse(a.people.first { $0.text == "王建军" }?.roles.contains("editor") ?? true)
    }

    /// A header's author is a reporter, titled as the header writes it (作者：董宏计), and a page's
    /// link after the name (打印本页) is no name.
    func testAHeadersAuthorIsAReporter() throws {
        XCTAssertEqual(Layout.staffCredits("来源：新华网 作者：熊立艳   打印本页").map(\.name), ["熊立艳"])
        try XCTSkipIf(EntityModel.shared == nil, "the tagger's lexicon did not load")
        let a = article("標題\n来源:中国道路运输网 作者:董宏计 2017年1月19日14:20\n正文。县长王刚出席。")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map { "\($0.title ?? ""):\($0.text)" }, ["作者:董宏计"])
        XCTAssertFalse(a.people.contains { $0.roles.contains("editor") })
        // so is one a header line names below the date line, whatever the surname (计 is a rare one)
        let below = article("標題\n2020-12-22 中国生物技术网\n作者:计红艳 来源:科学网\n正文。县长王刚出席。")
        XCTAssertEqual(below.people.filter { $0.roles.contains("reporter") }.map { "\($0.title ?? ""):\($0.text)" }, ["作者:计红艳"])
    }

    /// Credits the last line closes with, whatever the page prints after them (the outlet, its
    /// staff), and the outlet the role opens with: （总台记者 刘明 陈涛）央视新闻客户端 【编辑：叶晨】.
    func testClosingCreditsBeforeTheOutletAndItsEditor() throws {
        XCTAssertEqual(Layout.closingCredits("（总台记者 刘明 陈涛）央视新闻客户端 【编辑：叶晨】"), ["刘明", "陈涛"])
        XCTAssertEqual(Layout.closingCredits("（记者 刘明）【编辑：叶晨】"), ["刘明"])
        XCTAssertEqual(Layout.closingCredits("（记者 刘明）会议还决定，明年继续举办。"), [])
        // a bracket of names the page's source and staff lines follow closes the report all the same
        try XCTSkipIf(EntityModel.shared == nil, "the tagger's lexicon did not load")
        let page = article("標題\n镇里为退伍军人免费拍照。\n（汪文奇武时雨）\n来源：国防时报\n编辑：邱兵\n编审：许小娟")
        XCTAssertEqual(page.people.filter { $0.roles.contains("reporter") }.map(\.text).sorted(), ["武时雨", "汪文奇"].sorted())
        XCTAssertEqual(page.people.filter { $0.roles.contains("editor") }.map(\.text).sorted(), ["许小娟", "邱兵"].sorted())
    }

    /// A photo's credit with its agency in brackets after it (赵宏亮摄（人民视觉）) ends a caption.
    func testAPhotoCreditBeforeItsAgency() {
        XCTAssertEqual(Layout.caption("驻村第一书记王磊在田间查看长势。 赵宏亮摄（人民视觉）")?.photographer, "赵宏亮")
        XCTAssertEqual(Layout.caption("村民在合作社分拣猕猴桃。 孙 悦攝(影像中國)")?.photographer, "孙悦")
        XCTAssertEqual(Layout.caption("项目现场。台传媒记者陈 远摄")?.photographer, "陈远", "a padded name right after the credit's title")
        XCTAssertNil(Layout.caption("项目现场。台传媒记者陈远 梁摄")?.photographer, "one character after a name is none")
        XCTAssertNil(Layout.caption("会议强调，要抓好安全生产（见附件）"), "a bracket after no credit")
    }

    /// The source named in a byline among the first lines, wherever the line puts it.
    func testTheSourceIsReadFromABylineAmongTheFirstLines() {
        XCTAssertEqual(article("标题\n2026-08-28 来源：运城新闻网\n正文。").sourceName, "运城新闻网")
        XCTAssertEqual(article("标题\n发布时间：2026-10-28 16:30　来源：县统计局　作者：张三\n正文。").sourceName, "县统计局")
        XCTAssertNil(article("标题\n第一段。\n第二段。\n第三段说明来源：网络。").sourceName, "a body sentence is no byline")
        XCTAssertNil(article("标题\n数据来源：国家统计局\n正文。").sourceName, "a figure's source is not the report's")
        XCTAssertEqual(article("标题\n正文。 文章来源:晋中发布,若有侵权,请联系删除!").sourceName, "晋中发布", "the name ends at a clause's mark")
        XCTAssertNil(article("標題\n圖片來源：網絡\n正文。").sourceName)
        XCTAssertEqual(article("标题\n运城新闻网讯 8月26日，签约仪式在运城举行。").sourceName, "运城新闻网", "an outlet's dateline with no reporters")
        XCTAssertEqual(article("標題\n晉中日報訊近日，項目開工。").sourceName, "晉中日報")
        XCTAssertNil(article("标题\n中国移动通讯网络覆盖全县。").sourceName, "no outlet's name")
        let beside = article("标题\n2026-10-28　大同日报　记者 王晓东\n正文。")
        XCTAssertEqual(beside.sourceName, "大同日报", "an outlet's name beside a page's date")
        XCTAssertEqual(beside.organisations.map(\.text), ["大同日报"], "one body, which the tagger may cut after its place")
        XCTAssertEqual(article("标题\n长治日报　2026年9月10日　记者 牛晓峰\n正文。").sourceName, "长治日报")
        XCTAssertEqual(article("标题\n2026年8月19日　阳城县融媒体中心\n正文。").sourceName, "阳城县融媒体中心")
        XCTAssertNil(article("标题\n2026年9月10日　星期四　记者 牛晓峰\n正文。").sourceName, "no field names an outlet")
        let own = article("标题\n本报讯（记者 孙丽娜）近日，项目开工。\n来源：大同日报")
        XCTAssertEqual(own.dateline?.reporters, ["孙丽娜"])
        XCTAssertEqual(own.sourceName, "大同日报", "本报, this paper, names no source")
    }

    /// The raw text is not kept but rebuilt from the stored body and other lines: every part
    /// of a report must come back in its place, whichever role its line had.
    func testTheRawTextIsRebuiltFromEveryKindOfLine() {
        let raw = "  標題  \r\n李四王五調研\n\n圖為項目現場。新華社記者 張三 攝\n\u{3000}\u{3000}正文發(fā)展  第一段。\\n第二段\t末尾。 \n"
            + "責任編輯：王某\n第三段結束。\n（記者 趙六/攝）\r\n掃一掃在手機上查看當前頁面\u{2028}"
        let a = article(raw)
        XCTAssertEqual(Array(a.raw.utf8), Array(raw.utf8))
        XCTAssertEqual(a.title, "標題")
        XCTAssertEqual(a.subtitle, "李四王五調研")
        XCTAssertEqual(a.captions.map(\.photographer), ["張三", "趙六"])
        XCTAssertEqual(a.boilerplate, ["責任編輯：王某", "掃一掃在手機上查看當前頁面"])
        XCTAssertEqual(a.text, "正文發展 第一段。\n第二段 末尾。\n第三段結束。")
        let titled = article("標題\n正文。", metadata: ["title": "標題"])
        XCTAssertEqual(titled.raw, "標題\n正文。", "a first line repeating the metadata title comes back too")
        XCTAssertEqual(titled.paragraphs, ["正文。"])
        XCTAssertEqual(article("").raw, "")
    }

    func testNumbers() {
        func first(_ text: String) -> Amount? { Numbers.find(in: text).first }
        XCTAssertEqual(first("共投入三千萬元")?.value, 30_000_000)
        XCTAssertEqual(first("投資1.5億元")?.value, 150_000_000)
        XCTAssertEqual(first("合同額2,500萬美元")?.unit, "美元")
        XCTAssertEqual(first("合同額2,500萬美元")?.value, 25_000_000)
        XCTAssertEqual(first("增長12.5%")?.kind, .percent)
        XCTAssertEqual(first("年產1.2萬噸")?.value, 12_000)
        XCTAssertEqual(first("項目二十個")?.value, 20)
        for none in ["第三次會議", "二十屆三中全會", "“一號工程”", "四大賽道", "“三個一批”", "一批項目", "2024年8月19日"] {
            XCTAssertEqual(Numbers.find(in: none).count, 0, "\(none): \(Numbers.find(in: none).map(\.text))")
        }
        XCTAssertEqual(Numbers.find(in: "200MW/800MWh").map(\.unit), ["MW", "MWh"])
    }

    /// 图为 opens a caption in every form OpenCC may write it (圖為, 圖爲).
    func testEveryFormOfTuWeiOpensACaption() {
        for opening in ["图为", "圖為", "圖爲"] {
            let a = Article(ArticleSource(path: "x.txt"), raw: "標題\n正文第一段。\n\(opening)工作人員走訪居民。（資料圖）\n正文第二段。")
            XCTAssertEqual(a.captions.map(\.text), ["\(opening)工作人員走訪居民。（資料圖）"], opening)
            XCTAssertEqual(a.paragraphs.count, 2, opening)
        }
    }

    /// A file whose first line opens with a dateline was scraped without its headline: that
    /// line is the body's, and gives the reporters and the date.
    func testAFirstLineThatOpensWithADatelineIsNoTitle() {
        let a = Article(ArticleSource(path: "x.txt"), raw: "新华社北京6月5日电（记者 王雨萧）记者5日从商务部获悉，外资稳中有进。\n商务部新闻发言人何亚东表示欢迎。")
        XCTAssertEqual(a.title, "")
        XCTAssertEqual(a.paragraphs.count, 2)
        XCTAssertTrue(a.people.first { $0.text == "王雨萧" }?.roles.contains("reporter") == true)
        let titled = Article(ArticleSource(path: "x.txt"), raw: "商务部：外资稳中有进\n新华社北京6月5日电（记者 王雨萧）记者5日从商务部获悉。")
        XCTAssertEqual(titled.title, "商务部：外资稳中有进")
    }

    /// A first line that reads as a paragraph (a post of one line: a sentence goes on after its
    /// end, or a full stop) is the body's; a headline that asks or exclaims is still a title, and so
    /// is one that opens with a short cry, or whose halves a space parts after a question.
    func testAFirstLineThatReadsAsAParagraphIsNoTitle() {
        let post = Article(ArticleSource(path: "x.txt"), raw: "#大同黄花# 今天去了云州区的黄花田，一眼望不到边！推荐大家七月来，最佳观赏期。")
        XCTAssertEqual(post.title, "")
        XCTAssertEqual(Article(ArticleSource(path: "x.txt"), raw: "今天去哪里玩好呢? 我想了想，还是去云州区看黄花\n正文。").title, "",
                       "a question a space parts from a sentence with a comma")
        XCTAssertEqual(post.paragraphs.count, 1)
        XCTAssertTrue(post.places.contains { $0.text == "云州区" })
        for headline in ["如何让山西好物走向世界？", "山西：奋力谱写新篇章！", "商务部：外资稳中有进", "全面启动！第二批督察组将进驻这五个省",
                         "新区扩容年内提速? 区长:明年完成全部规划"] {
            XCTAssertEqual(Article(ArticleSource(path: "x.txt"), raw: headline + "\n正文。").title, headline)
        }
        let claim = "总投资约62亿!2026年度重点招商引资项目发布"
        XCTAssertEqual(Article(ArticleSource(path: "x.txt"), raw: claim + "\n来源：三湘都市报 时间：2026-05-29 21:58\n正文。").title, claim,
                       "a cry anywhere in a line the page's date line is under")
    }

    /// An outlet's name in a dateline has two characters or more: 臺海網 is no outlet 臺 and a place.
    func testAnOutletOfOneCharacterIsNone() {
        XCTAssertEqual(article("標題\n臺海網1月30日訊（記者 房舒）昨日，演練舉行。").dateline?.agency, "臺海網")
        XCTAssertEqual(article("標題\n中新网江苏新闻1月15日电（记者 崔佳明）签约仪式举行。").dateline?.agency, "中新网")
        let online = article("標題\n浙江在线阿克苏3月7日讯（特派记者 赵磊）会议召开。").dateline
        XCTAssertEqual([online?.agency, online?.place], ["浙江在线", "阿克苏"])
    }

    /// Those who report a story, credited as Taiwan's and Hong Kong's papers do, under the
    /// headline or opening the first paragraph, are its reporters; a paragraph on what another
    /// outlet reported credits no one.
    func testReportedByCredits() {
        let a = article("標題\n即時中心／潘柏廷、謝宛錚報導\n國民黨主席鄭麗文今日下午前往台北。")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map(\.text), ["潘柏廷", "謝宛錚"])
        XCTAssertEqual(a.people.first { $0.text == "潘柏廷" }?.title, "記者")
        let b = article("標題\n譚倩、殷君發、王旋報道：7月8日上午，義診活動在衡陽舉行。")
        XCTAssertEqual(b.people.map(\.title), ["記者", "記者", "記者"])
        XCTAssertNil(Layout.reportedBy("据新华社报道，会议召开。"))
        XCTAssertNil(Layout.reportedBy("王刚报道说，会议召开。"))
    }

    /// A dated dateline's bracket may give the reporters' names alone, each opening with a surname;
    /// a bracket of places or desks names no one.
    func testADatelinesBracketOfNamesAlone() {
        let a = article("標題\n中新網北京3月5日電(葉文傑 洪寶琳)國務院今日召開常務會議。")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map { "\($0.text):\($0.title ?? "")" }, ["葉文傑:記者", "洪寶琳:記者"])
        let b = article("标题\n新华网武汉3月8日电（石永红、钱立新）湖北省政府与中国银行签署协议。")
        XCTAssertEqual(b.people.filter { $0.roles.contains("reporter") }.map { "\($0.text):\($0.title ?? "")" }, ["石永红:记者", "钱立新:记者"])
        XCTAssertEqual(article("标题\n新华社北京3月8日电（北京 上海）两地签署合作协议。").people.filter { $0.roles.contains("reporter") }.map(\.text), [])
    }

    /// A byline's bracket may give the reporters' names alone, and its outlet a place after it.
    func testABylinesBracketOfNamesAlone() {
        let a = article("标题\n本報訊 (薛明志)4月20日,縣長許立新到縣信訪大廳接訪。")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map { "\($0.text):\($0.title ?? "")" }, ["薛明志:記者"])
        let b = article("标题\n映象网开封讯(崔明远 张丽荣)2月13日上午,开封市实验小学举行开学典礼。")
        XCTAssertEqual(b.people.filter { $0.roles.contains("reporter") }.map(\.text), ["崔明远", "张丽荣"])
        XCTAssertEqual(b.dateline?.agency, "映象网")
        XCTAssertEqual(b.dateline?.place, "开封")
    }

    /// A byline's 讯 may open the line that names who reports (本报讯 记者林晓峰报道 近日,…), and the
    /// page's checker is staff (审稿:).
    func testBylinesReportersAndCheckers() {
        let a = article("标题\n本报讯 记者林晓峰报道 近日,江城在南京举行招商推介会。")
        XCTAssertEqual(a.people.filter { $0.roles.contains("reporter") }.map(\.text), ["林晓峰"])
        let b = article("标题\n支部开展主题党日活动。\n撰稿:杨明\n审稿:刘芳")
        XCTAssertEqual(b.people.filter { $0.roles.contains("editor") }.map { "\($0.text):\($0.title ?? "")" }, ["刘芳:审稿"])
    }

    /// A page's source field left empty (来源：作者：) names no source; one with the next field run
    /// on without a space is the name before that field's label.
    func testAnEmptySourceFieldNamesNone() {
        XCTAssertNil(Article.credit("更新时间:2018-11-18浏览次数:来源:作者: 字体[ 大 中 小 ]"))
        XCTAssertEqual(Article.credit("来源：新华社作者：李明"), "新华社")
        XCTAssertEqual(Article.credit("发布时间：2026-10-28 来源：县统计局 记者 王刚"), "县统计局")
    }
}

/// Word boundaries kept a bit a scalar must give back exactly the words segmentation made.
final class WordEndsTests: XCTestCase {
    func testBitsGiveBackTheEnds() {
        let ends: [UInt32] = [1, 3, 63, 64, 65, 3 + 254 + 255, 70_000, 70_001]
        XCTAssertEqual(WordEnds.ends(WordEnds.compact(ends, scalars: 70_001)), ends)
        XCTAssertEqual(WordEnds.compact(ends, scalars: 70_001).count, (70_001 + 63) / 64, "a bit a scalar")
        XCTAssertEqual(WordEnds.ends(WordEnds.compact([], scalars: 0)), [])
    }

    func testAnArticlesWordsAreTheSameTheSecondTime() throws {
        let article = Article(ArticleSource(path: "x.txt"), raw: "标题\n我市与全省同步举行开发区活动。" + String(repeating: "a", count: 300) + " 項目")
        let first = try article.words(), second = try article.words()
        XCTAssertEqual(first.ends, second.ends)
        XCTAssertEqual((0..<first.ends.count).map(first.text), ["标题", "\n", "我市", "与", "全省", "同步", "举行", "开发区", "活动", "。",
                                                                String(repeating: "a", count: 300), " ", "項目"])
    }
}
