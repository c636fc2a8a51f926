import Foundation

/// The model on disk: a header, the transition scores as Float32, then each kept feature's
/// key and its 13 label scores as Int16 with one scale for the file, as the model keeps them
/// in memory (quantising loses nothing measurable and halves the file). Little-endian
/// throughout. The header names the feature layout the model was trained with: a model read
/// with other features would tag nonsense without any error.
extension TaggerModel {
    static let magic = Array("dossier-entities\n".utf8)
    static let version: UInt32 = 2

    /// The file's bytes. Rows whose scores are all below `smallest` in size are left out
    /// (most rare features never moved far from zero).
    public func serialized(smallest: Float = 0.01) -> [UInt8] {
        var keys: [UInt64] = []
        var kept: [Weights] = []
        for (key, row) in table.pairs.sorted(by: { $0.key < $1.key }) {
            let weights = rows[Int(row)]
            let size = (0..<Labels.count).map { abs(Int(weights[$0])) }.max() ?? 0
            guard Float(size) * scale >= smallest else { continue }
            keys.append(key)
            kept.append(weights)
        }
        var out = TaggerModel.magic
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        append(TaggerModel.version)
        append(Features.layout)
        append(UInt32(keys.count))
        append(scale.bitPattern)
        for row in transitions { for lane in 0..<Labels.count { append(max(row[lane], -1e9).bitPattern) } }
        for key in keys { append(key) }
        for row in kept { for lane in 0..<Labels.count { append(row[lane]) } }
        return out
    }

    /// Reads a model written by `serialized`; a file that is short, foreign or of another
    /// version is an error that says so.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        var reader = ByteReader(bytes: [UInt8](data), path: url.path)
        guard reader.take(TaggerModel.magic.count).map(Array.init) == TaggerModel.magic else {
            throw TaggerError(description: "\(url.path): not a dossier entity model")
        }
        let version: UInt32 = try reader.read()
        guard version == TaggerModel.version else {
            throw TaggerError(description: "\(url.path): entity model version \(version); this dossier reads version \(TaggerModel.version) (run scripts/train-entities.sh)")
        }
        let layout: UInt32 = try reader.read()
        guard layout == Features.layout else {
            throw TaggerError(description: "\(url.path): entity model trained on feature layout \(layout); this dossier's features are layout \(Features.layout) (run scripts/train-entities.sh)")
        }
        let count = Int(try reader.read() as UInt32)
        let scale = Float(bitPattern: try reader.read())
        // each feature takes its key and 13 scores: a count the file cannot hold is damage, found
        // before anything is allocated for it
        let needed = (Labels.count + 1) * Labels.count * 4 + count * (8 + 2 * Labels.count)
        guard needed <= reader.bytes.count - reader.position else {
            throw TaggerError(description: "\(url.path): entity model ends early (it names \(count) features); run scripts/train-entities.sh")
        }
        var transitions: [Row] = []
        for _ in 0...Labels.count {
            var row = Row()
            for lane in 0..<Labels.count { row[lane] = Float(bitPattern: try reader.read()) }
            transitions.append(row)
        }
        var table = HashTable(capacity: count)
        for row in 0..<count { table.set(try reader.read(), Int32(row)) }
        var rows = [Weights](repeating: Weights(), count: count)
        for row in 0..<count {
            for lane in 0..<Labels.count { rows[row][lane] = Int16(bitPattern: try reader.read()) }
        }
        guard scale.isFinite, scale > 0 else {
            throw TaggerError(description: "\(url.path): entity model has a scale of \(scale); run scripts/train-entities.sh")
        }
        self.init(table: table, rows: rows, scale: scale, transitions: transitions)
    }
}

/// Reads little-endian integers from bytes, with an error naming the file when they run out.
struct ByteReader {
    let bytes: [UInt8]
    let path: String
    var position = 0

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count <= bytes.count - position else { return nil }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func read<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - position else {
            throw TaggerError(description: "\(path): entity model ends early (at byte \(position)); run scripts/train-entities.sh")
        }
        defer { position += size }
        // one unaligned load a value: a model holds millions of them
        return T(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: T.self) })
    }
}
