import Foundation
import RegexShim

/// A compiled RE2 pattern. RE2 matches in time linear in the text, so a pattern such as
/// (.*.*)*z cannot hang a search the way a backtracking engine (ICU, PCRE) does; the price is
/// no backreferences and no lookaround, which RE2 refuses with a message.
final class RegularExpression: @unchecked Sendable {  // RE2 objects are safe to match from many threads
    private let compiled: OpaquePointer

    init(_ pattern: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let compiled = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            dossier_regex_new(buffer.baseAddress, buffer.count - 1, &message)
        }
        guard let compiled else {
            let reason = message.map { String(cString: $0) } ?? "cannot compile it"
            free(message)
            throw SearchError(description: "invalid regular expression \(pattern): \(reason)")
        }
        self.compiled = compiled
    }

    deinit { dossier_regex_free(compiled) }

    /// The byte ranges of every non-empty, non-overlapping match in UTF-8 `text`, left to right.
    func matches(in text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = 0, matchStart = 0, matchEnd = 0
            while start <= bytes.count,
                  dossier_regex_find(compiled, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, start,
                                     &matchStart, &matchEnd) != 0 {
                if matchEnd > matchStart {
                    ranges.append(matchStart..<matchEnd)
                    start = matchEnd
                } else {
                    start = Self.nextCharacter(after: matchStart, in: bytes)  // an empty match: step over one character
                }
            }
            return ranges
        }
    }

    /// The offset of the character after the one starting at `offset` (UTF-8 lead bytes).
    private static func nextCharacter(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
