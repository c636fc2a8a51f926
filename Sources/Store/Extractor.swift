import CZlib
import Foundation

/// What extracted a store's records: the running dossier and the data it extracts with (the
/// entity model, the gazetteer, everything in the resource bundles beside the program), as one
/// checksum. Another build of dossier may find other records in the same text, so a build over
/// a store whose records another extractor made writes the store anew instead of keeping them.
enum Extractor {
    static let fingerprint: String = {
        var checksum = Checksum()
        for url in files() { checksum.add(url) }
        return checksum.description
    }()

    /// The program, then the files of each `*.resources` bundle beside it, in a fixed order.
    static func files() -> [URL] {
        guard let program = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return [] }
        let folder = program.deletingLastPathComponent()
        let fm = FileManager.default
        let bundles = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".resources") }.sorted()
        var found = [program]
        for bundle in bundles {
            let root = folder.appendingPathComponent(bundle)
            let inside = (fm.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
            found += inside.map { root.appendingPathComponent($0) }.filter { url in
                var isFolder: ObjCBool = false
                return fm.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            }
        }
        return found
    }

    /// zlib's CRC-32 over the files' bytes, with their total size: a file that cannot be read
    /// counts by its name alone.
    struct Checksum: CustomStringConvertible {
        private var crc = crc32(0, nil, 0)
        private var size = 0

        mutating func add(_ url: URL) {
            let bytes = (try? Data(contentsOf: url, options: .alwaysMapped)) ?? Data(url.lastPathComponent.utf8)
            bytes.withUnsafeBytes { raw in
                var rest = UnsafeRawBufferPointer(raw)
                while !rest.isEmpty {  // crc32 takes a 32-bit length
                    let piece = UnsafeRawBufferPointer(rebasing: rest.prefix(1 << 30))
                    crc = crc32(crc, piece.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(piece.count))
                    rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(piece.count))
                }
            }
            size += bytes.count
        }

        var description: String { String(format: "%08x-%d", crc, size) }
    }
}
