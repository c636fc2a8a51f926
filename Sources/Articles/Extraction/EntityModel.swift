import Foundation
import EntityTagger
import Segmentation
import Text

/// The entity tagger as articles use it: its lexicon is jieba's dictionary plus the
/// gazetteer's divisions and countries (places), folded as the extractors fold text, and its surnames are
/// the common ones. Training (train-entities) builds the same lexicon, so the features a
/// model learnt from are the ones it sees at run time.
public enum EntityModel {
    public static let surnames: [UInt32] = Entities.surnameCharacters.unicodeScalars.map { Folding.shared.fold($0) }

    public static func lexicon() throws -> Lexicon {
        // every division's full and short names, and countries: jieba tags some of them as
        // other words (大同 as an adverb), and the gazetteer knows better
        let g = Gazetteer.shared
        let words = g.byFirst.values.flatMap { $0.map(\.word) } + g.countries.values.flatMap { $0.map(\.word) }
        let places = words.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, Lexicon.WordClass.place) }
        return Lexicon(jieba: try JiebaDictionary.shared(), fold: { Folding.shared.fold(Unicode.Scalar($0) ?? " ") }, extra: places)
    }

    /// The tagger with the model this build ships, loaded on first use (not at start-up);
    /// nil, said once on stderr, when the model or jieba's dictionary cannot be read.
    public static let shared: EntityTagger? = {
        do {
            guard let url = EntityTagger.bundledModel else { throw TaggerError(description: "entities.model is missing from this build") }
            // jieba's dictionary is kept only while something holds it: held here, it is read
            // once for the lexicon, the segmenter and the known names the extractors ask next
            let dictionary = try JiebaDictionary.shared()
            defer { withExtendedLifetime(dictionary) {} }
            let tagger = EntityTagger(model: try TaggerModel(contentsOf: url), lexicon: try lexicon(), surnames: surnames, segmenter: try Segmenter.shared())
            _ = KnownNames.shared
            return tagger
        } catch {
            FileHandle.standardError.write(Data("dossier: warning: \(error); people, places and organisations are found by rules alone\n".utf8))
            return nil
        }
    }()
}
