import Foundation

/// Hanyu Pinyin annotations such as "發(fā)展": scraped reports converted from Simplified
/// script carry one after each converted character. Only a parenthesised reading of the Han
/// character right before it is an annotation; "(大同)", "(CoGas)", "臭氧(o3)" and "很（jia）" are text.
public enum Pinyin {
    /// Each toneless syllable (ü written "v") and the characters that read so, from
    /// pinyin-readings.tsv (scripts/pinyin-readings.py derives it from a public dataset).
    static let readings: [String: Set<UInt32>] = {
        var table: [String: Set<UInt32>] = [:]
        for cells in DataFiles.rows("pinyin-readings", in: .module, withoutIt: "pinyin annotations are kept") {
            guard cells.count == 2 else { continue }
            table[String(cells[0])] = Set(cells[1].unicodeScalars.map(\.value))
        }
        return table
    }()

    /// Whether `syllable` is a reading of `character` (or of its Simplified form: converted
    /// text keeps the annotation of the Simplified original).
    static func isReading(_ syllable: String, of character: UInt32) -> Bool {
        guard let characters = readings[syllable] else { return false }
        return characters.contains(character) || characters.contains(Folding.shared.simplified(character))
    }

    /// Tone-marked vowels (and ü) as the plain ASCII letter the syllable table uses ("ü" is "v").
    private static let plainLetter: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [0xFC: UInt8(ascii: "v")]
        for (plain, marked) in [(UInt8(ascii: "a"), "āáǎà"), (UInt8(ascii: "e"), "ēéěè"), (UInt8(ascii: "i"), "īíǐì"),
                                (UInt8(ascii: "o"), "ōóǒò"), (UInt8(ascii: "u"), "ūúǔù"), (UInt8(ascii: "v"), "ǖǘǚǜ")] {
            for m in marked.unicodeScalars { map[m.value] = plain }
        }
        return map
    }()

    /// At an opening bracket ("(" or "（") in UTF-8 `bytes` after the Han `character`: the byte
    /// length of a pinyin annotation there, brackets included, or nil if the brackets hold
    /// anything but a reading of that character.
    public static func annotationLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, after character: UInt32) -> Int? {
        let fullWidth = bytes[start] == 0xEF
        var i = start + (fullWidth ? 3 : 1)
        var plain: [UInt8] = []
        plain.reserveCapacity(8)
        while i < bytes.count, plain.count <= 7 {
            let b = bytes[i]
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                plain.append(b)
                i += 1
            } else if b >= 0xC3 && b <= 0xC7, i + 1 < bytes.count,
                      let letter = plainLetter[UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)] {
                plain.append(letter)
                i += 2
            } else {
                break
            }
        }
        guard !plain.isEmpty, i < bytes.count else { return nil }
        if bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "5") { i += 1 }  // a tone number
        let closes = fullWidth ? i + 2 < bytes.count && bytes[i] == 0xEF && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x89
                               : i < bytes.count && bytes[i] == UInt8(ascii: ")")
        guard closes, isReading(String(decoding: plain, as: UTF8.self), of: character) else { return nil }
        return i + (fullWidth ? 3 : 1) - start
    }

    /// Whether an opening bracket starts at `i`: "(" or "（" (EF BC 88).
    public static func isOpening(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0x28 || (bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x88)
    }

    /// Removes annotations; returns the text and how many were removed.
    public static func strip(_ text: String) -> (text: String, removed: Int) {
        // Most text has no brackets at all: skip it without copying.
        guard text.utf8.contains(0x28) || text.contains("（") else { return (text, 0) }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var removed = 0
            var han: UInt32?
            var i = 0
            while i < bytes.count {
                if let character = han, isOpening(bytes, at: i), let length = annotationLength(bytes, at: i, after: character) {
                    removed += 1
                    i += length
                    continue  // the character stays: pages repeat its annotation (目(mu)(mu)(mu))
                }
                let length = UTF8Scalars.length(bytes[i])
                let value = UTF8Scalars.value(bytes, at: i, length: length)
                han = Han.isHan(value) ? value : nil
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, bytes.count)]))
                i += length
            }
            return (String(decoding: out, as: UTF8.self), removed)
        }
    }
}

/// Reading scalars straight from UTF-8 bytes (the text is valid UTF-8: it came from a String).
public enum UTF8Scalars {
    /// The 0-based UTF-8 byte offset of each scalar, and the total length at the end.
    public static func byteOffsets(_ scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(s) }
        return offsets
    }

    /// Writes the scalar values of `text` into `out` from `start`, where there must be room
    /// for one a UTF-8 byte; returns where they end. For text read a character at a time:
    /// String's scalar view checks and re-decodes at every step.
    @inlinable public static func write(_ text: String, to out: UnsafeMutableBufferPointer<UInt32>, at start: Int) -> Int {
        var text = text  // withUTF8 is mutating: it makes a bridged string native first
        return text.withUTF8 { bytes in
            var i = 0, end = start
            while i < bytes.count {
                let length = length(bytes[i])
                out[end] = value(bytes, at: i, length: length)
                i += length
                end += 1
            }
            return end
        }
    }

    @inlinable public static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    @inlinable public static func value(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        guard length > 1, i + length <= bytes.count else { return UInt32(bytes[i]) }
        var value = UInt32(bytes[i]) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return value
    }
}

/// Which characters are Han (CJK ideographs).
public enum Han {
    public static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(s.value) }

    public static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2EBEF, 0x3007: return true
        default: return false
        }
    }

    public static func isHan(_ c: Character) -> Bool { c.unicodeScalars.first.map(isHan) ?? false }
}
