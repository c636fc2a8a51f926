import Foundation
import EntityTagger
import Segmentation
import Text

/// A place named in the text: the words as written, the place they name, and where it sits in
/// China's administrative divisions.
public struct Place: Equatable {
    public enum Level: String, Sendable { case province, city, county, other }
    public var text: String
    /// Canonical name (大同市 for 大同 or 大同市), in Simplified script.
    public var name: String
    public var level: Level
    /// For level other: "country", "zone" (开发区, 新区, 园区), "town", "village", "street".
    public var kind: String?
    public var province: String?
    public var city: String?
    public var county: String?
    /// The 12-digit administrative division code.
    public var code: String?
    /// A short name that more than one division has (朝阳, 鼓楼) and nothing nearby settled.
    public var ambiguous: Bool
    /// The organisation's, person's or longer place's name the place is part of (大同市委 for
    /// 大同, 北京图书馆 for 北京), or nil when the text names the place on its own.
    public var within: String? = nil
    /// 1-based byte offset in `a.text`.
    public var offset: Int

    public init(text: String, name: String, level: Level, kind: String? = nil, province: String? = nil, city: String? = nil,
                county: String? = nil, code: String? = nil, ambiguous: Bool, within: String? = nil, offset: Int) {
        (self.text, self.name, self.level, self.kind, self.province, self.city) = (text, name, level, kind, province, city)
        (self.county, self.code, self.ambiguous, self.within, self.offset) = (county, code, ambiguous, within, offset)
    }
}

extension Place {
    /// Records in the order of the text; at one offset, the name inside (北京, 青龙街) before the
    /// longer one it lies within (北京图书馆, 青龙街道), whatever order the extractors found them in.
    static func inTextOrder(_ a: Place, _ b: Place) -> Bool {
        (a.offset, a.text.utf8.count, a.name) < (b.offset, b.text.utf8.count, b.name)
    }

    /// `text` naming a division of the gazetteer: the division's name, level and code, and the
    /// province, city and county it lies in (itself at its own level).
    init(division d: Gazetteer.Division, text: String, ambiguous: Bool, offset: Int) {
        self.init(text: text, name: d.name, level: d.level, province: d.level == .province ? d.name : d.province,
                  city: d.level == .city ? d.name : d.city, county: d.level == .county ? d.name : nil, code: d.code,
                  ambiguous: ambiguous, offset: offset)
    }
}

/// China's administrative divisions (scripts/gazetteer.py derives them from a public dataset)
/// and the countries reports name, matched longest first on folded text, so either script works.
public final class Gazetteer: Sendable {
    public struct Division: Sendable {
        public let code: String
        public let level: Place.Level
        public let name: String
        public let province: String?
        public let city: String?
        /// Whether the short name alone (平遥, which is also a word) names the division only
        /// where the text names its city too.
        let shortNeedsCity: Bool
        /// Whether a city's short name alone (来宾, which is also a word) names the city only
        /// where the text names its province or another of its places, or the tagger a place.
        let shortNeedsProvince: Bool
    }

    public let divisions: [Division]
    /// Divisions by full name (the first, where names repeat).
    let indexByName: [String: Int]
    /// Folded names and short forms (two units or more) by their first two units, longest first:
    /// which divisions each names. By two units since a common first character (大, 新, 东) opens
    /// dozens of names; with a bit for each pair, since most pairs of a text open none.
    let byPair: [UInt64: [(word: [UInt32], divisions: [Int], short: Bool)]]
    let pairBits: KeyBits
    /// Names that are common words (郊区, 城区), by the code prefix of the city they belong to:
    /// they name a place only right after it (阳泉市郊区).
    let afterParent: [String: [(word: [UInt32], division: Int)]]
    let countries: [UInt32: [(word: [UInt32], name: String)]]
    /// Every unit a name or country starts with: most characters start none.
    let firsts: UnitSet

    public static let shared = Gazetteer()

