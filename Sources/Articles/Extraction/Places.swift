import Foundation

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
    /// 1-based byte offset in `a.text`.
    public var offset: Int
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
    }

    let divisions: [Division]
    /// Folded names and short forms by first unit, longest first: which divisions each names.
    let byFirst: [UInt32: [(word: [UInt32], divisions: [Int], short: Bool)]]
    let countries: [UInt32: [(word: [UInt32], name: String)]]

    public static let shared = Gazetteer()

    init() {
        var divisions: [Division] = []
        var rows: [(code: String, level: Place.Level, name: String, shorts: [Substring])] = []
        for line in Gazetteer.resource().split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 3, let level = Place.Level(rawValue: String(cells[1])) else { continue }
            rows.append((String(cells[0]), level, String(cells[2]), cells.count > 3 ? cells[3].split(separator: ",") : []))
        }
        let nameOf = Dictionary(rows.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        var words: [[UInt32]: (divisions: [Int], short: Bool)] = [:]
        for row in rows {
            let provinceCode = String(row.code.prefix(2)) + String(repeating: "0", count: 10)
            let cityCode = String(row.code.prefix(4)) + String(repeating: "0", count: 8)
            let province = row.level == .province ? nil : nameOf[provinceCode]
            // a municipality's districts have the municipality as their city
            let city = row.level == .county ? nameOf[cityCode] ?? province : nil
            divisions.append(Division(code: row.code, level: row.level, name: row.name, province: province, city: city))
            let index = divisions.count - 1
            words[ScannedText.fold(row.name), default: ([], false)].divisions.append(index)
            for short in row.shorts {
                let word = ScannedText.fold(String(short))
                if words[word]?.short == false { continue }  // a full name wins over another's short form
                words[word, default: ([], true)].divisions.append(index)
            }
        }
        var byFirst: [UInt32: [(word: [UInt32], divisions: [Int], short: Bool)]] = [:]
        for (word, entry) in words where word.count >= 2 {
            byFirst[word[0], default: []].append((word, entry.divisions, entry.short))
        }
        self.byFirst = byFirst.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        var countries: [UInt32: [(word: [UInt32], name: String)]] = [:]
        for name in Gazetteer.countryNames {
            let word = ScannedText.fold(name)
            countries[word[0], default: []].append((word, name))
        }
        self.countries = countries.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        self.divisions = divisions
    }

    static func resource() -> String {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("dossier: warning: the gazetteer (gazetteer.tsv) is missing: places are not found\n".utf8))
            return ""
        }
        return text
    }

    /// Countries and regions reports name, in Simplified script (folding matches Traditional).
    static let countryNames = """
        中国 美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 奥地利
        希腊 土耳其 乌克兰 白俄罗斯 匈牙利 捷克 罗马尼亚 塞尔维亚 爱尔兰 冰岛 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚
        委内瑞拉 古巴 澳大利亚 新西兰 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 阿富汗 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 约旦
        沙特阿拉伯 沙特 阿联酋 卡塔尔 科威特 阿曼 也门 埃及 南非 尼日利亚 埃塞俄比亚 肯尼亚 坦桑尼亚 阿尔及利亚 摩洛哥
        安哥拉 津巴布韦 赞比亚 新加坡 马来西亚 印度尼西亚 印尼 泰国 越南 老挝 柬埔寨 缅甸 菲律宾 文莱 蒙古国 哈萨克斯坦
        乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 格鲁吉亚 亚美尼亚 阿塞拜疆 欧盟 东盟 非洲 欧洲 亚洲 拉美 中东
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}

public enum Places {
    /// Words after a named place that make a smaller place of it: 大同经开区, 云州区西坪镇.
    static let suffixes = Numbers.words([("经济技术开发区", "zone"), ("高新技术产业开发区", "zone"), ("经济开发区", "zone"),
                                         ("高新技术开发区", "zone"), ("经开区", "zone"), ("高新区", "zone"), ("开发区", "zone"),
                                         ("工业园区", "zone"), ("产业园区", "zone"), ("综合保税区", "zone"), ("自贸区", "zone"),
                                         ("新区", "zone"), ("园区", "zone"), ("街道", "street"), ("镇", "town"), ("乡", "town"),
                                         ("村", "village")])
    /// Characters no town or zone name holds between its place and its suffix.
    static let notInName = Set("的了和与及在是对为将把从向等全各本该每我其这那城乡县市区省一二三四五六七八九十个有新老大小上下中内外"
        .unicodeScalars.map(\.value))

    /// Every place named in the text, in order. A short name that several divisions share
    /// takes the one whose province or city is named elsewhere in the text.
    public static func find(in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [Place] {
        var found: [(start: Int, end: Int, divisions: [Int], country: String?, suffix: (end: Int, kind: String)?)] = []
        var i = 0
        while i < s.count {
            let u = s.units[i]
            if let hit = g.byFirst[u]?.first(where: { s.matches($0.word, at: i) }), !continuesWord(s, after: i + hit.word.count, short: hit.short) {
                let end = i + hit.word.count
                found.append((i, end, hit.divisions, nil, suffix(s, at: end)))
                i = found[found.count - 1].suffix?.end ?? end
            } else if let country = g.countries[u]?.first(where: { s.matches($0.word, at: i) }) {
                found.append((i, i + country.word.count, [], country.name, nil))
                i += country.word.count
            } else {
                i += 1
            }
        }
        // codes named without doubt: they settle the ambiguous short names
        var settled = Set<String>()
        for f in found where f.divisions.count == 1 {
            let code = g.divisions[f.divisions[0]].code
            settled.insert(String(code.prefix(2)))
            settled.insert(String(code.prefix(4)))
        }
        var places: [Place] = []
        for f in found {
            if let country = f.country {
                places.append(Place(text: s.text(f.start..<f.end), name: country, level: .other, kind: "country", ambiguous: false,
                                    offset: s.byteOffset(f.start)))
                continue
            }
            let (division, ambiguous) = choose(f.divisions, settled: settled, gazetteer: g)
            let d = g.divisions[division]
            var place = Place(text: s.text(f.start..<f.end), name: d.name, level: d.level, province: d.level == .province ? d.name : d.province,
                              city: d.level == .city ? d.name : d.city, county: d.level == .county ? d.name : nil, code: d.code,
                              ambiguous: ambiguous, offset: s.byteOffset(f.start))
            places.append(place)
            if let suffix = f.suffix {
                // a zone is named with its place (大同经开区); a town stands on its own (西坪镇)
                let start = suffix.kind == "zone" ? f.start : f.end
                place.text = s.text(start..<suffix.end)
                place.name = Folding.shared.folded(place.text)
                place.offset = s.byteOffset(start)
                (place.level, place.kind, place.code) = (.other, suffix.kind, nil)
                places.append(place)
            }
        }
        return places
    }

    /// A short name followed by a Han character that would make a longer word of it is not
    /// taken on its own: 吉林 in 吉林大学 is a place, but 中山 in 中山装 is not (装 follows).
    static func continuesWord(_ s: ScannedText, after end: Int, short: Bool) -> Bool {
        short && [0x88C5, 0x5B50, 0x6C0F].contains(s[end])  // 装 子 氏
    }

    /// A town, village, street or zone right after a named place: up to four more characters
    /// and a suffix (西坪镇, 经开区).
    static func suffix(_ s: ScannedText, at end: Int) -> (end: Int, kind: String)? {
        for length in 0...4 {
            let at = end + length
            if length > 0, !Han.isHan(s[at - 1]) || notInName.contains(s[at - 1]) { return nil }
            if let hit = suffixes.first(where: { s.matches($0.word, at: at) }), length > 0 || hit.word.count >= 2 {
                return (at + hit.word.count, hit.name)
            }
        }
        return nil
    }

    /// Of the divisions a name may mean, the one in a province or city named elsewhere; else the
    /// highest level; ambiguous when that still leaves more than one.
    static func choose(_ candidates: [Int], settled: Set<String>, gazetteer g: Gazetteer) -> (Int, Bool) {
        guard candidates.count > 1, let first = candidates.first else { return (candidates.first ?? 0, false) }
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

    /// Where a report is from: the dateline's place, else a place its source is named after
    /// (大同日报), else, when it speaks of 我市/本市, the first city (or province, county) it names.
    static func home(dateline: Dateline?, source: String?, text: String, places: [Place]) -> (place: Place, source: String)? {
        for (candidate, origin) in [(dateline?.place, "dateline"), (source, "source")] {
            if let candidate, let place = find(in: ScannedText(candidate)).first(where: { $0.level != .other }) { return (place, origin) }
        }
        let s = ScannedText(text)
        guard let home = (0..<s.count).lazy.compactMap({ i in homeWords.first { s.matches($0, at: i) } }).first,
              let level: Place.Level = [0x7701: .province, 0x5E02: .city, 0x53BF: .county, 0x533A: .county][home[1]] else { return nil }
        return places.first(where: { $0.level == level && !$0.ambiguous }).map { ($0, "text") }
    }
}
