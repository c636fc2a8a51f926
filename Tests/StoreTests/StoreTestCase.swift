import Foundation
import XCTest

/// A test with a folder of its own, holding `corpus/` with the seed article in it (and an
/// empty `corpus/feeds/`), removed after the test.
class StoreTestCase: XCTestCase {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/seed-article.txt").path

    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "dossier-\(type(of: self))-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/corpus/feeds", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: StoreTestCase.seed, toPath: folder + "/corpus/seed.txt")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `text` to `name` in the test's folder.
    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: "\(folder)/\(name)", atomically: false, encoding: .utf8)
    }
}
