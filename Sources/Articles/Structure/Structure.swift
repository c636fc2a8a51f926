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

/// The parts of an article's clean lines: title, deck, captions, body paragraphs, kept as
/// ranges of the cleaned text's storage.
public struct Layout {
    private let cleaned: CleanedText
    private let givenTitle: String?
    private let titleRange: Range<Int>?
    private let subtitleRange: Range<Int>?
    private let captionParts: [(range: Range<Int>, photographer: String?)]
    private let paragraphRanges: [Range<Int>]
    /// Photographers credited at the end of a body paragraph too long to be a caption.
    public let bodyPhotographers: [String]

    /// Splits clean lines. `givenTitle` (from metadata) wins over the first line.
    public init(_ cleaned: CleanedText, givenTitle: String?) {
        self.cleaned = cleaned
        var rest = cleaned.lineRanges[...]
        if let givenTitle, !givenTitle.isEmpty {
            self.givenTitle = givenTitle
            titleRange = nil
            if let first = rest.first, cleaned.substring(first) == givenTitle { rest = rest.dropFirst() }
        } else {
            self.givenTitle = nil
            titleRange = rest.popFirst()
        }
        if let first = rest.first, rest.count > 1, Layout.isDeck(cleaned.substring(first)) {
            subtitleRange = first
            rest = rest.dropFirst()
        } else {
            subtitleRange = nil
        }
        var captions: [(Range<Int>, String?)] = []
        var paragraphs: [Range<Int>] = []
        var photographers: [String] = []
        for range in rest {
            let line = cleaned.substring(range)
            if let caption = Layout.caption(line) {
                captions.append((range, caption.photographer))
            } else {
                paragraphs.append(range)
                if let credit = Layout.credit(line), let photographer = credit.photographer { photographers.append(photographer) }
            }
        }
        captionParts = captions
        paragraphRanges = paragraphs
        bodyPhotographers = photographers
    }

    public var title: String { givenTitle ?? titleRange.map(cleaned.slice) ?? "" }
    public var subtitle: String? { subtitleRange.map(cleaned.slice) }
    public var captions: [Caption] { captionParts.map { Caption(text: cleaned.slice($0.range), photographer: $0.photographer) } }
    public var paragraphs: [String] { paragraphRanges.map(cleaned.slice) }

    /// A deck line: short, no sentence punctuation, not a caption.
    static func isDeck(_ line: Substring) -> Bool {
        line.unicodeScalars.count <= 30 && !line.unicodeScalars.contains { sentenceMarks.contains($0) } && caption(line) == nil
            && line.unicodeScalars.contains(where: Han.isHan)
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

    /// A line that ends in a photo credit (…張燕偉攝) or opens with 圖為: the caption it would
    /// be. Only the line's last characters are looked at.
    static func credit(_ line: Substring) -> Caption? {
        let scalars = line.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, closingMarks.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        if end > scalars.startIndex, creditMarks.contains(scalars[scalars.index(before: end)]) {
            let credit = String(scalars[..<scalars.index(before: end)])
            return Caption(text: String(line), photographer: photographer(in: credit))
        }
        if line.utf8.starts(with: "圖為".utf8) || line.utf8.starts(with: "图为".utf8) { return Caption(text: String(line), photographer: nil) }
        return nil
    }

    static let closingMarks: Set<Unicode.Scalar> = Set("）)。 ".unicodeScalars)

    static let creditTitles = ["本報記者", "本报记者", "新華社記者", "新华社记者", "通訊員", "通讯员", "記者", "记者", "攝影", "摄影"]

    /// The name before 攝: the last run of Han characters, without a job title, 2 to 4 long.
    static func photographer(in text: String) -> String? {
        let tail = text.reversed().drop { $0 == " " || $0 == "/" || $0 == "／" }.prefix { Han.isHan($0) }
        var name = String(tail.reversed())
        for title in creditTitles where name.hasPrefix(title) { name.removeFirst(title.count) }
        if name.count > 4, let split = creditTitles.compactMap({ name.range(of: $0) }).last {
            name = String(name[split.upperBound...])
        }
        return (2...4).contains(name.count) ? name : nil
    }

    static let agencies = ["新華社", "新华社", "中新網", "中新网", "中新社", "人民網", "人民网", "央視網", "央视网",
                           "中國新聞網", "中国新闻网", "光明網", "光明网", "澎湃新聞", "澎湃新闻", "本報", "本报", "本網", "本网"]
    // A constant pattern: compiled once, and every test that reads a dateline compiles it.
    static let datelinePattern = try! NSRegularExpression(pattern:
        #"^([^\s，。,、]{2,14}?)(\d{1,2})月(\d{1,2})日(?:電|电|訊|讯)\s*(?:[(（]((?:記者|记者|通訊員|通讯员)[^)）]{1,40})[)）])?"#)

    static func dateline(_ paragraph: String) -> Dateline? {
        // cheap test first: a dateline has 日 then 電/电/訊/讯 within its first 24 characters
        let head = paragraph.unicodeScalars.prefix(24)
        guard let day = head.firstIndex(of: "日"), let mark = head[day...].dropFirst().first,
              "電电訊讯".unicodeScalars.contains(mark) else { return nil }
        let range = NSRange(paragraph.startIndex..., in: paragraph)
        guard let match = datelinePattern.firstMatch(in: paragraph, options: [], range: range) else { return nil }
        func group(_ i: Int) -> String? { Range(match.range(at: i), in: paragraph).map { String(paragraph[$0]) } }
        let prefix = group(1) ?? ""
        let agency = agencies.first(where: prefix.hasPrefix) ?? prefix
        let place = prefix.count > agency.count ? String(prefix.dropFirst(agency.count)) : nil
        let reporters = (group(4) ?? "").replacingOccurrences(of: "通訊員", with: " ").replacingOccurrences(of: "通讯员", with: " ")
            .replacingOccurrences(of: "記者", with: " ").replacingOccurrences(of: "记者", with: " ")
            .split(whereSeparator: { " 、,，".contains($0) }).map(String.init)
        // \d also matches full-width and other decimal digits: read them through the scan's folding
        func number(_ i: Int) -> Int {
            ScannedText(group(i) ?? "").units.reduce(0) { ScannedText.isDigit($1) ? $0 * 10 + Int($1 - 0x30) : $0 }
        }
        let (month, dayOfMonth) = (number(2), number(3))
        let valid = (1...12).contains(month) && (1...31).contains(dayOfMonth)
        return Dateline(text: group(0) ?? "", agency: agency, place: place, month: valid ? month : 0,
                        day: valid ? dayOfMonth : 0, reporters: reporters)
    }
}

