import Articles
import Text

/// A group of articles whose bodies are near-duplicates: reprints of one release.
public struct DuplicateCluster {
    /// The members, earliest first (by date, then by path and line).
    public let members: [Article]
    /// Each member's similarity to the earliest (1 for the earliest itself).
    public let similarities: [Double]
    public var earliest: Article { members[0] }
}

/// Near-duplicate bodies, found without comparing all pairs.
///
/// Method: each article's body, after cleaning (pinyin annotations and boilerplate are gone)
/// and folding (Simplified script, half width, lower case), is read as its letters, digits
/// and Han characters only (punctuation and spaces dropped), cut into overlapping shingles of
/// `shingle` characters. Similarity is the Jaccard index of two shingle sets. Each set gets a
/// MinHash signature of `Duplicates.bins` values by one-permutation hashing (Li, Owen and
/// Zhang 2012) with densification by rotation (Shrivastava and Li 2014): one hash per shingle
/// instead of one per shingle and bin. Locality-sensitive hashing over bands of the
/// signature (16 bands of 8 rows at thresholds from 0.7 up, 32 of 4 below) gives candidate
/// pairs; each candidate's similarity is estimated from the signatures and, within 0.1 of the
/// threshold, computed exactly from the shingle sets. Within one bucket, members are compared
/// with the bucket's first article only, so a thousand copies cost a thousand comparisons.
/// Every step runs on every core.
public enum Duplicates {
    public static let bins = 128
    public static let shingle = 5

    /// Clusters of articles at least `threshold` similar, largest first (then by earliest).
    /// Articles with fewer than `shingle` characters of text take no part.
    public static func clusters(in articles: [Article], threshold: Double) throws -> [DuplicateCluster] {
        let signatures = try parallelMap(articles) { Signature(of: $0) }
        let candidates = try candidatePairs(signatures, threshold: threshold)
        // estimates first; exact shingle sets only for pairs near the threshold
        let estimates = try parallelMap(candidates) { pair -> Double in
            guard let a = signatures[pair.a], let b = signatures[pair.b] else { return 0 }
            return a.similarity(to: b)
        }
        let unsure = zip(candidates, estimates).filter { abs($0.1 - threshold) < 0.1 }.map { $0.0 }
        var exact = try ExactSets(articles: articles, needed: unsure.flatMap { [$0.a, $0.b] })
        let exactSimilarities = try parallelMap(unsure) { exact.jaccard($0.a, $0.b) }
        var measured = [Pair: Double](uniqueKeysWithValues: zip(unsure, exactSimilarities).map { ($0, $1) })
        var groups = UnionFind(count: articles.count)
        for (pair, estimate) in zip(candidates, estimates) where (measured[pair] ?? estimate) >= threshold {
            groups.union(pair.a, pair.b)
        }
        let members = groups.groups().filter { $0.count > 1 }
        // the earliest of each cluster needs every member's date; dates are parsed on every core
        _ = try parallelMap(members.flatMap { $0 }) { articles[$0].date }
        let ordered = members.map { $0.sorted { ordering(articles[$0]) < ordering(articles[$1]) } }
        let toEarliest = ordered.flatMap { cluster in cluster.dropFirst().map { Pair(a: cluster[0], b: $0) } }
        try exact.add(articles: toEarliest.flatMap { [$0.a, $0.b] })
        let similarities = try parallelMap(toEarliest) { pair in measured[pair] ?? exact.jaccard(pair.a, pair.b) }
        for (pair, similarity) in zip(toEarliest, similarities) { measured[pair] = similarity }
        return ordered.map { cluster in
            DuplicateCluster(members: cluster.map { articles[$0] },
                             similarities: cluster.map { $0 == cluster[0] ? 1 : measured[Pair(a: cluster[0], b: $0)] ?? 0 })
        }
        .sorted { a, b in
            a.members.count != b.members.count ? a.members.count > b.members.count : ordering(a.earliest) < ordering(b.earliest)
        }
    }

    /// Two article numbers.
    struct Pair: Hashable {
        let a: Int
        let b: Int
    }

    /// Candidate pairs, each once: in every band, each member of a bucket with the bucket's
    /// first article.
    static func candidatePairs(_ signatures: [Signature?], threshold: Double) throws -> [Pair] {
        let rows = threshold >= 0.7 ? 8 : 4
        let perBand = try parallelMap(Array(0..<(bins / rows))) { band in
            var buckets: [UInt64: Int] = [:]  // band key -> first article
            var pairs: [UInt64] = []
            for (i, signature) in signatures.enumerated() {
                guard let signature else { continue }
                let key = signature.bandKey(band, rows: rows)
                if let first = buckets[key] { pairs.append(UInt64(first) << 32 | UInt64(i)) } else { buckets[key] = i }
            }
            return pairs
        }
        var all = perBand.flatMap { $0 }
        all.sort()
        var unique: [Pair] = []
        for (i, pair) in all.enumerated() where i == 0 || all[i - 1] != pair {
            unique.append(Pair(a: Int(pair >> 32), b: Int(pair & 0xFFFF_FFFF)))
        }
        return unique
    }

