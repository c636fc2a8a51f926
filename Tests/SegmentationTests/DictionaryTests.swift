import Foundation
import XCTest
@testable import Segmentation

/// jieba's dictionary as dossier reads it, and the segmenter's table of its scores.
final class DictionaryTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "dictionary-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ lines: [String]) throws -> String {
        let path = folder + "/dict.txt"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    func testLinesAreReadAsJiebaReadsThem() throws {
        // runs of spaces, Windows line ends, a tag made of two words, no tag at all
        let path = try write(["中华 10 nz", "人民  20\r", "共和国 8 ns\r", "", "𠀀字 3 n x", "乙 1"])
        let entries = try JiebaDictionary(path: path).entries
        XCTAssertEqual(entries.map(\.word), ["中华", "人民", "共和国", "𠀀字", "乙"].map(scalars))
        XCTAssertEqual(entries.map(\.frequency), [10, 20, 8, 3, 1])
        XCTAssertEqual(entries.map(\.tag), ["nz", "", "ns", "n x", ""])
    }

    func testALineOfAnotherFormIsAnErrorNamingIt() throws {
        for bad in ["中华", "中华 十", " ", "中华 10x n"] {
            let path = try write(["人民 20 n", bad])
            XCTAssertThrowsError(try JiebaDictionary(path: path), bad) { error in
                XCTAssertEqual("\(error)", "\(path):2: not \"word frequency [tag]\"", bad)
            }
        }
    }

    func testWordsAndTheirPrefixesAreScored() throws {
        // 中华人 is only a prefix; 中华人民 + 共和国 (5 × 8) beats 中华 + 人民 + 共和国 (10 × 20 × 8 / 43)
        let path = try write(["中华 10", "中华人民 5", "人民 20", "共和国 8"])
        let segmenter = try Segmenter(dictionary: JiebaDictionary(path: path), hmmFolder: Segmenter.defaultFolder + "/finalseg")
        let text = scalars("中华人民共和国人民")
        let words = segmenter.segment(text, hmm: false).map { String(String.UnicodeScalarView(text[$0].compactMap(Unicode.Scalar.init))) }
        XCTAssertEqual(words, ["中华人民", "共和国", "人民"])
    }

    func testMoreDifferentFrequenciesThanTheTableNumbersIsAnError() throws {
        // 65,536 words, each with its own frequency: one more than a slot can number
        let han = { (n: Int) in String(Character(Unicode.Scalar(UInt32(0x4E00 + n)) ?? "一")) }
        let words = (0..<65_536).map { i in "\(han(i / 200))\(han(i % 200))\(i) \(i + 1)" }
        let path = try write(words)
        XCTAssertThrowsError(try Segmenter(dictionary: JiebaDictionary(path: path), hmmFolder: Segmenter.defaultFolder + "/finalseg")) { error in
            XCTAssertEqual("\(error)", "\(path): more than 65535 different frequencies")
        }
        let fewer = try write(Array(words.dropLast()))
        XCTAssertNoThrow(try Segmenter(dictionary: JiebaDictionary(path: fewer), hmmFolder: Segmenter.defaultFolder + "/finalseg"))
    }
}
