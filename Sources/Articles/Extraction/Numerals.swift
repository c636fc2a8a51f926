/// Reading numbers as reports write them: ASCII or any other decimal digits (folded to ASCII by
/// `ScannedText`), with decimals and thousands separators, and Chinese numerals (三千二百,
/// 二〇一八, 两, 廿). Values are exact: a decimal is kept as digits and a power of ten, and
/// anything that would overflow is nil rather than wrong.
public struct Decimal10: Equatable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// value = mantissa × 10^exponent
    public var mantissa: Int
    public var exponent: Int

    public init(_ mantissa: Int, exponent: Int = 0) {
        self.mantissa = mantissa
        self.exponent = exponent
        normalise()
    }

    public init(integerLiteral value: Int) { self.init(value) }

    /// One form for one value: trailing zeros of a fraction dropped (1.50 is 15 × 10^-1) and a
    /// whole number that fits held as an integer (1.5亿 is 150000000 × 10^0).
    private mutating func normalise() {
        while exponent < 0, mantissa % 10 == 0, mantissa != 0 { mantissa /= 10; exponent += 1 }
        if mantissa == 0 { exponent = 0 }
        if exponent > 0, let whole = Numerals.timesPowerOfTen(mantissa, exponent) { (mantissa, exponent) = (whole, 0) }
    }

    /// The value as an integer, when it is whole and fits.
    public var integer: Int? {
        exponent == 0 ? mantissa : nil
    }

    /// The nearest Double, read from the decimal digits (so 0.35 is the 0.35 a reader expects).
    public var double: Double { Double("\(mantissa)e\(exponent)") ?? Double(mantissa) }

    /// Multiplied by 10^power; nil when the result would not fit.
    public func scaled(by power: Int) -> Decimal10? {
        let result = Decimal10(mantissa, exponent: exponent + power)
        return result.exponent > 0 ? nil : result  // a whole number too large for 64 bits
    }

    /// The decimal as written without an exponent: "15680000000", "0.35".
    public var description: String {
        if let integer { return String(integer) }
        let digits = String(mantissa.magnitude)
        let fraction = -exponent
        let padded = String(repeating: "0", count: max(0, fraction - digits.count + 1)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -fraction)
        return (mantissa < 0 ? "-" : "") + padded[..<point] + "." + padded[point...]
    }
}

public enum Numerals {
    static let digits: [UInt32: Int] = Dictionary(uniqueKeysWithValues: [
        ("零", 0), ("〇", 0), ("○", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7),
        ("八", 8), ("九", 9), ("壹", 1), ("贰", 2), ("叁", 3), ("肆", 4), ("伍", 5), ("陆", 6), ("柒", 7), ("捌", 8), ("玖", 9),
    ].compactMap { pair in pair.0.unicodeScalars.first.map { ($0.value, pair.1) } })
    /// Units within a section (十, 百, 千) and the tens written as one character (廿 20, 卅 30).
    static let smallUnits: [UInt32: Int] = Dictionary(uniqueKeysWithValues: [
        ("十", 10), ("拾", 10), ("百", 100), ("佰", 100), ("千", 1000), ("仟", 1000), ("廿", 20), ("卅", 30),
    ].compactMap { pair in pair.0.unicodeScalars.first.map { ($0.value, pair.1) } })
    /// 万 and 亿 scale everything before them (folded text: 萬 and 億 read as these).
    static let largeUnits: [UInt32: Int] = [0x4E07: 4, 0x4EBF: 8]  // 万, 亿: powers of ten

    public static func isChineseDigit(_ u: UInt32) -> Bool { digits[u] != nil }
    public static func isChineseNumeral(_ u: UInt32) -> Bool { digits[u] != nil || smallUnits[u] != nil || largeUnits[u] != nil }

