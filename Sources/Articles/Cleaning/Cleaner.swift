import Foundation
import Text

/// The cleaning pass from raw report text to the lines an article is built from. Every change
/// is counted so `a.cleaning` can say what was done, and every byte copied from the raw text is
/// mapped back to it, so the raw text can be rebuilt instead of kept (see `RawRecipe`).
/// All clean lines live in one string (`storage`) and are kept as byte ranges into it.
public struct CleanedText {
    public var storage: String
    /// Content lines, trimmed, white space folded: UTF-8 byte ranges of `storage`.
    public var lineRanges: [Range<Int>]
    /// Boilerplate lines taken out of the content, likewise.
    public var boilerplateRanges: [Range<Int>]
    public var pinyinRemoved: Int
    /// Literal "\n" escapes and full-width indentation turned into line breaks.
    public var breaksAdded: Int
    /// Runs of `storage` copied unchanged from the raw text, in order. A run never crosses a
    /// line: the line breaks of `storage` are written by the cleaner, not copied.
    public var copies: [CopiedRun]

    public var lines: [String] { lineRanges.map(slice) }
    public var boilerplate: [String] { boilerplateRanges.map(slice) }

    public func slice(_ range: Range<Int>) -> String { storage.slice(range) }

    public func substring(_ range: Range<Int>) -> Substring { storage.substring(range) }
}

public enum Cleaner {
    /// One pass over the UTF-8 bytes: pinyin annotations dropped, literal "\\n" escapes and
    /// line breaks end lines, a run of two or more full-width spaces inside a line starts a new
    /// one, other white space folds into one space.
    public static func clean(_ raw: String) -> CleanedText {
        var raw = raw
        return raw.withUTF8(clean)
    }

    static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> CleanedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lines: [Range<Int>] = [], boilerplate: [Range<Int>] = []
        var pinyin = 0, breaks = 0
        var lineStart = 0
        var copies: [CopiedRun] = []
        var pendingSpace = false, fullWidthRun = 0
        var han: UInt32?  // the Han character just written, which an annotation would follow
        func endLine() {
            if out.count > lineStart {
                let range = lineStart..<out.count
                // boilerplate is short: only short lines are looked at as text
                if range.count <= Boilerplate.maximumBytes, Boilerplate.matches(String(decoding: out[range], as: UTF8.self)) {
                    boilerplate.append(range)
                } else {
                    lines.append(range)
                }
                out.append(0x0A)
                lineStart = out.count
            }
            pendingSpace = false
            fullWidthRun = 0
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if let character = han, Pinyin.isOpening(bytes, at: i), let length = Pinyin.annotationLength(bytes, at: i, after: character) {
                pinyin += 1
                i += length
                continue  // the character stays: pages repeat its annotation (目(mu)(mu)(mu))
            }
            if b == 0x5C, i + 1 < bytes.count, bytes[i + 1] == 0x6E || bytes[i + 1] == 0x72 {  // \n or \r (\r\n is one)
                let crlf = bytes[i + 1] == 0x72 && i + 3 < bytes.count && bytes[i + 2] == 0x5C && bytes[i + 3] == 0x6E
                i += crlf ? 4 : 2
                endLine()
                breaks += 1
                han = nil
                continue
            }
            let length = UTF8Scalars.length(b)
            let value = UTF8Scalars.value(bytes, at: i, length: length)
            han = Han.isHan(value) ? value : nil
            switch value {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029, 0x85:
                endLine()
            case 0x3000:
                fullWidthRun += 1
                if fullWidthRun == 2, out.count > lineStart {
                    endLine()
                    breaks += 1
                } else {
                    pendingSpace = out.count > lineStart
                }
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F:
                pendingSpace = out.count > lineStart
            default:
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                fullWidthRun = 0
                let end = min(i + length, bytes.count)
                if let last = copies.last, last.raw + last.count == i, last.cleaned + last.count == out.count {
                    copies[copies.count - 1].count += end - i
                } else {
                    copies.append(CopiedRun(cleaned: out.count, raw: i, count: end - i))
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
            }
            i += length
        }
        endLine()
        return CleanedText(storage: String(decoding: out, as: UTF8.self), lineRanges: lines, boilerplateRanges: boilerplate,
                           pinyinRemoved: pinyin, breaksAdded: breaks, copies: copies)
    }
}

/// Bytes of the cleaned text copied from the raw text: `count` bytes at `cleaned` were at `raw`.
public struct CopiedRun {
    public var cleaned: Int
    public var raw: Int
    public var count: Int
}

