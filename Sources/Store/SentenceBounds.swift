import Articles
import Search

/// An article's sentences as a store keeps them, so that other tools read dossier's sentences
/// without its splitter (and a store's reader need not split them again): for each sentence,
/// bytes from where the one before ended to where it starts, its length in bytes, and how many
/// paragraphs on from the one before it is (the first counted from 0 and paragraph 1), as
/// varints. Offsets are 0-based bytes into the clean text.
enum SentenceBounds {
    static func pack(_ spans: [SentenceSpan]) -> [UInt8] {
        var bytes: [UInt8] = [], end = 0, paragraph = 1
        for span in spans {
            // the splitter's spans rise; a span that did not would be written as 0 and fail `Sentences.fit` when read
            for delta in [span.start - end, span.end - span.start, span.paragraph - paragraph] {
                PairRows.appendVarint(UInt64(clamping: delta), to: &bytes)
            }
            (end, paragraph) = (span.end, span.paragraph)
        }
        return bytes
    }

    /// The spans back; nil when the bytes are damaged (a varint cut short, or sums past Int32).
    static func unpack(_ packed: [UInt8]) -> [SentenceSpan]? {
        packed.withUnsafeBufferPointer { buffer -> [SentenceSpan]? in
            var spans: [SentenceSpan] = [], at = 0, end = 0, paragraph = 1
            func next(after base: Int) -> Int? {
                guard let delta = PairRows.varint(in: buffer, at: &at), delta <= UInt64(Int32.max), base <= Int(Int32.max) else { return nil }
                return base + Int(delta)
            }
            while at < buffer.count {
                guard let start = next(after: end), let stop = next(after: start), let number = next(after: paragraph) else { return nil }
                spans.append(SentenceSpan(start: start, end: stop, paragraph: number))
                (end, paragraph) = (stop, number)
            }
            return spans
        }
    }
}
