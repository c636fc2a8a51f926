#if canImport(Glibc)
import Glibc
#endif

/// Bytes of a file turned into text: the encoding it was read as and how many bytes could not
/// be decoded (each became U+FFFD). Nothing is dropped without being counted.
public struct DecodedText {
    public var text: String
    public var encoding: String
    public var replacedBytes: Int
    /// Set when no encoding read the file as ordinary Chinese text: the reader should look.
    public var doubt: String?
}

public enum TextDecoding {
    /// Looks for a BOM, then strict UTF-8; otherwise reads the bytes as UTF-8, GB18030 and Big5
    /// and keeps the reading whose Han characters are most often common ones (a Big5 file read
    /// as GB18030 decodes without errors, but into rare characters), fewer replacements breaking
    /// ties. Returns nil for binary data (many NUL or control bytes, without a UTF-16 BOM).
    public static func decode(_ bytes: [UInt8]) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), name: "UTF-8 (BOM)") }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        if looksBinary(bytes) { return nil }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "UTF-8", replacedBytes: 0)
        }
        // the common case first: GB18030 that decodes cleanly into ordinary text needs no rival
        let gb = iconvDecode(bytes, from: "GB18030", name: "GB18030")
        if let gb, gb.replacedBytes == 0, CommonCharacters.share(in: gb.text).share >= 0.4 { return gb }
        let readings = [utf8(bytes, name: "UTF-8")] + [gb, iconvDecode(bytes, from: "BIG5-HKSCS", name: "Big5")].compactMap { $0 }
        let scored = readings.map { (reading: $0, common: CommonCharacters.share(in: $0.text)) }
        guard var best = scored.first else { return nil }
        for candidate in scored.dropFirst() {
            let clearlyCommoner = candidate.common.share > best.common.share + 0.2
            let asCommonButCleaner = abs(candidate.common.share - best.common.share) <= 0.2
                && candidate.reading.replacedBytes < best.reading.replacedBytes
            if clearlyCommoner || asCommonButCleaner { best = candidate }
        }
        var chosen = best.reading
        if best.common.han >= 50, best.common.share < 0.2 {
            chosen.doubt = "read as \(chosen.encoding), but few of its characters are common ones: the encoding may be wrong"
        }
        return chosen
    }

    /// Part of a file, in the encoding its start was read as (`decode`'s `encoding`).
    static func decode(_ bytes: [UInt8], as encoding: String) -> DecodedText {
        switch encoding {
        case "GB18030": return iconvDecode(bytes, from: "GB18030", name: encoding) ?? utf8(bytes, name: "UTF-8")
        case "Big5": return iconvDecode(bytes, from: "BIG5-HKSCS", name: encoding) ?? utf8(bytes, name: "UTF-8")
        default: return utf8(bytes, name: encoding)
        }
    }

    /// Judged on the first 8 KiB: the signature of a binary format, two NUL bytes in a row, or
    /// more than a few NUL or other control bytes. A text file from a broken export may hold a
    /// stray NUL; that must not lose the whole file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if binarySignatures.contains(where: { head.starts(with: $0) }) { return true }
        var nuls = 0, controls = 0
        var previous: UInt8 = 0xFF
        for b in head {
            defer { previous = b }
            guard b < 0x20 else { continue }
            if b == 0 {
                if previous == 0 { return true }
                nuls += 1
            }
            if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return nuls > max(4, head.count / 100) || (controls * 10 > head.count && head.count > 16)
    }

    /// PNG, JPEG, GIF, PDF, ZIP (and so .docx, .xlsx), gzip.
    static let binarySignatures: [[UInt8]] = [[0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), Array("%PDF".utf8),
                                              [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B]]

    /// UTF-8, each invalid sequence replaced by U+FFFD and its bytes counted.
    static func utf8(_ bytes: [UInt8], name: String) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) { return DecodedText(text: text, encoding: name, replacedBytes: 0) }
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 1
            case .emptyInput: break loop
            }
        }
        return DecodedText(text: String(scalars), encoding: name, replacedBytes: replaced)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var replaced = bytes.count % 2
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append("\u{FFFD}")
                replaced += 2
            case .emptyInput: break loop
            }
        }
        if replaced % 2 == 1 { scalars.append("\u{FFFD}") }
        return DecodedText(text: String(scalars), encoding: bigEndian ? "UTF-16BE" : "UTF-16LE", replacedBytes: replaced)
    }

    /// Decoding through iconv; an undecodable byte becomes U+FFFD and decoding goes on.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String, name: String) -> DecodedText? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var replaced = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            guard let base = source.baseAddress else { return }  // no bytes: nothing to decode
            var inPointer = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                buffer.withUnsafeMutableBufferPointer { target in
                    guard let targetBase = target.baseAddress else { return }
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(targetBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                    let result = iconv(converter, &inOptional, &inLeft, &outPointer, &outLeft)
                    inPointer = inOptional ?? inPointer
                    output.append(contentsOf: target[0..<(target.count - outLeft)])
                    if result == -1 && errno != E2BIG {
                        // EILSEQ or EINVAL (truncated at the end): replace one byte and go on.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        replaced += 1
                        inPointer += 1
                        inLeft -= 1
                    }
                }
            }
        }
        return DecodedText(text: String(decoding: output, as: UTF8.self), encoding: name, replacedBytes: replaced)
    }
}
