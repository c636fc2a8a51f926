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
    static let surnames: Set<Character> = Set("""
        王李張张劉刘陳陈楊杨趙赵黃黄周吳吴徐孫孙胡朱高林何郭馬马羅罗梁宋鄭郑謝谢韓韩唐馮冯於于董蕭萧程曹袁鄧邓許许傅沈曾彭呂吕\
        蘇苏盧卢蔣蒋蔡賈贾丁魏薛葉叶閻阎余潘杜戴夏鍾钟汪田任姜范方石姚譚谭廖鄒邹熊金陸陆郝孔白崔康毛邱秦江史顧顾侯邵孟龍龙\
        萬万段雷錢钱湯汤尹黎易常武喬乔賀贺賴赖龔龚文衛卫寧宁岳齊齐蘭兰牛溫温蒲付柴申聶聂殷焦季戚俞甘覃尚伍褚祁嚴严魯鲁葛\
        單单彭喻柳駱骆樊關关竇窦向包裴
        """.filter { !$0.isWhitespace })

    /// Office titles that come right before a name; longer first.
    static let titles = [
        "黨工委書記", "党工委书记", "管委會主任", "管委会主任", "省委常委", "市委書記", "市委书记", "區委書記", "区委书记",
        "縣委書記", "县委书记", "省委書記", "省委书记", "副市長", "副市长", "副省長", "副省长", "副縣長", "副县长", "副區長", "副区长",
        "市領導", "市领导", "省領導", "省领导", "董事長", "董事长", "總經理", "总经理", "副主任", "秘書長", "秘书长", "常務副",
        "書記", "书记", "市長", "市长", "省長", "省长", "縣長", "县长", "區長", "区长", "主任", "局長", "局长", "主席", "組長", "组长",
        "部長", "部长", "廳長", "厅长", "處長", "处长", "院長", "院长", "校長", "校长", "總裁", "总裁", "記者", "记者", "委員", "委员",
        "代表", "經理", "经理", "負責人", "负责人",
    ]
    /// Characters that end a name early: verbs and particles that follow names in reports.
    static let afterName: Set<Character> = Set("出在說说表等和與与及同為为對对到的了是率一指強强要主介講讲參参會会調调陪帶带向赴看聽听作致宣代提認认也就還还先後后則则並并攝摄")

    /// People named after an office title, in "、" lists after a title, in the deck line
    /// (split on names known from the body), captions and the dateline.
    public static func people(text: String, deck: String?, photographers: [String], dateline: Dateline?) -> [Mention] {
        var mentions = Mentions()
        let chars = Array(text)
        let offsets = byteOffsets(text)
        var i = 0
        while i < chars.count {
            guard let title = titles.first(where: { matches($0, chars, at: i) }) else { i += 1; continue }
            var j = i + title.count
            // a chain of titles: "省委常委、市委書記盧東亮"
            var chain = [title]
            while j < chars.count {
                let gap = chars[j] == "、" ? 1 : 0
                guard let more = titles.first(where: { matches($0, chars, at: j + gap) }) else { break }
                chain.append(more)
                j += gap + more.count
            }
            // names after the title, separated by "、": "市領導任希杰、李東升"
            while let length = nameLength(chars, at: j) {
                mentions.add(String(chars[j..<(j + length)]), offset: offsets[j], titles: chain, role: "text")
                j += length
                if j < chars.count, chars[j] == "、", nameLength(chars, at: j + 1) != nil, titles.first(where: { matches($0, chars, at: j + 1) }) == nil {
                    j += 1
                } else {
                    break
                }
            }
            i = max(j, i + 1)
        }
        if let deck { splitDeck(deck, known: mentions.names).forEach { mentions.add($0, offset: nil, titles: [], role: "deck") } }
        for p in photographers { mentions.add(p, offset: nil, titles: [], role: "photographer") }
        for reporter in dateline?.reporters ?? [] { mentions.add(reporter, offset: nil, titles: ["記者"], role: "reporter") }
        // a name found once after a title is counted wherever else it appears
        for name in mentions.names {
            var from = text.startIndex
            var seen = Set(mentions.offsets(of: name))
            while let r = text.range(of: name, range: from..<text.endIndex) {
                let offset = text.utf8.distance(from: text.startIndex, to: r.lowerBound) + 1
                if seen.insert(offset).inserted { mentions.add(name, offset: offset, titles: [], role: "text") }
                from = r.upperBound
            }
        }
        return mentions.list
    }

    /// How long the name starting at `i` is (2 or 3), or nil when no name starts there.
    static func nameLength(_ c: [Character], at i: Int) -> Int? {
        guard i + 1 < c.count, surnames.contains(c[i]), Han.isHan(c[i + 1]), !afterName.contains(c[i + 1]) else { return nil }
        if i + 2 < c.count, Han.isHan(c[i + 2]), !afterName.contains(c[i + 2]), !titles.contains(where: { matches($0, c, at: i + 2) }) {
            return 3
        }
        return 2
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
    static let companySuffixes = ["股份有限公司", "有限責任公司", "有限责任公司", "有限公司", "集團", "集团", "研究院", "研究所",
                                  "大學", "大学", "醫院", "医院", "銀行", "银行", "協會", "协会", "公司"]
    /// Suffixes of public bodies, whose names start with a place: 大同經開區, 大同經開區黨工委, 省政府.
    static let bodySuffixes = ["人民政府", "政府", "經開區", "经开区", "高新區", "高新区", "開發區", "开发区", "黨工委", "党工委",
                               "管委會", "管委会", "委員會", "委员会", "辦公室", "办公室", "廳", "厅", "局"]
    /// Where a company's name cannot start from: punctuation and linking words.
    static let nameBreaks: Set<Character> = Set("，,。、；;：:“”「」《》！？!? 的了和與与及在由為为將将對对把從从向是等觀观摩")
    static let levels: Set<Character> = ["省", "市", "縣", "县", "區", "区"]

    /// `places`: the place names as written in the text, which public bodies' names start with.
    public static func organisations(text: String, places: [String]) -> [Mention] {
        var mentions = Mentions()
        let chars = Array(text)
        let offsets = byteOffsets(text)
        let placeNames = places.sorted { $0.count > $1.count }
        var i = 0
        while i < chars.count {
            if let suffix = companySuffixes.first(where: { matches($0, chars, at: i) }) {
                var start = i
                while start > 0, i - start < 20, !nameBreaks.contains(chars[start - 1]) { start -= 1 }
                if i - start >= 2 { mentions.add(String(chars[start..<(i + suffix.count)]), offset: offsets[start], titles: [], role: "") }
                i += suffix.count
            } else if let suffix = bodySuffixes.first(where: { matches($0, chars, at: i) }),
                      let start = bodyStart(chars, before: i, places: placeNames) {
                mentions.add(String(chars[start..<(i + suffix.count)]), offset: offsets[start], titles: [], role: "")
                i += suffix.count
            } else {
                i += 1
            }
        }
        return mentions.list
    }

    /// A public body's name starts at a place, followed by at most six more characters
    /// ("大同" + "經開區" + "黨工委"), or is one level character after a break ("省政府").
    /// Nil when neither: "各開發區" names no body.
    static func bodyStart(_ chars: [Character], before end: Int, places: [String]) -> Int? {
        var best: Int?
        for start in stride(from: end - 1, through: max(0, end - 12), by: -1) {
            let prefix = String(chars[start..<end])
            if let place = places.first(where: { prefix.hasPrefix($0) }), prefix.count - place.count <= 6,
               prefix.allSatisfy({ Han.isHan($0) || "()（）".contains($0) }) {
                best = start
            }
        }
        if best == nil, end >= 1, levels.contains(chars[end - 1]), end == 1 || nameBreaks.contains(chars[end - 2]) {
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
    var list: [Mention] { order.compactMap { byName[$0] } }

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
