/// Ranges (of characters or bytes) sorted by start, with the furthest end reached so far, so
/// that whether a range overlaps or lies inside any of them is a binary search. The extractors
/// ask once per name; comparing every name with every other would make long articles quadratic.
struct RangeIndex {
    /// Non-empty ranges by start.
    private let ranges: [Range<Int>]
    /// For each position, the index of the range reaching furthest among those up to it.
    private let furthest: [Int]

    init<S: Sequence>(_ ranges: S) where S.Element == Range<Int> {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var furthest: [Int] = []
        furthest.reserveCapacity(sorted.count)
        for (i, range) in sorted.enumerated() {
            furthest.append(i > 0 && sorted[furthest[i - 1]].upperBound >= range.upperBound ? furthest[i - 1] : i)
        }
        self.ranges = sorted
        self.furthest = furthest
    }

    /// How many ranges start before `bound`.
    private func count(startingBefore bound: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The range reaching furthest of those starting before `bound`.
    private func furthest(startingBefore bound: Int) -> Range<Int>? {
        let n = count(startingBefore: bound)
        return n > 0 ? ranges[furthest[n - 1]] : nil
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        !range.isEmpty && (furthest(startingBefore: range.upperBound)?.upperBound ?? Int.min) > range.lowerBound
    }

    /// A range that holds all of `range`, or nil.
    func containing(_ range: Range<Int>) -> Range<Int>? {
        furthest(startingBefore: range.lowerBound + 1).flatMap { $0.upperBound >= range.upperBound ? $0 : nil }
    }

    /// The ranges that overlap `range`, the latest to start first: back from the last to start
    /// before its end, while some range up to there still reaches past its start.
    func overlapping(_ range: Range<Int>) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var i = count(startingBefore: range.upperBound) - 1
        while i >= 0, ranges[furthest[i]].upperBound > range.lowerBound {
            if ranges[i].upperBound > range.lowerBound { found.append(ranges[i]) }
            i -= 1
        }
        return found
    }

    /// Whether a range runs across `point`, starting before it and ending after it.
    func crosses(_ point: Int) -> Bool { (furthest(startingBefore: point)?.upperBound ?? Int.min) > point }

    /// The last range to start before `bound`.
    func last(startingBefore bound: Int) -> Range<Int>? {
        let n = count(startingBefore: bound)
        return n > 0 ? ranges[n - 1] : nil
    }
}
