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
        // every division's full name, provinces' and cities' short names, and countries: jieba
        // tags some of them as other words (大同 as an adverb), and the gazetteer knows better.
        // A county's short name without its level word keeps the class jieba gives it (高明 a
        // person's name, 平遥 an adjective): the gazetteer takes it for the place only where the
        // text names its province (or, for such a word, its city), and the tagger, which learnt
        // jieba's class, need not
        let g = Gazetteer.shared
        func places(_ words: [[UInt32]]) -> [([UInt32], Lexicon.WordClass)] {
            words.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0, .place) }
        }
        let names = g.byPair.values.flatMap { $0 }
        let countyLevels = ScannedText.units(of: "县旗")
        func isCountysBareShortName(_ n: (word: [UInt32], divisions: [Int], short: Bool)) -> Bool {
            n.short && n.divisions.allSatisfy { g.divisions[$0].level == .county } && !countyLevels.contains(n.word[n.word.count - 1])
        }
        let others = names.filter { !isCountysBareShortName($0) }.map(\.word) + Gazetteer.lexiconCountryNames.map(ScannedText.fold)
        return Lexicon(jieba: try JiebaDictionary.shared(), fold: { Folding.shared.fold(Unicode.Scalar($0) ?? " ") },
                       extra: places(others), unlessKnown: places(names.filter(isCountysBareShortName).map(\.word)))
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
