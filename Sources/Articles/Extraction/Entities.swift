import Foundation

/// A mention found in the text, de-duplicated: its form, how often, where (1-based byte offsets in `a.text`).
public struct Mention: Equatable {
    public var text: String
    public var offsets: [Int]
    /// For people: the office titles seen with the name ("省委常委", "市委書記").
    public var titles: [String] = []
    /// For people: "text", "deck", "photographer", "reporter".
    public var roles: [String] = []
    public var count: Int { offsets.count }
}

/// People, organisations, places and quoted terms, found by the patterns these reports use:
/// an office title before a name, a suffix that closes an organisation or place name, quotes.
public enum Entities {
    // MARK: People

    /// Common surnames in both scripts; a name is a surname and one or two more characters.
    static let surnameCharacters = """
        王李張张劉刘陳陈楊杨趙赵黃黄周吳吴徐孫孙胡朱高林何郭馬马羅罗梁宋鄭郑謝谢韓韩唐馮冯於于董蕭萧程曹袁鄧邓許许傅沈曾彭呂吕\
        蘇苏盧卢蔣蒋蔡賈贾丁魏薛葉叶閻阎余潘杜戴夏鍾钟汪田任姜范方石姚譚谭廖鄒邹熊金陸陆郝孔白崔康毛邱秦江史顧顾侯邵孟龍龙\
        萬万段雷錢钱湯汤尹黎易常武喬乔賀贺賴赖龔龚文衛卫寧宁岳齊齐蘭兰牛溫温蒲付柴申聶聂殷焦季戚俞甘覃尚伍褚祁嚴严魯鲁葛\
        單单彭喻柳駱骆樊關关竇窦向包裴
        """

    /// Office titles that come right before a name.
    static let titleWords = [
        "黨工委書記", "党工委书记", "管委會主任", "管委会主任", "省委常委", "市委書記", "市委书记", "區委書記", "区委书记",
        "縣委書記", "县委书记", "省委書記", "省委书记", "副市長", "副市长", "副省長", "副省长", "副縣長", "副县长", "副區長", "副区长",
        "市領導", "市领导", "省領導", "省领导", "董事長", "董事长", "總經理", "总经理", "副主任", "秘書長", "秘书长", "常務副",
        "書記", "书记", "市長", "市长", "省長", "省长", "縣長", "县长", "區長", "区长", "主任", "局長", "局长", "主席", "組長", "组长",
        "部長", "部长", "廳長", "厅长", "處長", "处长", "院長", "院长", "校長", "校长", "總裁", "总裁", "記者", "记者", "委員", "委员",
        "代表", "經理", "经理", "負責人", "负责人", "总理", "副总理", "总统", "首相", "委员长", "国务委员", "大使",
    ]
    /// Characters that end a name early: verbs and particles that follow names in reports.
    static let afterNameCharacters = "出在說说表等和與与及同為为對对到的了是率一指強强要主介講讲參参會会調调陪帶带向赴看聽听作致宣代提認认也就還还先後后則则並并攝摄"

    /// People named after an office title, in "、" lists after a title, before a title or a
    /// verb of saying, known to jieba's dictionary, in the deck line (split on names known
    /// from the body), captions and the dateline; each name then counted wherever it appears.
    public static func people(in s: ScannedText, deck: String?, photographers: [String], dateline: Dateline?) -> [Mention] {
        var mentions = Mentions()
        People.find(in: s, into: &mentions)
        if let deck { splitDeck(deck, known: mentions.names).forEach { mentions.add($0, offset: nil, titles: [], role: "deck") } }
        for p in photographers { mentions.add(p, offset: nil, titles: [], role: "photographer") }
        for reporter in dateline?.reporters ?? [] { mentions.add(reporter, offset: nil, titles: ["記者"], role: "reporter") }
        countEverywhere(&mentions, in: s)
        return mentions.list
    }