    /// Earliest first: articles with a date before those without, then by path and line.
    static func ordering(_ article: Article) -> (Int, String, String, Int) {
        (article.date == nil ? 1 : 0, article.date ?? "", article.source.path, article.source.line ?? 0)
    }

    /// The folded letters, digits and Han characters of an article's body.
    static func content(_ article: Article) -> [UInt32] {
        let folding = Folding.shared
        var out: [UInt32] = []
        for paragraph in article.paragraphs {
            for scalar in paragraph.unicodeScalars where isContent(scalar) {
                out.append(folding.fold(scalar))
            }
        }
        return out
    }

    /// A letter, digit or Han character; the common ranges are decided without a lookup.
    static func isContent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        case 0...0x7F, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return false  // punctuation, spaces
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// The distinct hashes of an article's shingles.
    static func shingleHashes(_ article: Article) -> [UInt64] {
        let text = content(article)
        guard text.count >= shingle else { return [] }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.count - shingle + 1)
        for start in 0...(text.count - shingle) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the shingle's characters, then mixed
            for value in text[start..<(start + shingle)] { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
            hashes.append(mix(hash))
        }
        return hashes
    }

    /// SplitMix64's finaliser: spreads FNV's low-entropy bits over the whole word.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// A MinHash signature by one-permutation hashing: a shingle's hash picks its bin (the high
/// bits) and competes there with its low bits; empty bins borrow from the next full one.
struct Signature {
    let values: [UInt32]

    init?(of article: Article) {
        let hashes = Duplicates.shingleHashes(article)
        guard !hashes.isEmpty else { return nil }
        let bins = Duplicates.bins
        var minimum = [UInt32](repeating: .max, count: bins)
        var filled = [Bool](repeating: false, count: bins)
        for hash in hashes {
            let bin = Int(hash >> 57)  // the top 7 bits: 128 bins
            let value = UInt32(truncatingIfNeeded: hash)
            if value <= minimum[bin] {
                minimum[bin] = value
                filled[bin] = true
            }
        }
        // densification: an empty bin takes the value of the next full bin to its right (wrapping),
        // shifted by the distance, so two sets agree there exactly when they agree at the source
        for bin in 0..<bins where !filled[bin] {
            var distance = 1
            while !filled[(bin + distance) % bins] { distance += 1 }
            minimum[bin] = minimum[(bin + distance) % bins] &+ UInt32(distance) &* 0x9E37_79B9
        }
        values = minimum
    }

    /// The share of bins that agree: an estimate of the Jaccard index.
    func similarity(to other: Signature) -> Double {
        var same = 0
        for i in 0..<values.count where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// One band's rows hashed into a bucket key (the band's number is mixed in).
    func bandKey(_ band: Int, rows: Int) -> UInt64 {
        var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for value in values[(band * rows)..<(band * rows + rows)] { key = Duplicates.mix(key ^ UInt64(value)) }
        return key
    }
}

/// Shingle sets for the exact Jaccard index, as sorted arrays, made on every core for the
/// articles that need one.
struct ExactSets {
    let articles: [Article]
    private var sets: [Int: [UInt64]] = [:]

    init(articles: [Article], needed: [Int]) throws {
        self.articles = articles
        try add(articles: needed)
    }

    mutating func add(articles numbers: [Int]) throws {
        let missing = Array(Set(numbers).filter { sets[$0] == nil })
        let made = try parallelMap(missing) { i -> [UInt64] in
            var hashes = Duplicates.shingleHashes(articles[i])
            hashes.sort()
            var unique: [UInt64] = []
            unique.reserveCapacity(hashes.count)
            for hash in hashes where unique.last != hash { unique.append(hash) }
            return unique
        }
        for (i, set) in zip(missing, made) { sets[i] = set }
    }

    /// |A ∩ B| / |A ∪ B| by merging the two sorted sets.
    func jaccard(_ a: Int, _ b: Int) -> Double {
        let x = sets[a] ?? [], y = sets[b] ?? []
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                shared += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(x.count + y.count - shared)
    }
}

/// Disjoint sets of article numbers, with path halving.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// The sets, each in ascending order.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for i in parent.indices { byRoot[find(i), default: []].append(i) }
        return byRoot.keys.sorted().compactMap { byRoot[$0] }
    }
}
