import Foundation

/// The cleaning pass from raw report text to the lines an article is built from. The raw text
/// stays on the article; here every change is counted so `a.cleaning` can say what was done.
public struct CleanedText {
    /// Content lines, trimmed, whitespace runs folded, boilerplate taken out.
    public var lines: [String]
    public var boilerplate: [String]
    public var pinyinRemoved: Int
    /// Literal "\n" escapes and full-width indentation turned into line breaks.
    public var breaksAdded: Int
}

public enum Cleaner {
    public static func clean(_ raw: String) -> CleanedText {
        let (unescaped, escapes) = expandEscapes(raw)
        let (text, pinyin) = Pinyin.strip(unescaped)
        var lines: [String] = []
        var boilerplate: [String] = []
        var indentBreaks = 0
        for physical in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            let pieces = splitOnIndentation(physical)
            indentBreaks += max(0, pieces.count - 1)
            for piece in pieces {
                let line = normalizeSpaces(piece)
                if line.isEmpty { continue }
                if Boilerplate.matches(line) { boilerplate.append(line) } else { lines.append(line) }
            }
        }
        return CleanedText(lines: lines, boilerplate: boilerplate, pinyinRemoved: pinyin, breaksAdded: escapes + indentBreaks)
    }

    /// Literal backslash-n (and \r\n, \r) sequences, as left by a bad export, become newlines.
    static func expandEscapes(_ text: String) -> (String, Int) {
        guard text.contains("\\") else { return (text, 0) }
        var count = 0
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var iterator = text.makeIterator()
        var pending: Character? = iterator.next()
        while let c = pending {
            pending = iterator.next()
            if c == "\\", let next = pending, next == "n" || next == "r" {
                pending = iterator.next()
                if next == "r", pending == "\\" {
                    // "\r\n" is one break
                    var lookahead = iterator
                    if lookahead.next() == "n" { _ = iterator.next(); pending = iterator.next() }
                }
                out.append("\n")
                count += 1
            } else {
                out.append(c)
            }
        }
        return (out, count)
    }

    /// Full-width spaces (U+3000) start a paragraph: a run of two or more inside a line breaks it.
    static func splitOnIndentation(_ line: Substring) -> [Substring] {
        guard line.contains("\u{3000}") else { return [line] }
        var pieces: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "\u{3000}" {
                var end = index
                while end < line.endIndex, line[end] == "\u{3000}" || line[end] == " " { end = line.index(after: end) }
                let run = line[index..<end].filter { $0 == "\u{3000}" }.count
                if run >= 2 {
                    pieces.append(line[start..<index])
                    start = end
                }
                index = end
            } else {
                index = line.index(after: index)
            }
        }
        pieces.append(line[start...])
        return pieces.filter { $0.contains { !$0.isWhitespace } }
    }

    /// Trims the line and folds each run of white space into one space.
    static func normalizeSpaces(_ line: Substring) -> String {
        var out = ""
        var pendingSpace = false
        for c in line {
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}

/// Lines scrapers carry along that are not part of the report: share and print links,
/// "scan to read on your phone", editor and source credits.
public enum Boilerplate {
    /// Lines starting with these (Traditional and Simplified) are credits or page furniture.
    static let prefixes = [
        "掃一掃", "扫一扫", "責任編輯", "责任编辑", "編輯：", "编辑：", "編輯:", "编辑:", "來源：", "来源：",
        "來源:", "来源:", "分享到", "分享：", "打印本頁", "打印本页", "關閉窗口", "关闭窗口", "相關鏈接", "相关链接",
        "版權所有", "版权所有", "【字體", "【字体", "字號：", "字号：", "用手機掃", "用手机扫", "微信掃一掃", "微信扫一扫",
    ]
    /// A line made only of these words (with brackets and spaces) is a row of page links.
    static let linkWords = ["打印", "列印", "關閉", "关闭", "分享", "收藏", "返回頂部", "返回顶部", "返回", "大", "中", "小",
                            "我要糾錯", "我要纠错", "本頁", "本页", "窗口", "字號", "字号", "默認", "默认"]

    public static func matches(_ line: String) -> Bool {
        guard line.count <= 80 else { return false }
        if prefixes.contains(where: line.hasPrefix) { return true }
        var rest = line.filter { !"【】[]〔〕|｜ \u{3000}:：".contains($0) }
        guard !rest.isEmpty else { return false }
        for word in linkWords.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: word, with: "") }
        return rest.isEmpty
    }
}
