/// A figure found in the text: money (value in yuan, or in the currency named: 99.754億元 is
/// 9,975,400,000), a count with its measure word, a physical quantity, a percentage.
public struct Amount: Equatable {
    public enum Kind: String, Sendable { case money, count, quantity, percent }
    public enum Approximation: String, Sendable { case more, about, less }
    public var kind: Kind
    /// Exact; nil when the figure is too large to hold (it is still reported, with its text).
    /// For a range ("5至10亿元") the value is its minimum.
    public var value: Decimal10?
    public var min: Decimal10?
    public var max: Decimal10?
    public var approx: Approximation?
    /// As written after the number: 元, 美元, 人民币 for money; the measure word (個, 支); the unit (噸, MW).
    public var unit: String
    /// ISO 4217 code for money (CNY, USD, HKD…); no conversion is made.
    public var currency: String?
    /// What the figure counts, when a noun before it says so (总投资, 年产值, 罚款), in Simplified script.
    public var label: String?
    public var text: String
    /// 1-based byte offset in `a.text`.
    public var offset: Int

    public init(kind: Kind, value: Decimal10?, min: Decimal10? = nil, max: Decimal10? = nil, approx: Approximation? = nil,
                unit: String, currency: String? = nil, label: String? = nil, text: String, offset: Int) {
        (self.kind, self.value, self.min, self.max, self.approx) = (kind, value, min, max, approx)
        (self.unit, self.currency, self.label, self.text, self.offset) = (unit, currency, label, text, offset)
    }
}