    /// A name found once is counted wherever else it appears, in either script (one pass: the
    /// names are looked up by their first character).
    static func countEverywhere(_ mentions: inout Mentions, in s: ScannedText) {
        var byFirst: [UInt32: [(word: [UInt32], name: String)]] = [:]
        for name in mentions.names {
            let word = ScannedText.fold(name)
            if let first = word.first { byFirst[first, default: []].append((word, name)) }
        }
        let firsts = UnitSet(byFirst.keys)
        var seen = Set<Int>()
        for name in mentions.names { seen.formUnion(mentions.offsets(of: name)) }
        var i = 0
        while i < s.count {
            guard firsts.contains(s.units[i]), let hit = byFirst[s.units[i]]?.first(where: { s.matches($0.word, at: i) }) else { i += 1; continue }
            if seen.insert(s.byteOffset(i)).inserted { mentions.add(hit.name, offset: s.byteOffset(i), titles: [], role: "text") }
            i += hit.word.count
        }
    }

    /// "盧東亮衛繼周出席": the deck's names, cut where names known from the body start.
    static func splitDeck(_ deck: String, known: [String]) -> [String] {
        var rest = Substring(deck)
        var names: [String] = []
        while !rest.isEmpty {
            if let name = known.sorted(by: { $0.count > $1.count }).first(where: { rest.hasPrefix($0) }) {
                names.append(name)
                rest = rest.dropFirst(name.count).drop { "、， ,".contains($0) }
            } else {
                break
            }
        }
        return names
    }

    // MARK: Organisations and places

    /// Suffixes that end a company's own name, which may be long and hold brackets.
    static let companySuffixes = ScannedText.words(["股份有限公司", "有限责任公司", "有限公司", "集团", "研究院", "研究所",
                                                    "大学", "医院", "银行", "协会", "公司"].map { ($0, true) })
    /// Suffixes of public bodies, whose names start with a place: 大同經開區, 大同經開區黨工委, 省政府.
    static let bodySuffixes = ScannedText.words(["人民政府", "政府", "经开区", "高新区", "开发区", "党工委", "管委会", "委员会",
                                                 "办公室", "厅", "局", "委",
                                                 // teams named after their country or place: 中国队, 云南红塔足球队
                                                 "队", "女队", "男队", "女篮", "男篮", "女排", "男排", "足球队", "篮球队",
                                                 "排球队", "代表团", "代表队"].map { ($0, true) })
    static let suffixFirsts = UnitSet((companySuffixes + bodySuffixes).compactMap(\.word.first))
    /// Where a company's name cannot start from: punctuation and linking words.
    static let nameBreaks = ScannedText.units(of: "，,。、；;：:“”「」《》！？!? 的了和與与及在由為为將将對对把從从向是等觀观摩\n")
    static let levels = UnitSet("省市县区".unicodeScalars.map(\.value))
    static let brackets = ScannedText.units(of: "()（）")

    /// `places`: the place names as written in the text, which public bodies' names start with.
    public static func organisations(in s: ScannedText, places: [String]) -> [Mention] {
        var mentions = Mentions()
        var placeWords: [UInt32: [[UInt32]]] = [:]
        for place in places {
            let word = ScannedText.fold(place)
            if let first = word.first { placeWords[first, default: []].append(word) }
        }
        let placeEnds = ends(of: placeWords, in: s)
        var i = 0
        var lastEnd = -1  // where the last body found ends: 大同經開區 goes on as 大同經開區黨工委
        while i < s.count {
            // 国务院, 新华社, 联合国: where a name may start (马来西亚队 holds no 西亚队)
            if i != lastEnd, i == 0 || !Han.isHan(s.units[i - 1]) || nameBreaks.contains(s.units[i - 1]) || placeEnds.contains(i),
               let length = KnownNames.shared.org(in: s, at: i) {
                mentions.add(s.text(i..<(i + length)), offset: s.byteOffset(i), titles: [], role: "")
                i += length
                continue
            }
            guard suffixFirsts.contains(s.units[i]) else { i += 1; continue }
            if let suffix = s.longest(companySuffixes, at: i) {
                var start = i
                while start > 0, i - start < 20, !nameBreaks.contains(s.units[start - 1]) { start -= 1 }
                if i - start >= 2 { mentions.add(s.text(start..<(i + suffix.word.count)), offset: s.byteOffset(start), titles: [], role: "") }
                i += suffix.word.count
            } else if let suffix = s.longest(bodySuffixes, at: i), let start = bodyStart(s, before: i, places: placeWords) {
                mentions.add(s.text(start..<(i + suffix.word.count)), offset: s.byteOffset(start), titles: [], role: "")
                i += suffix.word.count
                lastEnd = i
            } else {
                i += 1
            }
        }
        return mentions.list
    }

