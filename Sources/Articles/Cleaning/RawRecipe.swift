/// An article's raw text kept as its difference from the clean text, so an article holds its
/// words once rather than twice (as loaded and as cleaned). The bytes cleaning dropped or
/// changed (white space, line breaks, pinyin annotations, "\n" escapes) are kept as they were;
/// everything else is a reference into the stored clean strings. `a.raw` is rebuilt from it,
/// byte for byte, when asked for.
///
/// Entries follow each other in one byte array, numbers as unsigned LEB128: a literal's length
/// and bytes, then a reference's location and length. A location is the part and the distance
/// from where the part's previous reference ended (zigzag: distance × 2, or −distance × 2 − 1),
/// times two plus the part: usually 0 or 1, one byte, as runs mostly follow each other.
public struct RawRecipe {
    private let encoded: [UInt8]

    /// Where a byte of the cleaned text went: which stored part, at which offset.
    public typealias Placement = (part: Int, offset: Int)

    /// `copies` come from the cleaner, in raw order; `place` maps the start of each copied run
    /// (which never crosses a line) to where its line was stored.
    public init(raw: String, copies: [CopiedRun], place: (Int) -> Placement) {
        var encoded: [UInt8] = []
        let bytes = Array(raw.utf8)
        var position = 0
        var ends = [0, 0]  // where the last reference into each part ended
        for run in copies {
            RawRecipe.appendLiteral(bytes[position..<run.raw], to: &encoded)
            let placement = place(run.cleaned)
            let distance = placement.offset - ends[placement.part]
            RawRecipe.append((distance >= 0 ? distance * 2 : -distance * 2 - 1) * 2 + placement.part, to: &encoded)
            RawRecipe.append(run.count, to: &encoded)
            ends[placement.part] = placement.offset + run.count
            position = run.raw + run.count
        }
        if position < bytes.count {
            RawRecipe.appendLiteral(bytes[position...], to: &encoded)
            RawRecipe.append(0, to: &encoded)
            RawRecipe.append(0, to: &encoded)
        }
        self.encoded = encoded
    }

    /// The raw text, from the stored parts the references point into.
    public func rebuild(_ parts: [String]) -> String {
        var out: [UInt8] = []
        var reader = Reader(bytes: encoded)
        var ends = [0, 0]
        while !reader.atEnd {
            let literal = reader.number()
            out += reader.bytes(literal)
            let location = reader.number(), count = reader.number()
            let number = location % 2, zigzag = location / 2
            guard count > 0, number < parts.count else { continue }
            let offset = ends[number] + (zigzag % 2 == 0 ? zigzag / 2 : -(zigzag + 1) / 2)
            let part = parts[number].utf8
            guard offset >= 0, let start = part.index(part.startIndex, offsetBy: offset, limitedBy: part.endIndex) else { continue }
            let end = part.index(start, offsetBy: count, limitedBy: part.endIndex) ?? part.endIndex
            out += part[start..<end]
            ends[number] = offset + count
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendLiteral(_ literal: ArraySlice<UInt8>, to encoded: inout [UInt8]) {
        append(literal.count, to: &encoded)
        encoded += literal
    }

    private static func append(_ number: Int, to encoded: inout [UInt8]) {
        var rest = UInt(number)
        while rest >= 0x80 {
            encoded.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        encoded.append(UInt8(rest))
    }

    /// Reads the entries back; a recipe is only ever read by the code that wrote it, so a short
    /// read can only mean a bug, and it stops rather than trap.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        mutating func number() -> Int {
            var value = 0, shift = 0
            while position < bytes.count, shift < 63 {
                let byte = bytes[position]
                position += 1
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            return value
        }

        mutating func bytes(_ count: Int) -> ArraySlice<UInt8> {
            let end = min(position + count, bytes.count)
            defer { position = end }
            return bytes[position..<end]
        }
    }
}