public enum Numbers {
    /// Currencies after a number, longest first; 人民币 also stands before one.
    static let currencies = ScannedText.words([("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("港币", "HKD"),
                                   ("日元", "JPY"), ("英镑", "GBP"), ("韩元", "KRW"), ("澳元", "AUD"), ("卢布", "RUB"),
                                   ("新台币", "TWD"), ("台币", "TWD"), ("加元", "CAD"), ("瑞士法郎", "CHF"), ("元", "CNY")])
    static let currencyPrefixes = ScannedText.words([("人民币", "CNY"), ("¥", "CNY"), ("￥", "CNY"), ("us$", "USD"),
                                         ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("hk$", "HKD"),
                                         ("新台币", "TWD"), ("台币", "TWD"), ("港币", "HKD")])
    static let yuan = ScannedText.fold("元"), trillion = ScannedText.fold("兆")[0]
    /// Physical units, longest first, so 千瓦时 is not read as 千瓦.
    static let units = ScannedText.words(["千瓦时", "千瓦", "兆瓦时", "兆瓦", "万千瓦", "mwh", "gwh", "kwh", "mw", "gw", "kw", "万吨", "吨",
                              "公斤", "千克", "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "公顷", "亩", "米",
                              "个百分点", "百分点", "标箱", "teu", "千伏", "kv"].map { ($0, $0) })
    static let measureWords = ScannedText.words(["个", "支", "家", "项", "名", "人次", "人", "次", "座", "条", "台", "辆", "套", "所", "户",
                                     "件", "场", "批", "处", "位", "只", "头", "栋", "间", "份", "款", "架", "艘", "篇", "部",
                                     "场次", "个月", "起", "宗", "例", "张", "棵", "株"].map { ($0, $0) })
    static let percentSigns: Set<UInt32> = [0x25, 0x2030]  // % (full-width folds to it), ‰
    /// Before a number: how the figure is hedged.
    static let approxBefore = ScannedText.words([("不超过", Amount.Approximation.less), ("超过", .more), ("超出", .more), ("高于", .more),
                                     ("多于", .more), ("逾", .more), ("超", .more), ("大约", .about), ("约合", .about),
                                     ("约", .about), ("近", .less), ("将近", .less), ("接近", .less), ("不足", .less),
                                     ("不到", .less), ("低于", .less), ("少于", .less)])
    /// After the number, before its unit (100多万元, 2200余万元), or after the unit (3亿元以上).
    static let approxInside = ScannedText.words([("多", Amount.Approximation.more), ("余", .more)])
    static let approxAfter = ScannedText.words([("左右", Amount.Approximation.about), ("上下", .about), ("以上", .more),
                                    ("或以上", .more), ("以下", .less), ("或以下", .less), ("以内", .less)])
    static let rangeMarks = Set(["至", "到", "-", "—", "~", "〜", "－"].flatMap { ScannedText.fold($0) })
    /// Nouns that say what a figure counts; the nearest one before it in its clause is its label.
    static let labels = ScannedText.words(["计划总投资", "总投资额", "投资总额", "总投资", "计划投资", "投资额", "投资", "年产值", "总产值",
                               "产值", "签约金额", "签约额", "合同金额", "合同额", "营业收入", "主营业务收入", "营收", "销售收入",
                               "销售额", "收入", "净利润", "利润", "利税", "税收", "罚款", "罚金", "补贴", "补助", "奖励", "奖补",
                               "资金", "融资", "贷款", "授信", "拨付", "预算", "生产总值", "gdp", "成交额", "交易额", "出口额",
                               "进口额", "进出口总额", "进出口额", "外贸额", "消费额", "营业额", "注册资本", "估值", "市值",
                               "赔偿", "捐款", "捐赠", "募资", "债券", "财政收入", "支出", "投入"].map { ($0, $0) })
    /// What a figure can start with: a digit or a Chinese numeral.
    static let starts = UnitSet(Array(0x30...0x39).map(UInt32.init) + Array(Numerals.digits.keys) + Array(Numerals.smallUnits.keys))
    static let clauseEnds = ScannedText.units(of: "。！？；，：\n")

    public static func find(in text: String) -> [Amount] { find(in: ScannedText(text)) }

    /// Every figure in the text, in order.
    public static func find(in s: ScannedText) -> [Amount] {
        var found: [Amount] = []
        var quoteDepth = 0
        var i = 0
        while i < s.count {
            let u = s.units[i]
            if u == 0x201C || u == 0x300C { quoteDepth += 1 }  // “ 「
            if (u == 0x201D || u == 0x300D) && quoteDepth > 0 { quoteDepth -= 1 }
            guard starts.contains(u), let amount = amount(s, at: i, quoted: quoteDepth > 0) else { i += 1; continue }
            found.append(amount.record)
            i = max(i + 1, amount.end)
        }
        return found
    }

    /// A number and what follows it, read from `i`.
    struct Reading {
        var value: Decimal10?
        var end: Int
        var chinese: Bool
        var approx: Amount.Approximation?
        var scaled: Bool
    }

    /// The amount whose number starts at `i`, with its unit, hedges and label; nil when the
    /// number is no figure (an ordinal, a date part, a name, "一个").
    static func amount(_ s: ScannedText, at i: Int, quoted: Bool) -> (record: Amount, end: Int)? {
        guard var first = number(s, at: i) else { return nil }
        // Chinese numerals inside quotes are names and slogans ("三個一批"), not amounts.
        if first.chinese && quoted { return nil }
        var (start, approx, currency, currencyText) = prefixes(s, before: i)
        if s[start - 1] == 0x7B2C { return nil }  // 第: an ordinal
        var second: Reading?
        if rangeMarks.contains(s[first.end]), let other = number(s, at: first.end + 1), other.chinese == first.chinese {
            second = other
            if !first.scaled, other.scaled, let ratio = scale(of: s, other) {
                first.value = first.value?.scaled(by: ratio)  // 5至10亿元: both in 亿
            }
        }
        let last = second ?? first
        var end = last.end
        var kind: Amount.Kind, unit: String
        if let c = s.longest(currencies, at: end) {
            kind = .money
            unit = s.text(end..<(end + c.word.count))
            // 元 after a currency named before the number is that currency's (新台币1.7兆元)
            if c.word != yuan || currency == nil { currency = c.name }
            end += c.word.count
            // 万元人民币, 八億五千萬元新臺幣: the currency named after 元 is the figure's
            if c.word == yuan, let named = s.longest(currencies, at: end), named.word != yuan {
                currency = named.name
                end += named.word.count
            }
        } else if let code = currency {
            kind = .money
            unit = currencyText ?? ""
            currency = code
        } else if percentSigns.contains(s[end]) {
            (kind, unit) = (.percent, s.text(end..<(end + 1)))
            end += 1
        } else if let u = s.longest(units, at: end) {
            (kind, unit) = (.quantity, s.text(end..<(end + u.word.count)))
            end += u.word.count
        } else if let m = s.longest(measureWords, at: end) {
            (kind, unit) = (.count, s.text(end..<(end + m.word.count)))
            end += m.word.count
        } else if last.scaled, namesMoney(s, before: start) {
            // 总投资约6247.76亿: the noun says it is money, and 元 is left unsaid
            (kind, unit, currency) = (.money, "", "CNY")
        } else {
            return nil
        }
        // "一個", "一批": the numeral one with a measure word is an article, not a count.
        if first.chinese, kind == .count, second == nil, let v = first.value?.integer, v < 2 { return nil }
        approx = approx ?? first.approx ?? last.approx
        if let hedge = s.longest(approxAfter, at: end), second == nil {
            approx = approx ?? hedge.name
            end += hedge.word.count
        }
        let record = Amount(kind: kind, value: first.value, min: second == nil ? nil : first.value, max: second?.value,
                            approx: second == nil ? approx : nil, unit: unit, currency: kind == .money ? currency : nil,
                            label: kind == .percent ? nil : label(s, before: start), text: s.text(start..<end), offset: s.byteOffset(start))
        return (record, end)
    }

    /// The power of ten the 万 and 亿 that end a reading add (5至10亿元: the 5 is in 亿 too).
    static func scale(of s: ScannedText, _ reading: Reading) -> Int? {
        var power = 0
        var j = reading.end - 1
        while j >= 0, let p = multiplierPower(s.units[j]), p >= 4 || (p == 3 && !reading.chinese) { power += p; j -= 1 }
        return power == 0 ? nil : power
    }

    static func multiplierPower(_ u: UInt32) -> Int? {
        switch u {
        case 0x4E07: return 4  // 万
        case 0x4EBF: return 8  // 亿
        case 0x5343: return 3  // 千
        case 0x767E: return 2  // 百
        case 0x5341: return 1  // 十
        default: return nil
        }
    }

    /// A number at `i` with the multipliers and hedges that follow it: 100多万, 1.2万亿, 5千万, 二十三.
    static func number(_ s: ScannedText, at i: Int) -> Reading? {
        var reading: Reading
        if let arabic = Numerals.arabic(s, at: i) {
            reading = Reading(value: arabic.value, end: arabic.end, chinese: false, approx: nil, scaled: false)
        } else if let chinese = Numerals.chinese(s, at: i) {
            reading = Reading(value: chinese.value.map { Decimal10($0) }, end: chinese.end, chinese: true, approx: nil, scaled: false)
        } else {
            return nil
        }
        if !reading.chinese {
            if let hedge = s.longest(approxInside, at: reading.end), multiplierPower(s[reading.end + 1]) != nil {
                reading.approx = hedge.name
                reading.end += hedge.word.count
            }
            var last = 0
            while let power = multiplierPower(s[reading.end]), isMultiplier(s, at: reading.end) {
                reading.value = reading.value?.scaled(by: power)
                reading.scaled = true
                reading.end += 1
                last = power
            }
            if s[reading.end] == trillion { withTrillions(&reading, in: s) }
            if last >= 4 { withRest(&reading, below: last, in: s) }
        } else {
            reading.scaled = (i..<reading.end).contains { Numerals.largeUnits[s.units[$0]] != nil }
        }
        if let hedge = s.longest(approxInside, at: reading.end), reading.approx == nil,
           s.longest(currencies, at: reading.end + 1) != nil || s.longest(measureWords, at: reading.end + 1) != nil {
            reading.approx = hedge.name  // 100万余元, 三十多个
            reading.end += hedge.word.count
        }
        return reading
    }

    /// `reading` read on past a 兆 (Taiwan's trillion) after it: before 元 (1.7兆元) or before the
    /// rest of the figure in 亿 or 万 (3兆1325億元); elsewhere 兆 is mega (兆瓦), and left.
    static func withTrillions(_ reading: inout Reading, in s: ScannedText) {
        guard let whole = reading.value?.scaled(by: 12) else { return }
        if s[reading.end + 1] == yuan[0] {
            (reading.value, reading.scaled, reading.end) = (whole, true, reading.end + 1)
        } else if let rest = number(s, at: reading.end + 1), !rest.chinese, rest.scaled, let trillions = whole.integer,
                  let below = rest.value?.integer, below < 1_000_000_000_000 {
            let (sum, overflow) = trillions.addingReportingOverflow(below)
            guard !overflow else { return }
            (reading.value, reading.scaled, reading.end) = (Decimal10(sum), true, rest.end)
        }
    }

    /// `reading`, a figure in 亿 or 万, read on over the rest of it in smaller units right after
    /// (1亿5242万元, 2亿3千万元, 1万5千元): one figure, not two.
    static func withRest(_ reading: inout Reading, below power: Int, in s: ScannedText) {
        guard let whole = reading.value?.integer, let rest = number(s, at: reading.end), !rest.chinese, rest.scaled,
              let part = rest.value?.integer, part > 0, let limit = Decimal10(1).scaled(by: power)?.integer, part < limit else { return }
        let (sum, overflow) = whole.addingReportingOverflow(part)
        guard !overflow else { return }
        (reading.value, reading.end) = (Decimal10(sum), rest.end)
        if reading.approx == nil { reading.approx = rest.approx }
    }

    /// 万 and 亿 always scale a number; 十, 百 and 千 only when more follows that is money or
    /// a count (5千万元, 3百万), not 千瓦, 千克, 千米 or 百分点.
    static func isMultiplier(_ s: ScannedText, at j: Int) -> Bool {
        let u = s[j]
        if u == 0x4E07 || u == 0x4EBF { return true }
        let next = s[j + 1]
        if multiplierPower(next) != nil { return true }
        return u == 0x5343 && ![0x74E6, 0x514B, 0x7C73, 0x4F0F, 0x5361].contains(next)  // 瓦 克 米 伏 卡
            && (s.longest(currencies, at: j + 1) != nil || s.longest(measureWords, at: j + 1) != nil)
    }

    /// Hedges and a currency sign before the number at `i`: where the figure's text starts.
    static func prefixes(_ s: ScannedText, before i: Int) -> (start: Int, approx: Amount.Approximation?, currency: String?, currencyText: String?) {
        var start = i
        var currency: String?, currencyText: String?, approx: Amount.Approximation?
        if let c = s.longest(currencyPrefixes, endingAt: start) {
            currency = c.name
            currencyText = s.text((start - c.word.count)..<start)
            start -= c.word.count
        }
        if let hedge = s.longest(approxBefore, endingAt: start) {
            approx = hedge.name
            start -= hedge.word.count
        }
        return (start, approx, currency, currencyText)
    }

    /// Whether a label noun ends right before `start`, or a verb's character or two before it
    /// (投资额达, 销售额突破): the figure it opens is money.
    static func namesMoney(_ s: ScannedText, before start: Int) -> Bool {
        ((start - 2)...start).contains { k in s.longest(labels, endingAt: k) != nil }
    }

    /// The nearest label noun ending within 16 characters before `start`, in the same clause.
    static func label(_ s: ScannedText, before start: Int) -> String? {
        var k = start
        while k > 0, start - k <= 16, !clauseEnds.contains(s.units[k - 1]) {
            if let l = s.longest(labels, endingAt: k) { return l.name }
            k -= 1
        }
        return nil
    }
}
