import Text
import XCTest

/// Strings made from code points through UTF-8, and code points read from UTF-8 with where
/// each starts, against Swift's own Unicode scalars.
final class CodePointsTests: XCTestCase {
    /// Code points across every UTF-8 length, surrogates and values past U+10FFFF among them
    /// (a stride through 0…0x110400), in strings of 0 to 40: each string is the one a
    /// UnicodeScalarView of the valid ones makes, and reading its UTF-8 back gives those code
    /// points at their UTF-8 offsets.
    func testRoundTripAgainstUnicodeScalars() {
        let all = Array(stride(from: UInt32(0), through: 0x110400, by: 131)) + [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000]
        var start = 0, length = 0
        while start < all.count {
            let values = Array(all[start..<min(all.count, start + length)])
            let expected = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
            let made = String(codePoints: values)
            XCTAssertEqual(made, expected)
            let bytes = Array(made.utf8)
            let (scalars, starts) = codePoints(ofValidUTF8: bytes)
            XCTAssertEqual(scalars, made.unicodeScalars.map(\.value))
            let offsets = made.unicodeScalars.indices.map { made.utf8.distance(from: made.utf8.startIndex, to: $0) }
            XCTAssertEqual(starts, offsets + [bytes.count])
            start += length
            length = (length + 7) % 41
        }
    }

    /// UTF8Scalars.write on strings of every UTF-8 length, one after another into one buffer
    /// with room for a scalar a byte (as ArticleWords sizes it): the values are the strings'
    /// Unicode scalars, in order, and each write ends where the next starts.
    func testWritingScalarsGivesUnicodeScalarsInOrder() {
        let strings = ["", "a", "發(fā)展", "𠀀𠀁 x", "é\u{301}", "\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "全角１２３"]
        let room = strings.reduce(0) { $0 + $1.utf8.count }
        let written = [UInt32](unsafeUninitializedCapacity: room) { buffer, count in
            count = 0
            for string in strings { count = UTF8Scalars.write(string, to: buffer, at: count) }
        }
        XCTAssertEqual(written, strings.flatMap { $0.unicodeScalars.map(\.value) })
    }

    /// firstByteRange against the standard library's `ranges(of:)`, on strings and on
    /// substrings that start inside them, with needles at the start, the end, repeated,
    /// overlapping a partial match, and absent.
    func testFirstByteRangeFindsWhatRangesOfFinds() {
        let text = "来源：来源来源：新华社　發(fā)展來源:县统计局来源"
        for needle in ["来源：", "来源", "來源:", "县统计局来源", "源源", "x", "来源：新华社　發(fā)展來源:县统计局来源："] {
            for start in 0...text.count {
                let sub = text.dropFirst(start)
                XCTAssertEqual(sub.firstByteRange(of: needle), sub.ranges(of: needle).first, "\(needle) in \(sub)")
            }
            XCTAssertEqual(text.firstByteRange(of: needle), text.ranges(of: needle).first, needle)
        }
        XCTAssertNil(text.firstByteRange(of: ""), "an empty needle")
    }
}
