import Foundation

/// Lines already tagged, with the names found in each. A line's names depend on nothing but
/// its characters (each line is tagged on its own), and corpora repeat whole lines: a press
/// release reprinted by many sites, the footer every page of one site carries. Shared by the
/// threads that extract; emptied whenever it would hold more than `capacity` characters, so
/// memory stays bounded however large the corpus.
final class TaggedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [[UInt32]: [EntitySpan]] = [:]
    private var characters = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The names of `line`, from an earlier line with the same characters or from `tag`.
    func names(of line: [UInt32], tag: ([UInt32]) -> [EntitySpan]) -> [EntitySpan] {
        lock.lock()
        let known = names[line]
        lock.unlock()
        if let known { return known }
        let found = tag(line)  // outside the lock: the other thread tags its own lines meanwhile
        guard line.count <= capacity / 8 else { return found }  // nor a line so long that it empties the cache
        lock.lock()
        if characters + line.count > capacity { (names, characters) = ([:], 0) }
        if names.updateValue(found, forKey: line) == nil { characters += line.count }
        lock.unlock()
        return found
    }
}
