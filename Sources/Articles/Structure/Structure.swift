import Foundation
import Text

/// A photo caption and who took the photo ("…儀式。張燕偉攝" gives 張燕偉).
public struct Caption: Equatable {
    public var text: String
    public var photographer: String?
}

/// "中新網溫州10月11日電 (記者 李婷婷)": who filed the report, from where, when, by whom.
public struct Dateline: Equatable {
    public var text: String
    public var agency: String
    public var place: String?
    public var month: Int
    public var day: Int
    public var reporters: [String]
}

/// An article's clean lines sorted into title, deck, captions, body paragraphs and boilerplate,
/// and stored once. The body (paragraphs joined by "\n") is one string, `text`, which every
/// offset points into; the other lines share a second string. The raw text is not kept but
/// rebuilt from both (`RawRecipe`), so an article holds its words about once.
public struct Layout {
    /// The paragraphs joined by "\n": `a.text`.
    public let text: String
    private let paragraphRanges: [Range<Int>]
    /// Title, deck, captions and boilerplate lines, in the order the article had them.
    private let aside: String
    private let givenTitle: String?
    private let titleRange: Range<Int>?
    private let subtitleRange: Range<Int>?
    private let captionParts: [(range: Range<Int>, photographer: String?)]
    private let boilerplateRanges: [Range<Int>]
    private let recipe: RawRecipe
    /// Photographers credited at the end of a body paragraph too long to be a caption.
    public let bodyPhotographers: [String]
    public let pinyinRemoved: Int
    public let breaksAdded: Int

    /// Cleans `raw` and sorts its lines. `givenTitle` (from metadata) wins over the first line.
    public init(raw: String, givenTitle: String?) {
        let cleaned = Cleaner.clean(raw)
        let roles = Layout.roles(of: cleaned, givenTitle: givenTitle)
        var body = PartBuilder(), aside = PartBuilder()
        var placements: [(cleaned: Int, part: Int, offset: Int)] = []
        var paragraphs: [Range<Int>] = [], captions: [(Range<Int>, String?)] = [], boilerplate: [Range<Int>] = []
        var title: Range<Int>?, subtitle: Range<Int>?, photographers: [String] = []
        for (line, role) in roles {
            let bytes = cleaned.substring(line).utf8
            if case .paragraph(let photographer) = role {
                let range = body.add(bytes)
                paragraphs.append(range)
                photographers += photographer.map { [$0] } ?? []
                placements.append((line.lowerBound, 0, range.lowerBound))
                continue
            }
            let range = aside.add(bytes)
            placements.append((line.lowerBound, 1, range.lowerBound))
            switch role {
            case .title: title = range
            case .subtitle: subtitle = range
            case .caption(let photographer): captions.append((range, photographer))
            case .boilerplate: boilerplate.append(range)
            case .repeatedTitle, .paragraph: break
            }
        }
        text = body.string
        self.aside = aside.string
        paragraphRanges = paragraphs
        self.givenTitle = givenTitle.flatMap { $0.isEmpty ? nil : $0 }
        titleRange = title
        subtitleRange = subtitle
        captionParts = captions
        boilerplateRanges = boilerplate
        bodyPhotographers = photographers
        pinyinRemoved = cleaned.pinyinRemoved
        breaksAdded = cleaned.breaksAdded
        recipe = RawRecipe(raw: raw, copies: cleaned.copies, place: Layout.placing(placements))
    }

    public var title: String { givenTitle ?? titleRange.map { aside.slice($0) } ?? "" }
    public var subtitle: String? { subtitleRange.map { aside.slice($0) } }
    public var captions: [Caption] { captionParts.map { Caption(text: aside.slice($0.range), photographer: $0.photographer) } }
    public var paragraphs: [String] { paragraphRanges.map { text.slice($0) } }
    /// Lines taken out of the body: share links, credits, "掃一掃…".
    public var boilerplate: [String] { boilerplateRanges.map { aside.slice($0) } }
    /// The text exactly as loaded, before cleaning.
    public var raw: String { recipe.rebuild([text, aside]) }

    /// What a clean line is. A body paragraph may end in a photographer's credit.
    enum Role {
        case title, subtitle, repeatedTitle, boilerplate
        case caption(photographer: String?)
        case paragraph(photographer: String?)
    }

    /// Every clean line (content and boilerplate) with its role, in the order of the text.
    static func roles(of cleaned: CleanedText, givenTitle: String?) -> [(line: Range<Int>, role: Role)] {
        var content: [(Range<Int>, Role)] = []
        var rest = cleaned.lineRanges[...]
        if let givenTitle, !givenTitle.isEmpty {
            if let first = rest.first, cleaned.substring(first) == givenTitle { content.append((first, .repeatedTitle)); rest = rest.dropFirst() }
        } else if let first = rest.first, Layout.dateline(String(cleaned.substring(first))) == nil,
                  !readsAsParagraph(cleaned.substring(first), dated: line(below: first, in: cleaned).map(isDateLine) ?? false) {
            // a first line that opens with a dateline (新华社北京6月5日电…), or reads as a paragraph
            // (a post of one line), is a report's first paragraph, scraped without its headline:
            // the article has no title
            content.append((first, .title))
            rest = rest.dropFirst()
        }
        if let first = rest.first, rest.count > 1, Layout.isDeck(cleaned.substring(first)) {
            content.append((first, .subtitle))
            rest = rest.dropFirst()
        }
        for range in rest {
            let line = cleaned.substring(range)
            if let caption = Layout.caption(line) {
                content.append((range, .caption(photographer: caption.photographer)))
            } else {
                content.append((range, .paragraph(photographer: Layout.credit(line)?.photographer)))
            }
        }
        let boilerplate = cleaned.boilerplateRanges.map { ($0, Role.boilerplate) }
        return (content + boilerplate).sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// The line right below `line`, body or boilerplate (a date line with the source is taken out).
    static func line(below line: Range<Int>, in cleaned: CleanedText) -> Substring? {
        (cleaned.lineRanges + cleaned.boilerplateRanges).filter { $0.lowerBound >= line.upperBound }
            .min { $0.lowerBound < $1.lowerBound }.map(cleaned.substring)
    }

    /// Whether a line reads as a paragraph, not a headline: it holds a full stop, goes on after a
    /// sentence's end (…望不到边！@大同文旅 推荐…), or is longer than headlines are. A short cry
    /// that opens a headline is no sentence of a paragraph (全面启动！第二轮…督察组将进驻这5省), nor
    /// is any cry of a line the page's date line is `dated` under (总投资约6247.76亿!2023年度…发布),
    /// nor a question or cry a space parts from the rest of a line with no comma, as headlines
    /// part their halves (選前關頭辭立委? 蔣萬安:該做的事都會做): a paragraph's sentences run on.
    static func readsAsParagraph(_ line: Substring, dated: Bool = false) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 80 else { return true }
        let headlineHalves = !scalars.contains(where: commas.contains)
        return scalars.indices.contains { i in
            scalars[i] == "。" || (!dated && sentenceEnds.contains(scalars[i]) && scalars.count - i > 10 && i > headlineCry
                && !(headlineHalves && i + 1 < scalars.count && scalars[i + 1].properties.isWhitespace))
        }
    }

