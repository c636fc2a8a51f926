/// JSON whose strings escape half a UTF-16 pair (`"\ud83d"`, an emoji cut in two by a
/// scraper's truncation): JSON parsers, Foundation's among them, refuse the whole text, and the
/// article would be lost for one character. Each such escape becomes U+FFFD, as undecodable
/// bytes do, and the loader says how many it replaced.
enum LoneSurrogates {
    /// `json` with every escape of an unpaired surrogate replaced by `\ufffd`, and how many
    /// were; nil when there is none (the text is malformed some other way).
    static func replaced(in json: Substring) -> (text: String, count: Int)? {
        let bytes = Array(json.utf8)
        var out: [UInt8] = []
        var count = 0
        var i = 0, copied = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count else { i += 1; continue }
            guard let unit = escapedUnit(bytes, at: i) else { i += 2; continue }  // \" \\ \n …: skipped whole
            if (0xD800...0xDBFF).contains(unit), let next = escapedUnit(bytes, at: i + 6), (0xDC00...0xDFFF).contains(next) {
                i += 12  // a pair, kept
                continue
            }
            if (0xD800...0xDFFF).contains(unit) {
                out += bytes[copied..<i] + Array("\\ufffd".utf8)
                count += 1
                copied = i + 6
            }
            i += 6
        }
        guard count > 0 else { return nil }
        out += bytes[copied...]
        return (String(decoding: out, as: UTF8.self), count)
    }

    /// The code unit of a `\uXXXX` escape starting at `i`, or nil when none starts there.
    static func escapedUnit(_ bytes: [UInt8], at i: Int) -> UInt16? {
        guard i + 5 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
        var unit: UInt16 = 0
        for byte in bytes[(i + 2)...(i + 5)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}
