import Foundation
import Segmentation
import Text
#if canImport(Glibc)
import Glibc
#endif

/// Dates as reports write them (2018年5月23日, 5月23号, ５月２３日, 二〇一八年五月二十三日, 23日,
/// 昨天, 上周, 5月22日至24日, 一季度, 今年以来…), each resolved to an ISO value where its year
/// is known, and the article's publication date with where it came from. A year is never
/// invented: it is stated in the expression, in the same sentence, or comes from the
/// publication date; target years ("到2030年") and years after today resolve nothing.
public struct DateMention: Equatable {
    public enum Kind: String, Sendable { case point, range, period }
    public enum Precision: String, Sendable { case day, month, year }
    public var text: String
    /// ISO 8601 (2018-05-23, 2018-05 or 2018), the start of a range or period; nil when the
    /// year is not known.
    public var value: String?
    /// The end of a range or period, likewise.
    public var to: String?
    public var precision: Precision
    public var kind: Kind
    /// 1-based byte offset in the text it was found in.
    public var offset: Int
    /// As written: the month and day stay known when the year is not.
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(text: String, value: String?, to: String? = nil, precision: Precision, kind: Kind, offset: Int,
                year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        (self.text, self.value, self.to, self.precision, self.kind) = (text, value, to, precision, kind)
        (self.offset, self.year, self.month, self.day) = (offset, year, month, day)
    }
}

public enum Dates {}

