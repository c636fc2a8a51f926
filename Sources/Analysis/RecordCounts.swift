import Articles
import Text

/// How often each person, organisation, place or quoted term is named across a corpus, counted
/// on every core from the records the extractors keep: no Lua table is made for a record, and
/// no sentence is split (a store's people were counted in 38 s through a:people(), most of it
/// spent making records that were thrown away).
public enum RecordCounts {
    /// Keys and counts as c:freq gives them: people by name, a name's forms in either script
    /// counted as one (`NameForms`), terms as first written, organisations in Simplified script,
    /// places by full name or, with `level`, by the province, city or county they lie in; each
    /// name's mentions, and its articles. Largest first, ties in the order of the keys' UTF-8 bytes.
    public static func counts(of kind: Cooccurrence.Kind, level: Place.Level? = nil, in articles: [Article]) throws -> [WordFrequency] {
        let perArticle = try mapInParallel(articles, showing: kind.rawValue) { article in keys(of: kind, level: level, in: article) }
        var totals: [String: (count: Int, articles: Int)] = [:]
        var forms = NameForms()
        for keys in perArticle {
            var seen = Set<String>()
            for (name, count) in keys {
                let key = kind == .people ? forms.add(name, times: count) : name
                let inserted = seen.insert(key).inserted
                totals[key, default: (0, 0)].count += count
                if inserted { totals[key, default: (0, 0)].articles += 1 }
            }
        }
        return totals.map { WordFrequency(key: kind == .people ? forms.shown($0.key) : $0.key, count: $0.value.count, articles: $0.value.articles) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : Counting.precedes(a.key, b.key) }
    }

    /// An article's keys, each with how many mentions it counts for (at least one).
    static func keys(of kind: Cooccurrence.Kind, level: Place.Level?, in article: Article) -> [(String, Int)] {
        switch kind {
        case .people: return article.people.map { ($0.text, max($0.count, 1)) }
        case .orgs: return article.organisations.map { (Folding.shared.canonical($0.text), max($0.count, 1)) }
        case .terms: return article.terms.map { ($0.text, max($0.count, 1)) }
        case .places: return article.places.compactMap { place in placeKey(place, level: level).map { ($0, 1) } }
        }
    }

    /// A place's name, or at `level` the name of the division of that level it lies in (itself
    /// when it is one).
    static func placeKey(_ place: Place, level: Place.Level?) -> String? {
        guard let level, level != place.level else { return place.name }
        switch level {
        case .province: return place.province
        case .city: return place.city
        case .county: return place.county
        default: return nil
        }
    }
}