    /// An Arabic number at `i` (digits, one decimal point, thousands separators): its value and
    /// end. Not inside a longer run of letters and digits ("o3", "GB2312").
    public static func arabic(_ s: ScannedText, at i: Int) -> (value: Decimal10?, end: Int)? {
        guard ScannedText.isDigit(s[i]) else { return nil }
        let before = s[i - 1]
        if ScannedText.isDigit(before) || ScannedText.isLetter(before) || before == 0x2E || before == 0x2C { return nil }
        var j = i
        var mantissa = 0, exponent = 0, overflow = false, seenPoint = false
        while j < s.count {
            let u = s.units[j]
            if ScannedText.isDigit(u) {
                let (times, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(Int(u - 0x30))
                overflow = overflow || o1 || o2
                mantissa = sum
                if seenPoint { exponent -= 1 }
                j += 1
            } else if u == 0x2E, !seenPoint, ScannedText.isDigit(s[j + 1]) {
                seenPoint = true
                j += 1
            } else if u == 0x2C, !seenPoint, isThousandsGroup(s, at: j + 1) {
                j += 1
            } else {
                break
            }
        }
        return (overflow ? nil : Decimal10(mantissa, exponent: exponent), j)
    }

    /// Three digits and then no fourth: "1,000" but not "1,2345".
    static func isThousandsGroup(_ s: ScannedText, at i: Int) -> Bool {
        (0..<3).allSatisfy { ScannedText.isDigit(s[i + $0]) } && !ScannedText.isDigit(s[i + 3])
    }

    /// A Chinese numeral at `i`: its value (nil on overflow) and end. Digits alone read digit by
    /// digit (二〇一八 is 2018); with units they read as a number (三千二百万 is 32,000,000).
    /// `stopBeforeLarge` leaves 万 and 亿 for the caller (a date's day is never scaled).
    public static func chinese(_ s: ScannedText, at i: Int, stopBeforeLarge: Bool = false) -> (value: Int?, end: Int)? {
        let first = s[i]
        guard digits[first] != nil || smallUnits[first] != nil else { return nil }
        var j = i
        while j < s.count, isChineseNumeral(s.units[j]) {
            if stopBeforeLarge, largeUnits[s.units[j]] != nil { break }
            j += 1
        }
        return (value(s.units[i..<j]), j)
    }

    /// 三千萬 = 30,000,000; 二十 = 20; 一億二千萬 = 120,000,000; 二〇一八 = 2018.
    static func value(_ units: ArraySlice<UInt32>) -> Int? {
        if units.allSatisfy({ digits[$0] != nil }) {
            var result = 0
            for u in units {
                let (times, o1) = result.multipliedReportingOverflow(by: 10)
                guard !o1, let d = digits[u] else { return nil }
                result = times + d
            }
            return result
        }
        // finished 亿 groups, the finished 万 group inside the current one, the current section
        var total = 0, wan = 0, section = 0, digit = 0
        var sawDigit = false
        for u in units {
            if let d = digits[u] {
                digit = d
                sawDigit = true
            } else if let unit = smallUnits[u] {
                // 廿 and 卅 are a tens digit on their own; 十 alone is 10
                section += unit == 20 || unit == 30 ? unit : (sawDigit ? digit : 1) * unit
                digit = 0
                sawDigit = false
            } else if let power = largeUnits[u] {
                if power == 4 {
                    guard let scaled = timesPowerOfTen(section + digit, 4) else { return nil }
                    wan = scaled
                } else {
                    guard let group = add(total, wan, section + digit), let scaled = timesPowerOfTen(group, 8) else { return nil }
                    total = scaled
                    wan = 0
                }
                section = 0
                digit = 0
                sawDigit = false
            }
        }
        return add(total, wan, section + digit)
    }

    static func add(_ values: Int...) -> Int? {
        var sum = 0
        for v in values {
            let (s, overflow) = sum.addingReportingOverflow(v)
            if overflow { return nil }
            sum = s
        }
        return sum
    }

    static func timesPowerOfTen(_ value: Int, _ power: Int) -> Int? {
        var result = value
        for _ in 0..<power {
            let (times, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = times
        }
        return result
    }
}