/// A calendar day, with the arithmetic relative dates need (days from 1970-01-01, proleptic Gregorian).
public struct Day: Equatable, Comparable, Sendable {
    public var year: Int, month: Int, day: Int

    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.length(of: month, in: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The day an ISO date names (2024-08-19); nil for a month or a year.
    init?(iso: String) {
        guard let day = PublicationDate(iso: iso, source: .text)?.calendarDay else { return nil }
        self = day
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    /// Monday = 0.
    var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public var iso: String { Dates.iso(year, month, day) }
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// Today, as the clock says (years after it are not publication years).
    public static var today: Day {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Day(ordinal: now.tv_sec / 86400)
    }
}


/// One date expression as written, before its year is resolved.
public struct DateExpression {
    public var start: Int, end: Int
    public var from: DateParts
    public var to: DateParts?
    public var kind: DateMention.Kind
    /// Which sentence of the scanned text it stands in (sentences end at 。！？ and line breaks).
    public var sentence: Int
    /// Whether it is all but alone on the text's last line, as a notice's signature date is.
    public var signsOff = false
    /// Whether it is alone on its line under its issuer's (`Dates.signsBlock`).
    public var signsBlock = false
    /// Whether it is a year that a clause on the past follows (2013年因持枪伤人被追逃, 2015年以来)
    /// or whose work is reviewed or planned (总结2025年工作, 2025年度先进): a day written before it
    /// in its sentence is not of that year, as it is of most years after it (8月19日，2024年第三次活动,
    /// 11月8日，朔州市2026年招才引智活动).
    public var recallsPast = false

    /// Whether its year may stand for a day's written before it in the sentence.
    func datesEarlierDay(in sentence: Int, before start: Int) -> Bool {
        self.sentence == sentence && from.year != nil && !from.target && (self.start < start || !recallsPast)
    }
}

extension DateExpression {
    /// With 全年 and 上年 counted from `year`, the year in discussion, where there is one.
    func anchored(to year: Int?) -> DateExpression {
        guard let year, from.ofYearInDiscussion else { return self }
        var anchored = self
        anchored.from = from.anchored(to: year)
        anchored.to = to?.anchored(to: year)
        return anchored
    }
}

extension DateParts {
    func anchored(to year: Int) -> DateParts {
        var anchored = self
        anchored.year = year + (yearShift ?? 0)
        anchored.yearShift = nil
        return anchored
    }
}

/// What an expression states: absolute parts, or shifts from the publication date.
public struct DateParts: Equatable {
    public var year: Int?
    /// 今年 0, 去年 -1, 明年 1.
    public var yearShift: Int?
    public var month: Int?
    /// 本月 0, 上月 -1.
    public var monthShift: Int?
    public var day: Int?
    /// 今天 0, 昨天 -1.
    public var dayShift: Int?
    /// Days from the Monday of the publication day's week (本周 is 0 to 6, 上周 -7 to -1).
    public var mondayShift: Int?
    /// 到2030年, 力争2025年: a goal, not when something happened.
    public var target = false
    /// Days after the day the text names last before it: 当天 and 同日 0 (else the publication
    /// day: `dayShift`), 次日 1 (else no day).
    public var afterNamedDay: Int?
    /// 全年, 上年: of the year the text is about, not the publication's: a bulletin published in
    /// 2026 says 2025年 and then 全年 for 2025, 比上年 for 2024 (`Dates.resolve`).
    public var ofYearInDiscussion = false

    var precision: DateMention.Precision { day != nil || dayShift != nil || mondayShift != nil || afterNamedDay != nil ? .day : month != nil || monthShift != nil ? .month : .year }
}

extension Dates {
    static let dayWords = ScannedText.words([("前天", -2), ("前日", -2), ("昨天", -1), ("昨日", -1), ("今天", 0), ("今日", 0),
                                 ("明天", 1), ("明日", 1), ("后天", 2)])
    /// Words for the day named last (新华社6月2日电…乌克兰总统当天表示) or the day after it (6月2日…次日):
    /// counted from that day, not the publication's.
    static let namedDayWords = ScannedText.words([("当天", 0), ("当日", 0), ("同日", 0), ("同一天", 0), ("同天", 0),
                                                  ("次日", 1), ("翌日", 1), ("第二天", 1)])
    /// 第二天 is the next day only where a clause opens with it: 开工的第二天 is the second day of the work.
    static let secondDay = ScannedText.fold("第二天")
    static let weekWords = ScannedText.words([("本周", 0), ("这周", 0), ("上周", -1), ("上个星期", -1), ("下周", 1)])
    /// The days of a week after its word (上周五), Monday first; 日 and 天 are both Sunday.
    static let weekdays = ScannedText.fold("一二三四五六日天")
    static let monthWords = ScannedText.words([("本月", 0), ("这个月", 0), ("上月", -1), ("上个月", -1), ("下月", 1), ("下个月", 1)])
    static let yearWords = ScannedText.words([("今年", 0), ("本年", 0), ("去年", -1), ("上年", -1), ("前年", -2), ("明年", 1)])
    /// The year words counted from the year in discussion (`DateParts.ofYearInDiscussion`).
    static let yearBefore = ScannedText.fold("上年")
    static let wholeYear = ScannedText.fold("全年")
    /// Parts of a year, as months (first, last).
    static let periods = ScannedText.words([("上半年", (1, 6)), ("下半年", (7, 12)), ("第一季度", (1, 3)), ("第二季度", (4, 6)),
                                ("第三季度", (7, 9)), ("第四季度", (10, 12)), ("一季度", (1, 3)), ("二季度", (4, 6)),
                                ("三季度", (7, 9)), ("四季度", (10, 12)), ("1季度", (1, 3)), ("2季度", (4, 6)), ("3季度", (7, 9)),
                                ("4季度", (10, 12)), ("前三季度", (1, 9)), ("前两季度", (1, 6)), ("q1", (1, 3)), ("q2", (4, 6)),
                                ("q3", (7, 9)), ("q4", (10, 12)), ("全年", (1, 12))])
    /// What follows 年 in 2018年底, 今年年初.
    static let yearParts = ScannedText.words([("年底", (12, 12)), ("年末", (12, 12)), ("年初", (1, 1)), ("年中", (6, 7))])
    static let rangeMarks = Set(["至", "到", "-", "—", "~", "〜", "－", "–"].flatMap { ScannedText.fold($0) })
    /// Words before a year that make it a goal: 到2030年, 力争2025年.
    static let targetWords = ScannedText.words(["到", "至", "力争", "争取", "预计", "计划", "目标", "有望", "将于", "确保"].map { ($0, true) })
    static let sentenceEnds = ScannedText.units(of: "。！？\n")
    static let (nian, yue, ri, hao, yiLai) = (UInt32(0x5E74), UInt32(0x6708), UInt32(0x65E5), UInt32(0x53F7), ScannedText.fold("以来"))
    /// Characters a date can start with; anything else is passed over at once.
    static let starts: UnitSet = {
        var set = Set<UInt32>((0x30...0x39).map { UInt32($0) })
        set.formUnion(Numerals.digits.keys)
        set.formUnion(Numerals.smallUnits.keys)
        for list in [dayWords.map(\.word), namedDayWords.map(\.word), weekWords.map(\.word), monthWords.map(\.word), yearWords.map(\.word), periods.map(\.word)] {
            for word in list { if let first = word.first { set.insert(first) } }
        }
        return UnitSet(set)
    }()

    /// Whether `e` is all of its line, under a short line that says nothing but a name: the
    /// issuer and date that sign a notice (山西省人民政府办公厅, then 2026年4月10日), wherever
    /// the notice's attachments put them.
    static func signsBlock(_ e: DateExpression, in s: ScannedText) -> Bool {
        guard s[e.start - 1] == 0x0A, s[e.end] == 0x0A || e.end == s.count else { return false }
        let above = (s.units[..<(e.start - 1)].lastIndex(of: 0x0A) ?? -1) + 1
        let issuer = s.units[above..<(e.start - 1)]
        return (4...30).contains(issuer.count) && !issuer.contains(where: signatureBreaks.contains)
    }

    /// Where a weekday in brackets from `i` ends (（星期日）, (周一)), or nil.
    static func weekdayEnd(_ s: ScannedText, from i: Int) -> Int? {
        guard Entities.openingBrackets.contains(s[i]), let close = (i..<min(s.count, i + 6)).first(where: { Entities.closingBrackets.contains(s.units[$0]) }),
              s.units[(i + 1)..<close].contains(where: weekdayWords.contains) else { return nil }
        return close + 1
    }

    /// Whether the text closes at `i` but for a mark or two, or for a line of the time alone
    /// (香港時間17時03分, as Hong Kong's government signs its releases under the date).
    static func closesText(_ s: ScannedText, from i: Int) -> Bool {
        guard s[i] == 0x0A else { return s.count - i <= 4 && !s.units[i...].contains(0x0A) }
        let line = s.units[(i + 1)...]
        return line.count <= 12 && !line.contains(0x0A) && line.contains(where: ScannedText.isDigit)
            && line.allSatisfy { ScannedText.isDigit($0) || timeLineWords.contains($0) }
    }

    static let weekdayWords = ScannedText.units(of: "星期周礼拜"), timeLineWords = ScannedText.units(of: "香港北京时间分:：")

    static let pastMarks = ScannedText.units(of: "因曾起被就便"), since = ScannedText.fold("以来")
    /// Verbs before a year whose work they review or plan, and words after it that make it that work.
    static let yearsWorkVerbs = ScannedText.words(["总结", "回顾", "盘点", "部署", "谋划", "展望"].map { ($0, true) })
    static let yearsWorkWords = ScannedText.words(["度", "工作"].map { ($0, true) })

    /// Whether a clause on the past opens at `i`, after a year (2013年因…, 2015年以来).
    static func recallsPast(_ s: ScannedText, after i: Int) -> Bool {
        pastMarks.contains(s[i]) || s.matches(since, at: i)
    }

    /// Whether the year `e` names a year's work, reviewed or planned (总结2025年工作, 2026年度计划).
    static func namesYearsWork(_ s: ScannedText, _ e: DateExpression) -> Bool {
        s.longest(yearsWorkVerbs, endingAt: e.start) != nil || yearsWorkWords.contains { s.matches($0.word, at: e.end) }
    }
    static let signatureBreaks = ScannedText.clauseMarks

    /// Every date expression in the text, in order.
    public static func expressions(in s: ScannedText) -> [DateExpression] {
        var found: [DateExpression] = []
        var sentence = 0
        var i = 0
        while i < s.count {
            let u = s.units[i]
            if sentenceEnds.contains(u) { sentence += 1; i += 1; continue }
            guard starts.contains(u), var e = expression(s, at: i) else { i += 1; continue }
            e.sentence = sentence
            e.signsBlock = e.kind == .point && e.from.day != nil && e.from.year != nil && signsBlock(e, in: s)
            e.recallsPast = e.from.year != nil && e.from.month == nil && (recallsPast(s, after: e.end) || namesYearsWork(s, e))
            found.append(e)
            i = e.end
        }
        if let last = found.last {
            let lineStart = s.units[..<last.start].lastIndex(of: 0x0A) ?? -1
            // a weekday may follow it in brackets (2023年4月16日（星期日）), and the time on a line of its own
            found[found.count - 1].signsOff = last.start - lineStart <= 30 && closesText(s, from: weekdayEnd(s, from: last.end) ?? last.end)
        }
        return found
    }

    /// The date expression at `i`, with a range's second half.
    static func expression(_ s: ScannedText, at i: Int) -> DateExpression? {
        if ScannedText.isDigit(s[i]), ScannedText.isDigit(s[i - 1]) || s[i - 1] == 0x2E { return nil }
        if let day = dayInBrackets(s, at: i) { return day }
        if let r = relative(s, at: i) { return r }
        if let years = yearRange(s, at: i) { return years }
        if let shared = sharedUnitRange(s, at: i) { return shared }
        guard let (first, end) = parts(s, at: i, allowLoneDay: true) else { return nil }
        var e = DateExpression(start: i, end: end, from: first.from, to: first.to, kind: first.to == nil ? .point : .period, sentence: 0)
        if first.to == nil, rangeMarks.contains(s[end]), let (second, secondEnd) = parts(s, at: end + 1, allowLoneDay: true),
           second.to == nil, let merged = inherit(second.from, from: first.from), merged.precision == first.from.precision {
            e.to = merged
            e.end = secondEnd
            e.kind = .range
        } else if let days = dayRange(s, after: first.from, at: end) {
            (e.from, e.to, e.end, e.kind) = (days.from, days.to, days.end, .range)
        }
        e.from.target = isTarget(s, before: i)
        return e
    }

    /// A month's days given as a range after it, their first 日 left out (3月19—20日, 3月19至20日):
    /// the month's first and last day of the range, where both days fall in the month.
    static func dayRange(_ s: ScannedText, after month: DateParts, at i: Int) -> (from: DateParts, to: DateParts, end: Int)? {
        guard let m = month.month, month.day == nil, let days = sharedUnitRange(s, at: i), days.to?.month == nil,
              let first = days.from.day, let last = days.to?.day, last <= Day.length(of: m, in: month.year ?? 2000) else { return nil }
        var from = month, to = month
        (from.day, to.day) = (first, last)
        return (from, to, days.end)
    }

    /// 今(13)日, 昨（12）日: today or yesterday with its day of the month in brackets, as Taiwan's
    /// and Hong Kong's reports write them. The day stated is the date, whenever the page was
    /// published; its month is the context's, as a lone day's.
    static func dayInBrackets(_ s: ScannedText, at i: Int) -> DateExpression? {
        guard dayOpeners.contains(s[i]), Entities.openingBrackets.contains(s[i + 1]), let d = digits(s, at: i + 2, max: 2),
              (1...31).contains(d.value), Entities.closingBrackets.contains(s[d.end]), s[d.end + 1] == ri else { return nil }
        return DateExpression(start: i, end: d.end + 2, from: DateParts(day: d.value), to: nil, kind: .point, sentence: 0)
    }

    static let dayOpeners = ScannedText.units(of: "今昨明")

    /// Whether a clause opens at `i`: the text's or a line's start, or after a clause's mark.
    static func opensClause(_ s: ScannedText, at i: Int) -> Bool {
        i == 0 || s[i - 1] == 0x0A || ScannedText.clauseMarks.contains(s[i - 1])
    }

    /// 昨天, 上周, 本月, 今年以来 (and 今年5月, which reads on as a date).
    static func relative(_ s: ScannedText, at i: Int) -> DateExpression? {
        // not inside a longer word (三明|日报; 不可同日而语)
        if let w = s.longest(dayWords, at: i), !s.splitsWord(at: i) {
            return DateExpression(start: i, end: i + w.word.count, from: DateParts(dayShift: w.name), to: nil, kind: .point, sentence: 0)
        }
        if let w = s.longest(namedDayWords, at: i), !s.splitsWord(at: i), !s.splitsWord(at: i + w.word.count),
           w.word != secondDay || opensClause(s, at: i) {
            let parts = DateParts(dayShift: w.name == 0 ? 0 : nil, afterNamedDay: w.name)
            return DateExpression(start: i, end: i + w.word.count, from: parts, to: nil, kind: .point, sentence: 0)
        }
        if let w = s.longest(weekWords, at: i) {
            let end = i + w.word.count
            if let weekday = weekdays.firstIndex(of: s[end]) {  // 上周五: one day of that week
                return DateExpression(start: i, end: end + 1, from: DateParts(mondayShift: 7 * w.name + min(weekday, 6)), to: nil,
                                      kind: .point, sentence: 0)
            }
            return DateExpression(start: i, end: end, from: DateParts(mondayShift: 7 * w.name),
                                  to: DateParts(mondayShift: 7 * w.name + 6), kind: .period, sentence: 0)
        }
        if let w = s.longest(monthWords, at: i) {
            return DateExpression(start: i, end: i + w.word.count, from: DateParts(monthShift: w.name), to: nil, kind: .point, sentence: 0)
        }
        return nil
    }

    /// "2018-2020年", "2018至2020年": years whose first 年 is left out.
    static func yearRange(_ s: ScannedText, at i: Int) -> DateExpression? {
        guard let first = year(s, at: i), rangeMarks.contains(s[first.end]), let second = year(s, at: first.end + 1),
              s[second.end] == nian, first.value <= second.value else { return nil }
        return DateExpression(start: i, end: second.end + 1, from: DateParts(year: first.value, target: isTarget(s, before: i)),
                              to: DateParts(year: second.value), kind: .range, sentence: 0)
    }

    /// "1至11月", "22至24日": a range whose first number shares the second's unit.
    static func sharedUnitRange(_ s: ScannedText, at i: Int) -> DateExpression? {
        guard let first = ScannedText.isDigit(s[i]) ? digits(s, at: i, max: 2) : nil, rangeMarks.contains(s[first.end]),
              let (secondParts, end) = parts(s, at: first.end + 1, allowLoneDay: true), secondParts.to == nil,
              secondParts.from.year == nil, secondParts.from.yearShift == nil else { return nil }
        let second = secondParts.from
        var from = second
        if second.day != nil, second.month == nil, first.value <= (second.day ?? 0) {
            from.day = first.value
        } else if second.month != nil, second.day == nil, (1...12).contains(first.value), first.value <= (second.month ?? 0) {
            from.month = first.value
        } else {
            return nil
        }
        return DateExpression(start: i, end: end, from: from, to: second, kind: .range, sentence: 0)
    }

    /// A year, a month, a day, or a part of a year, from `i`; `to` is set for parts of a year.
    static func parts(_ s: ScannedText, at i: Int, allowLoneDay: Bool) -> ((from: DateParts, to: DateParts?), Int)? {
        var p = DateParts()
        var j = i
        if let w = s.longest(yearWords, at: i) {
            p.yearShift = w.name
            p.ofYearInDiscussion = w.word == yearBefore
            j += w.word.count
            if s.matches(yiLai, at: j) {  // 今年以来: from 1 January to the publication day
                return ((DateParts(yearShift: w.name, month: 1, day: 1), DateParts(dayShift: 0)), j + yiLai.count)
            }
        } else if let y = year(s, at: i) ?? republicYear(s, at: i) {
            if let iso = numericDate(s, year: y.value, at: y.end) { return ((iso.parts, nil), iso.end) }
            guard s[y.end] == nian else { return nil }
            p.year = y.value
            j = y.end + 1
        }
        let hasYear = p.year != nil || p.yearShift != nil
        // 2018年底 (年 is both the year's and the part's), 今年年底
        // not where the part's last character opens a word (2026年中|国科学院, 2026年初|中学业)
        if hasYear, let (part, at) = [j, j - 1].lazy.compactMap({ at in s.longest(yearParts, at: at).map { ($0, at) } }).first,
           !s.splitsWord(at: at + part.word.count) {
            return period(p, months: part.name, end: at + part.word.count)
        }
        if let part = s.longest(periods, at: j), !withinCode(s, j..<(j + part.word.count)) {
            if !hasYear, part.word == wholeYear { p.ofYearInDiscussion = true }
            return period(p, months: part.name, end: j + part.word.count)
        }
        if let m = small(s, at: j, unit: [yue], range: 1...12) {
            // a month of the lunar calendar (农历七月初七, 七月初七) is no month of the year's
            guard s[m.end] != lunarDay, s.longest(lunarMarks, endingAt: j) == nil else { return nil }
            p.month = m.value
            j = m.end
            if s[j] == 0x4EFD { j += 1 }  // 5月份
            else if let d = small(s, at: j, unit: [ri, hao], range: 1...31), d.value <= Day.length(of: m.value, in: p.year ?? 2000) {
                p.day = d.value
                j = d.end
            }
            return ((p, nil), j)
        }
        if hasYear { return ((p, nil), j) }
        // 23日 alone: its month comes from the context. Arabic digits, or Chinese numerals of two
        // characters or more (二十三日, as datelines write days: 一日三餐 is no date), and not a
        // span of days (3日内, 拘留10日).
        if allowLoneDay, let d = small(s, at: i, unit: [ri], range: 1...31), ScannedText.isDigit(s[i]) || d.end - i >= 3,
           !"内起间".unicodeScalars.contains(where: { $0.value == s[d.end] }), s.longest(dayCounters, endingAt: i) == nil {
            p.day = d.value
            return ((p, nil), d.end)
        }
        return nil
    }

    /// What says a month is the lunar calendar's: 农历 before it, 初 (初七, its days' first ten) after it.
    static let lunarMarks = ScannedText.words(["农历", "阴历"].map { ($0, true) })
    static let lunarDay = ScannedText.fold("初")[0]

    /// Whether a word of letters and digits (q2) is part of a longer one: a code such as
    /// LLSQ2026-0158 names no quarter.
    static func withinCode(_ s: ScannedText, _ word: Range<Int>) -> Bool {
        ScannedText.isLetterOrDigit(s[word.lowerBound]) && (ScannedText.isLetterOrDigit(s[word.lowerBound - 1]) || ScannedText.isLetterOrDigit(s[word.upperBound]))
    }

    /// Words after which a number of 日 counts days (行政拘留10日, 为期3日, 连续5日), not a date.
    static let dayCounters = ScannedText.words(["拘留", "为期", "连续", "历时", "持续", "长达", "共", "满", "达", "约", "近", "超过",
                                                "逾期", "延长", "停产", "隔离", "住院", "每"].map { ($0, true) })

    static func period(_ p: DateParts, months: (Int, Int), end: Int) -> ((from: DateParts, to: DateParts?), Int) {
        var from = p, to = p
        from.month = months.0
        to.month = months.1
        return ((from, to), end)
    }

    /// A four-digit year (1900 to 2099) in Arabic or Chinese digits (二〇一八).
    static func year(_ s: ScannedText, at i: Int) -> (value: Int, end: Int)? {
        if ScannedText.isDigit(s[i]) {
            guard (0..<4).allSatisfy({ ScannedText.isDigit(s[i + $0]) }), !ScannedText.isDigit(s[i + 4]) else { return nil }
            let value = (0..<4).reduce(0) { $0 * 10 + Int(s[i + $1] - 0x30) }
            return (1900...2099).contains(value) ? (value, i + 4) : nil
        }
        guard (0..<4).allSatisfy({ Numerals.isChineseDigit(s[i + $0]) }), !Numerals.isChineseNumeral(s[i + 4]),
              let value = Numerals.value(s.units[i..<(i + 4)]), (1900...2099).contains(value) else { return nil }
        return (value, i + 4)
    }

    /// A year of the Republic of China's calendar, as Taiwan's government writes dates, as the
    /// Gregorian year (year 1 is 1912): after 民國 (民國114年, 民國一一四年), or of three digits
    /// from 100 to 150 with a month (114年1月13日), a fiscal year (114年度) or a numeric date
    /// after it (112-02-03). Alone, three digits and 年 are more often a count (建党100年).
    static func republicYear(_ s: ScannedText, at i: Int) -> (value: Int, end: Int)? {
        let named = s.matches(republic, endingAt: i)
        var end = i, value = 0
        while end - i < 3, ScannedText.isDigit(s[end]) { value = value * 10 + Int(s[end] - 0x30); end += 1 }
        if named, end == i, let numeral = Numerals.chinese(s, at: i), numeral.end - i <= 5, let v = numeral.value { (value, end) = (v, numeral.end) }
        guard end > i, !ScannedText.isDigit(s[end]), (1...150).contains(value) else { return nil }
        let gregorian = value + republicFirstYear - 1
        if named { return (gregorian, end) }
        guard end - i == 3, value >= 100 else { return nil }
        let withMonth = s[end] == nian && (small(s, at: end + 1, unit: [yue], range: 1...12) != nil || s[end + 1] == fiscal)
        return withMonth || numericDate(s, year: gregorian, at: end) != nil ? (gregorian, end) : nil
    }

    static let republic = ScannedText.fold("民国"), fiscal = ScannedText.fold("度")[0], republicFirstYear = 1912

    /// 2018-05-23, 2018/5/23, 2018.5.23 after a year: the month and day, when valid; a day run
    /// together with the time after it (2021-12-0914:56:00, as some pages print their date) too.
    static func numericDate(_ s: ScannedText, year: Int, at j: Int) -> (parts: DateParts, end: Int)? {
        let separator = s[j]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E,
              let m = digits(s, at: j + 1, max: 2), s[m.end] == separator,
              let d = digits(s, at: m.end + 1, max: 2) ?? dayBeforeTime(s, at: m.end + 1),
              Day(year, m.value, d.value) != nil else { return nil }
        return (DateParts(year: year, month: m.value, day: d.value), d.end)
    }

    /// Two digits of a day that a time follows with no space (09|14:56): the day, ending before the hour.
    static func dayBeforeTime(_ s: ScannedText, at i: Int) -> (value: Int, end: Int)? {
        guard (i..<(i + 4)).allSatisfy({ ScannedText.isDigit(s[$0]) }), s[i + 4] == colon, digits(s, at: i + 2, max: 2) != nil else { return nil }
        return (Int(s[i] - 0x30) * 10 + Int(s[i + 1] - 0x30), i + 2)
    }

    static let colon = UInt32(0x3A)

    /// One or two Arabic digits, not followed by a third.
    static func digits(_ s: ScannedText, at i: Int, max: Int) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while j - i < max, ScannedText.isDigit(s[j]) { value = value * 10 + Int(s[j] - 0x30); j += 1 }
        guard j > i, !ScannedText.isDigit(s[j]) else { return nil }
        return (value, j)
    }

    /// A month or day number (Arabic or Chinese) followed by one of `unit`, within `range`.
    static func small(_ s: ScannedText, at i: Int, unit: [UInt32], range: ClosedRange<Int>) -> (value: Int, end: Int)? {
        let number: (value: Int?, end: Int)?
        if ScannedText.isDigit(s[i]) {
            number = digits(s, at: i, max: 2).map { ($0.value, $0.end) }
        } else {
            number = Numerals.chinese(s, at: i, stopBeforeLarge: true)
        }
        guard let number, let value = number.value, range.contains(value), unit.contains(s[number.end]) else { return nil }
        return (value, number.end + 1)
    }

    /// The second half of a range takes what it leaves out from the first (5月22日至24日); an
    /// earlier month is in the next year (2026年12月28日至1月3日).
    static func inherit(_ second: DateParts, from first: DateParts) -> DateParts? {
        var p = second
        if p.year == nil, p.yearShift == nil {
            let next = (p.month ?? 13) < (first.month ?? 0) ? 1 : 0
            p.year = first.year.map { $0 + next }
            p.yearShift = first.yearShift.map { $0 + next }
        }
        if p.month == nil, p.day != nil { p.month = first.month }
        if p.month == nil, first.month != nil, p.year == first.year { return nil }
        return p
    }

    static func isTarget(_ s: ScannedText, before i: Int) -> Bool {
        s.longest(targetWords, endingAt: i) != nil
    }
}

/// When an article was published, and how that is known.
public struct PublicationDate: Equatable {
    public enum Source: String, Sendable { case metadata, byline, dateline, path, text }
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var source: Source

