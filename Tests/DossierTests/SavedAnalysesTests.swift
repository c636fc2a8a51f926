import Foundation
import XCTest

/// Every saved analysis in scripts/ explains itself with -h and runs on a corpus given with -c.
final class SavedAnalysesTests: XCTestCase {
    let scripts = ["overview": [String](), "figures": ["--by", "place"], "cooccurrence": [], "concordance": ["项目"],
                   "timeline": ["项目"]]

    func testUsageAndARunOnTheSampleCorpus() throws {
        let corpus = DossierProcess.repository.appendingPathComponent("corpus").path
        for (name, arguments) in scripts {
            let script = DossierProcess.repository.appendingPathComponent("scripts/\(name).lua").path
            let help = try DossierProcess.run([script, "-h"])
            XCTAssertEqual(help.status, 0, name)
            XCTAssertTrue(help.stdout.hasPrefix("usage: dossier -c CORPUS scripts/\(name).lua"), "\(name): \(help.stdout)")
            let run = try DossierProcess.run(["-c", corpus, script] + arguments)
            XCTAssertEqual(run.status, 0, "\(name): \(run.stderr)")
            XCTAssertGreaterThan(run.stdout.split(separator: "\n").count, 2, "\(name) prints its results")
        }
        let missing = try DossierProcess.run([DossierProcess.repository.appendingPathComponent("scripts/concordance.lua").path])
        XCTAssertEqual(missing.status, 2, "a missing TERM is a usage error")
        XCTAssertTrue(missing.stderr.hasPrefix("usage:"), missing.stderr)
    }
}