    /// Where each occurrence of the place words ends (unit indices).
    static func ends(of places: [UInt32: [[UInt32]]], in s: ScannedText) -> Set<Int> {
        let firsts = UnitSet(places.keys)
        var ends = Set<Int>()
        for i in 0..<s.count where firsts.contains(s.units[i]) {
            for word in places[s.units[i]] ?? [] where s.matches(word, at: i) { ends.insert(i + word.count) }
        }
        return ends
    }

    /// A public body's name starts at a place, followed by at most six more characters
    /// ("大同" + "經開區" + "黨工委"), or is one level character after a break ("省政府").
    /// Nil when neither: "各開發區" names no body.
    static func bodyStart(_ s: ScannedText, before end: Int, places: [UInt32: [[UInt32]]]) -> Int? {
        var best: Int?
        var start = end - 1
        // back over Han characters and brackets, not past a word that links two names (沈阳队与大连队)
        while start >= max(0, end - 12), Han.isHan(s.units[start]) || brackets.contains(s.units[start]), !nameBreaks.contains(s.units[start]) {
            if let words = places[s.units[start]],
               words.contains(where: { $0.count <= end - start && end - start - $0.count <= 6 && s.matches($0, at: start) }) {
                best = start
            }
            start -= 1
        }
        if best == nil, end >= 1, levels.contains(s[end - 1]), end == 1 || nameBreaks.contains(s[end - 2]) {
            best = end - 1
        }
        return best
    }

    // MARK: Terms

    /// Quoted terms (“三個一批”, 「…」), 1 to 20 characters, with how often each occurs.
    public static func terms(text: String) -> [Mention] {
        var mentions = Mentions()
        let offsets = byteOffsets(text)
        let chars = Array(text)
        let pairs: [Character: Character] = ["“": "”", "「": "」", "『": "』"]
        var i = 0
        while i < chars.count {
            guard let close = pairs[chars[i]] else { i += 1; continue }
            var j = i + 1
            while j < chars.count, j - i <= 21, chars[j] != close, pairs[chars[j]] == nil { j += 1 }
            if j < chars.count, chars[j] == close, j > i + 1, j - i <= 21 {
                mentions.add(String(chars[(i + 1)..<j]), offset: offsets[i + 1], titles: [], role: "")
                i = j + 1
            } else {
                i += 1
            }
        }
        return mentions.list
    }

    // MARK: Helpers

    static func matches(_ word: String, _ chars: [Character], at i: Int) -> Bool {
        var k = i
        for w in word {
            guard k < chars.count, chars[k] == w else { return false }
            k += 1
        }
        return true
    }

    /// 1-based byte offset of each character of `text`.
    static func byteOffsets(_ text: String) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.count)
        var offset = 1
        for c in text {
            result.append(offset)
            offset += c.utf8.count
        }
        return result
    }
}

/// Mentions collected in first-seen order, one per form.
struct Mentions {
    private var order: [String] = []
    private var byName: [String: Mention] = [:]

    var names: [String] { order }
    /// In first-seen order, each mention's offsets in text order.
    var list: [Mention] {
        order.compactMap { name in byName[name].map { var m = $0; m.offsets.sort(); return m } }
    }

    func offsets(of name: String) -> [Int] { byName[name]?.offsets ?? [] }

    mutating func add(_ name: String, offset: Int?, titles: [String], role: String) {
        var mention = byName[name] ?? Mention(text: name, offsets: [])
        if byName[name] == nil { order.append(name) }
        if let offset { mention.offsets.append(offset) }
        for t in titles where !mention.titles.contains(t) { mention.titles.append(t) }
        if !role.isEmpty, !mention.roles.contains(role) { mention.roles.append(role) }
        byName[name] = mention
    }
}
