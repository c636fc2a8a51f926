/// A figure found in the text: money (value in units of its currency: 99.754億元 is
/// 9,975,400,000 yuan), a count with its measure word, a physical quantity, a percentage.
public struct Amount: Equatable {
    public enum Kind: String { case money, count, quantity, percent }
    public var kind: Kind
    public var value: Double
    /// 元, 美元… for money; the measure word for counts (個, 支); the unit for quantities (噸, MW).
    public var unit: String
    public var text: String
    /// 1-based byte offset in `a.text`.
    public var offset: Int
}

public enum Numbers {
    static let chineseDigits: [Character: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let smallUnits: [Character: Double] = ["十": 10, "百": 100, "千": 1000]
    static let largeUnits: [Character: Double] = ["萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8]

    static let currencies = ["元", "美元", "歐元", "欧元", "港元", "港幣", "港币", "日元", "英鎊", "英镑"]
    /// Longer units first, so "千瓦時" is not read as "千瓦". (萬 and 億 before a unit scale the number.)
    static let units = ["千瓦時", "千瓦时", "千瓦", "兆瓦", "MWh", "GWh", "kWh", "MW", "GW", "kW", "噸", "吨", "公斤", "千克",
                        "平方公里", "平方米", "立方米", "公里", "千米", "公頃", "公顷", "畝", "亩", "米"]
    static let measureWords = ["個", "个", "支", "家", "項", "项", "名", "人", "次", "座", "條", "条", "臺", "台", "輛", "辆",
                               "套", "所", "戶", "户", "件", "場", "场", "批", "處", "处", "位", "隻", "只", "頭", "头", "棟", "栋"]

    /// Every figure in `text`, in order.
    public static func find(in text: String) -> [Amount] {
        let scalars = Array(text.unicodeScalars)
        let offsets = UTF8Scalars.byteOffsets(scalars)
        let characters = scalars.map(Character.init)
        var quoteDepth = 0
        var found: [Amount] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "“" || c == "「" { quoteDepth += 1 }
            if (c == "”" || c == "」") && quoteDepth > 0 { quoteDepth -= 1 }
            guard let number = readNumber(characters, at: i) else { i += 1; continue }
            defer { i = max(i + 1, number.end) }
            if i > 0, characters[i - 1] == "第" { continue }  // ordinal
            guard let (kind, unit, value, unitLength) = classify(characters, number: number) else { continue }
            let end = number.end + unitLength
            // Chinese numerals inside quotes are names and slogans ("三個一批"), not amounts.
            if number.isChinese && quoteDepth > 0 { continue }
            // "一個", "一批": the numeral one with a measure word is an article, not a count.
            if number.isChinese && kind == .count && number.value < 2 { continue }
            let text = String(String.UnicodeScalarView(scalars[i..<end]))
            found.append(Amount(kind: kind, value: value, unit: unit, text: text, offset: offsets[i] + 1))
            i = end
        }
        return found
    }

    struct ReadNumber {
        var value: Double
        var end: Int
        var isChinese: Bool
    }

    /// An Arabic number (with decimals and thousands separators, maybe followed by 萬/億)
    /// or a Chinese numeral, starting at `i`.
    static func readNumber(_ c: [Character], at i: Int) -> ReadNumber? {
        if c[i].isASCII, c[i].isNumber {
            if i > 0, c[i - 1].isASCII, c[i - 1].isNumber || c[i - 1] == "." || c[i - 1].isLetter { return nil }
            var j = i
            var digits = ""
            while j < c.count, (c[j].isASCII && c[j].isNumber) || ((c[j] == "." || c[j] == ",") && j + 1 < c.count && c[j + 1].isASCII && c[j + 1].isNumber) {
                if c[j] != "," { digits.append(c[j]) }
                j += 1
            }
            guard var value = Double(digits) else { return nil }
            while j < c.count, let multiplier = largeUnits[c[j]] ?? (c[j] == "千" && j + 1 < c.count && largeUnits[c[j + 1]] == nil && c[j + 1] != "瓦" && c[j + 1] != "克" && c[j + 1] != "米" ? 1000 : nil) {
                value *= multiplier
                j += 1
            }
            return ReadNumber(value: value, end: j, isChinese: false)
        }
        guard chineseDigits[c[i]] != nil || (c[i] == "十" && i + 1 < c.count && chineseDigits[c[i + 1]] != nil) else { return nil }
        var j = i
        while j < c.count, chineseDigits[c[j]] != nil || smallUnits[c[j]] != nil || largeUnits[c[j]] != nil { j += 1 }
        guard let value = chineseValue(c[i..<j]) else { return nil }
        return ReadNumber(value: value, end: j, isChinese: true)
    }

    /// 三千萬 = 30,000,000; 二十 = 20; 一億二千萬 = 120,000,000.
    static func chineseValue(_ chars: ArraySlice<Character>) -> Double? {
        var total = 0.0, section = 0.0, digit = 0.0
        var sawDigit = false
        for ch in chars {
            if let d = chineseDigits[ch] {
                digit = d
                sawDigit = true
            } else if let unit = smallUnits[ch] {
                section += (digit == 0 && !sawDigit ? 1 : digit) * unit
                digit = 0
                sawDigit = false
            } else if let unit = largeUnits[ch] {
                total = (total + section + digit) * unit
                section = 0
                digit = 0
                sawDigit = false
            }
        }
        let value = total + section + digit
        return value > 0 || chars.contains("零") ? value : nil
    }

    /// What follows the number decides its kind: kind, unit, value, and how long the unit is.
    static func classify(_ c: [Character], number: ReadNumber) -> (Amount.Kind, String, Double, Int)? {
        let rest = String(c[number.end..<min(c.count, number.end + 6)])
        if rest.hasPrefix("%") || rest.hasPrefix("％") { return (.percent, "%", number.value, 1) }
        if let currency = currencies.first(where: rest.hasPrefix) { return (.money, currency, number.value, currency.count) }
        if let unit = units.first(where: rest.hasPrefix) { return (.quantity, unit, number.value, unit.count) }
        if let word = measureWords.first(where: rest.hasPrefix) { return (.count, word, number.value, word.count) }
        return nil
    }
}