    init() {
        var divisions: [Division] = []
        var rows: [(code: String, level: Place.Level, name: String, shorts: [Substring], flag: Substring)] = []
        for cells in DataFiles.rows("gazetteer", in: .module, withoutIt: "places are not found") {
            guard cells.count >= 3, let level = Place.Level(rawValue: String(cells[1])) else { continue }
            rows.append((String(cells[0]), level, String(cells[2]), cells.count > 3 ? cells[3].split(separator: ",") : [],
                         cells.count > 4 ? cells[4] : ""))
        }
        let nameOf = Dictionary(rows.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        var words: [[UInt32]: (divisions: [Int], short: Bool)] = [:]
        var afterParent: [String: [(word: [UInt32], division: Int)]] = [:]
        for row in rows {
            let provinceCode = String(row.code.prefix(2)) + String(repeating: "0", count: 10)
            let cityCode = String(row.code.prefix(4)) + String(repeating: "0", count: 8)
            let province = row.level == .province ? nil : nameOf[provinceCode]
            // a municipality's districts have the municipality as their city
            let city = row.level == .county ? nameOf[cityCode] ?? province : nil
            divisions.append(Division(code: row.code, level: row.level, name: row.name, province: province, city: city,
                                      shortNeedsCity: row.flag == "short-with-city", shortNeedsProvince: row.flag == "short-with-province"))
            let index = divisions.count - 1
            if row.flag == "after-parent" {
                afterParent[String(row.code.prefix(4)), default: []].append((ScannedText.fold(row.name), index))
                continue
            }
            words[ScannedText.fold(row.name), default: ([], false)].divisions.append(index)
            for short in row.shorts {
                let word = ScannedText.fold(String(short))
                if words[word]?.short == false { continue }  // a full name wins over another's short form
                words[word, default: ([], true)].divisions.append(index)
            }
        }
        byPair = Dictionary(grouping: words.filter { $0.key.count >= 2 }.map { (word: $0.key, divisions: $0.value.divisions, short: $0.value.short) }) {
            Gazetteer.pair($0.word[0], $0.word[1])
        }.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        var pairBits = KeyBits(width: 16)
        for pair in byPair.keys { pairBits.insert(pair) }
        self.pairBits = pairBits
        var countries: [UInt32: [(word: [UInt32], name: String)]] = [:]
        for name in Gazetteer.countryNames {
            let word = ScannedText.fold(name)
            countries[word[0], default: []].append((word, Gazetteer.countriesShortNames[name] ?? name))
        }
        self.countries = countries.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        self.firsts = UnitSet(byPair.keys.map { UInt32(truncatingIfNeeded: $0 >> 32) } + Array(self.countries.keys))
        self.divisions = divisions
        self.afterParent = afterParent
        indexByName = Dictionary(divisions.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// The names that start at `i` of `s`, longest first.
    func names(in s: ScannedText, at i: Int) -> [(word: [UInt32], divisions: [Int], short: Bool)] {
        names(opening: s[i], s[i + 1]).filter { s.matches($0.word, at: i) }
    }

    /// The names that start with `first` and `second`, longest first.
    func names(opening first: UInt32, _ second: UInt32) -> [(word: [UInt32], divisions: [Int], short: Bool)] {
        let pair = Gazetteer.pair(first, second)
        guard pairBits.mayContain(pair) else { return [] }
        return byPair[pair] ?? []
    }

    /// The divisions a whole name (folded) names, as a full name or a short form.
    func whole(_ units: ArraySlice<UInt32>) -> (divisions: [Int], short: Bool)? {
        guard units.count >= 2 else { return nil }
        return names(opening: units[units.startIndex], units[units.startIndex + 1]).first { $0.word.elementsEqual(units) }.map { ($0.divisions, $0.short) }
    }

    /// Whether `units` are a division's full name: 眉县, and 代县, which names the county only
    /// after its city.
    func isFullName(_ units: ArraySlice<UInt32>) -> Bool {
        whole(units)?.short == false || afterParent.values.contains { $0.contains { $0.word.elementsEqual(units) } }
    }

    /// A county named by a common word (郊区) right after its city, at `i`.
    func child(of division: Int, in s: ScannedText, at i: Int) -> (word: [UInt32], division: Int)? {
        guard divisions[division].level == .city else { return nil }
        return afterParent[String(divisions[division].code.prefix(4))]?.first { s.matches($0.word, at: i) }
    }

    /// Countries and regions reports name, in Simplified script (folding matches Traditional).
    static let countryNames = lexiconCountryNames + countryNamesOutsideLexicon

    /// The countries the tagger's lexicon names as places (`EntityModel.lexicon`): its model
    /// was trained with these words as features, and a list changed means a model retrained.
    static let lexiconCountryNames = """
        中国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 奥地利
        希腊 土耳其 乌克兰 白俄罗斯 匈牙利 捷克 罗马尼亚 塞尔维亚 爱尔兰 冰岛 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚
        委内瑞拉 古巴 澳大利亚 新西兰 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 阿富汗 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 约旦
        沙特阿拉伯 沙特 阿联酋 卡塔尔 科威特 阿曼 也门 埃及 南非 尼日利亚 埃塞俄比亚 肯尼亚 坦桑尼亚 阿尔及利亚 摩洛哥
        安哥拉 津巴布韦 赞比亚 新加坡 马来西亚 印度尼西亚 印尼 泰国 越南 老挝 柬埔寨 缅甸 菲律宾 文莱 蒙古国 哈萨克斯坦
        乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 格鲁吉亚 亚美尼亚 阿塞拜疆 欧盟 东盟 非洲 欧洲 亚洲 拉美 中东
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Countries the rules read and the tagger's lexicon leaves out: jieba's dictionary already
    /// gives the tagger most of them as places, and a model retrained with them in its lexicon
    /// scored lower on the held-out sentences (people and places F1 0.3-0.4 points lower, the
    /// mean of three seeds).
    static let countryNamesOutsideLexicon = """
        斯洛伐克 斯洛文尼亚 克罗地亚 保加利亚 立陶宛 拉脱维亚 爱沙尼亚 卢森堡 马耳他 塞浦路斯 阿尔巴尼亚 波黑 北马其顿 摩尔多瓦
        摩纳哥 梵蒂冈 列支敦士登 安道尔 圣马力诺 黎巴嫩 巴林 突尼斯 利比亚 南苏丹 不丹 马尔代夫 东帝汶 巴拿马 哥斯达黎加
        尼加拉瓜 洪都拉斯 危地马拉 多米尼加 海地 牙买加 巴哈马 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 圭亚那 苏里南 斐济
        巴布亚新几内亚 萨摩亚 汤加 瓦努阿图 所罗门群岛 加纳 塞内加尔 喀麦隆 乌干达 卢旺达 布隆迪 莫桑比克 马达加斯加 纳米比亚
        博茨瓦纳 尼日尔 乍得 索马里 吉布提 厄立特里亚 科特迪瓦 毛里求斯 塞舌尔 马拉维 毛里塔尼亚 塞拉利昂 利比里亚 加蓬
        赤道几内亚 几内亚比绍 几内亚 刚果 北美 南美 大洋洲 东南亚
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Countries' short names, each a record of the country's full name (印尼 of 印度尼西亚).
    static let countriesShortNames = ["印尼": "印度尼西亚", "沙特": "沙特阿拉伯"]
}

public enum Places {
    /// Words after a named place that make a smaller place of it: 大同经开区, 云州区西坪镇.
    static let suffixes = ScannedText.words([("经济技术开发区", "zone"), ("高新技术产业开发区", "zone"), ("经济开发区", "zone"),
                                         ("高新技术开发区", "zone"), ("经开区", "zone"), ("高新区", "zone"), ("开发区", "zone"),
                                         ("工业园区", "zone"), ("产业园区", "zone"), ("产业集聚区", "zone"), ("综合保税区", "zone"), ("自贸区", "zone"),
                                         ("新区", "zone"), ("园区", "zone"), ("街道", "street"), ("镇", "town"), ("乡", "town"),
                                         ("村", "village")])
    /// Characters no town or zone name holds between its place and its suffix: particles,
    /// numerals, level words, and the verbs reports put there (召开街道会议, 开展乡村振兴).
    static let notInName = Set(("的了和与及在是对为将把从向等全各本该每我其这那城乡县市区省一二三四五六七八九十个有新老大小上下中内外"
        + "召开展举行推进建设加强实施组织参与工作会议成立到赴来去").unicodeScalars.map(\.value))

    /// A name matched in the text, before its division is chosen.
    struct Match {
        var start: Int, end: Int
        var divisions: [Int]
        var short = false
        var country: String?
        var suffix: (ownName: Bool, end: Int, kind: String)?
        /// Where a village named right after that town ends (荫营镇|下千亩坪村).
        var villageEnd: Int?
        /// Where the match and the smaller places named after it end.
        var fullEnd: Int { villageEnd ?? suffix?.end ?? end }
    }

    /// Provinces whose districts reporters name without their city (浦东, 海淀, 渝中): the municipalities.
    static let municipalities: Set<Substring> = ["11", "12", "31", "50"]

    /// Every place named in the text, in order. A short name that several divisions share
    /// takes the one whose province or city is named elsewhere in the text; a county's short
    /// name (盐湖 for 盐湖区) counts only where its province is named too, or, in a
    /// municipality, where the tagger reads a place (浦东, not 滨海城市); one that is also a
    /// word (平遥, 昌平) only where its city (or municipality) is named.
    /// `tagged`: the entity tagger's places, which add those the gazetteer lacks (长江, 天安门广场,
    /// 雄安新区: level "other", kind "place") and settle where a name the gazetteer knows is cut
    /// otherwise (`agreeing`). A tagger's place that holds one the gazetteer knows (北京图书馆,
    /// 河西走廊) is a place too, and the one inside it is marked `within` it.
    public static func find(in s: ScannedText, tagged: [EntitySpan] = [], gazetteer g: Gazetteer = .shared) -> [Place] {
        let bodies = Array(Set(tagged.filter { $0.kind == .organisation && $0.range.count >= 3 }.map { Array(s.units[$0.range]) }))
        let taggedPlaces = parallelAbbreviations(in: s, tagged: tagged.flatMap { apartAtAnd($0, in: s) }.map { withoutLevelTwice($0, in: s) }.filter {
            $0.kind == .place && $0.range.allSatisfy { Han.isHan(s.units[$0]) } && !isOneCharacterAndLevel(s, $0.range, gazetteer: g)
                && !insideBodysName(s, $0.range, bodies: bodies)
        })
        let names = taggedPlaces.map(\.range).filter { $0.count >= 2 }.sorted { $0.lowerBound < $1.lowerBound }
        var known = divisions(in: s, gazetteer: g, tagged: names)
        func bytes(_ p: Place) -> Range<Int> { p.offset..<(p.offset + p.text.utf8.count) }
        let ranges = RangeIndex(known.map(bytes))
        let knownAt = Dictionary(known.indices.map { (bytes(known[$0]), $0) }, uniquingKeysWith: { first, _ in first })
        var more: [Place] = [], namesakes = Set<Int>()
        for span in taggedPlaces {
            if span.range.count == 1 {
                if let p = abbreviated(s, at: span.range.lowerBound, gazetteer: g), !ranges.overlaps(bytes(p)) { more.append(p) }
                continue
            }
            if opensCommonWord(s, span.range, fused: true) || isStationsEnd(s, span.range) || issuesDocument(s, span.range) || isSeason(s, span.range)
                || provinceOpensWord(s, span.range) || s.matches(appClient, at: span.range.upperBound) || Entities.namesAPlenary(s, span.range)
                || People.guestWords.contains(where: { $0.elementsEqual(s.units[span.range]) }) || Entities.isSectionAlone(s, span.range)
                || s.units[span.range.lowerBound] == People.vesselMark || namesLevelsOnly(s, span.range) { continue }  // no place opens with 号 (“卡尔·文森”|号航母群), nor is a section (康复|科) one
            let p = Place(text: s.text(span.range), name: String(codePoints: s.units[span.range]),
                          level: .other, kind: "place", ambiguous: false, offset: s.byteOffset(span.range.lowerBound))
            let outer = bytes(p)
            guard ranges.overlaps(outer) else { more.append(p); continue }
            // one place inside another's name; a span over two (甘肃兰州市) is the two places
            let inside = ranges.overlapping(outer)
            guard inside.count == 1, let inner = inside.first, outer.count > inner.count, outer.contains(inner), let i = knownAt[inner] else { continue }
            // a village or town named as a city or county is (岑溪乡桂林|村, 长沙|村) lies in neither
            if inner.lowerBound == outer.lowerBound, inner.upperBound == s.byteOffset(span.range.upperBound - 1),
               townCharacters.contains(s.units[span.range.upperBound - 1]) || s.units[span.range.upperBound - 1] == village {
                namesakes.insert(i)
            } else {
                known[i].within = p.text
            }
            more.append(p)
        }
        let divisions = namesakes.isEmpty ? known : known.indices.filter { !namesakes.contains($0) }.map { known[$0] }
        return repeatingLocalPlaces(more.isEmpty ? divisions : (divisions + more).sorted(by: Place.inTextOrder), in: s)
    }

    /// Whether a tagger's place lies inside, not at the start of, a body's name that the tagger read
    /// elsewhere in the text (拱北|海关 read whole once, then 北海 read as a place in 今年拱北海关在…):
    /// the name is the body's wherever it is written.
    static func insideBodysName(_ s: ScannedText, _ range: Range<Int>, bodies: [[UInt32]]) -> Bool {
        bodies.contains { body in
            body.count > range.count && (max(0, range.upperBound - body.count)..<range.lowerBound).contains { start in
                start + body.count >= range.upperBound && s.matches(body, at: start)
            }
        }
    }

    /// Whether a tagger's place is levels' words alone (24个|镇乡街道|达到暴雨: "towns, townships
    /// and streets"): kinds of place, none named.
    static func namesLevelsOnly(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            // 街道 is two characters; every other level is one
            if let level = s.longest(townLevels, at: i) { i += level.word.count } else if levelEnds.contains(s.units[i]) { i += 1 } else { return false }
        }
        return i == range.upperBound
    }

    /// A tagger's place less a level's character written twice at its end (宁远县县|委: the
    /// county's committee, as some reports write it): the county is 宁远县.
    static func withoutLevelTwice(_ span: EntitySpan, in s: ScannedText) -> EntitySpan {
        let end = span.range.upperBound
        guard span.kind == .place, span.range.count >= 3, s.units[end - 1] == s.units[end - 2], levelEnds.contains(s.units[end - 1]) else { return span }
        return EntitySpan(kind: .place, range: span.range.lowerBound..<(end - 1))
    }

    /// A tagger's place that 及 or 与 runs through is the two places it joins (銅鑼灣|及|維園):
    /// no place's name holds them; 和 is left, which countries' names hold (特立尼达和多巴哥).
    static func apartAtAnd(_ span: EntitySpan, in s: ScannedText) -> [EntitySpan] {
        guard span.kind == .place else { return [span] }
        return People.apart(span, in: s) { s.units[$0] != countriesAnd }
    }

    static let countriesAnd = ScannedText.fold("和")[0]

    /// What follows an outlet's app named after a place (新湖南|客户端, 新甘肃|客户端): the tagger's
    /// place there is the app's name; the division inside it stays.
    static let appClient = ScannedText.fold("客户端")

    /// Whether a tagger's place ends in 省 that opens a word jieba's HMM made with what follows
    /// (共襄|省运盛举: 省运, the province's games): no province's, where a word of the dictionary
    /// (安大略省|政府) leaves it one. Not the lower levels: the HMM joins their characters to the
    /// next one too often (罗湾村|为, 汀河乡|裕后村), where the place stands.
    static func provinceOpensWord(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let last = range.upperBound - 1
        guard s.units[last] == province, let word = s.word(containing: last), word.lowerBound == last,
              word.upperBound > range.upperBound else { return false }
        return Entities.wordClass(s, word) == nil
    }

    static let province = ScannedText.fold("省")[0]

    /// Whether a tagger's place is a season's or a festival's name (新春走访, which jieba's
    /// dictionary tags as a place): every February's reports of visits hold one.
    static func isSeason(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        seasons.contains { $0.elementsEqual(s.units[range]) }
    }

    static let seasons = ["新春", "新年", "春节", "元旦", "元宵", "清明", "端午", "中秋", "重阳", "国庆", "除夕"].map(ScannedText.fold)

    /// Whether a tagger's place is the issuer's short name that opens a document's number
    /// (冀人社厅|发〔2019〕12号, 某某|〔2023〕5号): a body's, no place.
    static func issuesDocument(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let bracket = s[range.upperBound] == issued ? range.upperBound + 1 : range.upperBound
        return numberBrackets.contains(s[bracket]) && ScannedText.isDigit(s[bracket + 1])
    }

    static let issued = ScannedText.fold("发")[0], numberBrackets = ScannedText.units(of: "〔［[【(（")

    /// Whether a tagger's place is the end of a station's name that a place opens (成都|东站,
    /// 福州|南站): a piece of the station's name, no place of its own.
    static func isStationsEnd(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count == 2 && directions.contains(s.units[range.lowerBound]) && s.units[range.lowerBound + 1] == station
            && Han.isHan(s[range.lowerBound - 1])
    }

    static let directions = ScannedText.units(of: "东西南北"), station = ScannedText.fold("站")[0]

    /// `places` with each place of three characters or more that no division names (a village
    /// after its town, 七舍镇|革上村) found wherever the text names it again alone
    /// (革上村茶叶种类繁多), in place of any piece of it read there (上村): its name said once is
    /// known for the whole article.
    static func repeatingLocalPlaces(_ places: [Place], in s: ScannedText) -> [Place] {
        let locals = places.filter { $0.level == .other && $0.kind != "country" && $0.text.unicodeScalars.count >= 3 }
        guard !locals.isEmpty else { return places }
        func bytes(_ p: Place) -> Range<Int> { p.offset..<(p.offset + p.text.utf8.count) }
        // not where a place already stands there whole, in a longer name (河东岸 of 河东岸村), or across it
        let named = RangeIndex(places.map(bytes))
        func isFree(_ r: Range<Int>) -> Bool { named.overlapping(r).allSatisfy { r.contains($0) && r != $0 } }
        var again: [Place] = []
        var seen = Set<String>()
        for local in locals where seen.insert(local.name).inserted {
            let word = ScannedText.fold(local.text)
            for i in s.units.indices where s.units[i] == word[0] && s.matches(word, at: i) {
                var place = local
                (place.text, place.offset, place.within) = (s.text(i..<(i + word.count)), s.byteOffset(i), nil)
                // its bytes as written: a space the scan leaves out after it (兰州新区 3 例) is none of them
                if isFree(bytes(place)) { again.append(place) }
            }
        }
        guard !again.isEmpty else { return places }
        let repeated = RangeIndex(again.map(bytes))
        let kept = places.filter { p in repeated.containing(bytes(p)).map { $0 == bytes(p) } ?? true }
        return (kept + again).sorted(by: Place.inTextOrder)
    }

    /// Whether a tagger's place is a preposition and a level's character (经|县人民政府研究同意, 在|市):
    /// "by the county's government", no county named 经县; or any one character and a province's
    /// or city's (中省战略: "the centre's and the province's"), which name no division the
    /// gazetteer lacks (a county may be a former one: 巢县). The gazetteer's two-character names
    /// (和县, 沙市) stand.
    static func isOneCharacterAndLevel(_ s: ScannedText, _ range: Range<Int>, gazetteer g: Gazetteer) -> Bool {
        guard range.count == 2, g.whole(s.units[range]) == nil else { return false }
        let last = s.units[range.upperBound - 1]
        return divisionsEnds.contains(last) || prepositions.contains(s.units[range.lowerBound]) && levelEnds.contains(last)
    }

    static let divisionsEnds = ScannedText.units(of: "省市")

    static let prepositions = ScannedText.units(of: "经在对向从由给被将把为与据按依")

    /// `tagged` without the places and people whose name 族 follows (维吾尔|族干部, 朝鲜|族村民,
    /// 塔吉克|族老人): a people, named as its country or region is, and no place or person.
    public static func withoutEthnicGroups(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.filter { $0.kind == .organisation || s[$0.range.upperBound] != ethnicGroup }
    }

    static let ethnicGroup = ScannedText.fold("族")[0]

    /// `tagged` without the places that name a kind of place, not one (城中村, 空心村, 集镇,
    /// 沿海城市: words of reports on villages and towns that the tagger, after jieba, reads as names).
    public static func withoutKindsOfPlace(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.filter { $0.kind != .place || !namesAKind(s, $0.range) }
    }

    /// Whether `range` is a kind of place (`kindsOfPlace`), maybe after a common word (经济|强村)
    /// or a scope (全县|贫困村, 各|中心村); not after a name (王家庄|中心村).
    static func namesAKind(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, let kind = s.longest(kindsOfPlace, endingAt: range.upperBound, where: { $0.word.count <= range.count }) else { return false }
        let before = range.lowerBound..<(range.upperBound - kind.word.count)
        return before.isEmpty || Entities.isCommonWord(s, before) || isScope(s, before)
    }

    static let kindsOfPlace = ScannedText.words(["城中村", "中心村", "空心村", "贫困村", "示范村", "重点村", "试点村", "行政村", "自然村", "先进村",
                                                 "文明村", "薄弱村", "后进村", "强村", "集镇", "中心镇", "重点镇", "小城镇", "特色小镇", "中心城市",
                                                 "沿海城市", "内陆城市", "边境城市", "省会城市", "城乡结合部"].map { ($0, true) })

    /// 全县, 各乡, 本村: every place of a level, or the speaker's own.
    static func isScope(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count == 2 && scopeMarks.contains(s.units[range.lowerBound]) && levelEnds.contains(s.units[range.lowerBound + 1])
    }

    static let scopeMarks = ScannedText.units(of: "全各本每我该")

    /// `tagged` with a village's name, or a body named after one, widened over the direction that
    /// opens it where the tagger left that out between the village and the township before it
    /// (北辛乡|下|王庄村, 龙居镇|东|张村党支部): a direction squeezed between two names is the
    /// second's (上北泉村, 西关村). So is one the article names whole as a place elsewhere
    /// (前|汪村党支部书记 after 前汪村: 前 also reads as "former").
    public static func withDirectionsOpeningVillages(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let places = tagged.filter { $0.kind == .place }
        guard !places.isEmpty else { return tagged }
        let placeEnds = Set(places.map(\.range.upperBound)), placeNames = Set(places.map { s.units[$0.range] })
        // a direction the tagger read as a name of its own (中 of 中|韩乡) is left to the rules for places
        let taken = Set(tagged.map(\.range.upperBound))
        return tagged.map { span in
            let direction = span.range.lowerBound - 1
            guard span.kind != .person, Entities.directions.contains(s[direction]) || villageDirections.contains(s[direction]),
                  let level = span.range.prefix(4).dropFirst().first(where: { villageLevels.contains(s.units[$0]) }),
                  placeEnds.contains(direction) || (!taken.contains(span.range.lowerBound) && placeNames.contains(s.units[direction...level]))
            else { return span }
            return EntitySpan(kind: span.kind, range: direction..<span.range.upperBound)
        }
    }

    /// Directions and sizes that open villages' names besides the compass's (上庄, 下庄, 前进村,
    /// 后营, 移风店镇|大|兰家庄村).
    static let villageDirections = ScannedText.units(of: "上下前后大小")

    /// Inner Mongolia's townships (苏木) and villages (嘎查), which reports name right after their
    /// banner or township (苏尼特右旗|赛汗乌力吉苏木|巴彦宝力格嘎查) and neither the gazetteer nor
    /// the tagger knows: two to six Han characters between a place the tagger read (or one found
    /// so) and such a level word, with no particle, are a place, in place of whatever the tagger
    /// read there. A level word the tagger reads alone as a person (嘎查) is none.
    public static func withSumsAndGachas(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var ends = tagged.filter { $0.kind == .place }.map(\.range.upperBound)
        var found: [Range<Int>] = []
        while let end = ends.popLast() {
            guard let (name, level) = (2...6).lazy.compactMap({ name in s.longest(mongolianLevels, at: end + name).map { (name, $0.word.count) } }).first,
                  (end..<(end + name)).allSatisfy({ Han.isHan(s.units[$0]) && !People.beforeName.contains(s.units[$0]) }),
                  !Entities.isClause(Array(s.units[end..<(end + name)])) else { continue }
            found.append(end..<(end + name + level))
            ends.append(end + name + level)
        }
        let taken = RangeIndex(found)
        return (tagged.filter { span in
            !taken.overlaps(span.range) && !(span.kind == .person && mongolianLevels.contains { $0.word.elementsEqual(s.units[span.range]) })
        } + found.map { EntitySpan(kind: .place, range: $0) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let mongolianLevels = ScannedText.words(["苏木", "嘎查"].map { ($0, true) })

    /// Towns', townships' and areas' level words, which the tagger may leave off a place's name
    /// (段村|镇, 粤港澳大湾|区).
    static let townLevels = ScannedText.words(["街道", "镇", "乡", "区"].map { ($0, true) })

    /// `tagged` with each place that a word of no place opens cut to the division named in full after it
    /// (关于印发|大同市人民政府…的通知: the tagger ran the verb into the place's name, and a body's
    /// name after it); jieba's dictionary calls 印发 a proper noun, so any known word but a name will do.
    public static func withoutLeadingVerbs(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        guard let lexicon = EntityModel.shared?.lexicon else { return tagged }
        return tagged.map { span in
            guard span.kind == .place, span.range.count >= 4, let verb = s.word(containing: span.range.lowerBound),
                  verb.lowerBound == span.range.lowerBound, verb.count >= 2, span.range.upperBound - verb.upperBound >= 2,
                  let wordClass = lexicon.wordClass(Array(s.units[verb])), [.verb, .properNoun, .noun, .function].contains(wordClass),
                  g.whole(s.units[verb.upperBound..<span.range.upperBound])?.short == false else { return span }
            return EntitySpan(kind: .place, range: verb.upperBound..<span.range.upperBound)
        }
    }

    /// `tagged` with each place a town's or an area's level word follows widened to hold it (段村镇,
    /// where the tagger read 段村), unless that word's character opens another word (西安乡亲) or the
    /// tagger reads a name from there; and each that 村 and a village's committee or post follow
    /// (新林|村支书, 山内|村委会), to hold its 村: the village's name, where the place is no
    /// division's full name or country (河曲县|村民委员会, 中华人民共和国|村民委员会组织法); a
    /// county's short name is often a village's too (新林).
    public static func withTownLevels(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        let starts = Set(tagged.map(\.range.lowerBound))
        return tagged.map { span in
            let end = span.range.upperBound
            guard span.kind == .place, !starts.contains(end) else { return span }
            if s.longest(villageCommittees, at: end) != nil || s.longest(villagePosts, at: end) != nil {
                guard !levelEnds.contains(s.units[end - 1]), s.units[end - 1] != country, g.whole(s.units[span.range])?.short != false else { return span }
                return EntitySpan(kind: .place, range: span.range.lowerBound..<(end + 1))
            }
            guard let level = s.longest(townLevels, at: end), level.word.count == 2 || !startsWord(s, at: end),
                  !(end..<(end + level.word.count)).contains(where: starts.contains) else { return span }
            return EntitySpan(kind: .place, range: span.range.lowerBound..<(end + level.word.count))
        }
    }

    static let country = ScannedText.fold("国")[0]
    static let villagePosts = ScannedText.words(["村支书", "村主任", "村书记", "村文书", "村会计", "村干部"].map { ($0, true) })

    /// `tagged` with the village named right after a town the tagger read (界炮镇|山内村委会), where it
    /// read no place or body there: as after a town the gazetteer names (`villageEnd`). A person it
    /// read within the village is the village's name misread (郑宅镇上|郑村|任党支部副书记).
    public static func withVillagesAfterTowns(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let taken = RangeIndex(tagged.filter { $0.kind != .person }.map(\.range))
        let people = RangeIndex(tagged.filter { $0.kind == .person }.map(\.range))
        let villages = tagged.compactMap { span -> Range<Int>? in
            let start = span.range.upperBound
            guard span.kind == .place, span.range.count >= 3, townCharacters.contains(s.units[start - 1]), let end = villageEnd(s, at: start),
                  !taken.overlaps(start..<end),
                  people.overlapping(start..<end).allSatisfy({ $0.lowerBound >= start && $0.upperBound <= end }) else { return nil }
            return start..<end
        }
        return Entities.replacing(tagged, with: villages, as: .place)  // only people inside them overlap them
    }

    static let townCharacters = ScannedText.units(of: "镇乡")

    /// `tagged` with the items of a 、-list that a count of villages, communities or towns closes
    /// (曲祖、脚家箐、法岗|3个村委会, 五桥、长岭、白羊|等36个镇乡街道) made places where the tagger read no
    /// place or body in them, in place of the people it read there: villages' names are often
    /// people's (曲祖).
    public static func countedVillages(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var villages: [Range<Int>] = []
        for end in Entities.listEnds(in: s) {
            // the count may follow 等 (五桥、长岭、白羊|等36个镇乡街道)
            let countAt = s[end] == Entities.etCetera ? end + 1 : end
            // a count said (3个, 两个), not guessed (污染一条河、危害|几个村)
            guard Entities.opensListCount(s, at: countAt), s[countAt] != aFew, let count = Entities.bodyCount(s, at: countAt, measures: Entities.countWords),
                  s.longest(villageWords, at: countAt + count) != nil else { continue }
            // the first after its county (万州区|五桥、长岭…), and none a verb
            villages += Entities.listItems(endingAt: end, in: s).map { afterDivision(s, $0) }.filter { item in
                (2...4).contains(item.count) && item.allSatisfy { Han.isHan(s.units[$0]) }
                    && ![.verb, .function].contains(Entities.wordClass(s, item) ?? .other)
            }
        }
        guard !villages.isEmpty else { return tagged }
        // a body the tagger read ending with the village (竹峪, 万州区五桥) is the village misread
        let listed = RangeIndex(villages)
        let misreadBodies = Set(tagged.filter { span in
            span.kind == .organisation && listed.overlapping(span.range).contains { $0.upperBound == span.range.upperBound && $0.lowerBound >= span.range.lowerBound }
        }.map(\.range))
        let others = RangeIndex(tagged.filter { $0.kind != .person && !misreadBodies.contains($0.range) }.map(\.range))
        let places = villages.filter { !others.overlaps($0) }
        let named = RangeIndex(places)
        return (tagged.filter { ($0.kind != .person || !named.overlaps($0.range)) && !misreadBodies.contains($0.range) }
            + places.map { EntitySpan(kind: .place, range: $0) })
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let aFew = ScannedText.fold("几")[0]

    /// `item` after the last division named in full in it (导致万州区|五桥), when two characters
    /// or more follow it.
    static func afterDivision(_ s: ScannedText, _ item: Range<Int>) -> Range<Int> {
        var start = item.lowerBound
        for i in item where i >= start {
            if let division = Gazetteer.shared.names(in: s, at: i).first(where: { !$0.short }), item.upperBound - (i + division.word.count) >= 2 {
                start = i + division.word.count
            }
        }
        return start..<item.upperBound
    }

    /// What a count of villages or towns counts: 村, 村委会, 社区, 乡镇, 镇乡街道.
    static let villageWords = ScannedText.words(["村", "村委会", "行政村", "自然村", "村民委员会", "社区", "居委会",
                                                 "乡镇", "镇乡", "镇街", "镇", "乡", "街道"].map { ($0, true) })

    /// Characters a division's or a town's name ends with.
    static let levelEnds = ScannedText.units(of: "省市县区旗盟州镇乡村")

    /// `tagged` with each item of a 、-list that holds a place the tagger read whole made a place
    /// when the tagger read nothing there and it ends in a level's character: the first of
    /// 深入段村镇、东泉镇、岳壁乡, after its verb, which the tagger missed. An item the tagger read
    /// as an organisation is a place too where jieba knows it as one, or as an abbreviation (德国
    /// of 日本、法国、德国, which the tagger, used to teams named by their country, may read as a
    /// body; 太行 of 黄河、长城、太行三大板块).
    public static func listedPlaces(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let places = Set(tagged.filter { $0.kind == .place }.map(\.range))
        guard !places.isEmpty else { return tagged }
        let placeEnds = Set(places.map(\.upperBound))
        let taken = RangeIndex(tagged.map(\.range))
        let bodiesByStart = Dictionary(tagged.filter { $0.kind == .organisation }.map { ($0.range.lowerBound, $0.range) }, uniquingKeysWith: { a, _ in a })
        var found: [EntitySpan] = [], bodiesThatArePlaces: Set<Range<Int>> = []
        for end in Entities.listEnds(in: s) where endsAPlace(before: end, placeEnds: placeEnds, in: s) {
            let items = Entities.listItems(endingAt: end, in: s)
            guard items.contains(where: places.contains) else { continue }
            for item in items where (2...8).contains(item.count) && levelEnds.contains(s.units[item.upperBound - 1]) && !taken.overlaps(item)
                && !namesAKind(s, item) {
                found.append(EntitySpan(kind: .place, range: item))
            }
            // the last item runs on to the list's end (太行|三大板块): a body may open it
            let listedBodies = items.compactMap { item in bodiesByStart[item.lowerBound].flatMap { $0.upperBound <= item.upperBound ? $0 : nil } }
            bodiesThatArePlaces.formUnion(listedBodies.filter { [.place, .abbreviation].contains(Entities.wordClass(s, $0)) })
        }
        guard !found.isEmpty || !bodiesThatArePlaces.isEmpty else { return tagged }
        let read = tagged.map { bodiesThatArePlaces.contains($0.range) ? EntitySpan(kind: .place, range: $0.range) : $0 }
        return (read + found).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether an item of the 、-list that ends at `end` ends where a place does: a look back over
    /// the list's characters, cheaper than cutting the list into its items.
    static func endsAPlace(before end: Int, placeEnds: Set<Int>, in s: ScannedText) -> Bool {
        var k = end
        while k > 0, end - k < listReach {
            if (k == end || s.units[k] == ScannedText.listMark) && placeEnds.contains(k) { return true }
            guard s.units[k - 1] == ScannedText.listMark || Entities.isListItemPart(s.units[k - 1]) else { return false }
            k -= 1
        }
        return false
    }

    /// How far back a list's items are looked at for a place.
    static let listReach = 120

    /// `tagged` with the people and organisations whose name is a province's or a city's, whole
    /// or short, made places: 吕梁表示, where 表示 made the tagger read a person, and 晋中2025年…
    /// read as a body. Not a person after a post (市长吕梁): few people bear a city's name, and a
    /// report that speaks for its city writes it so.
    /// A county's name read so (保德 of 河曲、保德、岢岚等县, 顺义 of “顺义杯”) is made a place too where
    /// the text names the county's province or city, as the gazetteer asks of it alone, or a
    /// landmark of it after it (霍尔果斯|口岸).
    public static func citiesReadAsNames(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        let candidates = tagged.indices.filter { i in
            let span = tagged[i]
            return span.kind != .place && (2...4).contains(span.range.count) && g.whole(s.units[span.range]) != nil
                && (span.kind == .organisation || People.title(endingAt: span.range.lowerBound, in: s) == nil)
        }
        guard !candidates.isEmpty else { return tagged }
        // the counties named in context: found once, and only where some name may be one
        lazy var counties = Set(divisions(in: s, gazetteer: g).filter { $0.level == .county }.map { $0.offset..<($0.offset + $0.text.utf8.count) })
        var read = tagged
        for i in candidates {
            let span = tagged[i]
            let named = divisionsNamed(s.text(span.range), gazetteer: g).contains(where: { $0.level == .province || $0.level == .city })
            if named || counties.contains(s.byteOffset(span.range.lowerBound)..<s.byteOffset(span.range.upperBound))
                || namesLandmark(s, at: span.range.upperBound) {
                read[i] = EntitySpan(kind: .place, range: span.range)
            }
        }
        return read
    }

    /// Whether the words at `i` name a landmark after its place's name (霍尔果斯|口岸, 五台山|机场,
    /// 平遥|古城): whatever the name is, it is no person's.
    static func namesLandmark(_ s: ScannedText, at i: Int) -> Bool { s.longest(landmarks, at: i) != nil }

    /// Landmarks named after their place, each with whether only a place's name comes before it
    /// (a port, an airport, a station), or a word may too (千年古城, 美丽景区).
    static let landmarks = ScannedText.words([("口岸", true), ("机场", true), ("火车站", true), ("高铁站", true),
                                              ("古城", false), ("景区", false)])

    /// `tagged` with the dateline's place (新华社迈阿密11月23日电), wherever the tagger read it as a
    /// person's name, a place: the dateline says what the name is, and few people bear a city's.
    public static func withDatelinePlace(_ tagged: [EntitySpan], place: String?, in s: ScannedText) -> [EntitySpan] {
        guard let place, place.count >= 2 else { return tagged }
        let name = ScannedText.fold(place)
        return tagged.map { $0.kind == .person && s.units[$0.range].elementsEqual(name) ? EntitySpan(kind: .place, range: $0.range) : $0 }
    }

    /// `tagged` without the people whose name, with a village's or town's level word after it,
    /// is in a place the tagger found (王庄 of 下王庄村, which 打造“下王庄”品牌 made it read as a
    /// person), or opens the name of a division it found (苏尼特 of 苏尼特右旗, read so in
    /// “苏尼特羊肉”): few people bear a place's name, and a report that names the place once
    /// means it by the name. So with a name of three whose first two name a division the report
    /// names with its level (吴川|大老虎 where 吴川市 is named).
    public static func withoutVillagesReadAsPeople(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        let villageNames = namesOfPlaces(tagged, in: s)
        func opening(_ name: Range<Int>) -> ArraySlice<UInt32> { s.units[name.lowerBound..<(name.lowerBound + 2)] }
        let openedByDivision = tagged.filter { $0.kind == .person && $0.range.count == 3 }.map(\.range).filter { g.whole(opening($0)) != nil }
        let named = openedByDivision.isEmpty ? [] : namesBeforeLevels(in: s)
        let divisionsRead = Set(openedByDivision.filter { named.contains(opening($0)) })
        return tagged.filter { $0.kind != .person || !villageNames.contains(s.units[$0.range]) && !divisionsRead.contains($0.range) }
    }

    /// Every two characters the text writes with a level's character after them (吴川 of 吴川市),
    /// in one pass.
    static func namesBeforeLevels(in s: ScannedText) -> Set<ArraySlice<UInt32>> {
        Set(s.units.indices.dropLast(2).filter { levelEnds.contains(s.units[$0 + 2]) }.map { s.units[$0..<($0 + 2)] })
    }

    /// The names that `withoutVillagesReadAsPeople` takes for places' names, not people's.
    static func namesOfPlaces(_ tagged: [EntitySpan], in s: ScannedText) -> Set<ArraySlice<UInt32>> {
        var villageNames = Set<ArraySlice<UInt32>>()
        for span in tagged where span.kind == .place {
            for level in span.range where villageLevels.contains(s.units[level]) && level - span.range.lowerBound >= 2 {
                for start in max(span.range.lowerBound, level - 4)...(level - 2) { villageNames.insert(s.units[start..<level]) }
            }
            guard span.range.count >= 3, levelEnds.contains(s.units[span.range.upperBound - 1]) else { continue }
            for end in (span.range.lowerBound + 2)..<span.range.upperBound { villageNames.insert(s.units[span.range.lowerBound..<end]) }
        }
        return villageNames
    }

    static let villageLevels = ScannedText.units(of: "村庄镇乡屯寨")

    /// The divisions `name` names whole, by full or short name (吕梁 of 吕梁市), not a piece of it.
    static func divisionsNamed(_ name: String, gazetteer g: Gazetteer) -> [Place] {
        let length = name.unicodeScalars.count
        return divisions(in: ScannedText(name), gazetteer: g).filter { $0.text.unicodeScalars.count == length }
    }

    /// `places` without those inside a person's name as written (韩国 of 韩国庆, 卫东 of
    /// 卫东亮): a piece of the name, no place; nor one of no division that runs into a name from
    /// before it (副市|长江|海洋: the tagger read across the post's end).
    public static func outside(people: [Mention], _ places: [Place]) -> [Place] {
        let names = RangeIndex(people.flatMap { m in zip(m.offsets, m.forms).map { $0.0..<($0.0 + $0.1.utf8.count) } })
        return places.filter { place in
            let range = place.offset..<(place.offset + place.text.utf8.count)
            return names.containing(range) == nil && (place.code != nil || !names.overlapping(range).contains { $0.lowerBound > range.lowerBound })
        }
    }

    /// `places` without those of no known division, town or zone (a country, or nothing known)
    /// whose text is the whole name of one of the article's bodies (`bodies`, as written):
    /// 特斯拉, a company the article names, which the tagger may read as a place elsewhere in it
    /// (a zone, 忻州经济开发区, is both).
    public static func outside(bodies: Set<String>, _ places: [Place]) -> [Place] {
        places.filter { $0.code != nil || localKinds.contains($0.kind ?? "") || !bodies.contains($0.text) }
    }

    static let localKinds: Set<String> = ["zone", "town", "village", "street"]

    /// Marks each place named inside one of `names` (unit ranges of organisations' names: 中国
    /// in 中国共产党, 大同市 in 大同市人民政府) with the name it is part of.
    public static func markWithin(_ places: [Place], names: [Range<Int>], in s: ScannedText) -> [Place] {
        guard !names.isEmpty else { return places }
        // the names as byte ranges, as places give their offsets, and back to characters for their text
        let byBytes = Dictionary(names.map { (s.byteOffset($0.lowerBound)..<s.byteOffset($0.upperBound), $0) }, uniquingKeysWith: { a, _ in a })
        let index = RangeIndex(byBytes.keys)
        return places.map { p in
            var p = p
            // a place a body is named as wholly (忻州经济开发区, a zone and its administration) lies within nothing
            let own = p.offset..<(p.offset + p.text.utf8.count)
            if let bytes = index.containing(own), bytes != own, let name = byBytes[bytes] {
                p.within = s.text(name)
            }
            return p
        }
    }

    /// `places` with the pairs of one-character abbreviations listed beside a pair the tagger
    /// marked (中缅 in 中缅、中泰): the items of a list are alike, and the tagger may see one and
    /// not its neighbour.
    static func parallelAbbreviations(in s: ScannedText, tagged places: [EntitySpan]) -> [EntitySpan] {
        var singles = Set(places.filter { $0.range.count == 1 }.map(\.range.lowerBound))
        guard !singles.isEmpty else { return places }
        let marks = s.units.indices.filter { s.units[$0] == ScannedText.listMark }
        func isPair(_ i: Int) -> Bool { i >= 0 && i + 1 < s.count && abbreviations[s.units[i]] != nil && abbreviations[s.units[i + 1]] != nil }
        func isMarked(_ i: Int) -> Bool { singles.contains(i) && singles.contains(i + 1) }
        var added: [Int] = []
        var changed = true
        while changed {  // along a list, one pair at a time
            changed = false
            for m in marks {
                for (pair, other) in [(m - 2, m + 1), (m + 1, m - 2)]
                where isPair(pair) && isPair(other) && isMarked(other) && !singles.contains(pair) && !singles.contains(pair + 1) {
                    singles.formUnion([pair, pair + 1])
                    added += [pair, pair + 1]
                    changed = true
                }
            }
        }
        return places + added.map { EntitySpan(kind: .place, range: $0..<($0 + 1)) }
    }

    /// `tagged` with two provinces' one-character names that the tagger read as a person before a
    /// word of their partnership (鲁渝|协作, 粤黔|合作, 沪滇|扶贫): the two provinces. Elsewhere
    /// such a pair may be a name (鲁豫).
    public static func provincePairsReadAsNames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { span -> [EntitySpan] in
            let r = span.range
            guard span.kind == .person, r.count == 2, r.allSatisfy({ provinceAbbreviations.contains(s.units[$0]) }),
                  s.longest(partnershipWords, at: r.upperBound) != nil else { return [span] }
            return r.map { EntitySpan(kind: .place, range: $0..<($0 + 1)) }
        }
    }

    /// `tagged` with each housing estate whose name the tagger read as a person's before the
    /// estate's word (金瑞|名城|二期, 王府|花园): a place, the name and the word.
    public static func estatesReadAsNames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            guard span.kind == .person, span.range.count >= 2, let estate = s.longest(estateWords, at: span.range.upperBound),
                  !s.splitsWord(at: span.range.upperBound), !s.splitsWord(at: span.range.upperBound + estate.word.count) else { return span }
            return EntitySpan(kind: .place, range: span.range.lowerBound..<(span.range.upperBound + estate.word.count))
        }
    }

    static let estateWords = ScannedText.words(["名城", "名都", "花园", "家园", "山庄", "华府", "华庭", "公馆", "雅苑", "名苑", "嘉园", "小区"]
        .map { ($0, true) })

    static let provinceAbbreviations = UnitSet(abbreviations.filter { ["省", "市", "区"].contains($0.value.suffix(1)) }.map(\.key))
    static let partnershipWords = ScannedText.words(["协作", "合作", "扶贫", "帮扶", "对口", "两地", "两省", "交流", "共建", "一体化", "携手"]
        .map { ($0, true) })

    /// One-character names of countries, continents and provinces that the tagger marks as a
    /// place (中美关系, 京津冀, 访欧, 来华): the place each stands for. Only those with one reading:
    /// 苏 (江苏 or the Soviet Union), 澳, 新, 巴 and 加 are left out.
    static let abbreviations: [UInt32: String] = Dictionary(uniqueKeysWithValues: [
        ("中", "中国"), ("美", "美国"), ("日", "日本"), ("俄", "俄罗斯"), ("英", "英国"), ("法", "法国"), ("德", "德国"),
        ("韩", "韩国"), ("朝", "朝鲜"), ("意", "意大利"), ("印", "印度"), ("越", "越南"), ("欧", "欧洲"), ("亚", "亚洲"),
        ("非", "非洲"), ("台", "台湾省"), ("港", "香港特别行政区"), ("京", "北京市"), ("津", "天津市"), ("沪", "上海市"),
        ("渝", "重庆市"), ("冀", "河北省"), ("晋", "山西省"), ("辽", "辽宁省"), ("吉", "吉林省"), ("黑", "黑龙江省"),
        ("浙", "浙江省"), ("皖", "安徽省"), ("闽", "福建省"), ("赣", "江西省"), ("鲁", "山东省"), ("豫", "河南省"),
        ("鄂", "湖北省"), ("湘", "湖南省"), ("粤", "广东省"), ("桂", "广西壮族自治区"), ("琼", "海南省"), ("川", "四川省"),
        ("蜀", "四川省"), ("黔", "贵州省"), ("滇", "云南省"), ("藏", "西藏自治区"), ("陕", "陕西省"), ("甘", "甘肃省"),
        ("陇", "甘肃省"), ("青", "青海省"), ("华", "中国"), ("缅", "缅甸"), ("泰", "泰国"), ("埃", "埃及"), ("荷", "荷兰"),
        ("葡", "葡萄牙"), ("希", "希腊"), ("土", "土耳其"),
    ].map { (ScannedText.fold($0.0)[0], $0.1) })

    /// The names of roads and railways made of places' one-character abbreviations (京藏高速,
    /// 京沪高铁, 京港澳高速公路): the places lie within the road's name, as within a body's.
    public static func roadNames(in s: ScannedText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in 0..<s.count where roadFirsts.contains(s.units[i]) {
            guard let road = s.longest(roads, at: i) else { continue }
            var start = i
            while start > 0, i - start < 4, abbreviations[s.units[start - 1]] != nil || roadAbbreviations.contains(s.units[start - 1]) { start -= 1 }
            if i - start >= 2 { found.append(start..<(i + road.word.count)) }
        }
        return found
    }

    static let roads = ScannedText.words(["高速公路", "高速", "高铁", "铁路", "客专", "城际"].map { ($0, true) })
    static let roadFirsts = UnitSet(roads.compactMap(\.word.first))
    /// Abbreviations roads are named with that `abbreviations` leaves out for their other readings,
    /// and cities' that expressways are named with (沪昆, 杭甬, 连霍, 长深, 沪蓉, 汕昆).
    static let roadAbbreviations = ScannedText.units(of: "澳苏新蒙宁昆甬霍深茂蓉瑞汕包连杭泉厦银沈哈")

    /// The place a one-character abbreviation at `i` stands for: a division with its code, or a country or continent.
    /// After a numeral, a character is an ordinal's (一中 is No. 1 Middle School, 三中全会 the
    /// third plenary session), or a date's (29日), no place; doubled, a counter's (一台台收割机).
    static func abbreviated(_ s: ScannedText, at i: Int, gazetteer g: Gazetteer) -> Place? {
        guard let name = abbreviations[s.units[i]], !Entities.numeralCharacters.contains(s[i - 1]), !ScannedText.isDigit(s[i - 1]),
              s[i - 1] != s.units[i], s[i + 1] != s.units[i],
              !closesBracketedDay(s, at: i), !isInCaseNumber(s, at: i),
              !isHarbour(s, at: i), !isDay(s, at: i) else { return nil }
        let text = s.text(i..<(i + 1)), offset = s.byteOffset(i)
        guard let index = g.indexByName[name] else {
            return Place(text: text, name: name, level: .other, kind: Gazetteer.countryNames.contains(name) ? "country" : "region",
                         ambiguous: false, offset: offset)
        }
        return Place(division: g.divisions[index], text: text, ambiguous: false, offset: offset)
    }

    /// Whether 港 at `i` is a port (临港产业城, 国际陆港, 港区), not Hong Kong: it names the city
    /// only beside another place (港澳, 沪港, 渝港), after a verb of travel (访港, 赴港) or before
    /// what belongs to it (港人, 港股, 港府).
    static func isHarbour(_ s: ScannedText, at i: Int) -> Bool {
        s.units[i] == harbour && !hongKongBefore.contains(s[i - 1]) && abbreviations[s[i - 1]] == nil && !hongKongAfter.contains(s[i + 1])
    }

    static let harbour = ScannedText.fold("港")[0]

    /// Whether 日 at `i` is a day (主题党日, 纪念日), not Japan: it names the country only beside
    /// another place (中日, 日美), after a verb of travel or dealing (访日, 对日) or before what
    /// belongs to it (日方, 日企, 日寇).
    static func isDay(_ s: ScannedText, at i: Int) -> Bool {
        s.units[i] == japan && abbreviations[s[i - 1]] == nil && abbreviations[s[i + 1]] == nil
            && !japanBefore.contains(s[i - 1]) && !japanAfter.contains(s[i + 1])
    }

    static let japan = ScannedText.fold("日")[0]
    static let japanBefore = ScannedText.units(of: "访赴来在抵离返回驻旅对抗侵知亲"),
               japanAfter = ScannedText.units(of: "方企军媒商资籍元产系侨人语式寇伪机舰")
    static let hongKongBefore = ScannedText.units(of: "访赴来在抵离返回驻旅沪深京粤内中两"),
               hongKongAfter = ScannedText.units(of: "澳台人府股元籍媒商资生星剧片警独版珠")

    /// Whether the character at `i` is in a court's case number ((2013)穗中法刑一初字第291号,
    /// （2021）京0105民初123号): the court's and the case's codes, where 中法 is no China and France.
    /// The year's bracket closes before it, and 号 after a number ends it, with no mark between.
    static func isInCaseNumber(_ s: ScannedText, at i: Int) -> Bool {
        func inCode(_ k: Int) -> Bool { Han.isHan(s[k]) || ScannedText.isDigit(s[k]) }
        var start = i
        while start > 0, i - start < longestCaseCode, inCode(start - 1) { start -= 1 }
        guard Entities.closingBrackets.contains(s[start - 1]) || s[start - 1] == yearBracketClose,
              (2...5).allSatisfy({ ScannedText.isDigit(s[start - $0]) }),
              Entities.openingBrackets.contains(s[start - 6]) || s[start - 6] == yearBracketOpen else { return false }
        var end = i + 1
        while end - i < longestCaseCode, inCode(end), s[end] != caseNumberEnd { end += 1 }
        return s[end] == caseNumberEnd && ScannedText.isDigit(s[end - 1])
    }

    static let longestCaseCode = 16
    static let yearBracketOpen = ScannedText.fold("〔")[0], yearBracketClose = ScannedText.fold("〕")[0], caseNumberEnd = ScannedText.fold("号")[0]

    /// Whether the character at `i` closes a day written in brackets (今（28）日, as Taiwan's
    /// papers date their news): the 日 of a date, no abbreviation of Japan.
    static func closesBracketedDay(_ s: ScannedText, at i: Int) -> Bool {
        Entities.closingBrackets.contains(s[i - 1]) && ScannedText.isDigit(s[i - 2])
    }

    /// `tagged`: the tagger's places of two or more characters, in order (see `agreeing`).
    static func divisions(in s: ScannedText, gazetteer g: Gazetteer, tagged: [Range<Int>] = []) -> [Place] {
        var found = agreeing(matches(in: s, gazetteer: g), with: tagged, in: s, gazetteer: g)
        let settled = settledCodes(found, gazetteer: g)
        let taggedPlaces = RangeIndex(tagged)
        let namesByProvince = namesByProvince(found, in: s, gazetteer: g)
        let endingAt = Dictionary(found.map { ($0.end, $0) }, uniquingKeysWith: { first, _ in first })
        found = found.compactMap { m in
            if let before = endingAt[m.start], isOtherCitysDistrict(m, after: before, gazetteer: g) { return nil }
            // inside the tagger's place, but not from inside a word of it (核桃|园 of …邺城核桃园: no 桃园)
            let readAsPlace = taggedPlaces.containing(m.start..<m.end).map { $0.lowerBound == m.start || !s.splitsWord(at: m.start) } ?? false
            if !readAsPlace, isInsideWord(s, m) || isCitysWordAlone(s, m, namesByProvince: namesByProvince, gazetteer: g)
                || isShortCountyAlone(s, m, namesByProvince: namesByProvince, gazetteer: g) { return nil }
            if m.short, m.suffix == nil, namesStreetOrCommunity(s, after: m.end) { return nil }
            guard m.short, m.divisions.allSatisfy({ g.divisions[$0].level == .county }) else { return m }
            // a county's port or airport (霍尔果斯|口岸) says the name is the county's, where the name is
            // no such word itself (平遥古城|景区: 古城 is a county's short name too); an old town or a
            // scenic area may follow a word too (千年古城), so not one that needs its city (平遥)
            if let only = m.divisions.first, m.divisions.count == 1, let landmark = s.longest(landmarks, at: m.end),
               landmark.name || !g.divisions[only].shortNeedsCity, !namesLandmark(s, at: m.start) { return m }
            // a municipality's district alone (浦东) where the tagger reads a place too: its
            // short name is often a word (滨海城市, 河西走廊)
            var kept = m
            kept.divisions = m.divisions.filter {
                let division = g.divisions[$0], province = division.code.prefix(2)
                if division.shortNeedsCity {
                    return settled.contains(String(division.code.prefix(municipalities.contains(province) ? 2 : 4)))
                }
                return settled.contains(String(province)) || (municipalities.contains(province) && readAsPlace)
            }
            return kept.divisions.isEmpty ? nil : kept
        }
        return places(found, in: s, settled: settled, gazetteer: g)
    }

    /// Whether a county's or a district's short name follows right after a city or a county it
    /// lies in no part of (龙港市|滨江|核心区: Hangzhou's 滨江区 is no part of 龙港市): the name is
    /// then a part of the place before it, or a word (滨江, "by the river").
    static func isOtherCitysDistrict(_ m: Match, after before: Match, gazetteer g: Gazetteer) -> Bool {
        guard m.short, m.suffix == nil, before.divisions.count == 1, let outer = before.divisions.first,
              !municipalities.contains(g.divisions[outer].code.prefix(2)),
              [.city, .county].contains(g.divisions[outer].level),
              m.divisions.allSatisfy({ g.divisions[$0].level == .county }) else { return false }
        let city = g.divisions[outer].code.prefix(4)
        return !m.divisions.contains { g.divisions[$0].code.prefix(4) == city }
    }

    /// Whether a match the tagger does not read as a place is a city's short name that is more
    /// often a word (各位来宾), where the text names nothing else in the city's province.
    static func isCitysWordAlone(_ s: ScannedText, _ m: Match, namesByProvince: [Substring: Set<[UInt32]>], gazetteer g: Gazetteer) -> Bool {
        guard m.short, m.suffix == nil, m.divisions.count == 1, let division = m.divisions.first,
              g.divisions[division].shortNeedsProvince else { return false }
        return namesNoOtherPlace(of: g.divisions[division], s, m, namesByProvince: namesByProvince)
    }

    /// Whether a match the tagger does not read as a place is a county whose full name has two
    /// characters (和县, 凤县), where the text names no other place of its province: such a name
    /// is mostly a word and a level (报告|和|县十六届会议), the county's only beside its own.
    /// A county so named before a word of its own that ends as a body's name does is the body's
    /// (沛县|公安局, 单县|县委, 凤县|分局).
    static func isShortCountyAlone(_ s: ScannedText, _ m: Match, namesByProvince: [Substring: Set<[UInt32]>], gazetteer g: Gazetteer) -> Bool {
        guard !m.short, m.suffix == nil, m.country == nil, !m.divisions.isEmpty, m.end - m.start == 2, !opensItsBody(s, m) else { return false }
        return m.divisions.allSatisfy { g.divisions[$0].level == .county && namesNoOtherPlace(of: g.divisions[$0], s, m, namesByProvince: namesByProvince) }
    }

    /// Whether the match names a county (县, not 东区 and 西区, which are words) and a word of
    /// jieba's starts right after it and ends in a body's character.
    static func opensItsBody(_ s: ScannedText, _ m: Match) -> Bool {
        guard s[m.end - 1] == county, let word = s.word(containing: m.end), word.lowerBound == m.end, word.count >= 2 else { return false }
        return bodyEnds.contains(s.units[word.upperBound - 1])
    }

    static let bodyEnds = ScannedText.units(of: "局委院府所厅办队会"), county = ScannedText.fold("县")[0]

    /// Whether the text names no place of `division`'s province but the match's own name.
    static func namesNoOtherPlace(of division: Gazetteer.Division, _ s: ScannedText, _ m: Match,
                                  namesByProvince: [Substring: Set<[UInt32]>]) -> Bool {
        (namesByProvince[division.code.prefix(2)] ?? []).subtracting([Array(s.units[m.start..<m.end])]).isEmpty
    }

    /// The names of the matches of one division, by the division's province code.
    static func namesByProvince(_ found: [Match], in s: ScannedText, gazetteer g: Gazetteer) -> [Substring: Set<[UInt32]>] {
        var names: [Substring: Set<[UInt32]>] = [:]
        for m in found where m.divisions.count == 1 {
            names[g.divisions[m.divisions[0]].code.prefix(2), default: []].insert(Array(s.units[m.start..<m.end]))
        }
        return names
    }

    /// Whether a match the tagger does not read as a place is a piece of another word: one that
    /// jieba's segmentation runs into it from before (发展|中国|家, 示|范县, 东躲|西藏), or out
    /// of it where the name ends in no level (11|日本|报; 大同|市委 holds 大同市), or a word of
    /// jieba's dictionary that names nothing and opens with it (`opensCommonWord`).
    static func isInsideWord(_ s: ScannedText, _ m: Match) -> Bool {
        s.splitsWord(at: m.start) || (!Entities.levelCharacters.contains(s[m.end - 1]) && s.splitsWord(at: m.end))
            || (m.suffix == nil && opensCommonWord(s, m.start..<m.end))
    }

    /// Whether a word of jieba's dictionary that names nothing starts where the match does and
    /// runs past it (朝阳产业, 青山绿水): the name is that word's piece. Words that are names
    /// (中山大学, 长安街) hold the place.
    static let longestCommonWord = 8

    /// `fused`: only where what follows the name in that word is no word of its own, as a
    /// tagger's place asks (太阳|能光伏 is none; 西欧|国家, 中东|地区 stand).
    static func opensCommonWord(_ s: ScannedText, _ name: Range<Int>, fused: Bool = false) -> Bool {
        stride(from: name.upperBound + 1, through: name.lowerBound + longestCommonWord, by: 1).contains { end in
            Entities.isCommonWord(s, name.lowerBound..<end) && (!fused || Entities.wordClass(s, name.upperBound..<end) == nil)
        }
    }

    /// The gazetteer's matches, read as the tagger reads the text where the two disagree: the
    /// longest name at each character is not always the one meant, and the tagger sees the words
    /// around it. A match the tagger's place runs across is another name's piece (中山 in
    /// 其中山东, 南通 in 鄂南通城, 河北 in 黄河北缘): the tagger's place stands instead, named
    /// by the gazetteer when it knows it whole. A match the tagger's place ends one character
    /// early is cut to it when the gazetteer knows the shorter name and that character starts a
    /// word (广州|市民, 兴国|县城; not 苏州工业园|区). A tagger's place that
    /// adds to a match only the character of its level (赣榆县 for 赣榆区) is the same place as
    /// written. `tagged`: the tagger's places of two or more characters, in order.
    static func agreeing(_ found: [Match], with tagged: [Range<Int>], in s: ScannedText, gazetteer g: Gazetteer) -> [Match] {
        guard !tagged.isEmpty else { return found }
        var kept: [Match] = []
        var next = 0  // the first tagged place that may overlap the match
        for var m in found {
            while next < tagged.count, tagged[next].upperBound <= m.start { next += 1 }
            let own = m.start..<m.end
            let overlapping = tagged[next...].prefix { $0.lowerBound < m.end }
            if overlapping.contains(where: { !$0.contains(own) && !own.contains($0) }) { continue }
            if m.suffix == nil, m.country == nil, let shorter = overlapping.first(where: { $0.lowerBound == m.start && $0.count == own.count - 1 }),
               startsWord(s, at: shorter.upperBound), let name = g.whole(s.units[shorter]) {
                m = Match(start: m.start, end: shorter.upperBound, divisions: name.divisions, short: name.short)
            } else if m.suffix == nil, m.divisions.count == 1, overlapping.contains(own.lowerBound..<(own.upperBound + 1)),
                      levelCharacters[s[m.end]] == g.divisions[m.divisions[0]].level {
                m.end += 1
            }
            kept.append(m)
        }
        let covered = RangeIndex(kept.map { $0.start..<$0.fullEnd })
        for t in tagged where !covered.overlaps(t) {
            if let name = g.whole(s.units[t]) { kept.append(Match(start: t.lowerBound, end: t.upperBound, divisions: name.divisions, short: name.short)) }
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Whether what follows a short name makes it a street's or a community's (长治路, 朝阳社区,
    /// 北京路): named after the place, not in it. Not 路 or 街 that open a word (大同|路段).
    static func namesStreetOrCommunity(_ s: ScannedText, after end: Int) -> Bool {
        guard let word = s.longest(streetsAndCommunities, at: end) else { return false }
        return word.word.count > 1 || !startsWord(s, at: end)
    }

    static let streetsAndCommunities = ScannedText.words(["社区", "小区", "街道", "大街", "大道", "路", "街"].map { ($0, true) })

    /// Whether the two characters at `i` are a word of jieba's dictionary (市民, 县城, 市郊).
    static func startsWord(_ s: ScannedText, at i: Int) -> Bool {
        Entities.wordClass(s, i..<(i + 2)) != nil
    }

    /// The level a character after a division's short name states (赣榆县, 大同市).
    static let levelCharacters: [UInt32: Place.Level] = [0x7701: .province, 0x5E02: .city, 0x53BF: .county, 0x533A: .county, 0x65D7: .county]

    /// Longest matches, left to right: divisions, the common-word counties right after their
    /// city, countries; a town or zone named right after a division goes with it.
    static func matches(in s: ScannedText, gazetteer g: Gazetteer) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < s.count {
            let u = s.units[i]
            guard g.firsts.contains(u) else { i += 1; continue }
            if let hit = g.names(in: s, at: i).first {
                var end = i + hit.word.count
                found.append(Match(start: i, end: end, divisions: hit.divisions, short: hit.short))
                if hit.divisions.count == 1, let child = g.child(of: hit.divisions[0], in: s, at: end) {
                    found.append(Match(start: end, end: end + child.word.count, divisions: [child.division]))
                    end += child.word.count
                }
                if !startsFullName(s, at: end, gazetteer: g), let suffix = suffix(s, at: end) {
                    found[found.count - 1].suffix = suffix
                    end = suffix.end
                    if suffix.kind == "town" || suffix.kind == "street", let village = villageEnd(s, at: end) {
                        found[found.count - 1].villageEnd = village
                        end = village
                    }
                }
                i = end
            } else if let country = g.countries[u]?.first(where: { s.matches($0.word, at: i) }) {
                found.append(Match(start: i, end: i + country.word.count, divisions: [], country: country.name))
                i += country.word.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether a division's full name starts at `i` (重庆两江新区: 两江新区 is a division, not a
    /// zone of 重庆); a short name does not count (武汉东湖高新区 is a zone, whatever 东湖 is).
    static func startsFullName(_ s: ScannedText, at i: Int, gazetteer g: Gazetteer) -> Bool {
        g.names(in: s, at: i).contains { !$0.short }
    }

    /// Province (2 digits) and city (4 digits) code prefixes that the text names without doubt.
    static func settledCodes(_ found: [Match], gazetteer g: Gazetteer) -> Set<String> {
        var settled = Set<String>()
        for m in found where m.divisions.count == 1 && !(m.short && g.divisions[m.divisions[0]].level == .county) {
            let code = g.divisions[m.divisions[0]].code
            settled.insert(String(code.prefix(2)))
            settled.insert(String(code.prefix(4)))
        }
        return settled
    }

    /// The records: each match's division (or country), then the town or zone after it.
    static func places(_ found: [Match], in s: ScannedText, settled: Set<String>, gazetteer g: Gazetteer) -> [Place] {
        var places: [Place] = []
        for (k, f) in found.enumerated() {
            if let country = f.country {
                places.append(Place(text: s.text(f.start..<f.end), name: country, level: .other, kind: "country", ambiguous: false,
                                    offset: s.byteOffset(f.start)))
                continue
            }
            let province = f.divisions.first { g.divisions[$0].level == .province }
            let (division, ambiguous) = province.flatMap { listedAmongProvinces(found, at: k, in: s, gazetteer: g) ? ($0, false) : nil }
                ?? choose(f.divisions, settled: settled, gazetteer: g)
            var place = Place(division: g.divisions[division], text: s.text(f.start..<f.end), ambiguous: ambiguous, offset: s.byteOffset(f.start))
            places.append(place)
            if let suffix = f.suffix {
                // a zone named only by its place keeps it (大同经开区); one with a name of its own
                // (东湖高新区) and every town (西坪镇) stands on its own, inside the division
                let start = suffix.kind == "zone" && !suffix.ownName ? f.start : f.end
                place.text = s.text(start..<suffix.end)
                place.name = Folding.shared.folded(place.text)
                place.offset = s.byteOffset(start)
                (place.level, place.kind, place.code) = (.other, suffix.kind, nil)
                // a street's word right after the place is its streets (在吴川|街道|上), no street's name
                if suffix.ownName || suffix.kind == "zone" { places.append(place) }
                if let village = f.villageEnd {
                    place.text = s.text(suffix.end..<village)
                    place.name = Folding.shared.folded(place.text)
                    place.offset = s.byteOffset(suffix.end)
                    place.kind = "village"
                    places.append(place)
                }
            }
        }
        return places
    }

    /// A town, village, street or zone right after a named place: up to four more characters
    /// (at least two before 镇, 乡 and 村, which do not close a word with the one before them:
    /// 农村, 城镇) and a suffix (西坪镇, 经开区); `ownName` when there are such characters, `end`
    /// where the suffix ends.
    static func suffix(_ s: ScannedText, at end: Int) -> (ownName: Bool, end: Int, kind: String)? {
        // the place's party committee (漳州市|委|古雷港经济开发区工作委员会) is no zone's name
        guard s[end] != Entities.committeeMark || !Entities.levelCharacters.contains(s[end - 1]) else { return nil }
        for length in 0...4 {
            let at = end + length
            if length > 0, !Han.isHan(s[at - 1]) || notInName.contains(s[at - 1]) { return nil }
            guard let hit = suffixes.first(where: { s.matches($0.word, at: at) }) else { continue }
            let single = hit.word.count == 1
            if single && length < 2 { continue }
            if single, s[at + 1] == village { return nil }  // 开展乡村振兴: 乡村 is the countryside
            if single, startsWord(s, at: at - 1) { return nil }  // 大同市农业|农村|局: 农村 is a word, no village's name
            return (length > 0, at + hit.word.count, hit.name)
        }
        return nil
    }

    static let village = UInt32(0x6751)  // 村

    /// Where a village named right after a town ends (荫营镇|下千亩坪村, 西坪镇|坊城新村): two to
    /// four characters and 村, none a particle, numeral or verb (`notInVillageName`), the first,
    /// where it also opens common words (上, 下, 大, 新…), opening none (镇|下属村 is none); not
    /// where 村 closes a word (新农村) other than a village's (新村, 上村: 郊纳镇|弄上村), nor where
    /// it opens one (镇|村级) other than its committee's (山内|村委会).
    static func villageEnd(_ s: ScannedText, at start: Int) -> Int? {
        guard !villageOpeners.contains(s[start]) || !startsWord(s, at: start) else { return nil }
        for at in (start + 2)...(start + 4) {
            guard (start..<at).allSatisfy({ Han.isHan(s[$0]) && !notInVillageName.contains(s[$0]) }) else { return nil }
            guard s[at] == village else { continue }
            let closesWord = startsWord(s, at: at - 1) && !villageOpeners.contains(s[at - 1])
            // 村委 is a word, but opens the village's committee (山内|村委会)
            let opensWord = startsWord(s, at: at) && s.longest(villageCommittees, at: at) == nil
            return closesWord || opensWord ? nil : at + 1
        }
        return nil
    }

    static let villageCommittees = ScannedText.words(["村委会", "村民委员会", "村党支部", "村党总支", "村两委"].map { ($0, true) })

    /// `notInName` without the characters villages' names hold (坊城新村, 下千亩坪村, 东关村), and
    /// with the levels' that end a name (村村通, 镇乡).
    static let notInVillageName = notInName.subtracting("城上下中内外大小新老".unicodeScalars.map(\.value)).union("村镇乡".unicodeScalars.map(\.value))
    /// Characters that open villages' names as well as common words (上庄, 下王庄, 大寨, 新庄).
    static let villageOpeners = ScannedText.units(of: "上下前后东西南北中大小新老")

    /// Whether the match at `k` stands in a 、-list beside a province and nothing else (上海、福建、
    /// 海南、重庆…青海等6个省: its 海南 is the province, not Qinghai's prefecture).
    static func listedAmongProvinces(_ found: [Match], at k: Int, in s: ScannedText, gazetteer g: Gazetteer) -> Bool {
        func isProvince(_ m: Match) -> Bool { m.divisions.count == 1 && g.divisions[m.divisions[0]].level == .province && m.suffix == nil }
        let before = k > 0 && found[k - 1].end + 1 == found[k].start && s[found[k].start - 1] == ScannedText.listMark && isProvince(found[k - 1])
        let after = k + 1 < found.count && found[k].end + 1 == found[k + 1].start && s[found[k].end] == ScannedText.listMark && isProvince(found[k + 1])
        return before || after
    }

    /// Of the divisions a name may mean, the one in a province or city named elsewhere; else the
    /// highest level; ambiguous when that still leaves more than one.
    static func choose(_ candidates: [Int], settled: Set<String>, gazetteer g: Gazetteer) -> (Int, Bool) {
        guard candidates.count > 1, let first = candidates.first else { return (candidates.first ?? 0, false) }
        // a province's short name that one of its cities shares (吉林) is the province where the
        // text names the province or a place of it outside that city (吉林1674例，其中长春市742例)
        if let province = candidates.first(where: { g.divisions[$0].level == .province }) {
            let code = g.divisions[province].code.prefix(2)
            let cities = Set(candidates.filter { $0 != province }.map { String(g.divisions[$0].code.prefix(4)) })
            if settled.contains(where: { $0.count == 4 && $0.hasPrefix(code) && !cities.contains($0) }) { return (province, false) }
        }
        for prefix in [4, 2] {
            let near = candidates.filter { settled.contains(String(g.divisions[$0].code.prefix(prefix))) && g.divisions[$0].level != .province }
            if near.count == 1, let only = near.first { return (only, false) }
        }
        let order: [Place.Level] = [.province, .city, .county, .other]
        let best = candidates.min { order.firstIndex(of: g.divisions[$0].level) ?? 3 < order.firstIndex(of: g.divisions[$1].level) ?? 3 } ?? first
        let sameLevel = candidates.filter { g.divisions[$0].level == g.divisions[best].level }
        return (best, sameLevel.count > 1)
    }
}

extension Places {
    static let homeWords = ["我市", "本市", "全市", "我省", "本省", "全省", "我县", "本县", "全县", "我区", "本区", "全区"].map(ScannedText.fold)
    static let homeFirsts = UnitSet(homeWords.compactMap(\.first))

    /// Where a report is from: the dateline's place, else a place its source is named after
    /// (大同日报), else, when it speaks of 我市/全市, the first city (or province, county) it names,
    /// in its body or else in its title (2025年大同市国民经济和社会发展统计公报, then 全市…).
    /// A province's or city's outlet reporting on one of its cities or counties in those words
    /// (山西日报 on 忻州, 全市…) is that city's or county's report.
    static func home(dateline: Dateline?, source: String?, title: String = "", scan s: ScannedText, places: [Place]) -> (place: Place, source: String)? {
        func division(_ name: String?) -> Place? { name.flatMap { find(in: ScannedText($0)).first { $0.level != .other } } }
        if let place = division(dateline?.place) { return (place, "dateline") }
        let level = spokenLevel(s)
        let spoken = level.flatMap { spokenOf($0, places: places).map { ($0, "text") } ?? spokenOf($0, places: find(in: ScannedText(title))).map { ($0, "title") } }
        guard let outlet = division(source) else { return spoken }
        guard let spoken, lies(spoken.0, within: outlet) else { return (outlet, "source") }
        return spoken
    }

    /// The level of the place a report calls 我市, 全县… (the first such word in it), or nil.
    static func spokenLevel(_ s: ScannedText) -> Place.Level? {
        guard let home = (0..<s.count).lazy.compactMap({ i in
                  homeFirsts.contains(s.units[i]) ? homeWords.first { s.matches($0, at: i) } : nil
              }).first else { return nil }
        return [0x7701: .province, 0x5E02: .city, 0x53BF: .county, 0x533A: .county][home[1]]
    }

    /// The place of `level` a report calls 我市, 全县…: the first such of `places`; a county-level
    /// city (孝义市) for 我市 too.
    static func spokenOf(_ level: Place.Level, places: [Place]) -> Place? {
        func isHome(_ p: Place) -> Bool { p.level == level || (level == .city && p.level == .county && p.name.hasSuffix("市")) }
        return places.first { isHome($0) && !$0.ambiguous }
    }

    /// Whether `inner` is a division below `outer` and inside it (忻州市 in 山西省, 浑源县 in 大同市).
    static func lies(_ inner: Place, within outer: Place) -> Bool {
        let depth: [Place.Level: Int] = [.province: 2, .city: 4]
        guard let digits = depth[outer.level], let code = inner.code, let outerCode = outer.code, inner.level != outer.level else { return false }
        return code.prefix(digits) == outerCode.prefix(digits)
    }
}
