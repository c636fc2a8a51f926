import Analysis
import Articles
import Foundation
import XCTest

/// Reprints the generator makes (a new headline, paragraphs dropped or reordered, the other
/// script, pinyin annotations) are found, and articles that only share the generator's stock
/// paragraphs and footers are not: pair precision and recall, as scripts/eval-duplicates.sh
/// measures them on a larger corpus.
final class DuplicatesTests: XCTestCase {
    struct Manifest: Decodable {
        struct Reprint: Decodable {
            let file: String
            let of: String
            let change: String
        }
        let reprints: [Reprint]
    }

    static let generated: (folder: String, manifest: Manifest)? = {
        guard let folder = try? DossierProcess.temporaryFolder() else { return nil }
        let generator = DossierProcess.repository.appendingPathComponent("scripts/generate-corpus.lua").path
        let run = try? DossierProcess.run([generator, folder + "/corpus", "--articles", "160", "--seed", "5", "--reprints",
                                           "--manifest", folder + "/manifest.json"])
        guard run?.status == 0, let data = FileManager.default.contents(atPath: folder + "/manifest.json") else { return nil }
        return try? (folder + "/corpus", JSONDecoder().decode(Manifest.self, from: data))
    }()

    func testReprintsAreFoundAndNothingElse() throws {
        let (folder, manifest) = try XCTUnwrap(Self.generated, "the generator ran")
        let (articles, _) = try Loader().load(folder)
        let familyOf = Dictionary(uniqueKeysWithValues: manifest.reprints.map { ($0.file, $0.of) })
        func family(_ a: Article) -> String { familyOf[a.id] ?? a.id }
        XCTAssertEqual(Set(manifest.reprints.map(\.change)).count, 5, "every kind of change was made")

        let clusters = try Duplicates.clusters(in: articles, threshold: 0.8)
        var predicted = 0, correct = 0
        for cluster in clusters {
            for (i, a) in cluster.members.enumerated() {
                for b in cluster.members[(i + 1)...] {
                    predicted += 1
                    if family(a) == family(b) { correct += 1 }
                }
            }
        }
        let truePairs = manifest.reprints.count  // each reprint with its one original
        XCTAssertEqual(correct, predicted, "precision 1: no unrelated articles clustered")
        XCTAssertGreaterThanOrEqual(Double(correct) / Double(truePairs), 0.95, "recall \(correct) of \(truePairs)")
        for cluster in clusters {
            XCTAssertEqual(cluster.similarities.first, 1)
            XCTAssertTrue(cluster.similarities.allSatisfy { $0 >= 0.7 && $0 <= 1 }, "\(cluster.similarities)")
            let dates = cluster.members.compactMap(\.date)
            if let first = cluster.earliest.date { XCTAssertEqual(first, dates.min(), "the earliest is the earliest by date") }
        }
        // an article and its exact copy under another name are one cluster at similarity 1
        let copy = try XCTUnwrap(articles.first { !$0.source.path.contains("/reprints/") && $0.source.line == nil })
        let twin = Article(ArticleSource(path: copy.source.path + ".copy"), raw: copy.raw)
        let pair = try Duplicates.clusters(in: [copy, twin], threshold: 0.8)
        XCTAssertEqual(pair.first?.similarities, [1, 1])
    }

    /// c:dedupe keeps one article per cluster, the earliest or the longest, and the result is
    /// a corpus like any other.
    func testDedupeFromLua() throws {
        let (folder, manifest) = try XCTUnwrap(Self.generated, "the generator ran")
        let result = try DossierProcess.run(["-c", folder, "-e", """
            local clusters = corpus:duplicates()
            local in_clusters = 0
            for _, cluster in ipairs(clusters) do in_clusters = in_clusters + cluster.size end
            local earliest, longest = corpus:dedupe(), corpus:dedupe({ keep = "longest" })
            local longest_kept = true
            for _, cluster in ipairs(clusters) do
              for _, m in ipairs(cluster.members) do
                local kept = #longest:filter(function(a) return a == m.article end) == 1
                for _, other in ipairs(cluster.members) do
                  if kept and #other.article.text > #m.article.text then longest_kept = false end
                end
              end
            end
            print(#corpus, #clusters, in_clusters, #earliest, #longest, longest_kept, #earliest:freq() > 0, #earliest:dedupe() == #earliest)
            print(pcall(corpus.dedupe, corpus, { keep = "newest" }))
            """])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let counts = lines[0].prefix(5).compactMap { Int($0) }
        XCTAssertEqual(counts.count, 5, result.stdout)
        let (all, clusters, clustered, earliest, longest) = (counts[0], counts[1], counts[2], counts[3], counts[4])
        XCTAssertGreaterThanOrEqual(clusters, manifest.reprints.count * 95 / 100)
        XCTAssertEqual(earliest, all - clustered + clusters, "one article per cluster, every other article")
        XCTAssertEqual(longest, earliest)
        XCTAssertEqual(Array(lines[0].suffix(3)), ["true", "true", "true"], result.stdout)
        XCTAssertTrue(result.stdout.contains("c:dedupe: keep must be \"earliest\", \"longest\", got \"newest\""), result.stdout)
    }
}