/// Lines scrapers carry along that are not part of the report: share and print links,
/// "scan to read on your phone", editor and source credits.
public enum Boilerplate {
    /// Lines starting with these (Traditional and Simplified) are credits or page furniture.
    static let prefixes = [
        "掃一掃", "扫一扫", "責任編輯", "责任编辑", "編輯：", "编辑：", "編輯:", "编辑:", "來源：", "来源：",
        "來源:", "来源:", "分享到", "分享：", "打印本頁", "打印本页", "關閉窗口", "关闭窗口", "相關鏈接", "相关链接",
        "版權所有", "版权所有", "【字體", "【字体", "字號：", "字号：", "用手機掃", "用手机扫", "微信掃一掃", "微信扫一扫",
        // the page's place in its site, the links to its neighbours and the site's own credits
        "當前位置", "当前位置", "您的位置", "你的位置", "您現在的位置", "您现在的位置", "您當前的位置", "您当前的位置",
        "上一篇", "下一篇", "上一條", "上一条", "下一條", "下一条", "網站標識碼", "网站标识码",
    ]
    /// A line that opens with the site's home page and goes on past a separator (首页 > 新闻中心)
    /// is the page's place in the site.
    static let homePages = ["首頁", "首页"], breadcrumbSeparators: Set<Unicode.Scalar> = Set(">＞›»→/／|｜".unicodeScalars)
    /// The site's registration, which closes government pages (晋ICP备05001234号, 公网安备 1401…号).
    static let registrations = ["ICP備", "ICP备", "ICP證", "ICP证", "公網安備", "公网安备"]

    /// Whether `line` gives a registration and its number (晋ICP备05001234号; not 网站ICP备案, a
    /// sentence about the filing).
    static func holdsRegistration(_ line: String) -> Bool {
        // searched for as bytes: most lines hold 备 in words (准备, 设备), and String's own
        // search cost a twentieth of a store's build
        let bytes = Array(line.utf8)
        return registrationBytes.contains { mark in
            bytes.indices.contains { start in
                bytes[start...].starts(with: mark)
                    && String(decoding: bytes[(start + mark.count)...].prefix(16), as: UTF8.self)
                        .unicodeScalars.prefix(4).contains { $0.properties.numericType != nil }
            }
        }
    }
    static let registrationBytes = registrations.map { Array($0.utf8) }
    /// A line made only of these words (with brackets and spaces) is a row of page links.
    static let linkWords = ["打印", "列印", "關閉", "关闭", "分享", "收藏", "返回頂部", "返回顶部", "返回", "大", "中", "小",
                            "我要糾錯", "我要纠错", "本頁", "本页", "窗口", "字號", "字号", "默認", "默认"]

    /// First characters of the prefixes, so most lines are ruled out with one set lookup.
    static let prefixStarts: Set<Unicode.Scalar> = Set(prefixes.compactMap(\.unicodeScalars.first))
    static let linkStarts: Set<Unicode.Scalar> = Set(linkWords.compactMap(\.unicodeScalars.first)).union(linkPunctuation)
    static let linkWordsLongestFirst = linkWords.sorted { $0.count > $1.count }
    static let linkPunctuation: Set<Unicode.Scalar> = Set("【】[]〔〕|｜ \u{3000}:：".unicodeScalars)

    /// Longer lines are never boilerplate (a footer's 200 characters of at most 4 bytes; other
    /// furniture is 80 characters at most).
    static let maximumBytes = 800

    public static func matches(_ line: String) -> Bool {
        let length = line.unicodeScalars.count
        // a footer may run the site's credits together on one line, past the length of a link;
        // every registration holds I or 备, a test that rules most lines out in one pass
        if length <= 200, line.unicodeScalars.contains(where: { $0 == "I" || $0 == "备" || $0 == "備" }), holdsRegistration(line) { return true }
        guard length <= 80 else { return false }
        guard let first = line.unicodeScalars.first else { return false }
        if prefixStarts.contains(first), prefixes.contains(where: { line.utf8.starts(with: $0.utf8) }) { return true }
        if homePages.contains(where: { line.hasPrefix($0) }), line.unicodeScalars.contains(where: breadcrumbSeparators.contains) { return true }
        guard length <= 40, linkStarts.contains(first) else { return false }
        // a row of page links: only link words between brackets and spaces
        var rest = Substring(String(String.UnicodeScalarView(line.unicodeScalars.filter { !linkPunctuation.contains($0) })))
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard let word = linkWordsLongestFirst.first(where: { rest.utf8.starts(with: $0.utf8) }) else { return false }
            rest = rest.dropFirst(word.count)
        }
        return true
    }
}

extension String {
    /// The text at a range of UTF-8 byte offsets that fall on character boundaries.
    func substring(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return Substring(utf8[start..<utf8.index(start, offsetBy: range.count)])
    }

    func slice(_ range: Range<Int>) -> String { String(substring(range)) }
}
