import Foundation

/// Matching that ignores the difference between Traditional and Simplified script and between
/// full-width and half-width forms. Each character folds to one character (a table derived once
/// from OpenCC's own per-character conversion), so a match maps back to the original text.
public final class Folding: Sendable {
    /// Indexed by code point - 0x3400 up to U+FAFF (the CJK blocks); 0 means unchanged.
    /// Visible to inlined code: counting and segmenting fold every character of a corpus, and a
    /// call across modules for each was a twentieth of counting.
    @usableFromInline let table: [UInt32]

    /// The process's one table, made on first use from OpenCC's t2s conversion. Without
    /// OpenCC's data it folds widths and case only (and says so on stderr once).
    public static let shared: Folding = {
        do {
            return Folding(simplified: try ScriptConverter(config: "t2s.json"))
        } catch {
            FileHandle.standardError.write(Data("dossier: warning: \(error); Traditional and Simplified script are not folded together\n".utf8))
            return Folding(table: [])
        }
    }()

    private init(table: [UInt32]) { self.table = table }

    /// Converts every CJK character, one per line, in a single OpenCC call; keeps the
    /// one-to-one results. Takes a few tens of milliseconds, once per process.
    public convenience init(simplified: ScriptConverter) {
        var table = [UInt32](repeating: 0, count: 0xFB00 - 0x3400)
        var scalars: [Unicode.Scalar] = []
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            scalars += range.compactMap(Unicode.Scalar.init)
        }
        let input = scalars.map { String($0) }.joined(separator: "\n")
        let output = simplified.convert(input).split(separator: "\n", omittingEmptySubsequences: false)
        if output.count == scalars.count {
            for (from, to) in zip(scalars, output) {
                let converted = Array(to.unicodeScalars)
                if converted.count == 1, converted[0] != from { table[Int(from.value) - 0x3400] = converted[0].value }
            }
        }
        self.init(table: table)
    }

    /// The Simplified form of a CJK character, or the character itself.
    @inlinable public func simplified(_ v: UInt32) -> UInt32 {
        guard v >= 0x3400, v < 0xFB00, Int(v) - 0x3400 < table.count else { return v }
        let mapped = table[Int(v) - 0x3400]
        return mapped == 0 ? v : mapped
    }

    public func fold(_ scalar: Unicode.Scalar) -> UInt32 { fold(scalar.value) }

    /// The folded form of a scalar value: Simplified, half width, lower case.
    @inlinable public func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFF01...0xFF5E: return Folding.lower(v - 0xFEE0)  // full-width ASCII
        case 0x3000: return 0x20
        case 0x41...0x5A: return v + 0x20
        default: return simplified(v)
        }
    }

    @usableFromInline static func lower(_ v: UInt32) -> UInt32 { (0x41...0x5A).contains(v) ? v + 0x20 : v }

    public func fold(_ text: String) -> [UInt32] { text.unicodeScalars.map { fold($0) } }

    /// A name as records give it: Simplified and half width, its letters' case kept (TCL科技集团,
    /// where the folded form is tcl科技集团).
    public func canonical(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let v = scalar.value
            let canonical: UInt32 = (0xFF01...0xFF5E).contains(v) ? v - 0xFEE0 : v == 0x3000 ? 0x20 : simplified(v)
            return Unicode.Scalar(canonical) ?? scalar
        }))
    }

    /// The folded form as a string; the string itself when folding changes nothing.
    public func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { fold($0) != $0.value }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar(fold($0)) ?? $0 }))
    }
}
