import Foundation

/// The data files that scripts/ derives from public datasets and SwiftPM ships as resources.
public enum DataFiles {
    /// The rows of `name` (a tab-separated file in `bundle`'s Resources/), comment lines left
    /// out. A missing file is said once on stderr, with what goes without it, and gives no rows.
    public static func rows(_ name: String, in bundle: Bundle, withoutIt consequence: String) -> [[Substring]] {
        guard let url = bundle.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("dossier: warning: \(name).tsv is missing: \(consequence)\n".utf8))
            return []
        }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }
}
