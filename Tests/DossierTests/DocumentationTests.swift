import Foundation
import XCTest

/// help() and docs/lua-api.md come from the same docs, and every example in them runs.
final class DocumentationTests: XCTestCase {
    func testReferenceFileIsUpToDate() throws {
        let generated = try DossierProcess.run(["-e", "io.write(dossier.reference())"])
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let file = try String(contentsOf: DossierProcess.repository.appendingPathComponent("docs/lua-api.md"), encoding: .utf8)
        XCTAssertEqual(file, generated.stdout, "docs/lua-api.md is stale: run `make docs`")
    }

    func testHelpListsEveryDocumentedFunction() throws {
        let result = try DossierProcess.run(["-e", """
            help()
            for _, d in ipairs(dossier.docs()) do print("NAME " .. d.name .. " " .. d.signature) end
            """])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let documented = lines.filter { $0.hasPrefix("NAME ") }
        XCTAssertGreaterThanOrEqual(documented.count, 6)
        for entry in documented {
            let signature = entry.split(separator: " ", maxSplits: 2)[2]
            XCTAssertTrue(lines.contains { !$0.hasPrefix("NAME ") && $0.contains(signature) }, "help() lists \(signature)")
        }
        let one = try DossierProcess.run(["-e", "help(inspect)"])
        XCTAssertTrue(one.stdout.hasPrefix("inspect(v [, opts])\n"), one.stdout)
        XCTAssertTrue(one.stdout.contains("Example:"), one.stdout)
    }

    func testEveryExampleRuns() throws {
        let result = try DossierProcess.run(["-e", """
            local failures = 0
            for _, d in ipairs(dossier.docs()) do
              if d.example ~= "" then
                local chunk, err = load(d.example, "=" .. d.name)
                local ok, problem = chunk ~= nil, err
                if chunk then ok, problem = pcall(chunk) end
                if not ok then failures = failures + 1; io.stderr:write(d.name, ": ", tostring(problem), "\\n") end
              end
            end
            os.exit(failures == 0)
            """])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
