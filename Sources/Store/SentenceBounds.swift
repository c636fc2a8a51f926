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
        // the splitter's spans rise; a span that did not would be written as 0 and fail `Sentences.fit` when read
        func append(_ delta: Int) { PairRows.appendVarint(UInt64(clamping: delta), to: &bytes) }
        for span in spans {
            append(span.start - end)
            append(span.end - span.start)
            append(span.paragraph - paragraph)
            (end, paragraph) = (span.end, span.paragraph)
        }
        return bytes
    }

    /// The spans back from the varints `pack` wrote (`SearchSegments.varints` reads them);
    /// nil when they are not three a sentence or sum past Int32.
    static func spans(_ values: [UInt64]) -> [SentenceSpan]? {
        guard values.count % 3 == 0, values.allSatisfy({ $0 <= UInt64(Int32.max) }) else { return nil }
        var spans: [SentenceSpan] = [], end = 0, paragraph = 1
        for i in stride(from: 0, to: values.count, by: 3) {
            let start = end + Int(values[i]), stop = start + Int(values[i + 1]), number = paragraph + Int(values[i + 2])
            guard stop <= Int(Int32.max), number <= Int(Int32.max) else { return nil }
            spans.append(SentenceSpan(start: start, end: stop, paragraph: number))
            (end, paragraph) = (stop, number)
        }
        return spans
    }
}