    static let commas: Set<Unicode.Scalar> = ["，", ","]

    /// Characters, at most, of the cry some headlines open with (重磅！, 全面启动！, 好消息！).
    static let headlineCry = 6

    /// Maps an offset of the cleaned text to where its line was stored. Lines are sorted by
    /// where they start, so a binary search finds the line holding the offset.
    static func placing(_ placements: [(cleaned: Int, part: Int, offset: Int)]) -> (Int) -> RawRecipe.Placement {
        { offset in
            var low = 0, high = placements.count  // first line starting after `offset`
            while low < high {
                let middle = (low + high) / 2
                if placements[middle].cleaned <= offset { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return (0, 0) }
            let line = placements[low - 1]
            return (line.part, line.offset + offset - line.cleaned)
        }
    }

    /// One stored part, built line by line: lines joined by "\n", each line's byte range kept.
    struct PartBuilder {
        private var bytes: [UInt8] = []

        mutating func add(_ line: Substring.UTF8View) -> Range<Int> {
            if !bytes.isEmpty { bytes.append(0x0A) }
            let start = bytes.count
            bytes += line
            return start..<bytes.count
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// A deck line: short, no sentence punctuation, not a caption, and not the page's date
    /// line, a dateline (新华社北京10月18日电（记者 王琳琳）) or a line of credits (本报记者　韩晓燕),
    /// which are body lines the publication date and the reporters are read from.
    static func isDeck(_ line: Substring) -> Bool {
        line.unicodeScalars.count <= 30 && !line.unicodeScalars.contains { sentenceMarks.contains($0) } && caption(line) == nil
            && line.unicodeScalars.contains(where: Han.isHan) && !holdsFullDate(line) && dateline(String(line)) == nil
            && creditLine(line) == nil
    }

    /// Whether a line is a page's date line: short, with a full date (2026年9月26日 来源：新华社).
    static func isDateLine(_ line: Substring) -> Bool { line.unicodeScalars.count <= 60 && holdsFullDate(line) }

    /// Whether a line is a page's line of fields above the report: its date line, or a short line
    /// that names the source (浏览: 来源:山东法制传媒网).
    static func isHeaderLine(_ line: Substring) -> Bool {
        isDateLine(line) || (line.unicodeScalars.count <= 60 && sourceLabels.contains { line.contains($0) })
    }

    static let sourceLabels = ["来源：", "来源:", "來源：", "來源:"]

    /// Whether a line holds a date with its year and day (2026年9月2日, 晋中日报 2026-09-02 10:12):
    /// under a title, that is the page's date line.
    static func holdsFullDate(_ line: Substring) -> Bool {
        guard line.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        return Dates.stated(String(line), source: .byline)?.day != nil
    }

    static let sentenceMarks: Set<Unicode.Scalar> = Set("。！？!?；;：:".unicodeScalars)
    static let creditMarks: Set<Unicode.Scalar> = ["攝", "摄"]

    /// A caption is short (at most 120 characters and two sentences) and ends with 攝/摄 (a
    /// photo credit, maybe closed by "）" or "。") or starts with 圖為/图为. A longer line that
    /// ends in a credit is body text that names its photographer (see `credit`).
    static func caption(_ line: Substring) -> Caption? {
        guard let credit = credit(line), line.unicodeScalars.count <= 120,
              line.unicodeScalars.lazy.filter({ sentenceEnds.contains($0) }).count <= 2 else { return nil }
        return credit
    }

    static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？!?".unicodeScalars)

    /// A line that ends in a photo credit (…張燕偉攝) or opens with 圖為 (`photoOpening`): the caption it would
    /// be. Only the line's last characters are looked at.
    static func credit(_ line: Substring) -> Caption? {
        let scalars = line.unicodeScalars
        var end = beforeAgency(scalars)
        while end > scalars.startIndex, closingMarks.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        if end > scalars.startIndex, creditMarks.contains(scalars[scalars.index(before: end)]) {
            let credit = String(scalars[..<scalars.index(before: end)])
            return Caption(text: String(line), photographer: photographer(in: credit))
        }
        if let name = creditedAfterMark(scalars[..<end]) { return Caption(text: String(line), photographer: name) }
        if ScannedText.fold(String(line.prefix(2))) == photoOpening { return Caption(text: String(line), photographer: nil) }
        return nil
    }

    /// Where a photo's credit ends that names the agency after it in brackets (赵宏亮摄（人民视觉）,
    /// 孙 悦攝(影像中國)): at the bracket; else the line's end.
    static func beforeAgency(_ scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index {
        let trimmed = scalars.reversed().drop { $0.properties.isWhitespace }
        guard let last = trimmed.first, last == ")" || last == "）",
              let open = trimmed.prefix(12).firstIndex(where: { $0 == "(" || $0 == "（" }) else { return scalars.endIndex }
        let bracket = scalars.index(before: open.base)
        guard bracket > scalars.startIndex, creditMarks.contains(scalars[scalars.index(before: bracket)]) else { return scalars.endIndex }
        return bracket
    }

    /// The name that ends `scalars` after a mark of a photo's credit (（摄影：刘志强）, 图/赵晓东): two to
    /// four Han characters, or nil. Every paragraph is asked, so only its last characters are read.
    static func creditedAfterMark<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> String? {
        var start = scalars.endIndex, length = 0
        while start > scalars.startIndex, length < 4, Han.isHan(scalars[scalars.index(before: start)].value) {
            start = scalars.index(before: start)
            length += 1
        }
        guard length >= 2 else { return nil }
        var markEnd = start
        while markEnd > scalars.startIndex, scalars[scalars.index(before: markEnd)].properties.isWhitespace {
            markEnd = scalars.index(before: markEnd)
        }
        // the mark opens the credit: at the line's start, or after a bracket, a space or a sentence (not 如图/表所示)
        for mark in photoCreditMarks {
            guard let markStart = scalars.start(ofSuffix: mark, endingAt: markEnd) else { continue }
            guard markStart == scalars.startIndex || creditOpeners.contains(scalars[scalars.index(before: markStart)]) else { return nil }
            let name = String(String.UnicodeScalarView(scalars[start...]))
            return isDesk(name) ? nil : name
        }
        return nil
    }

    /// Whether a credited name is a desk's (摄影：医务部, 图/宣传科): a word of the dictionary and the
    /// character that closes a department's name.
    static func isDesk(_ name: String) -> Bool {
        let scan = ScannedText(name)
        return scan.count >= 3 && deskEnds.contains(scan.units[scan.count - 1]) && Entities.wordClass(scan, 0..<(scan.count - 1)) != nil
    }

    static let deskEnds = ScannedText.units(of: "部科室处办组")

    /// With its colon or slash: 摄影 alone is a word of the text (摄影学校研修).
    static let photoCreditMarks = ["摄影：", "摄影:", "攝影：", "攝影:", "图/", "图／", "圖/", "圖／"].map { Array($0.unicodeScalars) }

    /// What may stand before a photo credit's mark: a bracket, a space or a sentence's end.
    static let creditOpeners: Set<Unicode.Scalar> = Set("（( 。\u{3000}\t".unicodeScalars)

    /// 图为, folded: 圖為 and OpenCC's 圖爲 open captions too.
    static let photoOpening = ScannedText.fold("图为")

    static let closingMarks: Set<Unicode.Scalar> = Set("）)。 ".unicodeScalars)

    static let creditTitles = ["本報記者", "本报记者", "新華社記者", "新华社记者", "通訊員", "通讯员", "記者", "记者", "攝影", "摄影"]

    /// The name before 攝: the last run of Han characters, without a job title, 2 to 4 long; a
    /// name padded to three characters (孙 悦攝, 台传媒记者王 超摄) is whole.
    static func photographer(in text: String) -> String? {
        let reversed = text.reversed().drop { $0 == " " || $0 == "/" || $0 == "／" }
        let tail = reversed.prefix { Han.isHan($0) }
        var name = String(tail.reversed())
        let rest = reversed.dropFirst(tail.count)
        if tail.count == 1, let space = rest.first, space == " " || space == "\u{3000}", let first = rest.dropFirst().first, Han.isHan(first) {
            // the surname stands alone, or right after the credit's title
            let before = String(rest.dropFirst(2).reversed())
            if before.last.map({ !Han.isHan($0) }) ?? true || creditTitles.contains(where: before.hasSuffix) { name = String(first) + name }
        }
        for title in creditTitles where name.hasPrefix(title) { name.removeFirst(title.count) }
        if name.count > 4, let split = creditTitles.compactMap({ name.range(of: $0) }).last {
            name = String(name[split.upperBound...])
        }
        return (2...4).contains(name.count) ? name : nil
    }

    static let agencies = ["新華社", "新华社", "中新網", "中新网", "中新社", "人民網", "人民网", "央視網", "央视网",
                           "中國新聞網", "中国新闻网", "光明網", "光明网", "澎湃新聞", "澎湃新闻", "本報", "本报", "本網", "本网"]
    /// A bracket of credits, the names in its group: （记者 孙丽娜 通讯员 赵子轩）, （本报记者 郭志强）,
    /// (融媒体中心记者陈晶: the desk before the role), or names before 报道 (（赵丽华 报道）).
    static let credits = #"[(（](?:本報|本报|本台|本網|本网|(?!記者|记者|通訊員|通讯员)\p{Han}{1,8}?(?=記者|记者|通訊員|通讯员))?((?:記者|记者|通訊員|通讯员)[^)）]{1,40}|\p{Han}{2,4}(?:[\s、，,]+\p{Han}{2,4}){0,3}\s*"#
        + #"(?:报道|報導|報道))[)）]"#
    // Constant patterns, which no input reaches: compiled once, and every test that reads a
    // dateline compiles them.
    /// Month and day in digits or in Chinese numerals (中新社臺北三月五日電).
    /// A bracket of names alone after a dateline (新华网武汉3月8日电（石永红、钱立新）, 本报讯 (薛明志)).
    static let namesAloneBracket = #"[(（](\p{Han}{2,3}(?:[\s、，,]+\p{Han}{2,3}){0,3})[)）]"#
    static let datelinePattern = try! NSRegularExpression(pattern: #"^【?([^\s，。,、【】]{2,14}?)(\d{1,2}|[一二三四五六七八九十〇]{1,3})月(\d{1,2}|[一二三四五六七八九十〇]{1,3})日(?:電|电|訊|讯)】?\s*(?:"# + credits
        + "|" + namesAloneBracket + ")?")
    /// The dateline of local papers, with no date: 本报讯（记者 孙丽娜 通讯员 赵子轩）, 本报讯 (薛明志),
    /// 天健网消息（记者 冉嬛）, 法制传媒网讯:(赵琳 李向强). The reporters' bracket is required, so that no sentence starting
    /// 国家电网 or 最新消息 reads as one. A constant pattern, as the one above: no input reaches its `try!`.
    static let bylinePattern = try! NSRegularExpression(pattern: #"^【?([^\s，。,、()（）【】:：]{1,12}?)(?:訊|讯|消息)】?[:：]?\s*(?:"# + credits + "|" + namesAloneBracket + ")")
    /// The dateline of an outlet that names no reporters: 运城新闻网讯, 晋中日报讯. The name must
    /// end as an outlet's does (网, 报, 台, 社, 刊), so that 中国移动通讯 reads as none, and 讯
    /// may not open a word (国家电网讯息). A constant pattern, as the two above: no input reaches its `try!`.
    static let outletPattern = try! NSRegularExpression(pattern: #"^【?([^\s，。,、()（）【】]{1,12}?(?:網|网|報|报|臺|台|社|刊))(?:訊|讯)(?![息号號])】?\s*"#)
    /// The credits a report may close with, on its last line or at the end of it: （记者 王佳琪 刘晓东）,
    /// with the outlet the role may open with (（总台记者 刘明 陈涛）) or names before it (group 1:
    /// （李淑琴 李效民 记者 邓维）), and what a page may print after
    /// them: the outlet's name, a bracket of its staff (…）央视新闻客户端 【编辑:叶晨】).
    /// A constant pattern, as the others: no input reaches its `try!`.
    static let closingCreditsPattern = try! NSRegularExpression(pattern: #"[(（](?:《[^》]{1,12}》)?(?:\p{Han}{0,6}?|((?:\p{Han}{2,4}[\s、，,]+){1,4}))((?:記者|记者|通訊員|通讯员)[^)）]{1,40})[)）]"#
        + #"(?:\s*\p{Han}{1,10}(?:客户端|客戶端|网|網|报|報|台|臺|社|新闻|新聞))?(?:\s*[【\[(（][^】\]）)]{1,24}[】\]）)])?\s*$"#)

    static func dateline(_ paragraph: String) -> Dateline? {
        // cheap test first: a dateline has 日 then 電/电/訊/讯 within its first 24 characters
        let head = paragraph.unicodeScalars.prefix(24)
        guard let day = head.firstIndex(of: "日"), let mark = head[day...].dropFirst().first,
              "電电訊讯".unicodeScalars.contains(mark) else { return byline(paragraph) }
        let range = NSRange(paragraph.startIndex..., in: paragraph)
        guard let match = datelinePattern.firstMatch(in: paragraph, options: [], range: range) else { return byline(paragraph) }
        func group(_ i: Int) -> String? { captured(i, of: match, in: paragraph) }
        let (agency, place) = outletAndPlace(opening: group(1) ?? "")
        let reporters = reporterNames(group(4) ?? "") + namesAlone(group(5))
        // \d also matches full-width and other decimal digits: read them through the scan's folding
        func number(_ i: Int) -> Int {
            let units = ScannedText(group(i) ?? "").units
            if let first = units.first, Numerals.isChineseNumeral(first) { return Numerals.value(units[...]) ?? 0 }
            return units.reduce(0) { ScannedText.isDigit($1) ? $0 * 10 + Int($1 - 0x30) : $0 }
        }
        let (month, dayOfMonth) = (number(2), number(3))
        let valid = (1...12).contains(month) && (1...31).contains(dayOfMonth)
        return Dateline(text: group(0) ?? "", agency: agency, place: place, month: valid ? month : 0,
                        day: valid ? dayOfMonth : 0, reporters: reporters)
    }

    /// The text a pattern's group `i` matched in `text`, or nil where the group took no part.
    static func captured(_ i: Int, of match: NSTextCheckingResult, in text: String) -> String? {
        Range(match.range(at: i), in: text).map { String(text[$0]) }
    }

    /// The outlet a dateline's prefix opens with (a known agency, else `outlet(openingDateline:)`)
    /// and the place after it, if any (新华社|北京, 映象网|开封).
    static func outletAndPlace(opening prefix: String) -> (agency: String, place: String?) {
        let agency = agencies.first(where: prefix.hasPrefix) ?? outlet(openingDateline: prefix)
        return (agency, prefix.count > agency.count ? String(prefix.dropFirst(agency.count)) : nil)
    }

    /// The names of a dateline's or byline's bracket that gives names alone, where each opens with a surname
    /// (石永红、钱立新); none where one does not (a place, a desk: (北京 上海)).
    static func namesAlone(_ bracket: String?) -> [String] {
        let names = bracketWords(bracket ?? "")
        return names.allSatisfy(opensWithSurname) ? names : []
    }

    /// The words of a bracket of credits, apart by spaces, 、 or commas; a surname and one
    /// character after a space are one name padded to three characters' width (曾 靜).
    static func bracketWords(_ bracket: String) -> [String] {
        var words: [String] = []
        for word in bracket.split(whereSeparator: { " \u{3000}、,，".contains($0) }).map(String.init) {
            if word.count == 1, let last = words.last, last.count == 1, opensWithSurname(last) {
                words[words.count - 1] = last + word
            } else {
                words.append(word)
            }
        }
        return words
    }

    /// Whether a credited name opens with a surname.
    static func opensWithSurname(_ name: String) -> Bool { ScannedText.fold(name).first.map(People.surnames.contains) == true }

    /// The outlet that opens a dateline's prefix no known agency opens (人民法院报|北京, 浙江日报|台州):
    /// the prefix up to an outlet's last character (报, 网, 台, 社, 刊, 闻) where a place of the
    /// gazetteer follows, else the last such character that leaves two or more for the place; the
    /// whole prefix where none does.
    static func outlet(openingDateline prefix: String) -> String {
        let units = ScannedText.fold(prefix)
        // an outlet's name has two characters or more (臺海網: 臺 is no outlet)
        let splits = units.indices.dropLast(2).filter { $0 >= 1 && datelineOutletEnds.contains(units[$0]) }.map { $0 + 1 }
        let split = splits.first { Gazetteer.shared.whole(units[$0...]) != nil } ?? splits.last
        return split.map { String(prefix.unicodeScalars.prefix($0).map(Character.init)) } ?? prefix
    }

    /// Outlets' ends, and 闻 of the names of news services (央视新闻).
    static let datelineOutletEnds = ScannedText.units(of: Entities.outletEndCharacters + "闻线")  // 线 of 浙江在线

    /// A dateline with no date (`bylinePattern`, else `outletPattern`), or nil; month and day are 0.
    static func byline(_ paragraph: String) -> Dateline? {
        // 讯, or 消息 (天健网消息（记者 冉嬛）), whose bracket of reporters the pattern asks for
        guard paragraph.unicodeScalars.prefix(16).contains(where: { "訊讯息".unicodeScalars.contains($0) }) else { return nil }
        let range = NSRange(paragraph.startIndex..., in: paragraph)
        if let match = bylinePattern.firstMatch(in: paragraph, options: [], range: range),
           let whole = Range(match.range, in: paragraph), let prefix = Range(match.range(at: 1), in: paragraph) {
            // the outlet, and the place a dateline names after it (映象网|开封讯)
            let (agency, place) = outletAndPlace(opening: String(paragraph[prefix]))
            return Dateline(text: String(paragraph[whole]), agency: agency, place: place, month: 0, day: 0,
                            reporters: captured(2, of: match, in: paragraph).map(reporterNames) ?? namesAlone(captured(3, of: match, in: paragraph)))
        }
        guard let match = outletPattern.firstMatch(in: paragraph, options: [], range: range),
              let whole = Range(match.range, in: paragraph), let outlet = Range(match.range(at: 1), in: paragraph) else { return nil }
        return Dateline(text: String(paragraph[whole]), agency: String(paragraph[outlet]), place: nil, month: 0, day: 0, reporters: [])
    }


    /// The reporters the credits that close the last paragraph name (…越过越红火。（记者 斯琴高娃
    /// 通讯员 王海军）), or the line of credits it is; none when it ends otherwise. Only its last
    /// 48 characters are searched, which hold any bracket of credits (`credits`).
    static func closingCredits(_ paragraph: String) -> [String] {
        let trimmed = paragraph.unicodeScalars.reversed().drop { $0 == " " }
        guard let last = trimmed.first, ")）】]".unicodeScalars.contains(last) else { return [] }
        let tail = String(String.UnicodeScalarView(paragraph.unicodeScalars.suffix(48)))
        let range = NSRange(tail.startIndex..., in: tail)
        if let match = closingCreditsPattern.firstMatch(in: tail, options: [], range: range), let credits = Range(match.range(at: 2), in: tail) {
            // names listed before the first role (李淑琴 李效民 记者 邓维), as a bracket of names alone gives them
            return namesAlone(captured(1, of: match, in: tail)) + reporterNames(String(tail[credits]))
        }
        guard let match = closingNamesPattern.firstMatch(in: tail, options: [], range: range),
              let bracket = Range(match.range(at: 1), in: tail) else { return [] }
        return closingNamesAlone(String(tail[bracket]))
    }

    /// A bracket of names alone that closes a report after its last sentence, or is its last
    /// line (…开展慰问。 (徐少波 周帅), (刘蓉万兴峰), (曾 靜)): its writers. A constant pattern: no input reaches its `try!`.
    static let closingNamesPattern = try! NSRegularExpression(pattern: #"(?:^|[。！？!?；;]\s*|\s)[(（](\p{Han}{1,6}(?:[\s、，,]+\p{Han}{1,6}){0,4})[)）]\s*$"#)

    /// The names of such a bracket, two to four characters long (two run together parted:
    /// 刘蓉|万兴峰), after the desk that may open it (双汇镇  张庶民); none where any other word
    /// stands there (中央社, 资料图). Each opens with a surname, or is no word of jieba's beside
    /// one that does (林海 盛辉: 盛 is a surname the extractors leave out, since it opens words).
    static func closingNamesAlone(_ bracket: String) -> [String] {
        let words = bracketWords(bracket)
        let names = words.drop { words.count > 1 && namesADesk($0) }.flatMap(apartRunTogether)
        guard names.contains(where: opensWithSurname) else { return [] }
        return names.allSatisfy({ (2...4).contains($0.count) && (opensWithSurname($0) || isNoWord($0)) && !namesADesk($0) }) ? names : []
    }

    /// Whether jieba's dictionary lacks `word`.
    static func isNoWord(_ word: String) -> Bool {
        EntityModel.shared.map { $0.lexicon.wordClass(ScannedText.fold(word)) == nil } ?? false
    }

    /// Whether a credited word names a desk, an outlet or a place, not a person: it ends as they do
    /// (双汇镇, 中央社, 宣传部) or the gazetteer knows it whole.
    static func namesADesk(_ word: String) -> Bool {
        let units = ScannedText.fold(word)
        guard let last = units.last else { return true }
        return bodyEnds.contains(last) || Gazetteer.shared.whole(units[...]) != nil
    }

    static let bodyEnds = ScannedText.units(of: "镇乡县区市村局委办部科室处站所台社报网刊图照摄心组队院")

    /// A credited name's title as the credits write it, in the article's script, which the folded
    /// text cannot tell: the role written last before the name (记者 孙丽娜 通讯员 赵子轩: 赵子轩 is a
    /// correspondent), else 记者, or 記者 when the credits are in Traditional script (記者, 報導, or a
    /// dateline's 電 or 訊 where the bracket gives names alone). None (empty) for a name listed
    /// before the first role written, whose own role the credits leave out (（李淑琴 李效民 记者
    /// 邓维）). Only the credit lines are read (the dateline and the last paragraph), never the whole text.
    static func reporterTitle(of name: String, credits: [String]) -> String {
        for credit in credits {
            guard let found = credit.range(of: name) else { continue }
            let before = credit[..<found.lowerBound]
            let written = creditRoles.compactMap { role in before.range(of: role, options: .backwards).map { (role, $0.lowerBound) } }
            if let last = written.max(by: { $0.1 < $1.1 }) { return last.0 }
            if creditRoles.contains(where: { credit[found.upperBound...].contains($0) }) { return "" }
        }
        let traditional = credits.contains { credit in ["記者", "報導", "報道", "電", "訊"].contains { credit.firstByteRange(of: $0) != nil } }
        return traditional && !credits.contains { $0.firstByteRange(of: "记者") != nil } ? "記者" : "记者"
    }

    static let creditRoles = ["记者", "記者", "通讯员", "通訊員", "实习生", "實習生"]
    /// What names in credits may end with instead of a role before them: （赵丽华 报道）.
    static let reportVerbs = ["报道", "報導", "報道", "报导"]
    static let reportVerbPairs = Set(reportVerbs.map { $0.unicodeScalars.reduce(UInt64(0)) { $0 << 32 | UInt64($1.value) } })

    /// The names a line of credits alone gives (□本报记者　韩晓燕, 光明日报记者　詹媛, 记者 王政 通讯员
    /// 李娜), as papers print one under a headline; nil for any other line. Each name is two to
    /// four Han characters; where no space or colon parts the first from its role, it opens with
    /// a surname (本报记者韩晓燕, not 本报记者走访发现).
    static func creditLine(_ line: Substring) -> [String]? {
        guard line.unicodeScalars.count <= 40, line.unicodeScalars.contains(where: { $0 == "者" || $0 == "员" || $0 == "員" }) else { return nil }
        let text = withoutWorkMarks(String(line))
        let range = NSRange(text.startIndex..., in: text)
        guard let match = creditLinePattern.firstMatch(in: text, options: [], range: range),
              let parted = Range(match.range(at: 1), in: text), let credited = Range(match.range(at: 2), in: text) else { return nil }
        let names = reporterNames(String(text[credited]))
        guard !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) && $0.unicodeScalars.allSatisfy { Han.isHan($0.value) } }),
              !text[parted].isEmpty || opensWithSurname(names[0]) else { return nil }
        return names
    }

    /// A credit line less what each name did (记者: 贺德良/文 王刚/图): the writer's 文 goes, and the
    /// photographer's credit with the name, since the line's names are reporters.
    static func withoutWorkMarks(_ line: String) -> String {
        guard line.contains("/") || line.contains("／") else { return line }
        let range = NSRange(line.startIndex..., in: line)
        let noPhotographer = photographersCreditPattern.stringByReplacingMatches(in: line, options: [], range: range, withTemplate: "")
        return writersMarkPattern.stringByReplacingMatches(in: noPhotographer, options: [],
                                                           range: NSRange(noPhotographer.startIndex..., in: noPhotographer), withTemplate: "")
    }

    /// A name and its slash and mark, after the names a credit line gives (王刚/图, 李四／摄影); and
    /// the writer's mark. Constant patterns, as the others: no input reaches their `try!`.
    static let photographersCreditPattern = try! NSRegularExpression(pattern: #"\s*\p{Han}{2,4}\s*[/／]\s*(?:图|圖|摄影|攝影|摄|攝)(?=\s|$)"#)
    static let writersMarkPattern = try! NSRegularExpression(pattern: #"\s*[/／]\s*文(?=\s|$)"#)

    /// The names a paragraph opens with as those who report it, as Taiwan's and Hong Kong's
    /// papers credit theirs (即時中心／潘柏廷、謝宛錚報導, 聯合報／記者楊正海／台北即時報導,
    /// 譚倩、殷君發、王旋報道：…), in brackets too (〔記者丁偉杰、林宜樟/嘉義報導〕): one to four
    /// names of two to four Han characters, the first opening with a surname, before 報導 or
    /// 报道; nil for any other paragraph.
    static func reportedBy(_ paragraph: Substring) -> [String]? {
        let scalars = paragraph.unicodeScalars.prefix(48).map(\.value)
        // two code points at a time: every paragraph of every article is asked, and a string
        // search (Foundation's or the standard library's) costs ten times as much
        guard zip(scalars, scalars.dropFirst()).contains(where: { reportVerbPairs.contains(UInt64($0) << 32 | UInt64($1)) }) else { return nil }
        let head = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        let range = NSRange(head.startIndex..., in: head)
        guard let match = bracketedReportedByPattern.firstMatch(in: head, options: [], range: range)
                ?? reportedByPattern.firstMatch(in: head, options: [], range: range),
              let credited = Range(match.range(at: 1), in: head) else { return nil }
        let names = head[credited].split(whereSeparator: { "、，, ".contains($0) }).map(String.init)
        guard !names.isEmpty, names.allSatisfy({ (2...4).contains($0.count) }),
              opensWithSurname(names[0]) else { return nil }
        return names
    }

    /// An outlet or desk and ／ (or a byline's 讯 and a space: 本报讯 记者林晓峰报道), a role, the names,
    /// a place or desk after another ／, then the verb. A constant pattern, as the others: no input
    /// reaches its `try!`.
    static let reportedByPattern = try! NSRegularExpression(pattern:
        #"^(?:[^\s／/，。]{1,12}[／/]\s*|[^\s，。,、()（）【】]{1,12}?(?:讯|訊)\s+)?(?:记者|記者)?\s*(\p{Han}{2,4}(?:[、，,]\s*\p{Han}{2,4}){0,3})\s*(?:[／/]\s*\p{Han}{0,8}?)?(?:報導|报道|報道|报导)(?:[：:\s]|$)"#)
    /// The same credit in brackets, its role first (〔記者丁偉杰、林宜樟/嘉義報導〕). A constant
    /// pattern too: no input reaches its `try!`.
    static let bracketedReportedByPattern = try! NSRegularExpression(pattern:
        #"^[〔【\[](?:记者|記者)\s*(\p{Han}{2,4}(?:[、，,]\s*\p{Han}{2,4}){0,3})\s*(?:[／/]\s*\p{Han}{0,8}?)?(?:報導|报道|報道|报导)[〕】\]]"#)

    /// A line of credits alone: marks, 文/图, the outlets (本报, 光明日报, 央视; a reprint names
    /// each, apart by spaces: 新安晚报 安徽网 大皖客户端记者), the role, what parts it from the names
    /// (group 1: a space, a colon, a bar or a slash, 记者/谢秋林), the names with any further roles
    /// (group 2). A constant pattern, as the others:
    /// no input reaches its `try!`.
    static let creditLinePattern = try! NSRegularExpression(pattern:
        #"^[□■●◎◆▲★☆○\s]*(?:(?:文|图|圖)\s*[/／]\s*)*(?:\p{Han}{1,10}[ \x{3000}]+){0,3}?\p{Han}{0,10}?(?:特约|特約|见习|見習)?"#
        + #"(?:记者|記者|通讯员|通訊員)([\s：:|｜/／]*)(\p{Han}[\p{Han}\s、，,：:]*?)\s*$"#)

    /// The page's staff a line credits (责任编辑：孙晓明 刘佳怡, 【编辑:郭晓】, 审核:钱 勇、黄丽萍), each
    /// with the label written before the names: editors and checkers publish a report, they are
    /// not in it, and a user who asks who appears can leave them out by their role. A label
    /// opens the line or follows a space or bracket (not 本书主编:), and a colon or slash follows it; each
    /// name opens with a surname (not 编辑：本网).
    static func staffCredits(_ line: String) -> [(name: String, title: String)] {
        let scalars = Array(line.unicodeScalars)
        guard scalars.contains(where: { staffLabelEnds.contains($0) }) else { return [] }
        let folded = scalars.map { Folding.shared.fold($0) }
        // `runOn`: right after a name read from the label before, with no space between (编辑:赵艳芳|
        // 责任编辑:徐婷), as pages that drop their spaces print them
        func label(at i: Int, runOn: Bool = false) -> (length: Int, namesStart: Int)? {
            guard i == 0 || runOn || staffCreditOpeners.contains(scalars[i - 1]),
                  let label = staffLabels.first(where: { i + $0.count <= folded.count && folded[i..<(i + $0.count)].elementsEqual($0) }) else { return nil }
            var j = i + label.count
            while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
            guard j < scalars.count, staffLabelEnds.contains(scalars[j]) else { return nil }
            j += 1
            while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
            return (label.count, j)
        }
        var credits: [(name: String, title: String)] = [], i = 0, namesEnd = -1
        while i < scalars.count {
            guard let (length, start) = label(at: i, runOn: i == namesEnd) else { i += 1; continue }
            var end = start
            while end < scalars.count, Han.isHan(scalars[end].value) || staffNameSeparators.contains(scalars[end]),
                  label(at: end, runOn: end - start >= 2) == nil { end += 1 }
            let title = String(String.UnicodeScalarView(scalars[i..<(i + length)]))
            var names = reporterNames(String(String.UnicodeScalarView(scalars[start..<end])))
            // what a colon follows labels the page's next field (责编:孙文静  浏览次数:), no name
            if end < scalars.count, scalars[end] == ":" || scalars[end] == "：", !names.isEmpty { names.removeLast() }
            credits += names.filter(isStaffName).map { ($0, title) }
            (i, namesEnd) = (max(end, i + 1), end - start >= 2 ? end : -1)
        }
        return credits
    }

    /// A credited name: two to four characters that open with a surname, or (章立华, whose
    /// surname is less common) that no word of jieba's dictionary is and no word of a
    /// description opens (本网, 新华社).
    static func isStaffName(_ name: String) -> Bool {
        let units = ScannedText.fold(name)
        guard (2...4).contains(units.count), let first = units.first, !opensWithPagesVerb(name) else { return false }
        return People.surnames.contains(first)
            || (!Entities.genericStarts.contains(first) && Entities.wordClass(ScannedText(name), 0..<units.count) == nil)
    }

    /// Whether a credited name of four characters opens with a verb of jieba's (作者：熊争艳 打印本页):
    /// a page's link after the names, not one.
    static func opensWithPagesVerb(_ name: String) -> Bool {
        let scan = ScannedText(name)
        return scan.count == 4 && Entities.wordClass(scan, 0..<2) == .verb
    }

    /// Staff credits' labels, folded, longest first (责任编辑 before 编辑), and a header's 作者.
    static let staffLabels = ["审核人", "审稿人", "签发人", "责任编辑", "值班编辑", "实习编辑", "见习编辑", "网络编辑", "编辑", "责编", "主编", "审核", "审校", "校对", "作者",
                              "初审", "复审", "终审", "一审", "二审", "三审", "监制", "签发", "审稿", "审定", "编审"].map(ScannedText.fold)
    static func isStaffLabel(_ title: String) -> Bool { staffLabels.contains(ScannedText.fold(title)) }
    /// The label of a header's author, read as staff's are (作者：刘玲), whose name is a reporter's.
    static func isAuthorLabel(_ title: String) -> Bool { ScannedText.fold(title) == author }
    static let author = ScannedText.fold("作者")

    /// What follows a staff credit's label: a colon, or a slash (审核/钱勇).
    static let staffLabelEnds: Set<Unicode.Scalar> = [":", "：", "/", "／"]
    static let staffCreditOpeners: Set<Unicode.Scalar> = Set(" \u{3000}\t【[（(|｜/／】]）)".unicodeScalars)
    static let staffNameSeparators: Set<Unicode.Scalar> = Set(" \u{3000}、，,".unicodeScalars)

    /// The names in a dateline's bracket of credits (记者 孙丽娜 通讯员 赵子轩, 记者 王佳琪、刘晓东, 记者/冯珂),
    /// a name padded to three characters whole (王 静 is 王静: no name is one character). The
    /// desk or outlet a later role opens with is no name (记者刘振宇、新华社记者陈雁), while the name
    /// a role follows is (记者王政通讯员李娜).
    static func reporterNames(_ credits: String) -> [String] {
        // the desk pattern needs a role; most credits searched (a staff line's 编辑：) have none
        let scalars = Array(credits.unicodeScalars)
        let withoutDesks = !scalars.indices.contains(where: { word(of: creditRoleScalars, at: $0, in: scalars) != nil }) ? credits
            : creditDeskPattern.stringByReplacingMatches(in: credits, options: [], range: NSRange(credits.startIndex..., in: credits),
                                                         withTemplate: "$1")
        let words = blanking(creditWords, in: withoutDesks)
            .split(whereSeparator: { " \u{3000}、,，：:/／".contains($0) }).map(String.init)
        var names: [String] = []
        // the page's staff may follow in the same bracket (记者/冯珂 编辑/汪泽): theirs are no reporters' names
        for word in words.prefix(while: { !isStaffLabel($0) }) {
            if word.count == 1, let last = names.last, last.count == 1 { names[names.count - 1] += word }
            // what a name's work was (罗超/文 龙在全/图) is no name, unless it pads one (王 文)
            else if !workLabels.contains(word), !namesAnOutlet(word) { names += apartRunTogether(word) }
        }
        // a character alone is none (记者|站 of 中国日报大连记者站 张小敏)
        return names.filter { $0.count >= 2 }
    }

    /// Whether a credited word of four characters opens with a place's name (广安观察 among
    /// 记者 田程晨 广安观察 吴迪): a local outlet that shares the story, no reporter.
    static func namesAnOutlet(_ word: String) -> Bool {
        let scan = ScannedText(word)
        return scan.count == 4 && Gazetteer.shared.names(in: scan, at: 0).contains { $0.word.count == 2 }
    }

    static let creditRoleScalars = creditRoles.map { Array($0.unicodeScalars) }
    /// The words around names in credits, which part them.
    static let creditWords = (creditRoles + reportVerbs).map { Array($0.unicodeScalars) }

    /// `text` with each of `words` where it stands replaced by a space, in one pass (where
    /// Foundation's replacing, a pass per word, was a fiftieth of a store's build).
    static func blanking(_ words: [[Unicode.Scalar]], in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView(), i = 0
        while i < scalars.count {
            if let word = word(of: words, at: i, in: scalars) {
                kept.append(" ")
                i += word.count
            } else {
                kept.append(scalars[i])
                i += 1
            }
        }
        return String(kept)
    }

    /// The first of `words` that starts at `i`.
    static func word(of words: [[Unicode.Scalar]], at i: Int, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        words.first { scalars[i...].starts(with: $0) }
    }

    /// What credits say a person made, after the name and a slash or space (罗超/文, 龙在全/图).
    static let workLabels: Set<String> = ["文", "图", "圖", "摄", "攝", "摄影", "攝影", "视频", "視頻", "制图", "製圖", "文字", "图片", "圖片"]

    /// A desk or outlet after a mark and right before a role (、新华社|记者), not a role and the name
    /// after it (记者王政|通讯员). A constant pattern, built from the constant roles as the others
    /// are written: no input reaches its `try!`.
    static let creditDeskPattern: NSRegularExpression = {
        let roles = creditRoles.joined(separator: "|")
        return try! NSRegularExpression(pattern: #"(^|[、，,\s])(?!"# + roles + #")\p{Han}{2,10}?(?="# + roles + ")")
    }()

    /// Two names a bracket of credits runs together (魏可魏树林, 王小明李华): five or six Han
    /// characters, longer than a name, parted where the second name opens with a surname,
    /// each of two or three characters; left whole where no place or more than one does.
    static func apartRunTogether(_ word: String) -> [String] {
        let units = Array(word.unicodeScalars)
        guard (5...6).contains(units.count), units.allSatisfy({ Han.isHan($0.value) }),
              People.surnames.contains(Folding.shared.fold(units[0])) else { return [word] }
        let cuts = (2...3).filter { cut in (2...3).contains(units.count - cut) && People.surnames.contains(Folding.shared.fold(units[cut])) }
        guard cuts.count == 1, let cut = cuts.first else { return [word] }
        return [String(String.UnicodeScalarView(units[..<cut])), String(String.UnicodeScalarView(units[cut...]))]
    }
}

extension BidirectionalCollection where Element: Equatable {
    /// Where `suffix` starts when it ends at `end`, or nil when the elements before `end` differ.
    func start(ofSuffix suffix: [Element], endingAt end: Index) -> Index? {
        var index = end
        for element in suffix.reversed() {
            guard index > startIndex else { return nil }
            index = self.index(before: index)
            guard self[index] == element else { return nil }
        }
        return index
    }
}
