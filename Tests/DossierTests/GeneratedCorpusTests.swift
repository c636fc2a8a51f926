import Articles
import Foundation
import XCTest

/// The generator writes every shape of corpus; loading it loses nothing and reports every problem.
final class GeneratedCorpusTests: XCTestCase {
    struct Manifest: Decodable {
        struct Entry: Decodable {
            let n: Int
            let shape: String
            let file: String
            let id: String?
            let title: String
            let date: String
            let pinyin: Int
            let photographer: String
            let people: [String]
            let projects: Int
            let money: [Double]
            let boilerplate: Int
            let orgs: [String]
        }
        struct Problem: Decodable {
            let path: String
            let kind: String
        }
        let articles: [Entry]
        let problems: [Problem]
    }

    static let generated: (folder: String, manifest: Manifest)? = {
        guard let folder = try? DossierProcess.temporaryFolder() else { return nil }
        let generator = DossierProcess.repository.appendingPathComponent("scripts/generate-corpus.lua").path
        let manifestPath = folder + ".manifest.json"
        let run = try? DossierProcess.run([generator, folder + "/corpus", "--articles", "60", "--seed", "7", "--broken",
                                           "--manifest", manifestPath])
        guard run?.status == 0, let data = FileManager.default.contents(atPath: manifestPath) else { return nil }
        return try? (folder + "/corpus", JSONDecoder().decode(Manifest.self, from: data))
    }()

    func testEveryGeneratedArticleLoadsWithItsFacts() throws {
        let (folder, manifest) = try XCTUnwrap(GeneratedCorpusTests.generated, "the generator ran")
        let (articles, _) = try Loader().load(folder)
        let byKey = Dictionary(articles.map { ($0.source.metadata["id"] ?? $0.source.path, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(Set(manifest.articles.map(\.shape)).count, 10, "all ten shapes were written")
        for entry in manifest.articles {
            guard let article = byKey[entry.id ?? entry.file] else { XCTFail("article \(entry.n) (\(entry.shape)) not loaded"); continue }
            XCTAssertEqual(article.title, entry.title, "\(entry.shape)")
            XCTAssertEqual(article.date, entry.date, "\(entry.shape)")
            XCTAssertEqual(article.cleaning.pinyin, entry.pinyin, "\(entry.shape)")
            XCTAssertEqual(article.cleaning.boilerplate, entry.boilerplate, "\(entry.shape): \(article.boilerplate)")
            XCTAssertEqual(article.captions.first?.photographer, entry.photographer, "\(entry.shape)")
            // the leader (after a title, in the deck) and the guest (after 市领导), as written in its script
            let people = article.people.map(\.text)
            XCTAssertTrue(Set(entry.people).isSubset(of: Set(people)), "\(entry.shape): \(entry.people) in \(people)")
            // the city's department, named in full and then by its short form, is one body; and the company
            let orgs = article.organisations
            XCTAssertTrue(Set(entry.orgs).isSubset(of: Set(orgs.map(\.text))), "\(entry.shape): \(entry.orgs) in \(orgs.map(\.text))")
            XCTAssertEqual(orgs.first { $0.text == entry.orgs.first }?.count, 2, "\(entry.shape): \(orgs.map(\.forms))")
            XCTAssertEqual(article.numbers.filter { $0.kind == .money }.map { $0.value?.double }, entry.money, "\(entry.shape)")
            XCTAssertEqual(article.numbers.first { $0.kind == .count }?.value?.integer, entry.projects, "\(entry.shape)")
            XCTAssertEqual(article.issues.count, 0, "\(entry.shape): \(article.issues)")
        }
        let encodings = Set(articles.map(\.source.encoding))
        XCTAssertTrue(encodings.isSuperset(of: ["UTF-8", "GB18030", "UTF-16LE"]), "\(encodings)")
    }

    func testEveryProblemIsReportedAndNothingIsLost() throws {
        let (folder, manifest) = try XCTUnwrap(GeneratedCorpusTests.generated, "the generator ran")
        let (articles, report) = try Loader().load(folder)
        let warnings = report.warnings.map(\.description)
        var fromBrokenFiles = 0
        for problem in manifest.problems {
            let parts = problem.kind.split(separator: ":")
            let loaded = articles.filter { $0.source.path == problem.path }
            switch parts[0] {
            case "loads":
                XCTAssertEqual(loaded.count, Int(parts[1]), "articles from \(problem.path): \(warnings)")
                fromBrokenFiles += loaded.count
                continue
            case "utf-8":
                XCTAssertEqual(loaded.map(\.source.encoding), ["UTF-8"], "damaged UTF-8 stays UTF-8")
                XCTAssertGreaterThan(loaded.first?.source.replacedBytes ?? 0, 20)
                continue
            case "hidden":
                XCTAssertEqual(report.hidden, [problem.path])
                continue
            default: break
            }
            let expected: String
            switch parts[0] {
            case "binary": expected = "\(problem.path): skipped: binary data"
            case "empty": expected = "\(problem.path): skipped: the file is empty"
            case "not a corpus format": expected = "\(problem.path): skipped: not a corpus format"
            case "replaced": expected = "\(problem.path): "
            case "malformed": expected = "\(problem.path):\(parts[1]): malformed JSON"
            case "no text": expected = "\(problem.path):\(parts[1]): no text field"
            case "unterminated": expected = "quoted cell not closed"
            case "null element": expected = "\(problem.path): element 2 of the array skipped: null"
            case "same file": expected = "\(problem.path): skipped: the same file as \(folder)/broken/truncated.txt"
            default: expected = problem.kind
            }
            XCTAssertTrue(warnings.contains { $0.hasPrefix(expected) || ($0.hasPrefix(problem.path) && $0.contains(expected)) },
                          "\(problem.kind) in \(problem.path) reported: \(warnings)")
        }
        // the generated articles, the files above that load whole, and the readable parts of the
        // others: damaged.txt, truncated.txt, undecodable.txt, line 1 of feed.jsonl, row 2 of table.csv
        XCTAssertEqual(fromBrokenFiles, 14)
        XCTAssertEqual(articles.count, manifest.articles.count + fromBrokenFiles + 5)
        XCTAssertEqual(Set(articles.map { "\($0.source.path):\($0.source.line ?? 0)" }).count, articles.count, "nothing loaded twice")
        XCTAssertEqual(report.skipped.count, 5)
        XCTAssertTrue(report.summary.contains("skipped 5 files (1 binary, 1 empty, 1 not a corpus format, 1 not a file, 1 same file)"),
                      report.summary)
        XCTAssertTrue(report.summary.contains("1 hidden entry not read"), report.summary)
        let truncated = try XCTUnwrap(articles.first { $0.source.path.hasSuffix("truncated.txt") })
        XCTAssertEqual(truncated.cleaning.replacedBytes, 1)
        XCTAssertTrue(truncated.text.hasSuffix("\u{FFFD}"), "the replaced byte stays visible")
        let undecodable = try XCTUnwrap(articles.first { $0.source.path.hasSuffix("undecodable.txt") })
        XCTAssertEqual(undecodable.cleaning.replacedBytes, 3)
        let nul = try XCTUnwrap(articles.first { $0.source.path.hasSuffix("nul.csv") })
        XCTAssertTrue(nul.text.contains("\u{0}"), "the NUL byte is kept")
        XCTAssertEqual(nul.issues.map(\.reason), ["control character"], "and reported")
    }
}
