/// Writes and reads the few JSON shapes a store holds: each article's metadata, an object of
/// strings ({"date":"…","id":"…"}, with no spaces, as JSONSerialization writes it too), and the
/// lists of a name's mentions: arrays of integers ([87,331]) or of strings. JSONSerialization took a
/// fifth of opening a store of 324,000 articles, when each article's metadata was read then;
/// anything else (spaces, nesting, damage) gives nil, and the caller falls back to
/// JSONSerialization, which reads it or says what is wrong, or treats the value as damaged.
enum FlatJSON {
    /// An object of strings, keys in sorted order, with no spaces: what the store writes for an
    /// article's metadata. Foundation's JSONSerialization took 5% of a build's time for it.
    static func object(_ fields: [String: String]) -> String {
        var out = "{"
        for (n, key) in fields.keys.sorted().enumerated() {
            if n > 0 { out += "," }
            append(key, to: &out)
            out += ":"
            append(fields[key] ?? "", to: &out)
        }
        return out + "}"
    }

    /// An array of strings: the lists of a name's forms, titles and roles.
    static func array(_ strings: [String]) -> String {
        var out = "["
        for (n, string) in strings.enumerated() {
            if n > 0 { out += "," }
            append(string, to: &out)
        }
        return out + "]"
    }

    /// `string` quoted, with the escapes JSON requires (quote, backslash, control characters).
    private static func append(_ string: String, to out: inout String) {
        out += "\""
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += string
            return out += "\""
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// An object's fields in the order written.
    static func pairs(_ json: String) -> [(key: String, value: String)]? {
        read(json) { $0.object() }
    }

    static func strings(array json: String) -> [String]? {
        read(json) { $0.array { $0.string() } }
    }

    static func integers(_ json: String) -> [Int]? {
        read(json) { $0.array { $0.integer() } }
    }

    /// `body`'s value when it reads the whole of `json`.
    private static func read<T>(_ json: String, _ body: (inout Reader) -> T?) -> T? {
        var json = json  // withUTF8 is mutating: it makes a bridged string native first
        return json.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let value = body(&reader), reader.i == bytes.count else { return nil }
            return value
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func object() -> [(key: String, value: String)]? {
            guard take(0x7B) else { return nil }  // {
            var fields: [(key: String, value: String)] = []
            if take(0x7D) { return fields }  // {}
            repeat {
                guard let key = string(), take(0x3A), let value = string() else { return nil }  // "key":"value"
                fields.append((key, value))
            } while take(0x2C)  // ,
            return take(0x7D) ? fields : nil
        }

        mutating func array<T>(of element: (inout Reader) -> T?) -> [T]? {
            guard take(0x5B) else { return nil }  // [
            var elements: [T] = []
            if take(0x5D) { return elements }  // []
            repeat {
                guard let next = element(&self) else { return nil }
                elements.append(next)
            } while take(0x2C)  // ,
            return take(0x5D) ? elements : nil
        }

        /// An integer without sign or exponent, as offsets are written.
        mutating func integer() -> Int? {
            var value = 0, digits = 0
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowAgain) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !overflow, !overflowAgain else { return nil }
                (value, digits, i) = (sum, digits + 1, i + 1)
            }
            return digits > 0 ? value : nil
        }

        /// A quoted string, its escapes decoded. Most strings have none: those are made from
        /// their bytes at once, without copying them one by one.
        mutating func string() -> String? {
            guard take(0x22) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
            guard i < bytes.count, bytes[i] == 0x22 else { return escapedString(from: start) }
            i += 1
            // SQLite hands back what another tool wrote: bytes that are not UTF-8 are replaced, as everywhere
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
        }

        /// The rest of a string that holds an escape (or is damaged), from its first byte.
        mutating func escapedString(from start: Int) -> String? {
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                switch byte {
                case 0x22: return String(validating: out, as: UTF8.self)
                case 0x5C: guard escape(into: &out) else { return nil }
                case 0..<0x20: return nil  // a control character must be escaped
                default: out.append(byte)
                }
            }
            return nil
        }

        /// The escape after a backslash, appended as UTF-8.
        mutating func escape(into out: inout [UInt8]) -> Bool {
            guard i < bytes.count else { return false }
            let letter = bytes[i]
            i += 1
            switch letter {
            case 0x22, 0x5C, 0x2F: out.append(letter)  // \" \\ \/
            case 0x62: out.append(0x08)  // \b
            case 0x66: out.append(0x0C)  // \f
            case 0x6E: out.append(0x0A)  // \n
            case 0x72: out.append(0x0D)  // \r
            case 0x74: out.append(0x09)  // \t
            case 0x75: return unicodeEscape(into: &out)
            default: return false
            }
            return true
        }

        /// \uXXXX, or a surrogate pair of them, appended as UTF-8.
        mutating func unicodeEscape(into out: inout [UInt8]) -> Bool {
            guard var unit = hex4() else { return false }
            if (0xD800..<0xDC00).contains(unit) {  // a high surrogate: its low half must follow
                guard take(0x5C), take(0x75), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return false }
                unit = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(unit) else { return false }
            out.append(contentsOf: Array(String(scalar).utf8))
            return true
        }

        mutating func hex4() -> UInt32? {
            guard bytes.count - i >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = Character(Unicode.Scalar(bytes[i])).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
                i += 1
            }
            return value
        }
    }
}