    public var precision: DateMention.Precision { day != nil ? .day : month != nil ? .month : .year }

    /// The date `iso` writes ("2024-08-19", "2024-08", "2024", in ASCII digits), found by
    /// `source`; nil when `iso` is not one. Read byte by byte: opening a store reads one for
    /// every article.
    public init?(iso: String, source: Source) {
        var parts = (0, 0, 0), count = 0, digits = 0
        for byte in iso.utf8 {
            if byte == 0x2D, digits > 0, count < 2 {  // -
                (count, digits) = (count + 1, 0)
                continue
            }
            guard (0x30...0x39).contains(byte), digits < 9 else { return nil }
            let digit = Int(byte - 0x30)
            switch count {
            case 0: parts.0 = parts.0 * 10 + digit
            case 1: parts.1 = parts.1 * 10 + digit
            default: parts.2 = parts.2 * 10 + digit
            }
            digits += 1
        }
        guard digits > 0 else { return nil }
        (self.year, self.month, self.day, self.source) = (parts.0, count > 0 ? parts.1 : nil, count > 1 ? parts.2 : nil, source)
    }

    init(year: Int, month: Int?, day: Int?, source: Source) {
        (self.year, self.month, self.day, self.source) = (year, month, day, source)
    }
    public var iso: String { Dates.iso(year, month, day) }
    var calendarDay: Day? { month.flatMap { m in day.flatMap { Day(year, m, $0) } } }
}

extension Dates {
    /// "2018-05-23", "2018-05" or "2018", by what is known.
    public static func iso(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        func pad(_ n: Int, _ width: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, width - s.count)) + s }
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let month, month > 0, let day { text += "-" + pad(day, 2) }
        return text
    }

    /// Lines that state when a page was published: 发布时间：2018-05-23, 来源：…  日期：….
    static let bylineMarks = ["发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "发稿时间", "时间：", "时间:", "日期：", "日期:",
                              "来源：", "来源:", "发布：", "发布:"].map(ScannedText.fold)
    static let bylineFirsts = UnitSet(bylineMarks.compactMap(\.first))
    /// The marks that also close other fields' names (报名时间：, 截止日期：).
    static let bareMarks = ["时间：", "时间:", "日期：", "日期:"].map(ScannedText.fold)

    /// Whether `mark` stands at `i` as a byline's: a bare mark (时间：) opens the line or follows a
    /// space or mark, not another word (报名时间：2026年5月10日 is when to apply, not to publish).
    static func marksByline(_ s: ScannedText, _ mark: [UInt32], at i: Int) -> Bool {
        s.matches(mark, at: i) && (!bareMarks.contains(mark) || i == 0 || !Han.isHan(s.units[i - 1]))
    }

    /// The publication date, from the first source that states one with its year: metadata, a
    /// byline line, the page's date line under the title (`dateLine`: 2026年6月3日　新华社, with no
    /// mark), the dateline (its year stated in the same sentence, or in the path), the path or
    /// URL, then the text (a full date in the first sentence, or a short last line that is a
    /// date). Never after `today`.
    public static func publication(metadata: String?, bylines: [String], dateLine: String? = nil, dateline: Dateline?, paths: [String],
                                   expressions: [DateExpression], today: Day) -> PublicationDate? {
        func valid(_ p: PublicationDate?) -> PublicationDate? {
            guard let p, p.year >= 1900, p.year <= today.year else { return nil }
            if p.day != nil, p.calendarDay == nil { return nil }  // 2月29日 with a year that has none
            if let d = p.calendarDay, d > today { return nil }
            return p
        }
        if let metadata, let p = valid(stated(metadata, source: .metadata) ?? timestamp(metadata)) { return p }
        for line in bylines where line.utf8.count <= 300 {  // a byline is a short line
            let s = ScannedText(line)
            guard (0..<s.count).contains(where: { i in bylineFirsts.contains(s.units[i]) && bylineMarks.contains { marksByline(s, $0, at: i) } })
            else { continue }
            if let p = valid(stated(line, source: .byline)), p.day != nil { return p }
        }
        if let dateLine, let p = valid(stated(dateLine, source: .byline)), p.day != nil { return p }
        let fromPath = paths.lazy.compactMap { valid(pathDate($0)) }.first
        if let dateline, dateline.month > 0,
           let year = expressions.first(where: { $0.sentence == 0 && $0.from.year != nil && !$0.from.target })?.from.year ?? fromPath?.year,
           let p = valid(PublicationDate(year: year, month: dateline.month, day: dateline.day, source: .dateline)), p.calendarDay != nil {
            return p
        }
        if var fromPath {
            // a path that gives the month (…/2022/08/…) takes the day from the first sentence's 8月19日
            if fromPath.day == nil, let e = expressions.first(where: { $0.sentence == 0 && $0.kind == .point && $0.from.year == nil
                                                                     && $0.from.yearShift == nil && $0.from.month == fromPath.month }),
               let day = e.from.day, let month = fromPath.month, Day(fromPath.year, month, day) != nil {
                fromPath.day = day
            }
            return fromPath
        }
        return valid(textDate(expressions))
    }

    /// A date whose year is stated, read from a short text (metadata, a byline line).
    static func stated(_ text: String, source: PublicationDate.Source) -> PublicationDate? {
        let s = ScannedText(text)
        if let e = expressions(in: s).first(where: { $0.from.year != nil }), let year = e.from.year {
            return PublicationDate(year: year, month: e.from.month, day: e.from.day, source: source)
        }
        return pathDate(text).map { PublicationDate(year: $0.year, month: $0.month, day: $0.day, source: source) }
    }

    /// Seconds (10 digits) or milliseconds (13) since 1970, as some scrapers store dates.
    static func timestamp(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 10 || trimmed.count == 13, trimmed.allSatisfy(\.isASCII), let n = Int(trimmed), n > 0 else { return nil }
        let day = Day(ordinal: (trimmed.count == 13 ? n / 1000 : n) / 86400)
        return PublicationDate(year: day.year, month: day.month, day: day.day, source: .metadata)
    }

    /// A date in a path or URL: …/2018-05/23/…, t20180523_…, 2018-05-23, 201805/23.
    static func pathDate(_ path: String) -> PublicationDate? {
        // runs of ASCII digits and the one separator after each
        var runs: [(digits: [Int], separator: UInt8?)] = []
        var current: [Int] = []
        for byte in path.utf8 {
            if byte >= 0x30 && byte <= 0x39 { current.append(Int(byte - 0x30)); continue }
            if !current.isEmpty { runs.append((current, byte)) }
            else if !runs.isEmpty { runs[runs.count - 1].separator = nil }  // two separators: the run stands alone
            current = []
        }
        if !current.isEmpty { runs.append((current, nil)) }
        func number(_ d: ArraySlice<Int>) -> Int { d.reduce(0) { $0 * 10 + $1 } }
        let joins: Set<UInt8> = [0x2D, 0x5F, 0x2F, 0x2E]  // - _ / .
        for (k, run) in runs.enumerated() {
            let d = run.digits
            let next = k + 1 < runs.count && run.separator.map(joins.contains) == true ? runs[k + 1].digits : nil
            let afterNext = k + 2 < runs.count && runs[k + 1].separator.map(joins.contains) == true && next != nil ? runs[k + 2].digits : nil
            var found: (Int, Int, Int?)?
            if d.count == 8 || d.count == 14 {
                found = (number(d[0..<4]), number(d[4..<6]), number(d[6..<8]))
            } else if d.count == 6, let next, next.count == 2 {
                found = (number(d[0..<4]), number(d[4..<6]), number(next[...]))
            } else if d.count == 4, let next, next.count <= 2 {
                found = (number(d[...]), number(next[...]), afterNext.flatMap { $0.count <= 2 ? number($0[...]) : nil })
            }
            guard let (y, m, day) = found, (1900...2099).contains(y), (1...12).contains(m) else { continue }
            if let day {
                if Day(y, m, day) != nil { return PublicationDate(year: y, month: m, day: day, source: .path) }
            } else {
                return PublicationDate(year: y, month: m, day: nil, source: .path)
            }
        }
        return nil
    }

    /// A full date in the first sentence (or a month and day there with a year of that sentence
    /// that may be the day's: `DateExpression.recallsPast`), else a short last line that is a date (the signature of a notice), else
    /// the first date alone under its issuer's line (a notice's, before its attachments).
    static func textDate(_ expressions: [DateExpression]) -> PublicationDate? {
        let first = expressions.filter { $0.sentence == 0 && $0.kind == .point && !$0.from.target }
        if let e = first.first(where: { $0.from.year != nil && $0.from.day != nil }), let y = e.from.year {
            return PublicationDate(year: y, month: e.from.month, day: e.from.day, source: .text)
        }
        if let e = first.first(where: { $0.from.month != nil && $0.from.day != nil && $0.from.yearShift == nil }),
           let y = expressions.first(where: { $0.datesEarlierDay(in: 0, before: e.start) })?.from.year {
            return PublicationDate(year: y, month: e.from.month, day: e.from.day, source: .text)
        }
        if let last = expressions.last, last.signsOff, last.from.day != nil, last.kind == .point, let y = last.from.year {
            return PublicationDate(year: y, month: last.from.month, day: last.from.day, source: .text)
        }
        if let signed = expressions.first(where: \.signsBlock), let y = signed.from.year {
            return PublicationDate(year: y, month: signed.from.month, day: signed.from.day, source: .text)
        }
        return nil
    }

    /// Every expression resolved: its year from the expression, the same sentence (before it, or,
    /// in an undated article, after it where that year recalls no past), or the publication date;
    /// a lone day's month from the date before it. 全年 and 上年 count from the
    /// year in discussion: one stated or resolved earlier in their sentence, else `titleYear`
    /// (晋城市2025年国民经济和社会发展统计公报), else the publication's.
    public static func resolve(_ expressions: [DateExpression], in s: ScannedText, publication: PublicationDate?, today: Day,
                               titleYear: Int? = nil) -> [DateMention] {
        var sentenceYears: [Int: [(start: Int, year: Int, recallsPast: Bool)]] = [:]
        for e in expressions where !e.from.target {
            if let y = e.from.year, y <= today.year { sentenceYears[e.sentence, default: []].append((e.start, y, e.recallsPast)) }
        }
        var context: (year: Int?, month: Int?) = (nil, nil)
        var lastDay: Day?
        var resolvedYear: (sentence: Int, year: Int)?
        return expressions.map { expression in
            let years = sentenceYears[expression.sentence] ?? []
            // a year after the day is more often the work it reviews or plans (1月8日，召开2025年工作总结会)
            // than the day's: the publication date, when there is one, places the day better
            let yearAfter = publication == nil ? years.first(where: { !$0.recallsPast })?.year : nil
            let sentenceYear = years.last(where: { $0.start < expression.start })?.year ?? yearAfter
            let earlier = resolvedYear.flatMap { $0.sentence == expression.sentence ? $0.year : nil }
            let e = expression.anchored(to: sentenceYear ?? earlier ?? titleYear)
            // a lone day (7日) takes its month from the date before it, else the publication month
            var base = (year: sentenceYear, month: context.month ?? publication?.month)
            if e.from.month == nil, e.from.day != nil {
                base.year = context.month != nil ? context.year ?? base.year : base.year ?? publication?.year
            }
            let nearPublication = e.kind != .period  // 一季度 is this year's, whatever the month now
            var from = namedDay(e.from, after: lastDay) ?? resolve(e.from, base: base, publication: publication, nearPublication: nearPublication)
            var to = e.to.map {
                resolve($0, base: (from.year ?? base.year, from.month ?? base.month), publication: publication, nearPublication: nearPublication)
            }
            // a range with no year stated ends near the publication date and starts in its end's year (1至11月)
            if e.kind == .range, e.from.year == nil, e.from.yearShift == nil, let end = e.to {
                let resolvedEnd = resolve(end, base: base, publication: publication, nearPublication: true)
                to = resolvedEnd
                from = resolve(e.from, base: (resolvedEnd.year, base.month), publication: publication, nearPublication: false)
                if let y = resolvedEnd.year, let start = from.month, let last = resolvedEnd.month, start > last {  // 12月28日至1月3日
                    from = resolve(e.from, base: (y - 1, base.month), publication: publication, nearPublication: false)
                }
            }
            // a lone day's month is the last point's or range end's, never a period's first
            // (前三季度…，31日 is not in January)
            if e.kind != .period, let side = e.kind == .range ? to : from, side.month != nil { context = (side.year, side.month) }
            if e.kind == .point, e.from.precision == .day, !e.from.target, let iso = from.iso { lastDay = Day(iso: iso) }
            // 上年 compares with another year; 全年 restates this one
            let comparesWithAnother = expression.from.ofYearInDiscussion && expression.from.yearShift != nil
            if !e.from.target, !comparesWithAnother, let year = from.year {
                resolvedYear = (e.sentence, year)
            }
            let iso = from.iso, toIso = to?.iso
            return DateMention(text: s.text(e.start..<e.end), value: iso, to: iso == nil ? nil : toIso, precision: e.from.precision,
                               kind: e.kind, offset: s.byteOffset(e.start), year: e.from.year, month: e.from.month, day: e.from.day)
        }
    }

    /// 当天 or 次日 counted from the day named last; nil where the expression counts from no such day.
    static func namedDay(_ p: DateParts, after last: Day?) -> (year: Int?, month: Int?, iso: String?)? {
        guard let shift = p.afterNamedDay else { return nil }
        // with no day named, 当天 is the publication day (its dayShift), and 次日 none
        guard let last else { return shift == 0 ? nil : (nil, nil, nil) }
        let d = last.adding(days: shift)
        return (d.year, d.month, d.iso)
    }

    /// One side of an expression as a calendar value, where it can be known.
    static func resolve(_ p: DateParts, base: (year: Int?, month: Int?), publication: PublicationDate?,
                        nearPublication: Bool) -> (year: Int?, month: Int?, iso: String?) {
        let pubDay = publication?.calendarDay
        if let shift = p.dayShift {
            guard let d = pubDay?.adding(days: shift) else { return (nil, nil, nil) }
            return (d.year, d.month, d.iso)
        }
        if let shift = p.mondayShift {
            guard let pubDay else { return (nil, nil, nil) }
            let d = pubDay.adding(days: shift - pubDay.weekday)
            return (d.year, d.month, d.iso)
        }
        if let shift = p.monthShift {
            guard let publication, let m = publication.month else { return (nil, nil, nil) }
            let index = publication.year * 12 + (m - 1) + shift
            let (y, month) = (index / 12, index % 12 + 1)
            return (y, month, iso(y, month, nil))
        }
        let month = p.month ?? (p.day != nil ? base.month : nil)
        // 今年 counts from the publication's year alone: with none, it is not the 2022年 beside it
        var year = p.year ?? (p.yearShift.map { shift in publication.map { $0.year + shift } } ?? base.year)
        if year == nil, p.yearShift == nil, let publication {
            year = publication.year
            // a month far from the publication month is in the year before or after (a January
            // report's "12月28日" is last December)
            if nearPublication, let m = month, let pm = publication.month { year = publication.year + (m - pm > 6 ? -1 : pm - m > 6 ? 1 : 0) }
        }
        guard let y = year else { return (nil, month, nil) }
        guard let m = month else { return (y, nil, p.day == nil ? iso(y, nil, nil) : nil) }
        if let d = p.day { return Day(y, m, d).map { (y, m, $0.iso) } ?? (y, m, nil) }
        return (y, m, iso(y, m, nil))
    }
}
