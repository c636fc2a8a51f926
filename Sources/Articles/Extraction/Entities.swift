import Foundation
import EntityTagger
import Segmentation
import Text

/// A person, organisation or quoted term found in the text, one record for all its mentions
/// (its forms in either script count as one): the first form as written, and every mention.
public struct Mention: Equatable {
    public var text: String
    /// 1-based byte offsets in `a.text`, in text order, and the form written at each.
    public var offsets: [Int]
    public var forms: [String] = []
    /// For people: the office titles seen with the name ("省委常委", "市委書記"), the nearest last.
    public var titles: [String] = []
    /// For people: "text", "deck", "caption", "photographer", "reporter", "editor".
    public var roles: [String] = []
    /// For people: the organisation whose post the title is (大同市委 in 大同市委书记卢东亮).
    public var org: String?
    /// For organisations: "government", "party", "court", "company", "school" or "other", and
    /// the place its name holds (大同市 for 大同市委).
    public var kind: String?
    public var place: String?
    public var count: Int { offsets.count }
    /// For people: the post stated nearest the name, the last of `titles` that is a post rather
    /// than a form of address (王振华同志 after 党组副书记王振华 still has the post) or the page's
    /// credit (局长周超 who also signs 三审:周 超 is 局长), in its longest form stated (骆惠宁书记 after
    /// 省委书记骆惠宁 is still 省委书记).
    public var title: String? {
        let posts = titles.filter { !Mention.addresses.contains($0) }
        guard let last = posts.last(where: { !Layout.isStaffLabel($0) }) ?? posts.last else { return titles.last }
        return titles.last { $0.count > last.count && $0.hasSuffix(last) } ?? last
    }

    static let addresses: Set<String> = ["同志", "先生", "女士"]

    public init(text: String, offsets: [Int], forms: [String] = [], titles: [String] = [], roles: [String] = [],
                org: String? = nil, kind: String? = nil, place: String? = nil) {
        (self.text, self.offsets, self.forms, self.titles, self.roles) = (text, offsets, forms, titles, roles)
        (self.org, self.kind, self.place) = (org, kind, place)
    }
}

/// People, organisations and quoted terms: the entity tagger's names (EntityModel) joined with
/// the patterns these reports use (an office title before a name, a suffix that closes an
/// organisation's name, a place a public body is named after), and quotes.
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
        "市領導", "市领导", "省領導", "省领导", "董事長", "董事长", "總經理", "总经理", "副主任", "秘書長", "秘书长", "教务长", "次长", "执行秘书", "总务长", "常務副",
        "書記", "书记", "市長", "市长", "省長", "省长", "縣長", "县长", "區長", "区长", "主任", "局長", "局长", "署长", "署長", "主席", "組長", "组长",
        "部長", "部长", "廳長", "厅长", "處長", "处长", "院長", "院长", "校長", "校长", "總裁", "总裁", "記者", "记者", "委員", "委员",
        "代表", "經理", "经理", "負責人", "负责人", "总理", "副总理", "总统", "首相", "委员长", "国务委员", "大使",
        "第一書記", "第一书记", "司長", "司长", "議員", "议员", "院士", "行長", "行长",
        "镇长", "乡长", "州长", "州長", "旗长", "旗長", "盟长", "盟長", "检察长", "庭长", "理事长", "会长", "社长", "台长", "馆长", "所长", "站长", "队长", "政委", "党组成员", "市委常委", "县委常委", "区委常委", "常委",
        "董事", "常务董事", "执行董事", "总监", "首席执行官", "创始人", "总编辑", "主任医师", "法官", "检察官", "审判长", "民警",
        "总工程师", "总规划师", "总会计师", "总经济师", "总设计师", "教授", "研究员", "总队长", "支队长", "大队长", "新闻发言人", "发言人",
        "专员", "行署专员", "监察专员", "監察專員", "督导专员", "督導專員", "助理", "国务卿", "外长", "外交部长", "国防部长", "分析师", "首席经济学家", "通讯员", "旗委书记", "盟委书记", "王储", "国王", "王子", "女王",
        "党组书记", "党委书记", "纪委书记", "责任编辑", "财务长", "财务总监", "首席财务官", "行政长官", "特首", "导演", "演员", "编剧", "主教练", "教练", "运动员", "选手",
        "审判员", "人民陪审员", "陪审员", "书记员", "法官助理", "检察员", "律师", "项目经理", "项目负责人", "联系人",
        "村党支部书记", "党支部书记", "党总支书记", "村委会主任", "村主任", "居委会主任", "代表性传承人", "传承人", "传人",
        "首席统计师", "统计师", "高级农艺师", "农艺师", "农技师", "高级畜牧师", "畜牧师", "兽医师", "高级会计师", "会计师",
        "高级经济师", "经济师", "教练员", "裁判员", "村支书", "支书", "主委", "首席预报员", "预报员", "作者",
        "巡视员", "副巡视员", "一级巡视员", "二级巡视员", "调研员", "副调研员", "一级调研员", "二级调研员", "三级调研员", "四级调研员",
        "省委常委", "州委常委", "盟委常委", "旗委常委",
        "主攻手", "副攻手", "二传手", "自由人", "门将", "守门员", "前锋", "中锋", "后卫", "球员", "队员",
        "研究经理", "产品经理", "客户经理", "销售经理", "市场经理", "区域经理", "研究总监",
        "护士长", "护士", "医生", "医师", "主治医师", "副主任医师", "教师", "班主任", "工程师", "高级工程师", "技术员",
        "主编", "副主编", "主攻", "副攻", "二传", "主帅", "法定代表人", "法人代表", "CEO", "CFO", "CTO", "COO", "立委", "立法委员", "议长",
        "区领导", "區領導", "县领导", "縣領導", "镇领导", "乡领导", "州领导", "知事", "副知事", "总指挥", "副总指挥", "指挥长", "副指挥长", "常务副指挥长", "州督", "代办", "临时代办",
        "总经济师", "總經濟師", "副总经济师", "副總經濟師", "总会计师", "總會計師", "副总会计师", "副总工程师", "副總工程師",
        "董事会秘书", "董事會秘書", "董秘", "总法律顾问", "监事会主席", "監事會主席", "监事", "独立董事", "副董事长", "副董事長",
        "科长", "科長", "副科长", "副科長", "股长", "股長", "一级主任科员", "二级主任科员", "主任科员", "一级科员", "二级科员", "科员",
        "召集人", "特派员", "特派員", "书记长", "書記長", "干事长", "幹事長", "副干事长", "副幹事長", "总召", "總召", "副总召", "副總召",
        "执行长", "執行長", "召委", "总警司", "總警司", "高级警司", "高級警司", "警司", "总督察", "總督察", "高级督察", "高級督察",
        "指挥官", "指揮官", "院长助理", "院長助理", "行长助理", "行長助理", "总经理助理", "總經理助理", "校长助理", "校長助理",
        "董事长助理", "董事長助理", "局长助理", "局長助理", "市长助理", "市長助理", "县长助理", "縣長助理", "车长", "車長", "总领事", "總領事", "副总领事", "副總領事", "领事", "領事", "公使", "公参", "公參", "参赞", "參贊",
        "市委副书记", "市委副書記", "县委副书记", "縣委副書記", "区委副书记", "區委副書記", "省委副书记", "省委副書記",
        "主任委员", "主任委員", "副主任委员", "副主任委員",
        "代市长", "代市長", "代省长", "代省長", "代县长", "代縣長", "代区长", "代區長",
        "总干事", "總幹事", "副总干事", "副總幹事", "名誉主席", "名譽主席", "执行主席", "執行主席", "执行会长", "執行會長", "常务副会长", "常務副會長", "名誉会长", "名譽會長",
        "名誉理事长", "名譽理事長", "名誉院长", "名譽院長", "名誉校长", "名譽校長", "名誉董事长", "名譽董事長", "荣誉会长", "榮譽會長",
        "组员", "組員", "成员", "成員",
        "组织委员", "組織委員", "宣传委员", "宣傳委員", "纪检委员", "紀檢委員", "统战委员", "統戰委員", "关长", "關長", "副关长", "副關長",
        "司令员", "司令員", "副司令员", "副司令員", "参谋长", "參謀長", "副参谋长", "副參謀長", "政治委员", "政治委員", "副政委",
        "旅长", "旅長", "舰长", "艦長", "总书记", "總書記",
        // workers' grades, as lists of model workers give them, and who a visit or an award is for
        "技师", "技師", "高级技师", "高級技師", "首席技师", "首席技師",
        "退役军人", "退役軍人", "老党员", "老黨員", "老兵",
    ]
    /// Characters that end a name early: verbs and particles that follow names in reports.
    static let afterNameCharacters = "出在說说表等和與与及同為为對对到的了是率一指強强要主介講讲參参會会調调陪帶带向赴看聽听作致宣代提認认也就還还先後后則则並并攝摄副各所因便卻却給给"

    /// People the tagger or the patterns of reports find (see `People`), in the deck line
    /// (split on names known from the body), the photo captions (`captions`: 图为市委书记卢东亮
    /// 在现场调研, the names and posts found there as in the body) and the credits
    /// (`photographers`; `reporters`: the dateline's, and those the report closes with, with
    /// their titles as their credits write them; `staff`: the page's editors, 责任编辑：孙晓明); each
    /// name then counted wherever it appears. `organisations`: unit ranges of the article's organisations.
    public static func people(in s: ScannedText, tagged: [EntitySpan], organisations: [Range<Int>], inFull: [Range<Int>: Range<Int>]? = nil,
                              deck: String?, captions: [Caption] = [], photographers: [String],
                              reporters: [(name: String, title: String)], staff: [(name: String, title: String)] = []) -> [Mention] {
        var mentions = Mentions()
        People.find(in: s, tagged: tagged, organisations: organisations, inFull: inFull, into: &mentions)
        if let deck {
            let (known, rests) = splitDeck(deck, known: mentions.names)
            known.forEach { mentions.add($0, offset: nil, titles: [], role: "deck") }
            for person in rests.flatMap({ people(inLine: String($0)) }) {
                mentions.add(person.text, offset: nil, titles: person.titles, role: "deck", org: person.org)
            }
        }
        for caption in captions {
            // not the photographer, whole, read on into the credit's mark (王超摄) or cut short
            // (记者 薛宇|舸 摄, whose last character is rare)
            let credited = caption.photographer.map { [$0, $0 + "摄", $0 + "攝"] } ?? []
            for person in people(inLine: caption.text)
            where !credited.contains(person.text) && !(caption.photographer?.hasPrefix(person.text) ?? false) {
                mentions.add(person.text, offset: nil, titles: person.titles, role: "caption", org: person.org)
            }
        }
        for p in photographers { mentions.add(p, offset: nil, titles: [], role: "photographer") }
        for reporter in reporters { mentions.add(reporter.name, offset: nil, titles: reporter.title.isEmpty ? [] : [reporter.title], role: "reporter") }
        for editor in staff { mentions.add(editor.name, offset: nil, titles: [editor.title], role: "editor") }
        joinCutNames(&mentions, in: s)
        countEverywhere(&mentions, in: s)
        // a surname inside a body's name is its brand's (城东李氏水产商行), no one's
        let bodies = RangeIndex(organisations)
        addSurnamesAlone(People.surnamesAlone(in: s, tagged: tagged).filter { !bodies.overlaps($0.range) }, to: &mentions, in: s)
        joinLastNames(&mentions)
        joinGivenNames(&mentions)
        return mentions.list
    }

    /// A name read in the text that a credit or the deck gives longer, wherever the text says it
    /// (林德 of the dateline's （记者 王镜宇 林德韧）, which the tagger cut), is the longer name:
    /// else the credited name finds its mentions taken and counts none. So is one read across
    /// two credited names written together (魏可魏 of （记者 魏可魏树林）) the first of them.
    static func joinCutNames(_ mentions: inout Mentions, in s: ScannedText) {
        let names = mentions.names
        let credited = names.filter { mentions.offsets(of: $0).isEmpty }.map { (name: $0, word: ScannedText.fold($0)) }
        func offsets(of word: [UInt32], followedBy next: [[UInt32]] = [[]]) -> Set<Int> {
            Set(s.units.indices.filter { i in s.matches(word, at: i) && next.contains { s.matches($0, at: i + word.count) } }.map(s.byteOffset))
        }
        for read in names {
            let readOffsets = mentions.offsets(of: read)
            let word = ScannedText.fold(read)
            guard !readOffsets.isEmpty else { continue }
            if let full = credited.first(where: { $0.word.count > word.count && $0.word.starts(with: word) }) {
                if readOffsets.allSatisfy(offsets(of: full.word).contains) { mentions.merge(read, into: full.name, writtenAs: full.name) }
            } else if let first = credited.first(where: { $0.word.count < word.count && word.starts(with: $0.word) }),
                      readOffsets.allSatisfy(offsets(of: first.word, followedBy: credited.map(\.word)).contains) {
                mentions.merge(read, into: first.name, writtenAs: first.name)
            }
        }
    }

    /// A given name said alone or with a post (小龙书记, of 贾小龙) is a mention of the one person
    /// whose three-character name ends in it; not a name that opens with a surname (张伟 may be
    /// a full name of its own), nor where two full names end in it.
    static func joinGivenNames(_ mentions: inout Mentions) {
        let names = mentions.names.map { (name: $0, folded: ScannedText.fold($0)) }
        let fullNames = names.filter { $0.folded.count == 3 }
        for (name, given) in names {
            guard given.count == 2, let first = given.first, !People.surnames.contains(first) else { continue }
            let owners = fullNames.filter { $0.folded.suffix(2).elementsEqual(given) }
            guard owners.count == 1, let owner = owners.first else { continue }
            mentions.merge(name, into: owner.name)
        }
    }

    /// A transliterated name's last part said alone (库克 after 蒂姆·库克) is a mention of that
    /// person, as a surname alone is of a Chinese name; not where two of the article's names
    /// end in it.
    static func joinLastNames(_ mentions: inout Mentions) {
        let names = mentions.names
        let lastParts = Dictionary(grouping: names.filter { $0.unicodeScalars.contains(where: { People.nameDots.contains($0.value) }) }) { name in
            Folding.shared.folded(String(name.unicodeScalars.split(whereSeparator: { People.nameDots.contains($0.value) }).last.map(String.init) ?? ""))
        }
        for name in names {
            guard let full = lastParts[Folding.shared.folded(name)], full.count == 1 else { continue }
            mentions.merge(name, into: full[0])
        }
    }

    /// The roles of those a page credits, who are named in the text only where they are
    /// mentioned in it too.
    static let creditRoles: Set<String> = ["photographer", "reporter", "editor"]

    /// Each surname said alone (王书记, 老王) joins the one person of that surname the article
    /// names in full, or of several the one who holds the post said with it; where it names none,
    /// or several and none or more than one holds the post, the surname is a person of its own (王),
    /// whom a reader cannot tell apart from others of that name. Added after the full names are
    /// counted, since a surname's character is in many other words (王国).
    static func addSurnamesAlone(_ surnames: [(range: Range<Int>, titles: [String])], to mentions: inout Mentions, in s: ScannedText) {
        guard !surnames.isEmpty else { return }
        let named = mentions.list.filter { $0.text.count >= 2 && $0.roles.contains { !Entities.creditRoles.contains($0) } }
        let taken = Set(named.flatMap(\.offsets))
        let bySurname = Dictionary(grouping: named.map(\.text)) { ScannedText.fold($0).first ?? 0 }
        let titlesOf = Dictionary(named.map { ($0.text, Set($0.titles.map(ScannedText.fold))) }, uniquingKeysWith: { $0.union($1) })
        for (range, titles) in surnames where !taken.contains(s.byteOffset(range.lowerBound)) {
            let surname = s.text(range)
            let full = bySurname[s.units[range.lowerBound]] ?? []
            // of several of that surname, the one who holds the post said with it (陈董事长: 董事长陈海生),
            // or else its deputy's, since a deputy is spoken to without 副 (刘院长: 副院长刘亚娟)
            func holding(_ post: (String) -> [UInt32]) -> [String] {
                full.filter { name in titles.contains { titlesOf[name]?.contains(post($0)) == true } }
            }
            let holders = holding { ScannedText.fold($0) }, deputies = holding { [People.deputyMark] + ScannedText.fold($0) }
            let person = full.count == 1 ? full[0] : holders.count == 1 ? holders[0] : holders.isEmpty && deputies.count == 1 ? deputies[0] : surname
            mentions.add(person, form: surname, offset: s.byteOffset(range.lowerBound), titles: titles, role: "text", bySurname: person != surname)
        }
    }

    /// A name found once is counted wherever else it appears, in either script, each mention
    /// with the form written there (one pass: the names are looked up by their first character);
    /// so is a transliterated name's last part (梅西 of 利昂内尔·梅西), as the name of the one
    /// person whose name ends in it.
    static func countEverywhere(_ mentions: inout Mentions, in s: ScannedText) {
        // the longest name first where two start alike
        let names = WordList(mentions.names.map { (ScannedText.fold($0), $0) } + lastParts(of: mentions.names))
        var seen = Set<Int>()
        for name in mentions.names { seen.formUnion(mentions.offsets(of: name)) }
        var i = 0
        while i < s.count {
            guard let hit = s.longest(names, at: i) else { i += 1; continue }
            if seen.insert(s.byteOffset(i)).inserted {
                mentions.add(hit.name, form: s.text(i..<(i + hit.word.count)), offset: s.byteOffset(i), titles: [], role: "text")
            }
            i += hit.word.count
        }
    }

    /// The last parts (two characters or more) of the transliterated names among `names`, each
    /// with its name, where no other of them ends in the same part.
    static func lastParts(of names: [String]) -> [(word: [UInt32], name: String)] {
        let parts = names.compactMap { name -> (word: [UInt32], name: String)? in
            let folded = ScannedText.fold(name)
            guard let dot = folded.lastIndex(where: { People.nameDots.contains($0) }), folded.count - dot > 2 else { return nil }
            return (Array(folded[(dot + 1)...]), name)
        }
        let counts = Dictionary(parts.map { ($0.word, 1) }, uniquingKeysWith: +)
        return parts.filter { counts[$0.word] == 1 }
    }

    /// "盧東亮衛繼周出席": the deck's names, cut where names known from the body start, and
    /// what is left after the last of them (出席, or names the body never gives). A deck of
    /// several parts (王立民致辞 陈德华主持 王柏林侯川出席) is cut part by part.
    static func splitDeck(_ deck: String, known: [String]) -> (names: [String], rests: [Substring]) {
        var names: [String] = [], rests: [Substring] = []
        let longestFirst = known.sorted { $0.count > $1.count }
        for part in deck.split(whereSeparator: { " \u{3000}".contains($0) }) {
            var rest = part
            while let name = longestFirst.first(where: { rest.hasPrefix($0) }) {
                names.append(name)
                rest = rest.dropFirst(name.count).drop { "、，,".contains($0) }
            }
            if !rest.isEmpty { rests.append(rest) }
        }
        return (names, rests)
    }

    /// The people a line outside the body names (a caption, the deck), found as in the body.
    static func people(inLine text: String) -> [Mention] {
        guard !text.isEmpty else { return [] }
        let scan = ScannedText(text)
        var found = Mentions()
        People.find(in: scan, tagged: EntityModel.shared?.spans(scan.units) ?? [], organisations: [], into: &found)
        return found.list
    }

    // MARK: Organisations and places

    /// Suffixes that end a company's own name, which may be long and hold brackets.
    static let companySuffixes = ScannedText.words((["股份有限公司", "有限责任公司", "有限公司", "集团", "研究院", "研究所",
                                                    "大学", "医院", "银行", "协会", "公司", "合作社", "家庭农场",
                                                    // sole traders and shops, whom market inspections name
                                                    "批发部", "经营部", "门市部"] + shops).map { ($0, true) })
    /// Shops' suffixes (城东李氏水产商行, 良心食品店). 超市 and 商店 end a shop's name only after a
    /// name the tagger found (`shopSuffixes`): they follow counts and places as often (巴黎5家超市,
    /// 渥太华商店).
    static let shops = ["商行", "便利店", "药店", "大药房", "食品店", "专卖店", "旗舰店"]
    /// Suffixes of public bodies, whose names start with a place: 大同經開區, 大同經開區黨工委, 省政府
    /// (府办: a government's office named short, 遂溪县府办).
    static let bodySuffixes = ScannedText.words((["人民政府", "政府", "经开区", "高新区", "开发区", "党工委", "管委会", "委员会",
                                                 "办公室", "新闻办", "府办", "厅", "局", "委", "中心", "党支部", "党总支",
                                                 // teams named after their country or place: 中国队, 云南红塔足球队
                                                 "队", "女队", "男队", "女篮", "男篮", "女排", "男排", "足球队", "篮球队",
                                                 "排球队", "代表团", "代表队", "海关"] + outletWords + numberedSchools).map { ($0, true) })
    /// Schools named by their place and number (太原五中, 大同一中) or as a university's (山大附中).
    static let numberedSchools = "一二三四五六七八九十".map { "\($0)中" } + ["附中", "附小"]
    static let suffixFirsts = UnitSet((companySuffixes + bodySuffixes).compactMap(\.word.first))
    /// Where a company's name cannot start from: punctuation and linking words.
    static let nameBreaks = ScannedText.units(of: "，,。、；;：:“”「」《》！？!? 的了和與与及在由為为將将對对把從从向是等觀观摩\n")
    static let brackets = ScannedText.units(of: "()（）")

    /// Where the article's organisations stand, in text order: the tagger's, and where it saw
    /// no name, those the patterns find (jieba's nt words, …有限公司, a place then 委/局/管委会),
    /// never a generic noun (这家公司, 我们公司, 保险公司 alone). `places`: the place names as
    /// written in the text, which public bodies' names start with.
    public static func organisationSpans(in s: ScannedText, tagged: [EntitySpan], places: [String]) -> [Range<Int>] {
        let placeNames = Set(places)
        let placeStarts = Dictionary(tagged.filter { $0.kind == .place }.map { ($0.range.upperBound, $0.range.lowerBound) }, uniquingKeysWith: min)
        let taggerOrgs = tagged.filter { $0.kind == .organisation }.map { withZonesName(s, $0.range, placeStarts: placeStarts) }
            .flatMap { listed(s, $0, placeNames: placeNames) }
            .compactMap { trimmed(s, $0) }.map { fromWordsStart(s, $0) }.compactMap { withoutTeam(s, $0) }.map { withoutTrailingWord(s, withoutInquiry(s, endingAtCompanysSuffix(s, $0))) }.map { withoutCentral(s, $0) }
            .map { withShopsSuffix(s, $0) }.map { fromNationwide(s, $0) }.map { withLevelsInBracket(s, $0) }
            .map { afterAddress(s, afterClause(s, withoutLeadingRole(s, withoutLeadingParticle(s, withoutPostsStart(s, beforePostsCommittee(s, $0)),
                                                                                             placeNames: placeNames)))) }
            .map { withoutLeadingJointVerb(s, $0) }
            .map { withOutletWord(s, $0) }.map { beforeClause(s, $0) }.map { beforeDeploying(s, $0) }.map { beforeOrganising(s, $0) }
            .filter { $0.count >= 2 && !startsGeneric(s, $0) && !isKindAlone(s, $0) && !endsDescribing(s, $0) && !namesAPlace(s, $0) && !isWithheld(s, $0)
                && !isCentreBeingBuilt(s, $0) && !namesALaw(s, $0) && !People.namesARoute(s, $0) && !isClauseBeforeGovernment(s, $0)
                && !isPlate(s, $0) && !namesAWebsite(s, $0) && !endsInCommonWord(s, $0) && !opensWithCount(s, $0) && !namesAGrade(s, $0)
                && !namesAnHonour(s, $0) && !describesAGroup(s, $0) && !isNameIntoTitle(s, $0) && !namesAPlenary(s, $0)
                && !namesAMeeting(s, $0) && !isInAddress(s, $0) && !isBuildingAtNumber(s, $0) && !isPlaceOrganising(s, $0) && !isCreditedName(s, $0) && !namesPlacesOnly(s, $0)
                && !endsInLeadersVerb(s, $0) && !holdsCount(s, $0) && !namesARoad(s, $0) && !isVillagesGroup(s, $0) && !namesACountrysRegion(s, $0) }
        // a level and a body alone (市委) counts only where the article names that body in full
        let placeWords = placeWords(places.filter { $0.count >= 2 })
        // nor is two characters after a surname it read alone: a given name (郝|海军, the reporter 郝海军)
        let surnameEnds = Set(tagged.filter { $0.kind == .person && $0.range.count == 1 && People.surnames.contains(s.units[$0.range.lowerBound]) }
            .map(\.range.upperBound))
        let modelOrgs = taggerOrgs.filter { !isLevelOnly(s, $0) && !($0.count == 2 && surnameEnds.contains($0.lowerBound)) }
            .map { withPlaceRunningIn(s, $0, placeWords: placeWords) }
        let placeEnds = ends(of: placeWords, in: s)
        let patterns = (organisationsByPattern(in: s, placeWords: placeWords, placeEnds: placeEnds) + companiesNamingProjects(in: s)
            + officesBeforePosts(in: s, placeWords: placeWords)).filter { org in
            !startsGeneric(s, org) && !isCommonNoun(s, org) && !isKindAlone(s, org) && !isWithheld(s, org) && !opensWithDate(s, org) && !opensWithCount(s, org) && !namesAGrade(s, org)
                && !endsDescribing(s, org) && !namesALaw(s, org) && !isClauseBeforeGovernment(s, org) && !namesAWebsite(s, org)
                && !namesAnHonour(s, org) && !describesAGroup(s, org) && !holdsCount(s, org) && !namesARoad(s, org) && !isBuildingAtNumber(s, org)
        }
        let patternOrgs = patterns.filter { !isLevelOnly(s, $0) }
        // a pattern's name that ends as the tagger's and starts before it is the whole name when
        // what it adds is one place, ends in a bracket or is a short name of its own, or it is a
        // department named after its level (大同|经开区党工委, 锐华能源(大同)|技术有限公司,
        // 中车|永济电机有限公司, 、市行政审批|服务管理局), or a body known whole (退役军人|事务部);
        // a longer run before the tagger's name is another clause (匈牙利队胜|韩国队, 以|张裕公司).
        // Elsewhere the tagger's names stand, and the patterns fill gaps
        // never over another of the tagger's names (市总工会|联合|市人社局)
        let latestStartByEnd = Dictionary(modelOrgs.map { ($0.upperBound, $0.lowerBound) }, uniquingKeysWith: max)
        let modelIndex = RangeIndex(modelOrgs)
        // nor over a person the tagger read (、市长|李建国|到|市水利局)
        let people = RangeIndex(tagged.filter { $0.kind == .person && $0.range.count >= 2 }.map(\.range))
        let wider = patternOrgs.compactMap { pattern -> Range<Int>? in
            // or that ends inside the tagger's name, which reads on into a department of the body
            // (省国有资产|监督管理委员会|党委), or a body known whole into its branch (中国|证券登记结算
            // 有限责任公司深圳分公司): the whole is the body's and its department's or branch's
            // (asked last: the look-up tries every known body with the pattern's first character)
            func isKnown() -> Bool { KnownNames.shared.org(in: s, at: pattern.lowerBound) == pattern.count }
            let readOn = latestStartByEnd[pattern.upperBound] == nil ? modelIndex.overlapping(pattern).first {
                $0.lowerBound > pattern.lowerBound && $0.upperBound > pattern.upperBound
                    && (isLevelsDepartment(s, pattern) || (s.longest(branchSuffixes, endingAt: $0.upperBound) != nil && isKnown()))
            } : nil
            let org = readOn.map { pattern.lowerBound..<$0.upperBound } ?? pattern
            // the tagger's pieces of a known name are the name's (中国证券|登记结算…)
            guard let start = readOn?.lowerBound ?? latestStartByEnd[org.upperBound], start > org.lowerBound,
                  !modelIndex.overlaps(org.lowerBound..<start) || (modelIndex.overlapping(org.lowerBound..<start).allSatisfy(pattern.contains) && isKnown()),
                  !people.overlaps(org.lowerBound..<start) else { return nil }
            let wholeName = placeNames.contains(s.text(org.lowerBound..<start)) || brackets.contains(s.units[start - 1])
                || isNamePrefix(Array(s.units[org.lowerBound..<start])) || isLevelsDepartment(s, org)
                || isCompanysName(s, org, adding: org.lowerBound..<start) || namesTradeAlone(s, start..<org.upperBound)
                || isPlacesDepartment(s, org, adding: org.lowerBound..<start, placeNames: placeNames)
                || KnownNames.shared.org(in: s, at: org.lowerBound) == org.count || (readOn != nil && isKnown())
            return wholeName ? org : nil
        }
        let widerIndex = RangeIndex(wider), widerSet = Set(wider)
        let kept = modelOrgs.filter { !widerIndex.overlaps($0) }.map { withOwnNameBeforeTrade(s, $0) }
        // a pattern's name may hold a place the tagger found (大同市 in 大同市人民政府), nothing else it
        // found: no other name overlaps it, and no place runs across either of its ends
        // (a surname alone is no name a body's would run over: 城东李氏水产商行, 王记便利店)
        let names = RangeIndex(tagged.filter { $0.kind != .place && !($0.kind == .person && $0.range.count == 1) }.map(\.range))
        let places = RangeIndex(tagged.filter { $0.kind == .place }.map(\.range))
        let personRanges = Set(tagged.filter { $0.kind == .person }.map(\.range))
        // nor is it a place the tagger found whole (北京音乐厅)
        let gaps = patternOrgs.filter { org in
            !widerSet.contains(org) && (!names.overlaps(org) || holdsPersonOnly(s, org, names: names, people: personRanges) || holdsPiecesOnly(s, org, names: names, people: personRanges))
                && !places.crosses(org.lowerBound)
                && !places.crosses(org.upperBound) && places.containing(org) == nil
        }
        // the tagger's pieces of a known body the patterns found whole go with it
        let knownIndex = RangeIndex(gaps.filter { holdsPiecesOnly(s, $0, names: names, people: personRanges) })
        let found = withOfficesJoined((kept.filter { knownIndex.containing($0) == nil } + wider + gaps).filter { !endsInDepartments(s, $0) }, in: s)
        let departments = standardDepartments(in: s, placeEnds: placeEnds).filter { !endsInDepartments(s, $0) }
        let branches = withBranches(withDepartments(departments, found), in: s, placeEnds: placeEnds)
            .map { withLeague(s, $0) }
        let others = RangeIndex(branches)
        let whole = branches.map { withNameBeforeBracket(s, $0, others: others) }.compactMap { withoutStrayMarks(s, $0) }
            .filter { !isKindAlone(s, $0) && !isLevelOnly(s, $0) && !isBodyOfNoName(s, $0) && !isTermsBodyAlone(s, $0) }
            .flatMap { apartAtSpaces(s, $0) }
        // 市委 where the article names 大同市委: a mention of it, once the full names are known
        let taken = RangeIndex(whole)
        let levelOnly = (taggerOrgs + patterns).filter { isLevelOnly(s, $0) && !taken.overlaps($0) }
        let named = fullNames(of: levelOnly, among: whole, in: s)
        let claimed = Set(levelOnly.filter { named[Array(s.units[$0])] != nil })
        let claimedIndex = RangeIndex(whole + claimed)
        let sharing = levelBodiesSharingPlace(after: whole, in: s).keys.filter { !claimedIndex.overlaps($0) }
        return withAliases(whole + claimed + sharing, in: s).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `name` from the start of the zone's word whose last character it opens with, and of the
    /// place the tagger read right before that word (宜兴|经济技术开发|区管理委员会: 宜兴经济技术开发区管理委员会).
    static func withZonesName(_ s: ScannedText, _ name: Range<Int>, placeStarts: [Int: Int]) -> Range<Int> {
        guard let zone = s.longest(Places.suffixes, endingAt: name.lowerBound + 1, where: { $0.name == "zone" && $0.word.count >= 2 })
        else { return name }
        let start = name.lowerBound + 1 - zone.word.count
        return (placeStarts[start] ?? start)..<name.upperBound
    }

    /// The level-only bodies listed right after a body of a named place at their level, each
    /// with the name it stands for: the list shares the place (大同市委、|市政府、|市人大 are
    /// 大同's: 大同市政府, 大同市人大; 平遥县委和|县政府).
    static func levelBodiesSharingPlace(after named: [Range<Int>], in s: ScannedText) -> [Range<Int>: String] {
        var names: [Range<Int>: String] = [:]
        for body in named where !isLevelOnly(s, body) {
            guard let own = levelOnlyBody(s, endingAt: body.upperBound), own.lowerBound > body.lowerBound,
                  let length = levelLength(s, at: own.lowerBound) else { continue }
            // as its record names it (福州市市委: 福州市委, so 福州市政府), less the party's name
            // (中共渝中区委、区政府: 渝中区政府)
            let party = partyNames.first { s.matches($0, at: body.lowerBound) && own.lowerBound > body.lowerBound + $0.count }?.count ?? 0
            let place = String(recordName(s, body).dropFirst(party).dropLast(own.count)), level = Array(s.units[own.lowerBound..<(own.lowerBound + length)])
            var end = body.upperBound
            while listJoins.contains(s[end]), s.matches(level, at: end + 1), let word = s.longest(levelBodies, at: end + 1 + length) {
                let listed = (end + 1)..<(end + 1 + length + word.word.count)
                names[listed] = place + s.text(listed)
                end = listed.upperBound
            }
        }
        return names
    }

    static let partyNames = ["中国共产党", "中共"].map(ScannedText.fold)

    /// What joins the bodies of one place's list: 、, 和, 及, 与.
    static let listJoins = ScannedText.units(of: "、和及与")

    /// The names that bodies are given for the rest of the text in brackets right after them
    /// (山西太钢不锈钢股份有限公司（以下简称“太钢不锈”）, 以下简称滨江三院, 以下简称“公司”或“森远股份”),
    /// each with the body it stands for, where only one body is given it.
    static func aliases(of spans: [Range<Int>], in s: ScannedText) -> [[UInt32]: Range<Int>] {
        var aliases: [[UInt32]: Range<Int>] = [:], given: [[UInt32]: Int] = [:]
        for span in spans where openingBrackets.contains(s[span.upperBound]) {
            guard let lead = aliasLeads.first(where: { s.matches($0.word, at: span.upperBound + 1) }) else { continue }
            var start = span.upperBound + 1 + lead.word.count
            if People.colons.contains(s[start]) { start += 1 }
            for alias in aliasesGiven(s, from: start) {
                aliases[alias] = span
                given[alias, default: 0] += 1
            }
        }
        // a name given to two bodies stands for neither
        return aliases.filter { given[$0.key] == 1 }
    }

    /// The names a bracket gives from `start` to its close: in quotes, one or several that 或,
    /// 、 or a comma join (“公司”或 “森远股份”), or one of Han characters alone (滨江三院).
    static func aliasesGiven(_ s: ScannedText, from start: Int) -> [[UInt32]] {
        guard openingQuotes.contains(s[start]) else {
            guard let end = (start..<min(s.count, start + longestAlias + 1)).first(where: { closingBrackets.contains(s.units[$0]) }),
                  end - start >= 2, (start..<end).allSatisfy({ Han.isHan(s.units[$0]) }) else { return [] }
            return [Array(s.units[start..<end])]
        }
        var names: [[UInt32]] = [], open = start
        while openingQuotes.contains(s[open]) {
            let first = open + 1
            guard let end = (first..<min(s.count, first + longestAlias + 1)).first(where: { closingQuotes.contains(s.units[$0]) }),
                  end - first >= 2 else { return [] }
            names.append(Array(s.units[first..<end]))
            var next = end + 1
            while People.spaces.contains(s[next]) { next += 1 }
            if closingBrackets.contains(s[next]) { return names }
            guard aliasJoins.contains(s[next]) else { return [] }
            next += 1
            while People.spaces.contains(s[next]) { next += 1 }
            open = next
        }
        return []
    }

    static let aliasLeads = ScannedText.words(["以下简称", "以下称", "下称", "简称"].map { ($0, true) })
    static let aliasJoins = ScannedText.units(of: "或、，,")
    static let longestAlias = 12

    /// `spans` with every place the text writes a body's alias (`aliases`) a body's name, over any
    /// shorter name read inside it (太钢 of 太钢不锈).
    static func withAliases(_ spans: [Range<Int>], in s: ScannedText) -> [Range<Int>] {
        let aliases = aliases(of: spans, in: s)
        guard !aliases.isEmpty else { return spans }
        var written: [Range<Int>] = []
        for alias in aliases.keys {
            written += s.units.indices.filter { s.matches(alias, at: $0) }.map { $0..<($0 + alias.count) }
        }
        let taken = RangeIndex(written)
        let read = spans.filter { taken.containing($0) == nil && !extendsAlias(s, $0, aliases: taken) }
        // a name that crosses an alias's end is none of the alias's
        let readIndex = RangeIndex(read)
        return read + written.filter { alias in readIndex.overlapping(alias).allSatisfy(alias.contains) }
    }

    /// Whether a name read is an alias with one character before it that makes no word of
    /// jieba's with the alias's first (占|森远股份, 故|森远股份: a verb, a conjunction).
    static func extendsAlias(_ s: ScannedText, _ range: Range<Int>, aliases: RangeIndex) -> Bool {
        let alias = (range.lowerBound + 1)..<range.upperBound
        return aliases.overlapping(alias).contains(alias) && wordClass(s, range.lowerBound..<(range.lowerBound + 2)) == nil
    }

    /// For each level-only body among `levelOnly` (市委), the one body among `spans` whose name
    /// ends as it does (大同市委); none where the article names none, or several (大同市委 and
    /// 朔州市委). The article's few distinct level-only names are each compared with every
    /// body once, so a long article costs no more per name than a short one.
    static func fullNames(of levelOnly: [Range<Int>], among spans: [Range<Int>], in s: ScannedText) -> [[UInt32]: Range<Int>] {
        let bodies = Set(levelOnly.map { Array(s.units[$0]) })
        guard !bodies.isEmpty else { return [:] }
        // 台盟市委, 民盟市委, 团市委: another party's or the Youth League's committee, which 市委 alone never means
        let claims = soleClaims(spans.filter { span in !isLevelOnly(s, span) && !opensAsOtherParty(s, at: span.lowerBound) }.flatMap { span in
            bodies.filter { span.count > $0.count && s.units[span].suffix($0.count).elementsEqual($0) }.map { ($0, span) }
        }, in: s)
        guard !claims.isEmpty else { return claims }
        let divisions = Places.divisions(in: s, gazetteer: .shared)
        return claims.filter { short, span in !namesAnotherDivision(of: short, than: span, among: divisions, in: s) }
    }

    /// Whether the article names a division of the level a body alone names (市 of 市委) other
    /// than the one its full name holds: in a report of 昭通市委's delegation to 中山, 市委书记 may be
    /// either city's, and the record says neither rather than the wrong one.
    static func namesAnotherDivision(of short: [UInt32], than full: Range<Int>, among divisions: [Place], in s: ScannedText) -> Bool {
        guard let first = short.first, let level = divisionLevels[first],
              let own = Places.divisions(in: ScannedText(s.text(full)), gazetteer: .shared).last(where: { $0.level == level }) else { return false }
        return divisions.contains { $0.level == level && $0.name != own.name }
    }

    /// The level each level's character names: the places' own, and prefectures' and leagues' (州委, 盟委), cities'.
    static let divisionLevels = Places.levelCharacters.merging("州盟".unicodeScalars.map { ($0.value, Place.Level.city) }) { own, _ in own }

    /// Each short name with the one name that claims it; a short name claimed by two different
    /// names stands for neither (比亚迪 of 比亚迪股份有限公司 and 比亚迪集团, 市委 of 大同市委 and 朔州市委).
    static func soleClaims(_ claims: [(short: [UInt32], by: Range<Int>)], in s: ScannedText) -> [[UInt32]: Range<Int>] {
        var found: [[UInt32]: Range<Int>] = [:], shared = Set<[UInt32]>()
        for (short, span) in claims {
            if let other = found[short], !s.units[other].elementsEqual(s.units[span]) { shared.insert(short) }
            found[short] = found[short] ?? span
        }
        return found.filter { !shared.contains($0.key) }
    }

    /// What a body's branch in a place is called after the place (中国银行 + 山西省 + 分行).
    static let branchSuffixes = ScannedText.words(["中心支行", "分行", "支行", "分公司", "营业部", "分院", "分会", "办事处"].map { ($0, true) })

    /// `orgs` with each one that a place and a branch's suffix follow widened to the branch
    /// (中国银行山西省分行, 工商银行大同分行): the branch is the body that acts there, and the
    /// place alone would be read as where the bank is.
    static func withBranches(_ orgs: [Range<Int>], in s: ScannedText, placeEnds: [Int: Int]) -> [Range<Int>] {
        guard !placeEnds.isEmpty else { return orgs }
        let starts = Set(orgs.map(\.lowerBound))
        return orgs.map { org in
            // a place that starts inside the name or right after it (the name may have taken part
            // of the suffix: 中国人民银行大同市中心|支行), then the suffix, ending past the name
            for end in (org.lowerBound + 2)..<(org.upperBound + longestPlace) {
                guard let start = placeEnds[end], start > org.lowerBound, start <= org.upperBound,
                      !(start == org.upperBound && starts.contains(start)),  // another body's name, not this one's branch
                      let suffix = s.longest(branchSuffixes, at: end), end + suffix.word.count > org.upperBound else { continue }
                return org.lowerBound..<(end + suffix.word.count)
            }
            return org
        }
    }

    /// Characters, at most, of a place name the branches look for.
    static let longestPlace = 12

    /// Whether two or three characters before a name are a name's own first part: Han
    /// characters with no linking word among them (中车 of 中车永济电机有限公司, not 以 of
    /// 以张裕公司, nor 巴西队胜 of 巴西队胜斯洛伐克队) that jieba's dictionary does not know as a
    /// common word.
    static func isNamePrefix(_ units: [UInt32]) -> Bool {
        guard (2...3).contains(units.count), units.allSatisfy(Han.isHan), !isClause(units),
              let lexicon = EntityModel.shared?.lexicon else { return false }
        return namesOrUnknown(units, lexicon)
    }

    /// Suffixes that make what stands before them a company's name (比亚迪股份有限公司, 华能集团).
    static let companyOnlySuffixes = ScannedText.words(["股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "股份"].map { ($0, true) })
    static let companyOnlyFirsts = UnitSet(companyOnlySuffixes.compactMap(\.word.first))
    static let collective = ScannedText.fold("股份经济合作社")

    /// The names (folded units) that stand right before a company's suffix somewhere in the text:
    /// 比亚迪 of 比亚迪股份有限公司, and of 比亚迪集团. Up to eight characters back. A village's
    /// collective (东湖村|股份经济合作社) is no company: its 股份 makes no stem.
    public static func companyStems(in s: ScannedText) -> Set<ArraySlice<UInt32>> {
        var stems = Set<ArraySlice<UInt32>>()
        for i in 0..<s.count where companyOnlyFirsts.contains(s.units[i]) && s.longest(companyOnlySuffixes, at: i) != nil
            && !s.matches(collective, at: i) {
            for length in 2...8 where length <= i { stems.insert(s.units[(i - length)..<i]) }
        }
        return stems
    }

    /// Kinds of body a list of names closes with: 中国石化、国家能源集团、隆基绿能等企业. Not
    /// 部门: 工商、公安等部门 names kinds of department, not bodies (as 财政部门 does).
    static let bodyKinds = ScannedText.words(["企业", "公司", "单位", "机构", "高校", "院校", "银行", "集团", "媒体",
                                              "医院", "学校", "协会", "商会"].map { ($0, true) })
    static let etCetera = ScannedText.fold("等")[0]

    /// The kind of body that follows the 等 at `i`, after how many there are (等42家企业,
    /// 等十余家企业) and a word of two to four characters that qualifies it (等台湾企业, 等大型企业; not
    /// 等地企业, whose 地 closes a list of places, nor 等领域相关企业, whose list is of fields), or nil.
    /// Not a 等 inside a word (县|中等|职业学校: secondary vocational schools, no list's end).
    static func bodyKind(_ s: ScannedText, afterEtCeteraAt i: Int) -> [UInt32]? {
        let start = i + 1 + (bodyCount(s, at: i + 1) ?? 0)
        guard !fieldWords.contains(where: { s.matches($0.word, at: start) }) else { return nil }
        for qualifier in [0, 2, 3, 4] where (start..<(start + qualifier)).allSatisfy({ Han.isHan(s[$0]) && isListItemPart(s[$0]) }) {
            // not a word the kind opens (等企业家代表: people); the segmentation asked last, where a kind follows
            if let kind = s.longest(bodyKinds, at: start + qualifier), s[start + qualifier + kind.word.count] != expert {
                return s.splitsWord(at: i) ? nil : kind.word
            }
        }
        return nil
    }

    static let numeralCharacters = ScannedText.units(of: "一二三四五六七八九十百千万两几")
    static let expert = ScannedText.fold("家")[0]
    /// What a list of fields or trades closes with: 等领域, 等行业.
    static let fieldWords = ScannedText.words(["领域", "行业", "产业", "方面"].map { ($0, true) })
    static let roughly = ScannedText.units(of: "余多"), bodyMeasures = ScannedText.units(of: "家个所户")

    /// How long a count of bodies at `i` is (42家, 十余家, 3所), or nil; of people or places too
    /// with `measures` (50多位, 3座).
    static func bodyCount(_ s: ScannedText, at i: Int, measures: UnitSet = bodyMeasures) -> Int? {
        var j = i
        while ScannedText.isDigit(s[j]) || numeralCharacters.contains(s[j]) { j += 1 }
        guard j > i else { return nil }
        if roughly.contains(s[j]) { j += 1 }
        return measures.contains(s[j]) ? j + 1 - i : nil
    }

    /// Whether `range` opens with a count (50多位|大学校长, 34所|高校, 十余家|企业): what is
    /// counted, no name. A numeral and a measure alone open names too (万家乐), so a count in
    /// numerals must say 余 or 多.
    static func opensWithCount(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard let count = bodyCount(s, at: range.lowerBound, measures: measureWords), count < range.count else { return false }
        return ScannedText.isDigit(s[range.lowerBound]) || roughly.contains(s[range.lowerBound + count - 2])
    }

    /// Whether a count of things stands inside `range` (驻马店|两个|地级市政府, 三个|工作组), or one of
    /// bodies in figures or with 余 or 多 (卞路口乡有|20余家|农民专业合作社): the clause counts the bodies
    /// it names, which no name does. (A numeral and 家 alone open names: 五家渠.)
    static func holdsCount(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        (range.lowerBound + 1..<max(range.lowerBound + 1, range.upperBound - 1)).contains { i in
            if s.units[i] == countWord && (ScannedText.isDigit(s.units[i - 1]) || numeralCharacters.contains(s.units[i - 1])) { return true }
            guard ScannedText.isDigit(s.units[i]) || numeralCharacters.contains(s.units[i]), !ScannedText.isDigit(s[i - 1]),
                  !numeralCharacters.contains(s[i - 1]), let count = bodyCount(s, at: i), i + count < range.upperBound else { return false }
            return ScannedText.isDigit(s.units[i]) || roughly.contains(s[i + count - 2])
        }
    }

    /// Kinds of body that make the items of their list companies.
    static let companyKinds = Set(["企业", "公司", "集团", "银行"].map(ScannedText.fold))

    /// The names of lists of companies (台积电、鸿海精密等台湾企业, 高格卫浴、吉德电器两家企业), folded:
    /// companies, whatever their names say.
    static func listedCompanies(in s: ScannedText) -> Set<[UInt32]> {
        var names = Set(stockCoded(in: s).map { Array(s.units[$0]) })
        for i in 0..<s.count {
            let closesCompanies = s.units[i] == etCetera ? bodyKind(s, afterEtCeteraAt: i).map(companyKinds.contains) ?? false
                : countsListedBodies(s, at: i)
            guard closesCompanies else { continue }
            for item in listItems(endingAt: i, in: s) { names.insert(Array(s.units[item])) }
        }
        return names
    }

    /// `tagged` with each school named by a division, in full or short, where the tagger read
    /// nothing (大余|中学: 大余, of 大余县, also reads as "surplus"): schools take their county's or
    /// town's name. Not where the school's word opens another (河南|小学生, 在江|中学习) or ends one
    /// (全市|中小学: 市中 is 市中区's short name).
    public static func schoolsNamedByPlaces(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let taken = RangeIndex(tagged.map(\.range))
        var found: [EntitySpan] = []
        for i in 2..<max(2, s.count) where schoolWordFirsts.contains(s.units[i]) {
            // the gazetteer's look-up before jieba's segmentation, which costs more and rules out less
            guard let school = s.longest(schoolWords, at: i), !afterSchoolWord.contains(s[i + school.word.count]),
                  let length = [3, 2].first(where: { $0 <= i && Gazetteer.shared.whole(s.units[(i - $0)..<i]) != nil }),
                  !s.splitsWord(at: i) else { continue }
            let name = (i - length)..<(i + school.word.count)
            if !taken.overlaps(name) { found.append(EntitySpan(kind: .organisation, range: name)) }
        }
        return found.isEmpty ? tagged : (tagged + found).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static let schoolWords = ScannedText.words((["中学", "小学", "高级中学", "初级中学", "实验中学", "实验小学", "中心小学", "职业中学"]
                                                 + numberedSchools).map { ($0, true) })
    static let schoolWordFirsts = UnitSet(schoolWords.compactMap(\.word.first))
    static let afterSchoolWord = ScannedText.units(of: "生习")

    /// `tagged` with each name a stock code follows in brackets (比亚迪（002594）, 隆基绿能(601012))
    /// an organisation, in place of whatever the tagger read there (it took 比亚迪 and 隆基绿 for
    /// people): a company listed on an exchange.
    public static func companiesByStockCode(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        replacing(tagged, with: stockCoded(in: s), as: .organisation)
    }

    /// The names right before a stock code in brackets (`isStockCode`): back over Han characters,
    /// letters and the brackets of a full name (中国平安保险（集团）股份有限公司), at most twenty, as
    /// far as a company's name may run (`organisationsByPattern`), to a break, without a leading
    /// verb (同日|宁德时代) or a date's last character (10月29|日|比亚迪).
    static func stockCoded(in s: ScannedText) -> [Range<Int>] {
        var names: [Range<Int>] = []
        for i in 1..<max(1, s.count) where openingBrackets.contains(s.units[i]) && isStockCode(s, at: i + 1) {
            var start = i
            while start > 0, i - start < 20, isNamePart(s.units[start - 1]) || brackets.contains(s.units[start - 1]),
                  !ScannedText.isDigit(s.units[start - 1]), !nameBreaks.contains(s.units[start - 1]) { start -= 1 }
            start = withoutStrayMarks(s, start..<i)?.lowerBound ?? i
            while start < i, closesDate(s, at: start) { start += 1 }
            let name = withoutLeadingVerb(s, start..<i)
            if name.count >= 2 { names.append(name) }
        }
        return names
    }

    /// A code of an exchange and a closing bracket at `i`: six digits, of Shanghai, Shenzhen or
    /// Beijing, with or without the exchange's mark (600519, 600519.SH, 300750.SZ), or four or
    /// five digits with Hong Kong's (00700.HK).
    static func isStockCode(_ s: ScannedText, at i: Int) -> Bool {
        var end = i
        while end - i < 6, ScannedText.isDigit(s[end]) { end += 1 }
        if s[end] == dot, let exchange = exchangeMarks.first(where: { s.matches($0, at: end + 1) }) {
            guard end - i == 6 || (end - i >= 4 && exchange == hongKong) else { return false }
            end += 1 + exchange.count
        } else if end - i != 6 {
            return false
        }
        return closingBrackets.contains(s[end])
    }

    static let dot = ScannedText.fold(".")[0]
    /// The exchanges' marks after a code, as the scan holds them (lower case).
    static let exchangeMarks = ["sh", "sz", "bj", "hk"].map(ScannedText.fold), hongKong = ScannedText.fold("hk")

    /// `tagged` with each organisation that 和, 与 or 及 runs through cut into the two bodies it
    /// joins (市教育局和县卫健委), where the part before it ends as a body's name does: 和 inside a
    /// name (发展和改革委员会) has no body's end before it.
    /// So is one that a verb of acting together (联合, 协调, 会同…: `jointVerbs`) runs through
    /// after a body's end (市文化和旅游局|联合|云冈研究院); not 联合会, 联合国 or 联合体, which end names.
    public static func withBodiesJoinedByAndApart(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { span -> [EntitySpan] in
            guard span.kind == .organisation else { return [span] }
            let parts = People.apart(span, in: s) { and in endsInBodyWord(s, at: and) }
            return parts.flatMap { apartAtJointly($0, in: s) }
        }
    }

    /// `tagged` with each person's name that a bracket naming a shop follows (肯德基(飞天购物广场店),
    /// 星巴克（国贸店）) read as a body: a brand and its branch, which jieba's dictionary may call a
    /// person's (肯德基 nr). A person's bracket states a post or a place, not a shop.
    public static func brandsBeforeBranches(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let open = span.range.upperBound
            guard span.kind == .person, openingBrackets.contains(s[open]),
                  let close = (open + 2..<max(open + 2, min(s.count, open + 14))).first(where: { closingBrackets.contains(s.units[$0]) }),
                  s.units[close - 1] == shop, (open + 1..<close).allSatisfy({ Han.isHan(s.units[$0]) }) else { return span }
            return EntitySpan(kind: .organisation, range: span.range)
        }
    }

    static let shop = ScannedText.fold("店")[0]

    /// Whether a body's name is a road's that is named after it (东风路与|信息学院|路口, 师范大学路东段):
    /// 路 right after it, then a junction, a stretch, a side or a mark.
    static func namesARoad(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s[range.upperBound] == road && afterRoads.contains(s[range.upperBound + 1])
    }

    static let road = ScannedText.fold("路")[0], afterRoads = ScannedText.units(of: "口段与和、，,。；东西南北中上交0123456789")

    /// `tagged` with the companies named by a word of jieba's that names something and a company's
    /// word the patterns do not read there: 控股 before a post (碧桂园控股|总裁, 苏宁控股|董事长; 国有控股
    /// is no company), and 集团 or 公司 after a name that holds a linking character (美的|集团: 的 ends
    /// other names). What the tagger read inside (碧桂园 a place, 美 the United States) is the company's.
    public static func companiesByWordAndSuffix(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var companies: [Range<Int>] = []
        for i in 2..<max(2, s.count) where companyWordFirsts.contains(s.units[i]) {
            guard let suffix = s.longest(companyWords, at: i), let name = s.word(containing: i - 1), name.upperBound == i,
                  (2...4).contains(name.count), let wordClass = wordClass(s, name), nameClasses.contains(wordClass) else { continue }
            let end = i + suffix.word.count
            let isHoldings = suffix.word == holdings
            guard isHoldings ? s.longest(People.titles, at: end) != nil : name.contains(where: { nameBreaks.contains(s.units[$0]) }) else { continue }
            companies.append(name.lowerBound..<end)
        }
        return replacing(tagged, with: companies, as: .organisation)
    }

    static let holdings = ScannedText.fold("控股")
    static let companyWords = ScannedText.words(["控股", "集团", "公司"].map { ($0, true) })
    static let companyWordFirsts = UnitSet(companyWords.compactMap(\.word.first))

    /// `tagged` with each body whose own name 及, 与 or 和 joins inside it read whole: the nouns
    /// before the word (政制及|内地事务局, 卫生管理与|政策中心) where the tagger's name ends as a
    /// body's and they end as none, or the words after it up to a body's end (商务|及经济发展局)
    /// where the tagger's name ends as none. Hong Kong's bureaus are named so. A division named in
    /// full right before those nouns opens the name (贵州省|有色金属和|核工业地质勘查局), and so does a
    /// level that is a word of its own there (市|水利和|湖泊局).
    public static func withNamesJoinedInside(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let taken = RangeIndex(tagged.map(\.range))
        let divisionStartByEnd = Dictionary(tagged.filter { $0.kind == .place && Gazetteer.shared.isFullName(s.units[$0.range]) }
            .map { ($0.range.upperBound, $0.range.lowerBound) }, uniquingKeysWith: min)
        return tagged.map { span in
            guard span.kind == .organisation else { return span }
            let r = span.range
            if let start = joinedNounsStart(before: r, in: s, taken: taken) {
                let level = levelStart(s, endingAt: start).flatMap { s.word(containing: $0) == $0..<start ? $0 : nil }
                return EntitySpan(kind: span.kind, range: (divisionStartByEnd[start] ?? level ?? start)..<r.upperBound)
            }
            if let end = joinedBodyEnd(after: r, in: s, taken: taken) { return EntitySpan(kind: span.kind, range: r.lowerBound..<end) }
            return span
        }
    }

    /// Where the nouns start that 及, 与 or 和 joins to a body's name at `r` (政制|及|内地事务局):
    /// up to four characters of jieba's nouns, none of another name, ending as no body nor
    /// person does (州长和|…, 训练团与|…). Not before a name that stands on its own: a company's,
    /// one jieba knows whole (团队与|清华大学), one a place or a level opens (专家和|辽宁省科委).
    static func joinedNounsStart(before r: Range<Int>, in s: ScannedText, taken: RangeIndex) -> Int? {
        let and = r.lowerBound - 1
        // the central party's and state's organs' committees (中央和|国家机关工委): one body
        if s[and] == People.and, s.matches(central, endingAt: and), s.matches(stateOrgans, at: r.lowerBound) { return and - central.count }
        guard and >= 2, innerJoins.contains(s.units[and]), endsInBodyWord(s, at: r.upperBound),
              !endsInBodyWord(s, at: and), !partyEnds.contains(s.units[and - 1]),
              organisationKind(Array(s.units[r])) != "company", KnownNames.shared.org(in: s, at: r.lowerBound) != r.count,
              !nationalStarts.contains(where: { s.matches($0.word, at: r.lowerBound) }),
              !levelCharacters.contains(s.units[r.lowerBound]), !People.startsWithPlace(s, r),
              let segmenter = try? Segmenter.shared() else { return nil }
        let from = max(0, and - 6)
        var start = and
        for word in segmenter.segment(Array(s.units[from..<and])).reversed() {
            let range = (from + word.lowerBound)..<(from + word.upperBound)
            guard range.count >= 2, and - range.lowerBound <= 4, !taken.overlaps(range), wordClass(s, range) == .noun else { break }
            start = range.lowerBound
        }
        return start < and ? start : nil
    }

    /// Where a body's name ends that 及, 与 or 和 joins to a name at `r` that ends as no body's
    /// nor person's (商务|及|经济发展局; not 建筑队和|…): within eight Han characters, none of
    /// another name nor a particle; not a company's, which stands on its own.
    static func joinedBodyEnd(after r: Range<Int>, in s: ScannedText, taken: RangeIndex) -> Int? {
        let and = r.upperBound
        guard innerJoins.contains(s[and]), !endsInBodyWord(s, at: and),
              !partyEnds.contains(s.units[and - 1]) else { return nil }
        var end = and + 1
        while end - and <= 8, Han.isHan(s[end]), !functionCharacters.contains(s[end]), !taken.overlaps(end..<(end + 1)) {
            end += 1
            if end - and >= 3, endsInBodyWord(s, at: end), !Han.isHan(s[end]) || functionCharacters.contains(s[end]) {
                return organisationKind(Array(s.units[(and + 1)..<end])) == "company" ? nil : end
            }
        }
        return nil
    }

    static let innerJoins = ScannedText.units(of: "及与和")
    static let central = ScannedText.fold("中央"), stateOrgans = ScannedText.fold("国家机关")
    /// How national bodies' names open, which stand on their own (批示精神和|国家防汛抗旱总指挥部).
    static let nationalStarts = ScannedText.words(["国家", "中国", "中央", "全国", "中共"].map { ($0, true) })
    /// How the words of a person or a whole body end (州长, 专家, 领导, 训练团, 县政府, 建筑队).
    static let partyEnds = ScannedText.units(of: "长家员导人师者手团府委队会院所局部厅处办组司社")

    /// `range` without a verb of acting together at its start where a public body follows
    /// (带队,|联合|工商局): the body it acts with; not 联合国 or 联合会, which it opens (`jointVerbs`),
    /// nor a company's name (联合利华).
    /// So is a verb of what people do that jieba reads as a word of its own there (宣读|学术委员会
    /// 委员聘任文件): those of `People.verbs` (a body's own name may open with others: 就业|服务局).
    static func withoutLeadingJointVerb(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        let peoplesVerb = s.longest(People.verbs, at: range.lowerBound).map(\.word.count).flatMap { length in
            length >= 2 && range.count >= length + 3 && s.word(containing: range.lowerBound) == range.lowerBound..<(range.lowerBound + length) ? length : nil
        }
        let jointVerb = jointVerbs.first(where: { s.matches($0.word, at: range.lowerBound) }).flatMap { verb in
            range.count > verb.word.count + 1 && !verb.notBefore.contains(s[range.lowerBound + verb.word.count]) ? verb.word.count : nil
        }
        for length in [peoplesVerb, jointVerb].compactMap({ $0 }) {
            let body = (range.lowerBound + length)..<range.upperBound
            if ["government", "party", "court"].contains(organisationKind(Array(s.units[body]))) { return body }
        }
        return range
    }

    static func apartAtJointly(_ span: EntitySpan, in s: ScannedText) -> [EntitySpan] {
        let r = span.range
        guard r.count >= 6 else { return [span] }
        for i in r.lowerBound + 2..<r.upperBound - 3 {
            guard let verb = jointVerbs.first(where: { s.matches($0.word, at: i) }), !verb.notBefore.contains(s[i + 2]),
                  s.longest(jointlyJoinedEnds, endingAt: i) != nil else { continue }
            // what follows may be the verb's object, no body (省委组织部|联合|组队)
            let after = (i + 2)..<r.upperBound
            return [EntitySpan(kind: span.kind, range: r.lowerBound..<i)]
                + (after.count < 3 && isCommonWord(s, after) ? [] : [EntitySpan(kind: span.kind, range: after)])
        }
        return [span]
    }

    /// Verbs by which one body acts with another (市总工会|联合|市人社局, 应急管理部|协调|自然资源部,
    /// 会同, 联手, 携手) or turns to it (并|通报|特警大队, 移交|县公安局, 报请|市政府), each with the
    /// characters that, after it, make it part of a name instead: 联合会, 联合国; 协调办, 协调小组,
    /// 协调委员会; 会同县; 报告厅.
    static let jointVerbs: [(word: [UInt32], notBefore: UnitSet)] = [
        ("联合", "会国体社"), ("协调", "办组处委小司科股员中会"), ("会同", "县"), ("联手", ""), ("携手", ""),
        ("通报", ""), ("通知", ""), ("报告", "厅会"), ("报请", ""), ("提请", ""), ("请求", ""), ("协助", ""), ("配合", ""),
        ("移交", ""), ("交由", ""), ("责成", ""),
    ].map { (ScannedText.fold($0.0), ScannedText.units(of: $0.1)) }
    /// How a body's name ends before a verb of acting together: as before 和, or as an association's
    /// (市总工会, 州红十字会).
    static let jointlyJoinedEnds = joinedBodyEnds + ScannedText.words(["会"].map { ($0, true) })

    /// How a body's name ends before the 和 that joins it to another's.
    static let joinedBodyEnds = ScannedText.words(["委员会", "委", "局", "厅", "部", "办", "办公室", "公司", "集团", "院", "中心", "所", "协会", "大学",
                                                   "总队", "支队", "大队", "小学", "中学", "学校", "幼儿园"]
        .map { ($0, true) })

    /// Whether one of `joinedBodyEnds` (院, 局, 大学…) ends at `end`: a body's last word, which
    /// no given name ends with either.
    static func endsInBodyWord(_ s: ScannedText, at end: Int) -> Bool {
        s.longest(joinedBodyEnds, endingAt: end) != nil
    }

    /// `tagged` with each item of a list of bodies (two or more names joined by 、, then 等 and a
    /// kind of body, or a count of companies) an organisation, in place of whatever the tagger
    /// read there: it cannot see from 隆基绿能 that the list is of companies, and took 隆基绿 for
    /// a person. A list whose
    /// items the tagger read, most of them, as people whole is of people (王建华、刘芳等企业负责人),
    /// and one whose items are, most of them, common nouns is of trades (轻工、建材、机械等…企业).
    public static func listedBodies(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let people = Set(tagged.filter { $0.kind == .person }.map(\.range)), peopleIndex = RangeIndex(Array(people))
        let organisationStarts = Dictionary(tagged.filter { $0.kind == .organisation }.map { ($0.range.upperBound, $0.range.lowerBound) },
                                            uniquingKeysWith: min)
        var items: [Range<Int>] = []
        for i in 0..<s.count where s.units[i] == etCetera && bodyKind(s, afterEtCeteraAt: i) != nil || countsListedBodies(s, at: i) {
            let list = listItems(endingAt: i, in: s, organisationStarts: organisationStarts)
            // a list of trades (对轻工、建材、机械等工贸行业企业, 光电信息、生物医药等领域) names no body: most
            // of its items are nouns, or common words that name nothing and end as no body does (规划局)
            let trades = list.filter { wordClass(s, $0) == .noun || !endsBody(s, at: $0.upperBound) && !isNameLike(Array(s.units[$0]), suffix: []) }.count
            if list.filter(people.contains).count * 2 <= list.count, trades * 2 <= list.count {
                // a trade among the bodies (…、清怡纺织、电子等32家企业: a common noun of two characters) is none
                items += afterPeople(list, in: s, people: peopleIndex).filter { !namesDivision(s, $0) && !($0.count == 2 && wordClass(s, $0) == .noun) }
            }
        }
        return replacing(tagged, with: items, as: .organisation)
    }

    /// Whether a count of companies stands right after a list's last item, with no 等 (高格卫浴、
    /// 吉德电器|两家企业): 家 and 企业 or 公司, which no clause between list and count takes (羊城晚报|
    /// 三个地方报业集团 may follow a clause's list; 省总工会就组织|7所高校 is a clause).
    static func countsListedBodies(_ s: ScannedText, at i: Int) -> Bool {
        guard ScannedText.isDigit(s[i]) || numeralCharacters.contains(s[i]), Han.isHan(s[i - 1]), !numeralCharacters.contains(s[i - 1]),
              let count = bodyCount(s, at: i, measures: companyMeasures) else { return false }
        return s.longest(countedCompanies, at: i + count) != nil
    }

    static let companyMeasures = UnitSet([expert])
    static let countedCompanies = ScannedText.words(["企业", "公司"].map { ($0, true) })

    /// `tagged` with the companies a report names by their trade name and trade alone, no
    /// company's word after them, as visits and inspections list them (走访了华胜科技、宏达实业、
    /// 迈思科电子): the items side by side in a 、-list that are each two to four characters
    /// naming something and trades (`companyTrades`); and a person the tagger read right before
    /// trades that end the name (园区迈思科|电子|是一家…: it took 迈思科 for one). What the tagger
    /// read there is the company's.
    public static func companiesByTrade(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var companies = Set<Range<Int>>()
        for k in 0..<s.count where s.units[k] == ScannedText.listMark {
            guard let before = tradeItem(s, endingAt: k), let after = tradeItem(s, after: k) else { continue }
            companies.formUnion([before, after])
        }
        let listed = RangeIndex(Array(companies))
        for span in tagged where span.kind == .person && (2...3).contains(span.range.count) {
            guard let end = tradesEnd(s, at: span.range.upperBound), !listed.overlaps(span.range) else { continue }
            companies.insert(span.range.lowerBound..<end)
        }
        return replacing(tagged, with: Array(companies), as: .organisation)
    }

    /// The 、-list's item that ends at the mark `k`, where it is a trade name and trades (…、宏达实业、):
    /// the name from a mark, a linking word or a verb (来到|华胜科技).
    static func tradeItem(_ s: ScannedText, endingAt k: Int) -> Range<Int>? {
        var start = k
        while let trade = s.longest(companyTrades, endingAt: start) { start -= trade.word.count }
        guard start < k, !s.splitsWord(at: start) else { return nil }
        return [4, 3, 2].lazy.map { (start - $0)..<start }.first { opensItem(s, at: $0.lowerBound) && isTradeName(s, $0) }
            .map { $0.lowerBound..<k }
    }

    /// The 、-list's item that starts after the mark `k`, where it is a trade name and trades.
    static func tradeItem(_ s: ScannedText, after k: Int) -> Range<Int>? {
        for length in 2...4 where isTradeName(s, (k + 1)..<(k + 1 + length)) {
            if let end = tradesEnd(s, at: k + 1 + length, inList: true) { return (k + 1)..<end }
        }
        return nil
    }

    /// Where the trades that start at `i` end (电子, 电子科技) when they are jieba's words and end a
    /// name: a mark or a linking word follows (迈思科电子|是; not 电子|商务, nor 王义锡|科技|扶贫奖励基金, a
    /// fund named after a man), or in a list, whose items say they are names, a word of jieba's
    /// that is a verb or a noun (…电子|调研, which it calls a noun).
    static func tradesEnd(_ s: ScannedText, at i: Int, inList: Bool = false) -> Int? {
        var end = i
        while let trade = s.longest(companyTrades, at: end) { end += trade.word.count }
        guard end > i, !s.splitsWord(at: i), !s.splitsWord(at: end) else { return nil }
        if !Han.isHan(s[end]) || nameBreaks.contains(s[end]) { return end }
        guard inList, let next = s.word(containing: end).flatMap({ wordClass(s, $0) }) else { return nil }
        return next == .verb || next == .noun ? end : nil
    }

    /// Whether a list's item may open at `i`: after a mark, a linking word or a verb of jieba's.
    static func opensItem(_ s: ScannedText, at i: Int) -> Bool {
        guard Han.isHan(s[i - 1]), !nameBreaks.contains(s[i - 1]) else { return true }
        return !s.splitsWord(at: i) && endsInVerb(s, at: i)
    }

    /// Whether `range` may be a company's trade name: Han characters, no pointing word or numeral
    /// first (这家, 两家), and jieba's words there names, words it does not know or single
    /// characters but particles, with at most one common noun among them in a name of three
    /// characters or more (华胜, 迈|思科, whose 思科 jieba calls a noun; not 大力|发展, 信息); not
    /// a place's word alone that names no division (海洋, as in 海洋化工、海洋医药等产业).
    static func isTradeName(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= s.count, !pointers.contains(s[range.lowerBound]),
              !numeralCharacters.contains(s[range.lowerBound]),
              range.allSatisfy({ Han.isHan(s.units[$0]) && !nameBreaks.contains(s.units[$0]) }),
              let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return false }
        let units = Array(s.units[range])
        if lexicon.wordClass(units) == .place, Gazetteer.shared.whole(s.units[range]) == nil { return false }
        var nouns = units.count >= 3 ? 1 : 0
        return segmenter.segment(units).allSatisfy { word in
            let wordClass = lexicon.wordClass(Array(units[word]))
            if word.count == 1 { return wordClass != .function }
            if wordClass == .noun, nouns > 0 { nouns -= 1; return true }
            return wordClass.map(nameClasses.contains) ?? true
        }
    }

    /// Whether a name is a trade name of two characters or more and trades (迈思科电子, 华胜科技).
    static func endsInCompanyTrade(_ name: [UInt32]) -> Bool {
        withoutEndings(name[...], companyTrades, keeping: 2).count < name.count
    }

    /// Trades a company's short name ends with, which name no other kind of body (…科技, …电子, …实业).
    static let companyTrades = ScannedText.words(companyTradeWords.map { ($0, true) })
    static let companyTradeWords = ["新能源", "新材料", "科技", "电子", "实业", "药业", "电器", "电气", "化工", "机械", "光电", "机电",
                                    "塑业", "纸业", "陶瓷", "建材", "家居", "服饰", "纺织", "涂料", "轴承", "置业", "矿业", "能源",
                                    "医药", "生物", "钢铁", "物流", "商贸"]

    /// `tagged` with the items of a 、-list beside a body the tagger read that end as it does, in
    /// its last two characters or in a body's last word (银监会、证监会、保监会, where it read only
    /// 保监会; 外交部、财政部): the items of a list are alike. An item between two marks is all that
    /// stands between them (two to eight Han characters); one at the list's end, jieba's word there.
    /// A common noun of jieba's is a kind of place, no body (餐厅、歌舞厅、游艺厅).
    static func bodiesListedBeside(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let orgs = tagged.filter { $0.kind == .organisation }.map(\.range)
        let known = Set(orgs)
        var items: [Range<Int>] = []
        for org in orgs where s[org.upperBound] == ScannedText.listMark || s[org.lowerBound - 1] == ScannedText.listMark {
            let ending = s.units[(org.upperBound - min(2, org.count))..<org.upperBound]
            func isAlike(_ item: Range<Int>) -> Bool {
                guard wordClass(s, item) != .noun else { return false }
                return item.count > ending.count && s.units[(item.upperBound - ending.count)..<item.upperBound].elementsEqual(ending)
                    || s.units[item.upperBound - 1] == ending.last && endsBody(s, at: item.upperBound) && endsBody(s, at: org.upperBound)
            }
            // each walk stops at the next body read, which walks on from there: a list is walked once
            var end = org.upperBound
            while s[end] == ScannedText.listMark, let item = listItem(s, after: end), !known.contains(item), isAlike(item) {
                items.append(item)
                end = item.upperBound
            }
            var start = org.lowerBound
            while s[start - 1] == ScannedText.listMark, let item = listItem(s, before: start - 1), !known.contains(item), isAlike(item) {
                items.append(item)
                start = item.lowerBound
            }
        }
        // never over a name the tagger read in full: only where it read none, or a person, as for 银监会
        let read = RangeIndex(tagged.filter { $0.kind != .person }.map(\.range))
        return replacing(tagged, with: Array(Set(items.filter { !read.overlaps($0) })), as: .organisation)
    }

    /// The list's item right after the mark at `mark`.
    static func listItem(_ s: ScannedText, after mark: Int) -> Range<Int>? {
        var end = mark + 1
        while end - mark <= longestListedBody, Han.isHan(s[end]) { end += 1 }
        if s[end] == ScannedText.listMark { return end - mark - 1 >= 2 ? (mark + 1)..<end : nil }
        return s.word(containing: mark + 1).flatMap { $0.lowerBound == mark + 1 && $0.count >= 2 ? $0 : nil }
    }

    /// The list's item right before the mark at `mark`; the list's first only where a verb or a
    /// mark stands before jieba's word (举行|银监会、…), not a linking character that may join it
    /// to a longer name (…文化广播电视和|旅游局、).
    static func listItem(_ s: ScannedText, before mark: Int) -> Range<Int>? {
        var start = mark
        while mark - start < longestListedBody, Han.isHan(s[start - 1]) { start -= 1 }
        if s[start - 1] == ScannedText.listMark { return mark - start >= 2 ? start..<mark : nil }
        guard let word = s.word(containing: mark - 1), word.upperBound == mark, word.count >= 2 else { return nil }
        let before = s.word(containing: word.lowerBound - 1)
        return !Han.isHan(s[word.lowerBound - 1]) || before.map({ $0.count >= 2 && wordClass(s, $0) == .verb }) == true ? word : nil
    }

    static let longestListedBody = 8

    /// Whether a list's item is a place and its level (崇礼县, 东关村 among 崇礼县、桥东区发改局等23家单位):
    /// a division given an award as a body is, which stays a place.
    static func namesDivision(_ s: ScannedText, _ item: Range<Int>) -> Bool {
        item.count <= 5 && levelCharacters.contains(s.units[item.upperBound - 1]) && !endsBody(s, at: item.upperBound)
    }

    /// `list` from after the last person named in it, the verb after that left out
    /// (书记王学武一行走访|湘澧盐化、…), with the items before left out, and the item too where a
    /// person ends it (…党工委书记汤勇军、区政府办、发改局等单位): the first item runs back to the
    /// clause's start, posts may stand before the person (市委常委、常务副市长周立新率|市应急管理局), and
    /// a body's name holds no person.
    /// A person the tagger read at the item's start is left to the list (it took 隆基绿 of 隆基绿能
    /// for a person), unless a visit's verb follows in the item (杨良锋、杭莺一行来到|中健医疗、…: the
    /// visitors, then what they visit), which the item's body then follows.
    static func afterPeople(_ list: [Range<Int>], in s: ScannedText, people: RangeIndex) -> [Range<Int>] {
        func lastPersonEnd(in item: Range<Int>) -> Int? {
            let visited = afterVisitVerb(s, item).lowerBound
            return people.overlapping(item).filter { $0.lowerBound > item.lowerBound || visited > $0.upperBound }.map(\.upperBound).max()
        }
        // the list runs from the last item a person stands in (市委常委、常务副市长周立新|率|市应急管理局、公安局…)
        guard let last = list.lastIndex(where: { lastPersonEnd(in: $0) != nil }), let cut = lastPersonEnd(in: list[last]) else { return list }
        let visited = afterVisitVerb(s, list[last])
        let rest = visited.lowerBound > cut ? visited : withoutLeadingVerb(s, cut..<list[last].upperBound)
        return (rest.count >= 2 ? [rest] : []) + list[(last + 1)...]
    }

    /// `range` from after the last verb of a visit in it (王学武一行走访|湘澧盐化, 先后来到|大同、…,
    /// 走访调研|高格卫浴、…):
    /// jieba may join the verb's last character to the name (走|访华|强电化).
    static func afterVisitVerb(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        for i in range where visitVerbFirsts.contains(s.units[i]) {
            if let verb = visitVerbs.first(where: { s.matches($0, at: i) }), i + verb.count + 2 <= range.upperBound { start = i + verb.count }
        }
        return start..<range.upperBound
    }

    static let visitVerbs = ["走访", "来到", "深入", "前往", "视察", "调研", "考察", "参观", "慰问", "看望"].map(ScannedText.fold)
    static let visitVerbFirsts = UnitSet(visitVerbs.compactMap(\.first))

    /// `tagged` with `names` in as names of `kind`, and whatever overlaps them left out, in text order.
    static func replacing(_ tagged: [EntitySpan], with names: [Range<Int>], as kind: EntityKind) -> [EntitySpan] {
        guard !names.isEmpty else { return tagged }
        let index = RangeIndex(names)
        return (tagged.filter { !index.overlaps($0.range) } + names.map { EntitySpan(kind: kind, range: $0) })
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The items of the 、-list that ends at `end`, when there are two or more, each of two to
    /// twenty characters (letters, digits or Han, no linking word; a longer run is a clause,
    /// and the list is taken from after it); the first without the verb that may lead it
    /// (邀请|中国石化, 将情况通报|区第八医院). An organisation the tagger found ending where an item ends
    /// (`organisationStarts`: its start by its end) is the item whole, linking characters and
    /// all (华为技术有限公司, whose 为 would end the item), and no more where another it found
    /// stands before it in the run.
    static func listItems(endingAt end: Int, in s: ScannedText, organisationStarts: [Int: Int] = [:]) -> [Range<Int>] {
        let isNamePart = isListItemPart
        var items: [Range<Int>] = []
        var itemEnd = end
        // a linking character inside a word of jieba's that the item holds is the name's (华为、), but
        // for a linking word's (以及)
        func isInItemsWord(_ k: Int, _ itemEnd: Int) -> Bool {
            guard let word = s.word(containing: k), word.count >= 2, word.upperBound <= itemEnd, word.lowerBound < k, Han.isHan(s.units[k]) else { return false }
            return ![.function, .verb].contains(wordClass(s, word))
        }
        while true {
            var start = itemEnd
            while start > 0, itemEnd - start < longestListItem, isNamePart(s.units[start - 1]) || isInItemsWord(start - 1, itemEnd) { start -= 1 }
            if let tagged = organisationStarts[itemEnd], tagged < start, itemEnd - tagged <= longestListItem {
                start = tagged
            } else if let tagged = organisationStarts[itemEnd], tagged > start + 1,
                      ((start + 2)...tagged).contains(where: { end in organisationStarts[end].map { $0 >= start } == true }) {
                // another body the tagger read before it opens the run (邵阳市民政局慰问组|携|大祥区民政局、…):
                // the item is the tagger's name after it
                start = tagged
            } else {
                guard itemEnd - start >= 2, start == 0 || !isNamePart(s.units[start - 1]) else { break }
            }
            items.append(start..<itemEnd)
            guard start > 0, s.units[start - 1] == ScannedText.listMark else { break }
            itemEnd = start - 1
        }
        guard items.count >= 2, let run = items.last else { return [] }
        // the first item runs back to its clause's start: it is the tagger's body where a verb stands before that (共邀请|旺旺集团、…)
        var first = organisationStarts[run.upperBound].flatMap { start in start > run.lowerBound && endsInVerb(s, at: start) ? start..<run.upperBound : nil }
            ?? withoutLeadingVerb(s, afterClause(s, afterVisitVerb(s, run)))
        // an item that is one word of jieba's alone, which it calls a verb, is a name (参观了|联想、)
        if first.count < 2, s.word(containing: run.lowerBound) == run, run.count >= 2 { first = run }
        guard first.count >= 2 else { return [] }
        return [first] + items.dropLast().reversed()
    }

    static let longestListItem = 20

    /// Whether a word jieba's dictionary calls a verb ends at `i` (邀请 of 共邀请|旺旺集团).
    static func endsInVerb(_ s: ScannedText, at i: Int) -> Bool {
        guard let word = s.word(containing: i - 1), word.upperBound == i else { return false }
        return wordClass(s, word) == .verb
    }

    /// Whether a character may stand in a list's item: a name's, and no linking word.
    static func isListItemPart(_ u: UInt32) -> Bool { isNamePart(u) && !nameBreaks.contains(u) }

    /// Where each 、-list ends: the end of the item after its last list mark, or where the list's
    /// count opens (长沙、湘潭、娄底|四个市, 河曲、保德|两县).
    static func listEnds(in s: ScannedText) -> [Int] {
        var ends: [Int] = []
        for k in 0..<s.count where s.units[k] == ScannedText.listMark {
            var end = k + 1
            while end < s.count, end - k <= longestListItem, isListItemPart(s.units[end]), !opensListCount(s, at: end) { end += 1 }
            if end > k + 1, s[end] != ScannedText.listMark { ends.append(end) }
        }
        return ends
    }

    /// Whether a count of a list's items opens at `i`: a numeral and 个 or a level (四个市, 两县), or
    /// digits and 个 (法岗|3个村委会, 白羊|等36个镇乡街道),
    /// where no place's name opens (万州, 万县).
    static func opensListCount(_ s: ScannedText, at i: Int) -> Bool {
        ScannedText.isDigit(s[i]) && !ScannedText.isDigit(s[i - 1]) && bodyCount(s, at: i, measures: countWords) != nil
            || numeralCharacters.contains(s[i]) && (s[i + 1] == countWord || levelCharacters.contains(s[i + 1]))
            && Gazetteer.shared.names(in: s, at: i).isEmpty
    }
    static let countWord = ScannedText.fold("个")[0], countWords = UnitSet([countWord])

    /// `tagged` with each place or body the tagger ran on into a meeting's venue after it cut
    /// before the venue (哈尔滨|主会场, 武汉市洪山区|分会|场: 分会 read as a branch): a hall of the
    /// day, no part of a name. What is left ending in a level is a place (洪山区).
    static func withoutVenues(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let r = span.range
            guard span.kind != .person, r.count > 2,
                  let venue = (r.lowerBound + 2..<r.upperBound).lazy.compactMap({ i in
                      s.longest(meetingVenues, at: i).map { i..<(i + $0.word.count) }
                  }).first(where: { $0.upperBound >= r.upperBound }) else { return span }
            let kind: EntityKind = levelCharacters.contains(s[venue.lowerBound - 1]) ? .place : span.kind
            return EntitySpan(kind: kind, range: r.lowerBound..<venue.lowerBound)
        }
    }
    static let meetingVenues = ScannedText.words(["主会场", "分会场", "会场", "现场"].map { ($0, true) })

    /// `range` without a particle at its start that opens no word of jieba's dictionary with the
    /// character after it (同|团 of 与张建华同团的; not 同济大学), or only a county's name that is
    /// none of the article's places (…的请示》|和|县妇联: 和县 lies in a province the article does not
    /// name): the tagger's names may take one in, though rarely a verb it would take whole
    /// (联合调查组). An item of a list opens with none (塔山煤矿、同忻煤矿). Nor 经 or 据 that jieba
    /// reads alone (经|二级学院民主推荐: "through"; not 经开区). Nor 致 that opens a letter's title
    /// (《致|州委常委的公开信》: "to").
    static func withoutLeadingParticle(_ s: ScannedText, _ range: Range<Int>, placeNames: Set<String> = []) -> Range<Int> {
        if followsSource(s, range.lowerBound + 1), range.count > 2 { return (range.lowerBound + 1)..<range.upperBound }
        if s.units[range.lowerBound] == addressedTo, s[range.lowerBound - 1] == titleOpens, range.count > 2 {
            return (range.lowerBound + 1)..<range.upperBound
        }
        guard functionCharacters.contains(s.units[range.lowerBound]), range.count >= 2, s[range.lowerBound - 1] != ScannedText.listMark,
              !opensLongWord(s, at: range.lowerBound) else { return range }
        let opening = range.lowerBound..<(range.lowerBound + 2)
        let county = levelCharacters.contains(s[range.lowerBound + 1]) && Gazetteer.shared.whole(s.units[opening]) != nil
            && !placeNames.contains(s.text(opening))
        guard wordClass(s, opening) == nil || county else { return range }
        return (range.lowerBound + 1)..<range.upperBound
    }

    static let addressedTo = ScannedText.fold("致")[0], titleOpens = ScannedText.fold("《")[0]

    /// Whether jieba reads a word of its dictionary of three characters or more from `i`
    /// (应|以色列|地方政府联合会: 以 opens a country's name there, no particle). Not a word its HMM
    /// joins from characters it does not know (记者|從水部|派出所: the station is 水部's).
    static func opensLongWord(_ s: ScannedText, at i: Int) -> Bool {
        guard let word = s.word(containing: i) else { return false }
        return word.lowerBound == i && word.count >= 3 && wordClass(s, word) != nil
    }

    /// `range` without a party's role at its start (被告|鑫达物资贸易有限公司, 中标人|…): the
    /// parties of cases and tenders are named straight after their role; nor the words by which
    /// Hong Kong's government issues a release for a body (以|下稿代|立法會秘書處發出).
    /// So is the term of the body's members (上届|区妇联, 新一届|…): the body is the same one.
    static func withoutLeadingRole(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let role = s.longest(partyRoles, at: range.lowerBound) ?? s.longest(terms, at: range.lowerBound),
              role.word.count < range.count else { return range }
        return (range.lowerBound + role.word.count)..<range.upperBound
    }

    static let partyRoles = ScannedText.words(["原告", "被告", "第三人", "申请人", "被申请人", "上诉人", "被上诉人", "被执行人",
                                               "申请执行人", "中标人", "招标人", "投标人", "采购人", "供应商", "中标单位",
                                               "下稿代", "稿代"].map { ($0, true) })

    static let terms = ScannedText.words(["上届", "本届", "下届", "历届", "新一届", "上一届", "下一届", "新一任", "现任", "前任"].map { ($0, true) })

    /// `range` after a street address that opens it (太原市迎泽大街88号|太原市人大法制委员会): a
    /// number and 号, then the body.
    static func afterAddress(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let mark = range.dropLast(2).last(where: { s.units[$0] == houseNumber && ScannedText.isDigit(s[$0 - 1]) }) else { return range }
        return (mark + 1)..<range.upperBound
    }

    static let houseNumber = ScannedText.fold("号")[0]

    /// `range` after the last word in it that speaks of a visit, leads one (王储菲利普携|高层代表团) or
    /// stands for a body (刘建新代表|集团公司, 一行5人来|我|集团公司), or tells one (将情况通报|区第八医院):
    /// what names a body follows such words.
    static func afterClause(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard range.count >= 2, let segmenter = try? Segmenter.shared() else { return range }
        let units = Array(s.units[range])
        // a word of two characters or more may end a longer one of jieba's (情况通报|区第八医院)
        guard let last = segmenter.segment(units).last(where: { word in
            clauseWords.contains { $0.elementsEqual(units[word]) || ($0.count >= 2 && units[word].count > $0.count && units[word].suffix($0.count).elementsEqual($0)) }
        }) else { return range }
        return (range.lowerBound + last.upperBound)..<range.upperBound
    }

    static let clauseWords = ["以及", "代表", "来到", "前往", "参观", "考察", "走访", "会见", "陪同", "带领", "率领", "率", "携", "来", "到", "赴", "通报",
                              "我", "你", "他", "她", "该", "这", "那", "其"].map(ScannedText.fold)

    /// `range` from the first place it holds where a verb or particle stands before that place
    /// (不合格食品有|南通市城东李氏水产商行), or a verb jieba does not know that ends in a
    /// preposition (罚款缴至|衡水银行, 汇往): what names a company starts there.
    static func fromPlaceAfterClause(_ s: ScannedText, _ range: Range<Int>, places: [UInt32: [[UInt32]]]) -> Range<Int> {
        guard range.count >= 2, let place = (range.lowerBound + 1..<range.upperBound).first(where: { i in places[s.units[i]]?.contains { s.matches($0, at: i) } == true }),
              let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return range }
        let before = Array(s.units[range.lowerBound..<place])
        return segmenter.segment(before).contains { word in
            let wordClass = lexicon.wordClass(Array(before[word]))
            return links(before[word], lexicon) || wordClass == .verb
                || (wordClass == nil && word.count >= 2 && prepositionsAfterVerbs.contains(before[word.upperBound - 1]))
        } ? place..<range.upperBound : range
    }

    static let prepositionsAfterVerbs = ScannedText.units(of: "至往于到给向")

    /// `range` without the verbs and particles jieba finds at its start, and a leader's 率 (周立新|率|市应急管理局:
    /// jieba reads 率 as "rate"), or a verb of holding a post that its dictionary lacks and its
    /// HMM joins (曾任|中国航天机电集团公司).
    static func withoutLeadingVerb(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return range }
        let units = Array(s.units[range])
        let lead = segmenter.segment(units).prefix { links(units[$0], lexicon) }.reduce(0) { $0 + $1.count }
        var start = range.lowerBound + lead
        if let held = s.longest(postHeld, at: start), start + held.word.count + 2 <= range.upperBound { start += held.word.count }
        return (s[start] == leading && start + 1 < range.upperBound ? start + 1 : start)..<range.upperBound
    }

    static let leading = ScannedText.fold("率")[0]
    static let postHeld = ScannedText.words(["曾任", "历任", "现任", "原任", "时任", "先后任", "后任", "任职", "后任职"].map { ($0, true) })

    /// `tagged` with every other mention of the own name of a company the tagger found (中国电信
    /// of 中国电信集团有限公司), or of its trade name (宁德时代 of 宁德时代新能源科技股份有限公司,
    /// 字节跳动 of 北京字节跳动科技有限公司), an organisation: reports give the full name once and
    /// the short one after, which the tagger may read as a place (中国), a person (宁德) or
    /// nothing; so is every other mention of a name a stock code follows (比亚迪（002594）).
    /// Names of three characters or more, or two of a company's own word (`isOwnWord`), not a
    /// place. A mention inside another organisation's name stays in it.
    public static func companiesByOwnName(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var stems: [UInt32: [[UInt32]]] = [:]
        // a listed company's name before its code (比亚迪（002594）), or a body's before its name in
        // letters (特斯拉（Tesla）), is its own name whole
        let glossed = tagged.filter { $0.kind == .organisation }.compactMap { glossedName(s, $0.range) }
        let coded = (stockCoded(in: s) + glossed).map { Array(s.units[$0]) }
        for name in tagged.filter({ $0.kind == .organisation }).map({ Array(s.units[$0.range]) }) + coded {
            let isCoded = coded.contains(name)
            let own = isCoded ? name : ownName(name)
            guard own.count < name.count || isCoded else { continue }
            for stem in [own] + tradeNames(own) where (stem.count >= 3 || isOwnWord(stem)) && Gazetteer.shared.whole(stem[...]) == nil {
                if let first = stem.first, stems[first]?.contains(stem) != true { stems[first, default: []].append(stem) }
            }
        }
        for first in stems.keys { stems[first]?.sort { $0.count > $1.count } }  // the longest name at a character first
        guard !stems.isEmpty else { return tagged }
        let orgs = RangeIndex(tagged.filter { $0.kind == .organisation }.map(\.range))
        // a person's name that holds the stem (郑|鹏飞 of 鹏飞集团) is the person's
        let people = RangeIndex(tagged.filter { $0.kind == .person }.map(\.range))
        let firsts = UnitSet(stems.keys)  // most characters start no name: no dictionary look-up there
        var mentions: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard firsts.contains(s.units[i]), let stem = stems[s.units[i]]?.first(where: { s.matches($0, at: i) }) else { i += 1; continue }
            let mention = i..<(i + stem.count)
            if orgs.overlaps(mention) || stem.count == 2 && (s.splitsWord(at: i) || s.splitsWord(at: mention.upperBound))
                || people.containing(mention).map({ $0 != mention }) == true { i += 1; continue }
            mentions.append(mention)
            i = mention.upperBound
        }
        return replacing(tagged, with: mentions, as: .organisation)
    }

    /// `tagged` with the name a body's name in letters glosses made that body, where the tagger
    /// read the letters alone as one (台積電（TSMC）, whose 台 it read as Taiwan): two to six Han
    /// characters before the bracket, from a break or a verb, not a division the gazetteer knows.
    public static func bodiesGlossedInLetters(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        var names: [Range<Int>] = []
        for span in tagged where span.kind == .organisation && brackets.contains(s[span.range.lowerBound - 1])
            && brackets.contains(s[span.range.upperBound]) && s.units[span.range].allSatisfy({ ScannedText.isLetter($0) || $0 == 0x20 }) {
            let end = span.range.lowerBound - 1
            var start = end
            while start > max(0, end - 6), Han.isHan(s.units[start - 1]), !nameBreaks.contains(s.units[start - 1]) { start -= 1 }
            let name = withoutLeadingVerb(s, start..<end)
            guard name.count >= 2, Gazetteer.shared.whole(s.units[name]) == nil else { continue }
            names.append(name)
        }
        guard !names.isEmpty else { return tagged }
        let glosses = Set(names.map { $0.upperBound + 1 })
        return replacing(tagged.filter { !($0.kind == .organisation && glosses.contains($0.range.lowerBound)) }, with: names, as: .organisation)
    }

    /// The name in `range` that a bracket of Latin letters follows, its name in another language
    /// (特斯拉（Tesla）, which the tagger may read with the bracket in), or nil.
    static func glossedName(_ s: ScannedText, _ range: Range<Int>) -> Range<Int>? {
        let end = range.firstIndex { brackets.contains(s.units[$0]) } ?? range.upperBound
        guard end - range.lowerBound >= 2, brackets.contains(s[end]), ScannedText.isLetter(s[end + 1]) else { return nil }
        return range.lowerBound..<end
    }

    /// `tagged` with each abbreviation of a company the tagger found in full an organisation: three
    /// or four characters taken in order from its own name, the first its first (中国石化 and 中石化
    /// of 中国石油化工集团有限公司, 大同城投 of 大同市城市建设投资有限公司), where the tagger read no
    /// organisation, standing as a word of its own that jieba's dictionary does not know as another
    /// kind of word (大城市), and claimed by one of the article's companies only.
    public static func companiesByAbbreviation(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let owns = Set(tagged.filter { $0.kind == .organisation }.map { Array(s.units[$0.range]) }
            .filter { organisationKind($0) == "company" }.map(ownName).filter { $0.count >= 4 })
        guard !owns.isEmpty else { return tagged }
        let firsts = UnitSet(owns.compactMap(\.first))
        let orgs = RangeIndex(tagged.filter { $0.kind == .organisation }.map(\.range))
        var mentions: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard firsts.contains(s.units[i]),
                  let found = [4, 3].lazy.map({ i..<(i + $0) }).first(where: { isAbbreviation($0, of: owns, in: s, outside: orgs) })
            else { i += 1; continue }
            mentions.append(found)
            i = found.upperBound
        }
        return mentions.isEmpty ? tagged : replacing(tagged, with: mentions, as: .organisation)
    }

    /// Whether `window` abbreviates exactly one of `owns` (`abbreviates`), outside `orgs`, as a
    /// word of its own that jieba's dictionary knows as a body's or an abbreviation, or not at all.
    static func isAbbreviation(_ window: Range<Int>, of owns: Set<[UInt32]>, in s: ScannedText, outside orgs: RangeIndex) -> Bool {
        guard window.upperBound <= s.count, !orgs.overlaps(window), s.units[window].allSatisfy(Han.isHan) else { return false }
        let units = Array(s.units[window])
        return owns.filter { abbreviates(units, $0) }.count == 1 && !s.splitsWord(at: window.lowerBound)
            && !s.splitsWord(at: window.upperBound) && wordClass(s, window).map(abbreviationClasses.contains) ?? true
    }

    /// What jieba's dictionary may call an abbreviation, where it knows one: not a common word,
    /// a person's or a place's (it tags 大城市 as a place).
    static let abbreviationClasses: [Lexicon.WordClass] = [.organisation, .abbreviation, .properNoun]

    /// Whether `short` takes its characters in order from `own`, its first from `own`'s first,
    /// and is neither `own` nor the start of it.
    static func abbreviates(_ short: [UInt32], _ own: [UInt32]) -> Bool {
        guard short.first == own.first, short.count < own.count, !own.starts(with: short) else { return false }
        var matched = 0
        for u in own where matched < short.count && u == short[matched] { matched += 1 }
        return matched == short.count
    }

    /// Whether a two-character name is a company's own word (华为, 腾讯, 晋能): one jieba's
    /// dictionary does not know, or knows as a name other than a place's (it tags 华为 as a
    /// person's, and 城市 as a place's); a common word (城市 of 大同市城市建设有限公司) would turn
    /// up everywhere.
    static func isOwnWord(_ stem: [UInt32]) -> Bool {
        guard stem.count == 2, stem.allSatisfy(Han.isHan), let lexicon = EntityModel.shared?.lexicon else { return false }
        return lexicon.wordClass(stem).map { nameClasses.contains($0) && $0 != .place } ?? true
    }

    /// A company's name without the suffixes that say it is one (中国电信 of 中国电信集团有限公司).
    static func ownName(_ name: [UInt32]) -> [UInt32] { Array(withoutEndings(name[...], companyOnlySuffixes, keeping: 1)) }

    /// `name` without the words of `endings` it ends with, one after the other, keeping at least
    /// `kept` characters.
    static func withoutEndings(_ name: ArraySlice<UInt32>, _ endings: WordList<Bool>, keeping kept: Int) -> ArraySlice<UInt32> {
        var name = name
        while let ending = endings.first(where: { name.count >= $0.word.count + kept && name.suffix($0.word.count).elementsEqual($0.word) }) {
            name = name.dropLast(ending.word.count)
        }
        return name
    }

    /// What a company's own name calls it by, without the trade it names at its end (宁德时代 of
    /// 宁德时代新能源科技) and then without the place that opens it (字节跳动 of 北京字节跳动科技).
    /// A division's full name (大同市城市建设) says where the company is, not what it is called:
    /// without the place only.
    static func tradeNames(_ own: [UInt32]) -> [[UInt32]] {
        let name = withoutEndings(own[...], trades, keeping: 2)
        let places = name.count >= 2 ? Gazetteer.shared.names(opening: name[name.startIndex], name[name.startIndex + 1]) : []
        guard let place = places.first(where: { name.count > $0.word.count + 1 && name.starts(with: $0.word) }) else {
            return name.count < own.count ? [Array(name)] : []
        }
        let rest = Array(name.dropFirst(place.word.count))
        return place.short && name.count < own.count ? [Array(name), rest] : [rest]
    }

    static func isTrade(_ word: ArraySlice<UInt32>) -> Bool { trades.contains { $0.word.elementsEqual(word) } }

    /// Trades that end a company's own name (…新能源科技, …电子信息), longest first.
    static let trades = ScannedText.words(["新能源", "新材料", "房地产", "科技", "技术", "能源", "电子", "实业", "投资", "发展", "控股",
                                           "信息", "电力", "建设", "工程", "网络", "软件", "汽车", "电器", "电气", "化工", "医药",
                                           "生物", "材料", "环保", "物流", "贸易", "置业", "地产", "装备", "机械", "通信", "农业",
                                           "食品", "文化", "传媒", "旅游", "智能", "制造", "咨询", "服务", "管理", "开发", "产业", "创新",
                                           "种植", "养殖", "加工", "销售", "运输", "租赁", "生态", "农林", "林业", "畜牧", "水产",
                                           "园林", "商贸", "物业", "餐饮", "供应链", "健康", "康养", "水务", "电商",
                                           // energy's and industry's trades, which jieba calls verbs (抽水, 发电, 供热)
                                           "储能", "蓄能", "抽水", "发电", "光伏", "风电", "水电", "热电", "供热", "燃气", "矿业",
                                           "钢铁", "建材", "纺织", "印刷", "包装"].map { ($0, true) })

    /// `tagged` with the people and places that are a company's short name made organisations:
    /// a report names 比亚迪股份有限公司 once and then says 比亚迪, which the tagger may read as
    /// a person or a place (it cannot see the full name from there), or a person with the
    /// character after it.
    /// `stems`: `companyStems(in:)` of the text.
    public static func companiesByShortName(_ tagged: [EntitySpan], stems: Set<ArraySlice<UInt32>>, in s: ScannedText) -> [EntitySpan] {
        guard !stems.isEmpty else { return tagged }
        return tagged.map { span in
            // a person's name that is a short name and the character after it (宝武|愿与…携手)
            if span.kind == .person, span.range.count >= 3, stems.contains(s.units[span.range.dropLast()]) {
                return EntitySpan(kind: .organisation, range: span.range.dropLast())
            }
            guard span.kind != .organisation, stems.contains(s.units[span.range]) else { return span }
            // the full name right here (张裕|公司, the tagger's person): the company, suffix and all
            let suffix = s.longest(companyOnlySuffixes, at: span.range.upperBound)?.word.count ?? 0
            return EntitySpan(kind: .organisation, range: span.range.lowerBound..<(span.range.upperBound + suffix))
        }
    }

    /// The cores of government departments' standard names that hold 和 (发展和改革委员会,
    /// 住房和城乡建设局, 工业和信息化部): elsewhere 和 is where one name ends and the next begins
    /// (沈阳队和大连队), and these names came out cut after it (改革委员会, 信息化部) or not at all.
    /// With them, the official short forms of the most named (国家发展改革委, 住房城乡建设部).
    static let departmentCores = ScannedText.words([
        "发展和改革", "住房和城乡建设", "住房和城乡规划建设", "人力资源和社会保障", "工业和信息化", "自然资源和规划",
        "文化和旅游", "文化广电和旅游", "林业和草原", "粮食和物资储备", "政务服务和数据管理", "卫生和计划生育",
        "教育和体育", "科学技术和工业信息化", "城市管理和综合执法", "海洋和渔业", "民族和宗教事务",
        "规划和自然资源", "商务和投资促进", "发展改革", "住房城乡建设", "人力资源社会保障", "经济和信息化",
        // the cores of official short forms (`departmentShortForms`): 县经信委, 市发改委
        "发改", "经信", "工信", "住建", "人社", "卫健", "文旅", "教体", "规自", "医保",
    ].map { ($0, true) })
    static let departmentCoreFirsts = UnitSet(departmentCores.compactMap(\.word.first))
    /// What some places' departments put between the core and the suffix (住房和城乡建设|管理|局).
    static let departmentMiddles = ScannedText.words(["管理", "综合", "服务", "事务"].map { ($0, true) })
    static let departmentSuffixes = ScannedText.words(["委员会", "委", "局", "厅", "部", "办公室"].map { ($0, true) })
    static let nation = ScannedText.fold("国家"), ministry = ScannedText.fold("部")

    /// Each department named by one of those cores in the text, with the place, level (市, 省) or
    /// 国家 just before it, and a word of `departmentMiddles` maybe after it; or alone, a
    /// ministry's (文化和旅游部): a bureau named alone is whichever place's (各市的文化和旅游局).
    static func standardDepartments(in s: ScannedText, placeEnds: [Int: Int]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in 0..<s.count where departmentCoreFirsts.contains(s.units[i]) {
            guard let core = s.longest(departmentCores, at: i) else { continue }
            let middle = s.longest(departmentMiddles, at: i + core.word.count)?.word.count ?? 0
            guard let suffix = s.longest(departmentSuffixes, at: i + core.word.count + middle) else { continue }
            let start = placesStart(endingAt: i, placeEnds) ?? levelStart(s, endingAt: i) ?? (i >= nation.count && s.matches(nation, at: i - nation.count) ? i - nation.count : i)
            guard start < i || suffix.word == ministry else { continue }
            found.append(start..<(i + core.word.count + middle + suffix.word.count))
        }
        return found
    }

    /// `orgs` with each department in, and the pieces of its name found without it left out;
    /// a longer name found around a department stands (国家发展和改革委员会价格司).
    static func withDepartments(_ departments: [Range<Int>], _ orgs: [Range<Int>]) -> [Range<Int>] {
        let added = departments.filter { d in !orgs.contains { $0 != d && $0.lowerBound <= d.lowerBound && $0.upperBound >= d.upperBound } }
        return orgs.filter { org in !added.contains { $0.overlaps(org) } } + added
    }

    /// A name ending in 部 that runs on into 部门 (财政部门, 公安部门 but not 外交部门口): the
    /// departments of that kind anywhere, not the ministry.
    static func endsInDepartments(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s[range.upperBound - 1] == department && s[range.upperBound] == gate && s[range.upperBound + 1] != mouth
    }

    private static let department = ScannedText.fold("部")[0], gate = ScannedText.fold("门")[0], mouth = ScannedText.fold("口")[0]

    /// A name's range without punctuation at either end (the tagger may take a bracket in),
    /// but for the opening bracket of a title the name holds (《中国妇女》杂志社); nil when
    /// nothing is left.
    static func trimmed(_ s: ScannedText, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, !isNamePart(s.units[start]) || closesDate(s, at: start) { start += 1 }
        while end > start, !isNamePart(s.units[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        // the title's opening mark, whether trimmed off or left out by the tagger (自然》杂志)
        if start > 0, s.units[start - 1] == ScannedText.titleOpen, s.units[start..<end].contains(ScannedText.titleClose),
           !s.units[start..<end].contains(ScannedText.titleOpen) { start -= 1 }
        return start..<end
    }


    /// `range` from the start of the word of jieba's it opens inside (社情|民意专委会: 社情民意专委会),
    /// where that word, of three characters or more with two or more before the name, opens its
    /// clause and is no verb, function word or name of a person or place (英国牛津): the tagger cut
    /// the body's own name inside a word (a shorter one is more often a particle's or a verb's:
    /// 以|北大, 入|盟).
    static func fromWordsStart(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let word = s.word(containing: range.lowerBound), word.lowerBound + 2 <= range.lowerBound, word.upperBound <= range.upperBound,
              !isNamePart(s[word.lowerBound - 1]) || nameBreaks.contains(s[word.lowerBound - 1]),
              let wordClass = wordClass(s, word), ![.verb, .function, .person, .place].contains(wordClass) else { return range }
        return word.lowerBound..<range.upperBound
    }

    /// A name that runs across spaces between Han characters is the names they part (供稿单位：
    /// 学工部  学生处  校团委): no Chinese body's name holds one (a name in letters may: Goldman Sachs).
    static func apartAtSpaces(_ s: ScannedText, _ range: Range<Int>) -> [Range<Int>] {
        guard s.units[range].contains(where: nameSpaces.contains) else { return [range] }
        var parts: [Range<Int>] = [], start = range.lowerBound, i = range.lowerBound
        while i < range.upperBound {
            guard nameSpaces.contains(s.units[i]) else { i += 1; continue }
            var end = i
            while end < range.upperBound, nameSpaces.contains(s.units[end]) { end += 1 }
            if Han.isHan(s[i - 1]), Han.isHan(s[end]) { parts.append(start..<i); start = end }
            i = end
        }
        return (parts + [start..<range.upperBound]).filter { $0.count >= 2 }
    }

    static let nameSpaces = ScannedText.units(of: " \u{3000}\t")

    /// Whether a body's name is a law's, in its title (《中华人民共和国公司|法》, 《…公司|法实施条例》):
    /// 法 follows the name inside a title's marks; or the name opens the title of a law or
    /// regulation that no body issues (《中华人民共和国政府|信息公开条例》: 政府 is the information's),
    /// where a notice's title names its issuer before 关于 (《大同市人民政府关于…的通知》).
    static func namesALaw(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        if s[range.lowerBound - 1] == ScannedText.titleOpen, let close = titleEnd(s, after: range.upperBound),
           lawEnds.contains(where: { s.matches($0, endingAt: close) }), !(range.upperBound..<close).contains(where: { s.matches(about, at: $0) }) {
            return true
        }
        guard s[range.upperBound] == law else { return false }
        var i = range.lowerBound
        while i >= 0, range.lowerBound - i <= 20, s.units[i] != ScannedText.titleClose {
            if s.units[i] == ScannedText.titleOpen { return true }
            i -= 1
        }
        return false
    }

    /// Where the title that runs on at `i` closes (its 》), within 30 characters.
    static func titleEnd(_ s: ScannedText, after i: Int) -> Int? {
        (i..<min(s.count, i + 30)).first { s.units[$0] == ScannedText.titleClose || s.units[$0] == ScannedText.titleOpen }
            .flatMap { s.units[$0] == ScannedText.titleClose ? $0 : nil }
    }

    static let law = ScannedText.fold("法")[0], lawEnds = ["法", "条例"].map(ScannedText.fold), about = ScannedText.fold("关于")

    /// Whether a clause was read into a government's name before its work report
    /// (县人代会上所作|政府|工作报告): what stands before 政府 is no place, level or 人民.
    static func isClauseBeforeGovernment(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count > government.count + 1, s.matches(government, endingAt: range.upperBound),
              s.matches(workReport, at: range.upperBound) else { return false }
        var before = Array(s.units[range.lowerBound..<(range.upperBound - government.count)])
        if before.count > ofThePeople.count, before.suffix(ofThePeople.count).elementsEqual(ofThePeople) { before.removeLast(ofThePeople.count) }
        return !(before.count == 1 && levelCharacters.contains(before[0])) && Gazetteer.shared.whole(before[...]) == nil
    }

    static let government = ScannedText.fold("政府"), workReport = ScannedText.fold("工作报告"), ofThePeople = ScannedText.fold("人民")

    /// `range` up to a preposition and a pronoun after a body's name (太原市生态环境局|对该公司…,
    /// which the tagger ran on into the clause): what follows speaks of another body.
    static func beforeClause(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let at = range.dropLast().first(where: { clausePrepositions.contains(s.units[$0]) && pronouns.contains(s[$0 + 1]) }),
              endsBody(s, at: at) else { return range }
        return range.lowerBound..<at
    }

    static let clausePrepositions = ScannedText.units(of: "对向与将把被由给"), pronouns = ScannedText.units(of: "该这那其此")

    /// `range` up to a post that starts inside it and runs on past it or ends it (IDC中国|研究|经理,
    /// 华为煤矿军团|CEO, 民进党|立委: the tagger took the post into the body's name), where the name ends as no body's
    /// does (沭阳县委|书记 holds its 委: 县委书记 is a post too), or a body's name ends before it and the name does not
    /// (街道党工委|组织|委员; not 山西大学|党委|书记).
    static func withoutPostsStart(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        // a body of a kind keeps what only runs on past it; one it ends in is its member's (民进党|立委)
        let ofAKind = organisationKind(Array(s.units[range])) != "other"
        let endsAsBody = endsBody(s, at: range.upperBound) || endsCommittee(s, at: range.upperBound)
        // the longest post first (市经信局|总工程师, not 市经信局总|工程师)
        for start in max(range.lowerBound + 2, range.upperBound - longestEndingPost)..<max(range.lowerBound + 2, range.upperBound)
        where People.titleFirsts.contains(s.units[start]) {
            let keepsRunOn = ofAKind && (endsAsBody || !endsBody(s, at: start))
            if People.titles.contains(where: {
                (keepsRunOn ? $0.word.count == range.upperBound - start : $0.word.count >= range.upperBound - start) && s.matches($0.word, at: start)
            }) {
                // a committee's post names the committee it opens with (徐闻|县委|常委): the body's
                return range.lowerBound..<(opensWithCommittee(s, at: start) ? start + 2 : start)
            }
        }
        return range
    }

    static let longestEndingPost = 5

    /// Whether a level's party committee (县委, 市委) opens at `i`, after a name of its own: not
    /// after another level (省|市委), though 州 ends cities' own names (漳州|市委, 广州|市委).
    static func opensWithCommittee(_ s: ScannedText, at i: Int) -> Bool {
        levelCharacters.contains(s[i]) && s[i + 1] == committeeMark && (!levelCharacters.contains(s[i - 1]) || s[i - 1] == prefecture)
    }
    static let prefecture = ScannedText.fold("州")[0]

    /// `range` without a post and the party committee after it (市文广新局|局长党委|书记张某, where a
    /// list ran one's posts together): the body is the one before the post.
    static func beforePostsCommittee(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let committee = postsCommittees.first(where: { range.count > $0.count + 3 && s.matches($0, endingAt: range.upperBound) }) else { return range }
        let postEnd = range.upperBound - committee.count
        guard let post = s.longest(People.titles, endingAt: postEnd, where: { $0.word.count >= 2 && postEnd - $0.word.count - range.lowerBound >= 2 })
        else { return range }
        return range.lowerBound..<(postEnd - post.word.count)
    }

    static let postsCommittees = ["党委", "党组", "党总支"].map(ScannedText.fold)

    /// Whether a body's party committee or group ends at `i` (县政府|党组).
    static func endsCommittee(_ s: ScannedText, at i: Int) -> Bool { postsCommittees.contains { s.matches($0, endingAt: i) } }

    /// A name the tagger ended before a shop's suffix, with it (阜宁县天行健|超市): the shop's name,
    /// which the tagger, trained on news that names few shops, cuts short.
    static func withShopsSuffix(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let shop = s.longest(shopSuffixes, at: range.upperBound), !s.splitsWord(at: range.upperBound + shop.word.count) else { return range }
        return range.lowerBound..<(range.upperBound + shop.word.count)
    }

    static let shopSuffixes = ScannedText.words((["超市", "商店"] + shops).map { ($0, true) })

    /// A team is no body: 团队 after a body's name (山西医科大学第一医院肝胆外科|团队) leaves the
    /// body, with its department, as does a body jieba knows (中国科学院|团队); a team of no named
    /// body (多学科团队, 科研团队) leaves nothing.
    static func withoutTeam(_ s: ScannedText, _ range: Range<Int>) -> Range<Int>? {
        guard s.matches(team, endingAt: range.upperBound) else { return range }
        // what kind of team it is goes with it (…研究所|研究团队, …医院|科研团队)
        let kind = s.longest(teamKinds, endingAt: range.upperBound - team.count, where: { range.count > team.count + $0.word.count })?.word.count ?? 0
        let body = range.lowerBound..<(range.upperBound - team.count - kind)
        let units = Array(s.units[body])
        let namesBody = allSuffixes.contains { units.count > $0.word.count && holds(units, $0.word) }
        return namesBody || KnownNames.shared.org(in: s, at: body.lowerBound) == body.count ? body : nil
    }

    /// Whether `range` is a person's name and the first character of the title after it
    /// (由张弥雷|部|长主持: 部 of 部长): a surname and one or two characters that are no word of
    /// jieba's but a name, before a title that its last character opens. A ministry's head
    /// named by a contracted title (卫生|部长: 卫 is a surname too) is named after a word.
    static func isNameIntoTitle(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let last = range.upperBound - 1
        guard (3...4).contains(range.count), People.surnames.contains(s.units[range.lowerBound]),
              let title = s.longest(People.titles, at: last), title.word.count >= 2 else { return false }
        let stem = wordClass(s, range.lowerBound..<last)
        return (stem == nil || stem == .person) && !endsBody(s, at: last)
    }

    /// `range` without a last word of jieba's that no body's name ends in, after a body's suffix:
    /// a verb (江州医科大学附属医院|派出专家团队, once the team is gone: the tagger ran on into what
    /// the body did), the body's people (正定中学|校友), or the first character of a word that
    /// runs on past the name (社会保障研究中心|社|保专业).
    static func withoutTrailingWord(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return range }
        let units = Array(s.units[range.lowerBound..<min(s.count, range.upperBound + 3)])
        let words = segmenter.segment(units)
        guard let last = words.last(where: { $0.lowerBound < range.count }), last.lowerBound > 0 else { return range }
        let word = Array(units[last.lowerBound..<min(last.upperBound, range.count)])
        let cut = range.lowerBound + last.lowerBound
        // a post there is the body's holder's (管理局|党委书记, 市委|宣传部长), and a body's last
        // word may open one of jieba's (农民银行|队|外): the body stays whole
        let runsOn = last.upperBound > range.count && !endsBody(s, at: range.upperBound)
            && s.longest(People.titles, at: cut) == nil && People.title(endingAt: range.lowerBound + last.upperBound, in: s) == nil
        guard runsOn || word.count >= 2 && (lexicon.wordClass(word) == .verb || bodysPeople.contains(word)),
              endsBody(s, at: cut) || endsInBodyWord(s, at: cut) else { return range }
        return range.lowerBound..<cut
    }

    /// `range` to the end of a company's suffix inside it, where a division's name follows the
    /// suffix and what follows ends as no body (四川好医生集团|夏县中药生产线, the tagger running on
    /// into the company's project); not a branch there (…集团|山西分公司).
    static func endingAtCompanysSuffix(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard range.count > 2, !endsBody(s, at: range.upperBound),
              let end = ((range.lowerBound + 2)..<range.upperBound).first(where: { i in
                  s.longest(companyOnlySuffixes, endingAt: i) != nil && !Gazetteer.shared.names(in: s, at: i).isEmpty
              }) else { return range }
        return range.lowerBound..<end
    }

    /// Whether a name is a country's and 区, a company's region (翱兰食品|中国区|CEO), no body.
    static func namesACountrysRegion(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, s.units[range.upperBound - 1] == region, let countries = Gazetteer.shared.countries[s.units[range.lowerBound]]
        else { return false }
        return countries.contains { $0.word.count == range.count - 1 && s.matches($0.word, at: range.lowerBound) }
    }

    static let region = ScannedText.fold("区")[0]

    /// Whether a name the tagger read is a village's part, before the group's 组 (瓦厂村沙厂|组: no factory).
    static func isVillagesGroup(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s[range.upperBound] == villageGroup && range.dropLast().contains { s[$0] == Places.village }
    }

    static let villageGroup = ScannedText.fold("组")[0]

    static let bodysPeople = Set(["校友", "师生", "学生", "员工", "职工", "干部", "党员", "家属", "教师", "医生", "护士", "民警"].map(ScannedText.fold))

    /// `range` without the inquiry a body holds, named after it (广东省纪委监委|纪律审查, 市监委|监察调查),
    /// where the tagger ran on into it.
    static func withoutInquiry(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard let inquiry = s.longest(inquiries, endingAt: range.upperBound, where: { range.count > $0.word.count + 1 }),
              endsBody(s, at: range.upperBound - inquiry.word.count) else { return range }
        return range.lowerBound..<(range.upperBound - inquiry.word.count)
    }

    static let inquiries = ScannedText.words(["纪律审查", "监察调查", "审查调查", "立案审查", "立案调查", "审查", "调查"].map { ($0, true) })

    /// `range` without a 中心 that the word after makes "central" (宁乡县委县政府|中心|工作: the
    /// county's central work), where what stands before ends as a body.
    static func withoutCentral(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard range.count > centre.count + 1, s.matches(centre, endingAt: range.upperBound),
              centralThings.contains(where: { s.matches($0.word, at: range.upperBound) }), endsBody(s, at: range.upperBound - centre.count)
        else { return range }
        return range.lowerBound..<(range.upperBound - centre.count)
    }

    /// Whether `range` is a committee's plenary session by its number (十九届二中、三中、四中全会:
    /// its 三中 is no school "No. 3"): a numeral and 中, then, past any more listed so, 全会.
    static func namesAPlenary(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        func isNumbered(_ i: Int) -> Bool { numeralCharacters.contains(s[i]) && s[i + 1] == middle }
        guard range.count == 2, isNumbered(range.lowerBound) else { return false }
        var i = range.upperBound
        while s[i] == ScannedText.listMark, isNumbered(i + 1) { i += 3 }
        return s.matches(plenary, at: i)
    }

    /// The 中 of a numbered plenary session (三中全会) or school (三中).
    static let middle = ScannedText.fold("中")[0], plenary = ScannedText.fold("全会")

    /// Whether `range` ends in a kind of meeting (督察浙江省|动员会, 全市|座谈会): an event held,
    /// no body, whatever its name holds.
    static func namesAMeeting(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.longest(meetings, endingAt: range.upperBound, where: { range.count > $0.word.count }) != nil
    }

    static let meetings = ScannedText.words(["动员会", "座谈会", "推进会", "现场会", "调度会", "培训会", "观摩会", "发布会", "见面会",
                                             "交流会", "研讨会", "推介会", "恳谈会", "洽谈会", "招聘会", "部署会", "汇报会", "协调会",
                                             // a committee's plenary session (中共十一届三中全会)
                                             "全会"]
        .map { ($0, true) })

    static let centralThings = ScannedText.words(["工作", "任务", "环节", "城区", "位置", "地位"].map { ($0, true) })

    /// Whether `range` names bodies by their grade (湖北|省级|法人银行, 县级医院, 国家级…): a kind of
    /// body, no name.
    static func namesAGrade(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.dropLast(2).contains { s[$0 + 1] == grade && (levelCharacters.contains(s.units[$0]) || s.matches(nation, endingAt: $0 + 1)) }
    }

    static let team = ScannedText.fold("团队")
    static let teamKinds = ScannedText.words(["研究", "科研", "创新", "技术", "研发", "专家", "医疗", "服务"].map { ($0, true) })

    /// Whether the unit at `i` closes a date (the 日 of 6月28日县人大常委会, which the tagger may
    /// take into the name after it).
    static func closesDate(_ s: ScannedText, at i: Int) -> Bool {
        dateUnits.contains(s[i]) && (ScannedText.isDigit(s[i - 1]) || numeralCharacters.contains(s[i - 1]))
    }

    static let dateUnits = ScannedText.units(of: "年月日号")

    /// A name's range from after a closing bracket it holds unopened (山西农谷）|管委会, of
    /// 晋中国家农高区（山西农谷）管委会, whose start lies too far back), up to a bracket it
    /// opens and never closes (特斯拉|（Tesla), up to the 原 ("former") of a post after a body
    /// (市交通运输局|原党组成员), and without the 讯 of an outlet's dateline (晋中日报|讯), nor a
    /// quote's mark; nil
    /// when less than two characters are left.
    static func withoutStrayMarks(_ s: ScannedText, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound, opened: [Int] = []
        for i in range where brackets.contains(s.units[i]) {
            if closingBrackets.contains(s.units[i]) {
                if opened.isEmpty { start = i + 1 } else { opened.removeLast() }
            } else {
                opened.append(i)
            }
        }
        if let unclosed = opened.first { end = unclosed }
        // what quotes the name opens hold is a name of its own (“太原教育|”微信公众号); a quote
        // closed inside ends what went before it, one opened starts what comes after
        if let close = (start..<end).first(where: { closingQuotes.contains(s.units[$0]) }) {
            if openingQuotes.contains(s[start - 1]) { end = close } else { start = close + 1 }
        }
        if let open = (start..<end).first(where: { openingQuotes.contains(s.units[$0]) }) {
            // what went before the quote is a name where it ends as one (秦安县东西部协作|“组团式”帮扶: no body)
            guard endsBody(s, at: open) || organisationKind(Array(s.units[start..<open])) != "other" else { return nil }
            end = open
        }
        if let former = (start..<end).first(where: { isFormerPost(s, at: $0) }) { end = former }
        if end - start > 2, s.units[end - 1] == newsMark, outletEnds.contains(s.units[end - 2]) { end -= 1 }
        if let place = datelinePlace(s, start..<end) { end = place }
        return end - start >= 2 ? start..<end : nil
    }

    /// Where the place starts that a dateline gives after its outlet, read into the outlet's name
    /// (中新社|天津|11月26日电): a place's name whole between the outlet and a date's figures.
    static func datelinePlace(_ s: ScannedText, _ range: Range<Int>) -> Int? {
        guard range.count > 2, ScannedText.isDigit(s[range.upperBound]) || numeralCharacters.contains(s[range.upperBound]) else { return nil }
        return ((range.lowerBound + 2)..<range.upperBound).first {
            outletEnds.contains(s.units[$0 - 1]) && Gazetteer.shared.whole(s.units[$0..<range.upperBound]) != nil
        }
    }

    static let formerMark = ScannedText.fold("原")[0]

    /// Whether 原 at `i` opens a former post after a body's name: after a body's word
    /// (市交通运输局|原), or before a post or a party group (市政协|原|党组书记, 市总工会|原|副主席).
    static func isFormerPost(_ s: ScannedText, at i: Int) -> Bool {
        guard s.units[i] == formerMark else { return false }
        return endsBody(s, at: i) || People.isFormer(s, at: i)
            && (s.longest(People.titles, at: i + 1) != nil || postsCommittees.contains { s.matches($0, at: i + 1) })
    }

    /// Whether a body's or a company's suffix ends at `i` (局 of 交通运输局).
    static func endsBody(_ s: ScannedText, at i: Int) -> Bool {
        s.longest(allSuffixes, endingAt: i) != nil
    }

    static let allSuffixes = bodySuffixes + companySuffixes

    static let closingBrackets = ScannedText.units(of: ")）"), openingBrackets = ScannedText.units(of: "(（")
    static let levelsInBracket = ScannedText.units(of: "省市县区州盟旗乡镇村居社街道、")

    /// A body's name the tagger read from right after a bracket of other levels or kinds that
    /// follows a level's character (村(居)|民委员会, 县(市、区)|人民政府, 村(社区)|党组织): as
    /// documents name a body at every level at once, the name runs from that character, the
    /// bracket and all.
    /// The tagger may read the closing bracket as the name's first character. Not a bracket that
    /// says something of the place (四川省(现重庆市)|南川县国税局).
    static func withLevelsInBracket(_ s: ScannedText, _ r: Range<Int>) -> Range<Int> {
        let close = closingBrackets.contains(s[r.lowerBound]) ? r.lowerBound : r.lowerBound - 1
        guard closingBrackets.contains(s[close]) else { return r }
        var open = close - 1
        while open > close - 6, levelsInBracket.contains(s[open]) { open -= 1 }
        guard open < close - 1, open >= 1, openingBrackets.contains(s.units[open]), levelCharacters.contains(s.units[open - 1]) else { return r }
        return (open - 1)..<r.upperBound
    }
    static let closingQuotes = ScannedText.units(of: "”」』"), openingQuotes = ScannedText.units(of: "“「『")

    /// A company's name whose place stands in brackets (腾讯云计算（北京）有限责任公司), which the
    /// tagger starts at the place, widened back over the name before the bracket: as far as a
    /// break, without a leading verb (与|腾讯云计算), where no other name of `others` stands.
    static func withNameBeforeBracket(_ s: ScannedText, _ range: Range<Int>, others: RangeIndex) -> Range<Int> {
        let open = range.lowerBound - 1
        guard openingBrackets.contains(s[open]),
              let close = range.first(where: { brackets.contains(s.units[$0]) }), closingBrackets.contains(s.units[close]) else { return range }
        var start = open
        while start > 0, open - start < longestPlace, isNamePart(s.units[start - 1]), !nameBreaks.contains(s.units[start - 1]) { start -= 1 }
        // a list's count before the bracket (娄底|四个市(州)检察院) names no one body
        guard !(start..<open).contains(where: { opensListCount(s, at: $0) }) else { return range }
        let name = withoutLeadingVerb(s, start..<open)
        guard name.count >= 2, !others.overlaps(name) else { return range }
        return name.lowerBound..<range.upperBound
    }
    static let newsMark = ScannedText.fold("讯")[0], outletEnds = ScannedText.units(of: outletEndCharacters)
    /// The characters outlets' names end with (长治日报, 新华社, 晋中新闻网).
    static let outletEndCharacters = "网报台社刊"

    /// A character a name is written in: Han, a Latin letter or a digit.
    static func isNamePart(_ u: UInt32) -> Bool { Han.isHan(u) || ScannedText.isLetter(u) || ScannedText.isDigit(u) }

    /// The parts of a span the tagger read as one name across a list mark (美国医生协会、小学校长协会),
    /// unless all but the last are places (`placeNames`): a joint body's name lists its countries
    /// (中国、斯洛伐克联合登山队).
    static func listed(_ s: ScannedText, _ range: Range<Int>, placeNames: Set<String>) -> [Range<Int>] {
        var parts: [Range<Int>] = [], start = range.lowerBound
        for i in range where s.units[i] == ScannedText.listMark {
            parts.append(start..<i)
            start = i + 1
        }
        guard !parts.allSatisfy({ placeNames.contains(s.text($0)) }) else { return [range] }
        return parts + [start..<range.upperBound]
    }

    static let corporateWords = Set(["公司", "董事", "董事会", "监事", "监事会", "股东", "股东大会", "学校", "医院"].map(ScannedText.fold))
    static let corporateFirsts = UnitSet(corporateWords.compactMap(\.first))

    /// Words that make an organisation's name a description (这家公司, 我们公司, 各开发区, 全市各单位).
    static let genericStarts = ScannedText.units(of: "这那该本我你他她其各每某此贵全诸一")
    static let measureWords = ScannedText.units(of: "家个所座位")
    static let party = ScannedText.fold("党")[0], shortPartyNames = ScannedText.units(of: "工绿")
    /// The sides of a meeting (双方代表团, 各方代表): whoever they are, named elsewhere.
    static let sides = ScannedText.words(["双方", "各方", "对方", "三方", "多方"].map { ($0, true) })
    /// Two levels together (乡镇妇联, 县乡人大, 村居妇联): the bodies of every such place, no one body.
    static let levelPairs = ScannedText.words(["乡镇", "县乡", "镇村", "村居", "省市", "市县", "县市", "区县", "县区"].map { ($0, true) })
    /// 全国 opens the names of national bodies (全国人大常委会, 全国政协, 全国总工会), where 全 alone describes.
    static let nationwide = ScannedText.fold("全国")

    /// Not where the character opens a name jieba knows (贵州茅台集团, 一汽集团, 诸暨市政府).
    /// A name a count's measure word opens after its number (35|家央企集团) describes too.
    static func startsGeneric(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        if sides.contains(where: { s.matches($0.word, at: range.lowerBound) }) { return true }
        // one character and 党 refer to a party named elsewhere (我党, 该党, 全党) or are a clause's
        // (自|党的…开展以来), but for the few parties so named
        if range.count == 2, s[range.lowerBound + 1] == party, !shortPartyNames.contains(s[range.lowerBound]) { return true }
        // two levels, where the second is no word's start (县市|场监管局 is 县|市场监管局)
        if levelPairs.contains(where: { s.matches($0.word, at: range.lowerBound) }),
           s.word(containing: range.lowerBound + 1)?.upperBound == range.lowerBound + 2 { return true }
        if isMeasureAfterFigure(s, at: range.lowerBound) || followsEachLevel(s, range.lowerBound) || followsCount(s, range.lowerBound) { return true }
        // a word of attending before a body of its kind alone (列席|董事会会议): the meeting's, no name
        if attendingFirsts.contains(s.units[range.lowerBound]), let word = s.word(containing: range.lowerBound), word.lowerBound == range.lowerBound,
           word.upperBound < range.upperBound, attendingWords.contains(Array(s.units[word])), isKindAlone(s, word.upperBound..<range.upperBound) { return true }
        // a notice's words for the company and its bodies (公司|董事会…, 董事|及董事会…), or a school's or
        // hospital's report's for itself (学校|行政办): whichever it is
        // (jieba may read the two as one word: 公司党委)
        if corporateFirsts.contains(s.units[range.lowerBound]),
           corporateWords.contains(where: { s.matches($0, at: range.lowerBound) && range.count - $0.count >= 2 }) { return true }
        guard genericStarts.contains(s.units[range.lowerBound]), !s.matches(nationwide, at: range.lowerBound) else { return false }
        guard let word = s.word(containing: range.lowerBound), word.lowerBound == range.lowerBound, word.count >= 2 else { return true }
        return !(wordClass(s, word).map(nameClasses.contains) ?? false)
    }

    static let attendingWords = Set(["列席", "出席", "参加", "召开", "参会", "主持"].map(ScannedText.fold))
    static let attendingFirsts = UnitSet(attendingWords.compactMap(\.first))

    /// Whether 据 or 经, a word of its own, stands right before `i` (据|生态环境部微信公众号消息,
    /// 经|国务院批准): a source or an approval, and the name that follows it opens there.
    static func followsSource(_ s: ScannedText, _ i: Int) -> Bool {
        sourceWords.contains(s[i - 1]) && s.word(containing: i - 1) == (i - 1)..<i
    }

    static let sourceWords = ScannedText.units(of: "据经")

    /// Whether 各 and levels stand right before `start` (各县区|水利局, 各乡镇|派出所): the body of
    /// every county or town, no one body.
    static func followsEachLevel(_ s: ScannedText, _ start: Int) -> Bool {
        var i = start - 1
        while i >= max(0, start - 3), levelCharacters.contains(s[i]) { i -= 1 }
        return i < start - 1 && s[i] == each
    }

    static let each = ScannedText.fold("各")[0]

    /// Whether a count of more than one stands right before `start` (20个|友城代表团, 三家|企业):
    /// bodies counted, none named; one (一家|《东方艺术》杂志, 一个|北大) may be named.
    static func followsCount(_ s: ScannedText, _ start: Int) -> Bool {
        s[start - 2] != one && isMeasureAfterFigure(s, at: start - 1)
    }

    /// Whether a measure word stands at `i` right after a figure (3家, 二十个): a count, whether a
    /// name the tagger read opens at the measure or after it.
    static func isMeasureAfterFigure(_ s: ScannedText, at i: Int) -> Bool {
        measureWords.contains(s[i]) && (ScannedText.isDigit(s[i - 1]) || numeralCharacters.contains(s[i - 1]))
    }

    static let one = ScannedText.fold("一")[0]

    /// 市委, 省政府, 区委, 自治区党委: a level and a body word name the body of whichever city or province
    /// the report is about, so across a corpus they would count every city's committee as one.
    /// They count only as mentions of the body the article names in full (`fullNames`).
    static let levelCharacters = ScannedText.units(of: "省市县区州盟旗乡镇村")
    static let levelBodies = ScannedText.words(["委", "委会", "政府", "人民政府", "党委", "纪委", "人大", "政协", "党支部", "党总支", "支部"].map { ($0, true) })

    /// A term's number may stand between the two (县十八届人大: the county's congress, whichever county).
    static func isLevelOnly(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard let level = levelLength(s, at: range.lowerBound) else { return false }
        return isLevelBody(s, afterTerm(s, (range.lowerBound + level)..<range.upperBound))
    }

    /// Whether `range` is one of `levelBodies`, whole (人大, 政府).
    static func isLevelBody(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        levelBodies.contains { $0.word.count == range.count && s.matches($0.word, at: range.lowerBound) }
    }

    /// The level-only body (市政协, 县人大, 镇政府) that ends at `end`, if one does.
    static func levelOnlyBody(_ s: ScannedText, endingAt end: Int) -> Range<Int>? {
        for body in levelBodies where s.matches(body.word, endingAt: end) {
            if let start = levelStart(s, endingAt: end - body.word.count) { return start..<end }
        }
        return nil
    }

    /// A kind of body named alone (法院审理查明, 政府要求): the court or government of whichever
    /// place the report is about, as 市委 is; and the groups a visit or a case brings together
    /// (检查组先后来到…, 调查组), each report's own.
    static let kindsAlone = Set(["法院", "人民法院", "法庭", "人民法庭", "检察院", "人民检察院", "政府", "人民政府", "党委", "纪委", "团委", "公安局", "派出所", "海关", "供电局", "税务局",
                                 "党校", "党组织", "常委会", "二级学院",
                                 "医院", "学校", "大学", "银行", "公司", "集团", "实验室", "重点实验室", "省部", "省部级", "中心",
                                 "检查组", "调查组", "联合调查组", "工作组", "督导组", "督查组", "巡视组", "巡察组", "考察组", "调研组", "专家组",
                                 "评审组", "验收组", "指导组", "课题组", "项目组", "领导小组", "工作专班", "督察组",
                                 "评审委员会", "评委会", "组委会", "治丧委员会", "代表团", "考察团", "访问团", "交流团", "观察团", "代表队", "主席团", "联盟", "集团公司", "总公司",
                                 "协会", "商会", "理事会", "工委", "委员会", "常务委员会", "专门委员会", "指挥部", "分指挥部",
                                 "党支部", "党总支", "党工委", "管理处", "办事处", "办公室", "办公厅", "党政办", "党政办公室",
                                 "村民委员会", "居民委员会", "居委会",
                                 // a company's own bodies and branches, which every company has
                                 "董事会", "监事会", "股东大会", "股东会", "董事会办公室", "子公司", "分公司", "母公司", "全资子公司", "控股子公司",
                                 "分行", "支行",
                                 // a hospital's departments and teams, which every hospital has, and kinds of hospital
                                 "住院部", "门诊部", "医务部", "医务科", "医疗队", "医疗组", "医疗分队",
                                 "民营医院", "公立医院", "私立医院", "定点医院"].map(ScannedText.fold))

    /// Whether `range` is a group described, not named: a delegation or a team after its size or
    /// a common word of jieba's (五人代表团, 高层代表团, 经贸考察团); its kind alone (交流团) is
    /// `isKindAlone`'s. A name before it names it (国会代表团, 山西代表团).
    static func describesAGroup(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard let kind = s.longest(groupKinds, endingAt: range.upperBound) else { return false }
        let before = range.lowerBound..<(range.upperBound - kind.word.count)
        if isHeadcount(s, before) { return true }
        guard let word = s.word(containing: before.lowerBound), word == before else { return false }
        return !(wordClass(s, word).map(nameClasses.contains) ?? true)
    }

    static let groupKinds = ScannedText.words(["代表团", "考察团", "访问团", "交流团", "观察团", "工作组", "调研组",
                                               "考察组", "督导组", "检查组"].map { ($0, true) })

    /// Whether `range` is a number of people (五人, 3人, 十余人).
    static func isHeadcount(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, s.units[range.upperBound - 1] == headcountUnit else { return false }
        return s.units[range.lowerBound..<(range.upperBound - 1)].allSatisfy { ScannedText.isDigit($0) || numeralCharacters.contains($0) || roughly.contains($0) }
    }

    static let headcountUnit = ScannedText.fold("人")[0]

    /// Also a post alone (立委, 党团), which names its holder's kind, not a body, and a department's
    /// core without its suffix (两市教育、人社、卫生等部门: a field of work).
    /// So is a body's term and its kind (第二届理事会), and a section named alone (口腔科, 康复科).
    static func isKindAlone(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let name = Array(s.units[afterTerm(s, range)])
        return kindsAlone.contains(name) || postWords.contains(name) || isSectionAlone(s, range)
            || departmentCores.contains { $0.word == name } || joinsKindsAlone(name)
    }

    /// Whether `name` is kinds of body alone joined by 或, 和, 及 or 与 (子公司或分公司, 法院和检察院).
    static func joinsKindsAlone(_ name: [UInt32]) -> Bool {
        let parts = name.split(whereSeparator: kindJoiners.contains)
        return parts.count >= 2 && parts.allSatisfy { kindsAlone.contains(Array($0)) }
    }

    static let kindJoiners = ScannedText.units(of: "或和及与")

    /// Whether `range` is a hospital's or a bureau's section named alone, which every hospital
    /// or bureau has: a word of jieba's that names no place or body and 科 (口腔|科, 麻醉|科,
    /// 技术|科; jieba tags 麻醉 a name), or a medical section's name after what it treats
    /// (肿瘤|外科, 神经|内科), or alone (内科); not another name of two characters (思科).
    static func isSectionAlone(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard (2...5).contains(range.count), s.units[range.upperBound - 1] == section else { return false }
        if s.longest(medicalSections, endingAt: range.upperBound) != nil { return true }
        guard range.count >= 3 else { return false }
        guard let head = wordClass(s, range.lowerBound..<(range.upperBound - 1)) else { return false }
        return head != .place && head != .organisation
    }

    static let section = ScannedText.fold("科")[0]
    static let medicalSections = ScannedText.words(["外科", "内科", "儿科", "妇科", "产科", "眼科", "骨科"].map { ($0, true) })

    /// `range` after the term or number that opens it (第二届|理事会, 十一届|执委会, 第一|检查组), if one does.
    static func afterTerm(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        let ordinal = s[range.lowerBound] == ordinalMark
        var i = range.lowerBound + (ordinal ? 1 : 0)
        while i < range.upperBound, numeralCharacters.contains(s.units[i]) || ScannedText.isDigit(s.units[i]) { i += 1 }
        guard i > range.lowerBound + (ordinal ? 1 : 0), i + 1 < range.upperBound else { return range }
        if s.units[i] == termMark { return (i + 1)..<range.upperBound }
        return ordinal ? i..<range.upperBound : range
    }

    static let ordinalMark = ScannedText.fold("第")[0], termMark = ScannedText.fold("届")[0]

    static let postWords = Set(People.titles.map(\.word))

    /// Whether 某 ("a certain") stands before a name or in it (某|建筑工程有限公司, 山西某焦化有限公司),
    /// or "one" with a measure word (`indefinites`):
    /// a body the report withholds, which no other report's of that name is.
    static func isWithheld(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s[range.lowerBound - 1] == People.someone || s.units[range].contains(People.someone)
            || range.contains { i in indefinites.contains { s.matches($0, at: i) } }
    }

    /// "One" and a measure word inside a name (北京|一家|互联网公司): a body the report leaves
    /// unnamed, as 某 does.
    static let indefinites = ["一家", "一所", "一座", "一个"].map(ScannedText.fold)

    /// Whether a name that ends in no body's word runs on into a site's (宁夏宁东能源化工|基地,
    /// 中关村科技|园区): it names the site, not a body.
    static func namesAPlace(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.longest(siteWords, at: range.upperBound) != nil && !endsBody(s, at: range.upperBound)
    }

    static let siteWords = ScannedText.words(["基地", "园区", "产业园", "示范区", "开发区", "新区", "项目"].map { ($0, true) })

    /// Whether a name is a website's first part (中国政府|网): the site, an outlet, not a body.
    /// A body's own site (国务院新闻办公室|网站) is the body's; 网 going on as a word
    /// (政府|网格化) is no site's.
    static func namesAWebsite(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s[range.upperBound] == net && !Han.isHan(s[range.upperBound + 1])
    }

    static let net = ScannedText.fold("网")[0]

    /// Whether a name ends in what a person named before it does (书记沈阳|带队, 王刚|率团): the
    /// tagger's body is a name and its verb.
    static func endsInLeadersVerb(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.longest(People.verbs, endingAt: range.upperBound, where: { $0.word.count >= 2 && range.count > $0.word.count }) != nil
    }

    /// Whether a name is two places or more of one province and nothing else (山东烟台), or
    /// provinces by their one-character names (京津冀): a region, no body. Places of two
    /// provinces may be a firm's name (北京天桥, a listed company; 天桥 is Jinan's district).
    static func namesPlacesOnly(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        // 京津冀, or 京津冀|协 of 京津冀协同发展, whose last character opens the next word
        let abbreviated = range.prefix { People.provinceCharacters.contains(s.units[$0]) }.count
        if range.count >= 2, abbreviated == range.count || abbreviated >= 2 && abbreviated == range.count - 1 && s.splitsWord(at: range.upperBound) {
            return true
        }
        let g = Gazetteer.shared
        var i = range.lowerBound, places = 0, provinces: Set<Substring> = []
        while i < range.upperBound, let name = g.names(in: s, at: i).filter({ i + $0.word.count <= range.upperBound }).max(by: { $0.word.count < $1.word.count }) {
            let own = Set(name.divisions.map { g.divisions[$0].code.prefix(2) })
            provinces = places == 0 ? own : provinces.intersection(own)
            i += name.word.count
            places += 1
        }
        return i == range.upperBound && places >= 2 && !provinces.isEmpty
    }

    /// Whether a name is a place and the verb 组织 before another verb (陆良县|组织|开展…: the county
    /// organised), not a body named 组织 (世界卫生组织).
    static func isPlaceOrganising(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard s.matches(organise, endingAt: range.upperBound), let next = s.word(containing: range.upperBound),
              next.lowerBound == range.upperBound, wordClass(s, next) == .verb else { return false }
        let place = range.count - organise.count
        return Gazetteer.shared.names(in: s, at: range.lowerBound).contains { $0.word.count == place }
    }

    static let organise = ScannedText.fold("组织")

    /// Whether a short name stands in a credit's field after its role and a colon (责任编辑：康康):
    /// the person credited, whom the tagger may read as a body.
    static func isCreditedName(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count <= 3 && People.colons.contains(s[range.lowerBound - 1]) && People.title(endingAt: range.lowerBound - 1, in: s) != nil
    }

    /// Whether a name of Latin letters lies in a web address or a file's name left in the text
    /// (…&wx_co=1.jpg): the run of characters around it, up to spaces, Han or a colon, holds what
    /// addresses are built with; not the site's name before its address (SKY：www.sky.co.uk/…).
    static func isInAddress(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        func inRun(_ i: Int) -> Bool { i >= 0 && i < s.count && s.units[i] < 0x80 && s.units[i] > 0x20 && s.units[i] != 0x3A }
        guard range.allSatisfy(inRun) else { return false }
        var start = range.lowerBound, end = range.upperBound
        while inRun(start - 1) { start -= 1 }
        while inRun(end) { end += 1 }
        return (start..<end).contains { addressMarks.contains(s.units[$0]) && !range.contains($0) }
    }

    static let addressMarks = ScannedText.units(of: "/_=&?%")

    /// Whether a centre's or a building's name follows a house number, as an address gives the
    /// building (芙蓉中路二段80号|顺天|国际财富中心|2501室, where the tagger left out 顺天): a
    /// building, no body.
    static func isBuildingAtNumber(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard s.longest(buildings, endingAt: range.upperBound) != nil else { return false }
        var i = range.lowerBound - 1
        while range.lowerBound - i <= 4, Han.isHan(s[i]), s[i] != houseNumber { i -= 1 }
        return s[i] == houseNumber && ScannedText.isDigit(s[i - 1])
    }

    static let buildings = ScannedText.words(["中心", "大厦", "大楼", "广场", "写字楼"].map { ($0, true) })

    /// Whether a name is the province's character and the letter that open a licence plate
    /// (鲁A of 鲁A7B26X, 苏C of 苏C5××号牌), which the tagger reads as a body's short name.
    static func isPlate(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count == 2 && Han.isHan(s.units[range.lowerBound]) && isLetter(s.units[range.upperBound - 1])
            && (isLetter(s[range.upperBound]) || ScannedText.isDigit(s[range.upperBound]) || plateMasks.contains(s[range.upperBound]))
    }

    /// A Latin letter as the scan holds it (folded to lower case).
    static func isLetter(_ u: UInt32) -> Bool { u >= 0x61 && u <= 0x7A }
    /// What plates in reports hide their digits with: ×, X, *.
    static let plateMasks = ScannedText.units(of: "×*＊")

    /// Words that close a description of a body, not its name: what kind of company it is
    /// (归属于上市公司股东, 比亚迪子公司), a station (西安国际港站, 大同南站) or a room (博文楼第二会议室).
    static let describingEnds = ScannedText.words(["上市公司", "子公司", "母公司", "火车站", "高铁站", "客运站", "地铁站", "车站",
                                                   "港站", "南站", "北站", "东站", "西站",
                                                   "会议室", "会议厅", "报告厅", "多功能厅", "演播厅", "会客厅", "展览厅", "展厅",
                                                   "接待室", "活动室", "阅览室", "值班室", "接待厅", "荣誉室", "陈列室", "展览室",
                                                   "档案室", "展示厅"].map { ($0, true) })

    /// Also a part of a region (内蒙古中东部, 华北北部): a direction before 部, no ministry's.
    static func endsDescribing(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.longest(describingEnds, endingAt: range.upperBound) != nil
            || (s[range.upperBound - 1] == department && directions.contains(s[range.upperBound - 2]))
            || ((s[range.upperBound - 2] == stationed || s[range.upperBound - 3] == stationed)
                && organisationKind(Array(s.units[max(range.lowerBound, range.upperBound - 3)..<range.upperBound])) == "other")
    }

    /// 驻 and a place's one or two characters end a description of a post, not a body
    /// (西班牙驻沪|总领事, 驻港澳|总领事; not 香港驻沪办, whose 办 is an office's).
    static let directions = ScannedText.units(of: "东南西北中"), stationed = ScannedText.fold("驻")[0]

    /// 自治区, 自治州, 自治县, 自治旗: a level too (自治区发展改革委 is the region's, as 市发展改革委 is the city's).
    static let autonomous = ScannedText.fold("自治")

    /// How long the level word at `i` is (市 1, 自治区 3), or nil when none is there.
    static func levelLength(_ s: ScannedText, at i: Int) -> Int? {
        if levelCharacters.contains(s[i]) { return 1 }
        return s.matches(autonomous, at: i) && levelCharacters.contains(s[i + autonomous.count]) ? autonomous.count + 1 : nil
    }

    /// Whether a pattern's company name adds, before the tagger's, only words that name or
    /// say a trade: Han words of two characters or more that jieba's dictionary does not know,
    /// knows as names, or are trades (晋能|控股|装备 + 制造集团有限公司, which the tagger cut
    /// short), and a character of the name it cut off; not a clause (继|海燕公司, 长航集团所属|…总公司).
    static func isCompanysName(_ s: ScannedText, _ org: Range<Int>, adding added: Range<Int>) -> Bool {
        guard s.longest(companyOnlySuffixes, endingAt: org.upperBound) != nil,
              let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return false }
        let units = Array(s.units[added])
        let words = segmenter.segment(units)
        // the last may be one character the tagger cut from the name (太谷县鑫|达物资贸易有限公司)
        return units.allSatisfy(Han.isHan) && words.enumerated().allSatisfy { n, word in
            word.count >= 2 ? isTrade(units[word]) || namesOrUnknown(Array(units[word]), lexicon)
                : n == words.count - 1 && n > 0 && !functionCharacters.contains(units[word.lowerBound])
        }
    }

    /// A company's name the tagger read from its trade on (分众传媒|信息技术股份有限公司), which no
    /// pattern's name widened, with its own name before: the word of jieba's there, of two to four
    /// characters, a name or a word jieba does not know (no verb's, particle's or common noun's:
    /// 装饰|材料 is a trade too), where the name would otherwise be its trade alone.
    static func withOwnNameBeforeTrade(_ s: ScannedText, _ org: Range<Int>) -> Range<Int> {
        let own = ownName(Array(s.units[org]))
        guard own.count < org.count, isTradesOnly(own[...]), let word = s.word(containing: org.lowerBound - 1),
              word.upperBound == org.lowerBound, (2...4).contains(word.count), word.allSatisfy({ Han.isHan(s.units[$0]) }),
              ![.verb, .function, .noun].contains(wordClass(s, word)) else { return org }
        return word.lowerBound..<org.upperBound
    }

    /// Whether `name` is trades one after the other and nothing else (信息技术, 新能源科技).
    static func isTradesOnly(_ name: ArraySlice<UInt32>) -> Bool {
        var rest = name
        while !rest.isEmpty {
            guard let trade = trades.first(where: { rest.count >= $0.word.count && rest.suffix($0.word.count).elementsEqual($0.word) }) else { return false }
            rest = rest.dropLast(trade.word.count)
        }
        return !name.isEmpty
    }

    /// Whether a company's name the tagger read is a trade and the suffix alone (至上|置业有限公司):
    /// it names no company, and a pattern's name around it is the company's.
    static func namesTradeAlone(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        let units = Array(s.units[name])
        let own = ownName(units)
        return own.count < units.count && isTrade(own[...])
    }

    /// Whether what a pattern's department or centre name adds before the tagger's is a place and
    /// at most eight characters of its name with no particle (运城市|行政审批|服务管理局, 太原市|招生|考试管理中心).
    /// Not before a name that opens with its own level (伊春市特邀请|省卫健委领导): that body is whole.
    static func isPlacesDepartment(_ s: ScannedText, _ org: Range<Int>, adding added: Range<Int>, placeNames: Set<String>) -> Bool {
        let isCentre = s.matches(centre, endingAt: org.upperBound) && isCentresName(s, org.lowerBound..<(org.upperBound - centre.count))
        guard added.count >= 2, levelLength(s, at: added.upperBound) == nil,
              isCentre || endsAsDepartment(s, at: org.upperBound),
              let place = (2...min(added.count, 6)).reversed().first(where: { placeNames.contains(s.text(added.lowerBound..<(added.lowerBound + $0))) })
        else { return false }
        let rest = Array(s.units[(added.lowerBound + place)..<added.upperBound])
        return rest.count <= 8 && rest.allSatisfy(Han.isHan) && !holdsParticle(rest)
    }

    /// For each department the article names more than one way (山西省发展和改革委员会, then
    /// 山西省发改委 or 省发改委), the range of its fullest name: the names agree on the level
    /// and on what the department is (`departmentKey`), and the place-named ones on the place.
    /// Where two places' departments of a kind are named (大同市商务局, 朔州市商务局), 市商务局
    /// stands for neither.
    static func departmentsNamedAgain(_ spans: [Range<Int>], in s: ScannedText) -> [Range<Int>: Range<Int>] {
        var byKey: [[UInt32]: (places: Set<[UInt32]>, spans: [Range<Int>])] = [:]
        for span in spans {
            guard let (key, place) = departmentKey(s, span) else { continue }
            byKey[key, default: ([], [])].spans.append(span)
            if let place { byKey[key]?.places.insert(place) }
        }
        var fullest: [Range<Int>: Range<Int>] = [:]
        for (_, group) in byKey where group.places.count == 1 && group.spans.count > 1 {
            let named = group.spans.filter { levelLength(s, at: $0.lowerBound) == nil }
            guard let full = named.max(by: { $0.count < $1.count }) else { continue }
            for span in group.spans where !s.units[span].elementsEqual(s.units[full]) { fullest[span] = full }
        }
        return fullest
    }

    /// A government department's level and what it is, however it is written (市 + 发展改革委 for
    /// 大同市发展和改革委员会, 市发改委 and 市发展改革委), with the place it is named after (大同 for the
    /// first; nil for a level alone). Nil for a name that opens with neither, or ends in no
    /// department's word or 中心 (市招生考试管理中心).
    static func departmentKey(_ s: ScannedText, _ span: Range<Int>) -> (key: [UInt32], place: [UInt32]?)? {
        let opening: (end: Int, level: UInt32, place: [UInt32]?)
        if let length = levelLength(s, at: span.lowerBound) {
            opening = (span.lowerBound + length, s.units[span.lowerBound + length - 1], nil)
        } else if let place = openingPlace(s, span) {
            opening = (place.end, s.units[place.end - 1], Array(s.units[span.lowerBound..<(place.end - 1)]))
        } else {
            return nil
        }
        let what = Array(s.units[opening.end..<span.upperBound])
        guard what.count >= 2, what.suffix(centre.count).elementsEqual(centre)
                || departmentSuffixes.contains(where: { what.suffix($0.word.count).elementsEqual($0.word) }) else { return nil }
        return ([opening.level] + canonicalDepartment(what), opening.place)
    }

    /// Where the places that open `span` end, with their level word (大同市|, 大同市云州区|,
    /// 山西|省 written 山西省): nil unless the last ends in one and something follows.
    static func openingPlace(_ s: ScannedText, _ span: Range<Int>) -> (end: Int, level: UInt32)? {
        var i = span.lowerBound, found: (end: Int, level: UInt32)?
        while let hit = Gazetteer.shared.names(in: s, at: i).first(where: { i + $0.word.count < span.upperBound }) {
            i += hit.word.count
            if !levelCharacters.contains(s[i - 1]), levelCharacters.contains(s[i]), i + 1 < span.upperBound { i += 1 }  // 大同 + 市
            guard levelCharacters.contains(s[i - 1]) else { break }
            found = (i, s[i - 1])
        }
        return found
    }

    /// What a department is, written one way: without 和, 委员会 as 委, and the official short
    /// forms as the names they stand for (发改委 → 发展改革委, 人社局 → 人力资源社会保障局).
    static func canonicalDepartment(_ what: [UInt32]) -> [UInt32] {
        var name = what.filter { $0 != conjunction }
        if name.count > committee.count, name.suffix(committee.count).elementsEqual(committee) {
            name = name.dropLast(committee.count) + [committee[0]]
        }
        return departmentShortForms[name] ?? name
    }

    static let conjunction = ScannedText.fold("和")[0], committee = ScannedText.fold("委员会")

    /// Official short forms of departments' names, and the names (without 和) they stand for.
    static let departmentShortForms: [[UInt32]: [UInt32]] = Dictionary([
        ("发改委", "发展改革委"), ("人社局", "人力资源社会保障局"), ("人社厅", "人力资源社会保障厅"),
        ("住建局", "住房城乡建设局"), ("住建厅", "住房城乡建设厅"), ("住建委", "住房城乡建设委"),
        ("工信局", "工业信息化局"), ("工信厅", "工业信息化厅"), ("教体局", "教育体育局"), ("卫健委", "卫生健康委"),
        ("市场监管局", "市场监督管理局"), ("文旅局", "文化旅游局"), ("文旅厅", "文化旅游厅"), ("交通局", "交通运输局"),
        ("交通厅", "交通运输厅"), ("应急局", "应急管理局"), ("审批局", "行政审批服务管理局"), ("行政审批局", "行政审批服务管理局"),
        ("规自局", "规划和自然资源局"), ("医保局", "医疗保障局"), ("退役军人局", "退役军人事务局"),
        ("经信委", "经济和信息化委"), ("经信局", "经济和信息化局"),
    ].map { (ScannedText.fold($0.0), ScannedText.fold($0.1).filter { $0 != conjunction }) }, uniquingKeysWith: { a, _ in a })

    /// Whether `range` is a department named after its level right after a break (、市行政审批服务
    /// 管理局), whose name the tagger may cut short (服务管理局).
    static func isLevelsDepartment(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        levelLength(s, at: range.lowerBound) != nil && opensAfterBreak(s, level: range.lowerBound)
    }

    /// Whether the level at `level` follows a break, or 我, 本 or 该 after one: 我市, 本县 and 该县
    /// name the city or county the report is about, so what follows is that level's body as 市
    /// alone would be.
    static func opensAfterBreak(_ s: ScannedText, level: Int) -> Bool {
        let start = level > 0 && ours.contains(s[level - 1]) ? level - 1 : level
        return start == 0 || nameBreaks.contains(s.units[start - 1])
    }

    static let ours = ScannedText.units(of: "我本该")

    /// Where the level word that ends at `end` starts, or nil when none ends there.
    static func levelStart(_ s: ScannedText, endingAt end: Int) -> Int? {
        guard end > 0, levelCharacters.contains(s[end - 1]) else { return nil }
        let autonomousStart = end - 1 - autonomous.count
        return autonomousStart >= 0 && s.matches(autonomous, at: autonomousStart) ? autonomousStart : end - 1
    }

    /// A word jieba's dictionary knows as a common noun (保险公司, 办公室): a kind of body, not one body.
    static func isCommonNoun(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        wordClass(s, range) == .noun
    }

    /// One record per organisation, with its kind and the place its name holds (the deepest
    /// division named in it: 大同市 for 大同市委, 云州区 for 大同市云州区政府).
    /// `inFull`: `namedInFull(_:in:)` of `spans`, when the caller has it.
    /// `companyStems`: `companyStems(in:)` of the text, which make a name otherwise of no kind a
    /// company's, as the own and trade names of the companies it names in full do, and lists of
    /// companies (台积电、鸿海精密等台湾企业).
    public static func organisations(in s: ScannedText, spans: [Range<Int>], inFull known: [Range<Int>: Range<Int>]? = nil,
                                     companyStems stems: Set<ArraySlice<UInt32>>) -> [Mention] {
        var mentions = Mentions()
        let shortNames = companiesByShortNames(spans, in: s).all
        let inFull = known ?? namedInFull(spans, in: s)
        let listed = listedCompanies(in: s).union(companiesNamingProjects(in: s).map { Array(s.units[$0]) }), elided = elidedNames(spans, in: s)
        let sharing = levelBodiesSharingPlace(after: spans, in: s)
        for written in spans where inFull[written] != nil || !partyGroupAlone.contains(Array(s.units[written])) {
            let span = inFull[written] ?? written
            let name = elided[written] ?? (inFull[written] == nil ? sharing[written] : nil) ?? recordName(s, span)
            let isNew = mentions.offsets(of: name).isEmpty
            mentions.add(name, form: s.text(written), offset: s.byteOffset(written.lowerBound), titles: [], role: "")
            guard isNew else { continue }  // described at its first mention
            let place = Places.divisions(in: ScannedText(name), gazetteer: .shared).last { $0.level != .other }
            let units = Array(s.units[span])
            let kind = organisationKind(units)
            // a park listed among the companies it holds (华兰生物、氢能产业园等重点企业及项目) is none of them
            let isCompany = (stems.contains(s.units[span]) || shortNames.contains(units) || listed.contains(units) || endsInCompanyTrade(units))
                && !parkEnds.contains { units.count > $0.word.count && units.suffix($0.word.count).elementsEqual($0.word) }
            mentions.describe(name, kind: kind == "other" && isCompany ? "company" : kind, place: place?.name)
        }
        return mentions.list
    }

    /// The names of a zone's bodies that a chain of posts names by their kind alone after naming
    /// the zone's other body in full (高新区党工委副书记、管委会主任: its 管委会 is 高新区管委会;
    /// 城郊党委副书记、管委会主任: 城郊管委会), each by where it is written.
    static func elidedNames(_ spans: [Range<Int>], in s: ScannedText) -> [Range<Int>: String] {
        let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
        var names: [Range<Int>: String] = [:]
        for (previous, span) in zip(sorted, sorted.dropFirst()) where s[span.lowerBound - 1] == ScannedText.listMark {
            guard let alone = zoneBodies.first(where: { $0.word.count == span.count && s.matches($0.word, at: span.lowerBound) }),
                  let other = s.longest(zoneCommittees, endingAt: previous.upperBound, where: { $0.word != alone.word && previous.count > $0.word.count }),
                  People.holdsPostsOnly(s, previous.upperBound..<(span.lowerBound - 1)) else { continue }
            names[span] = s.text(previous.lowerBound..<(previous.upperBound - other.word.count)) + s.text(span)
        }
        return names
    }

    static let zoneBodies = ScannedText.words(["党工委", "管委会"].map { ($0, true) })
    static let parkEnds = ScannedText.words(["产业园", "工业园", "科技园", "园区", "产业基地"].map { ($0, true) })
    /// What names the zone in full before them: the other, or its party committee (城郊党委副书记、管委会主任).
    static let zoneCommittees = ScannedText.words(["党工委", "管委会", "党委"].map { ($0, true) })

    /// A body's name as its record gives it: as written, less a level's character written twice
    /// before the body (皋兰县县政府, 昭通市市委: 皋兰县政府, 昭通市委), as some reports write them;
    /// one body, one record. 大同市市场监管局 keeps both (市场 is a word), and so do 眉县县委 and
    /// 代县县委: 眉县 and 代县 are the counties' whole names, and 津市市委 too: 津市市 is the city's.
    /// Nor does it keep 原 ("former") there, which is the post's (欢喜乡原党委书记: 欢喜乡党委).
    static func recordName(_ s: ScannedText, _ span: Range<Int>) -> String {
        guard let left = ((span.lowerBound + 2)..<span.upperBound).first(where: { k in
            levelCharacters.contains(s.units[k - 1]) && levelBodies.contains { s.matches($0.word, at: k + 1) }
                && (s.units[k] == former || s.units[k] == s.units[k - 1] && !Gazetteer.shared.isFullName(s.units[(k - 2)..<k])
                    && !Gazetteer.shared.isFullName(s.units[(k - 2)...k]))
        }) else { return s.text(span) }
        return s.text(span.lowerBound..<left) + s.text((left + 1)..<span.upperBound)
    }

    static let former = ScannedText.fold("原")[0]

    /// A level's body word alone after a term's number (县十八届|人大一次会议): the tagger cut the
    /// level off; the body is the level's, which names no one place.
    static func isTermsBodyAlone(_ s: ScannedText, _ span: Range<Int>) -> Bool {
        s[span.lowerBound - 1] == termMark && isLevelBody(s, span)
    }

    /// A party group or a committee's department named alone (…董事长、党组书记, 州委常委、宣传部
    /// 部长): the one of the body the post before it names, which the person's record gives
    /// (`People.committeesDepartment`); alone it is no body's, and no record.
    static let partyGroupAlone: Set<[UInt32]> = Set(["党组", "组织部", "宣传部", "统战部", "政法委"].map(ScannedText.fold))

    /// `range`, a committee's name (长春市委), with the Youth League's mark before it (团|长春市委,
    /// 共青团|海曙区委): the League's committee of that place, not the party's.
    static func withLeague(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard s.units[range.upperBound - 1] == committeeMark, s[range.lowerBound - 1] == league else { return range }
        if s.matches(communistYouthLeague, endingAt: range.lowerBound) { return (range.lowerBound - communistYouthLeague.count)..<range.upperBound }
        // 团 alone, not the end of a word (集团)
        return s.word(containing: range.lowerBound - 1)?.lowerBound == range.lowerBound - 1 ? (range.lowerBound - 1)..<range.upperBound : range
    }

    static let committeeMark = ScannedText.fold("委")[0]

    /// Whether a body's name at `i` opens as another party's (民盟…) or the Youth League's (团…, 共青团…).
    static func opensAsOtherParty(_ s: ScannedText, at i: Int) -> Bool {
        s.units[i] == league || democraticParties.contains { s.matches($0, at: i) }
    }

    static let league = ScannedText.fold("团")[0], communistYouthLeague = ScannedText.fold("共青团")

    /// For each of `spans` that stands for another the article names in full, that one's span:
    /// a level and a body alone (市委 of 大同市委, `organisationSpans`), a department named again
    /// (省发改委), a company's own, trade or short name (比亚迪 of 比亚迪股份有限公司, 华为公司), its
    /// abbreviation (中石化), a body without the place that opens its name (海港队), the name the
    /// text gives it for short (以下简称“太钢不锈”).
    static func namedInFull(_ spans: [Range<Int>], in s: ScannedText) -> [Range<Int>: Range<Int>] {
        let fullByShort = companiesByShortNames(spans, in: s).full
        let fullByLevel = fullNames(of: spans.filter { isLevelOnly(s, $0) }, among: spans, in: s)
        let fullestDepartments = departmentsNamedAgain(spans, in: s)
        let fullByPlaceless = namesWithoutTheirPlace(spans, in: s)
        let fullByAbbreviation = abbreviatedNames(spans, in: s)
        let fullByAlias = aliases(of: spans, in: s)
        var full: [Range<Int>: Range<Int>] = [:]
        for written in spans {
            let asWritten = Array(s.units[written])
            let span = fullByAlias[asWritten] ?? fullByLevel[asWritten] ?? fullestDepartments[written] ?? fullByShort[asWritten]
                ?? fullByShort[ownName(asWritten)].flatMap { shortens(asWritten, Array(s.units[$0])) ? $0 : nil }
                ?? fullByPlaceless[asWritten] ?? fullByAbbreviation[asWritten]
            if let span, span != written { full[written] = span }
        }
        return full
    }

    /// The own and trade names of the companies named in full (宁德时代 of 宁德时代新能源科技股份有限公司),
    /// each with the company it stands for where only one of them has it (比亚迪 of 比亚迪股份有限公司,
    /// unless the article also names 比亚迪集团), and all of them.
    static func companiesByShortNames(_ spans: [Range<Int>], in s: ScannedText) -> (full: [[UInt32]: Range<Int>], all: Set<[UInt32]>) {
        let companies = spans.map { Array(s.units[$0]) }.filter { organisationKind($0) == "company" }
        let claims = spans.flatMap { span -> [(short: [UInt32], by: Range<Int>)] in
            let name = Array(s.units[span])
            // a name that shortens another (中车集团 beside 中国中车集团有限公司) claims nothing of its own
            guard organisationKind(name) == "company", !companies.contains(where: { shortens(name, $0) }) else { return [] }
            let own = ownName(name)
            return ([own] + tradeNames(own)).filter { $0.count < name.count }.map { ($0, span) }
        }
        return (soleClaims(claims, in: s), Set(claims.map(\.short)))
    }

    /// Each name the article's bodies have without the place that opens them (海港队 of 上海海港队,
    /// 第一人民医院 of 大同市第一人民医院), or without the body above them (胡集派出所 of 郸城县公安局|
    /// 胡集派出所: a branch's own name, of four characters or more), with the one body that claims
    /// it: the same body named again. Not a level and a body alone (市委), which `fullNames` reads,
    /// nor a kind alone (医院).
    static func namesWithoutTheirPlace(_ spans: [Range<Int>], in s: ScannedText) -> [[UInt32]: Range<Int>] {
        func claim(_ rest: Range<Int>, of span: Range<Int>) -> ([UInt32], Range<Int>)? {
            guard !isLevelOnly(s, rest), !isKindAlone(s, rest), levelLength(s, at: rest.lowerBound) == nil else { return nil }
            return (Array(s.units[rest]), span)
        }
        return soleClaims(spans.flatMap { span -> [([UInt32], Range<Int>)] in
            let place = Gazetteer.shared.names(in: s, at: span.lowerBound).first(where: { span.count - $0.word.count >= 2 })
            let placeless = place.flatMap { claim((span.lowerBound + $0.word.count)..<span.upperBound, of: span) }
            let branch = stride(from: span.upperBound - 4, through: span.lowerBound + 3, by: -1).first { endsBody(s, at: $0) }
                .flatMap { claim($0..<span.upperBound, of: span) }
            return [placeless, branch].compactMap { $0 }
        }, in: s)
    }

    /// Each of the article's names that abbreviates the own name of one of its companies
    /// (中石化 of 中国石油化工集团有限公司), or of a group's company after the group's name (华东院 of
    /// 中国电建集团|华东勘测设计研究院有限公司), with that company.
    static func abbreviatedNames(_ spans: [Range<Int>], in s: ScannedText) -> [[UInt32]: Range<Int>] {
        let companies = spans.filter { organisationKind(Array(s.units[$0])) == "company" }
        let short = Set(spans.map { Array(s.units[$0]) }.filter { (3...4).contains($0.count) })
        return soleClaims(short.flatMap { name in
            companies.filter { company in
                let own = ownName(Array(s.units[company]))
                return abbreviates(name, own) || afterGroup(own).map { abbreviates(name, $0) } == true
            }.map { (name, $0) }
        }, in: s)
    }

    /// What a company's own name says after the group's name that opens it, if three characters
    /// or more do (华东勘测设计研究院 of 中国电建集团华东勘测设计研究院).
    static func afterGroup(_ own: [UInt32]) -> [UInt32]? {
        guard let start = (0..<max(0, own.count - group.count)).last(where: { own[$0...].starts(with: group) }),
              own.count - start - group.count >= 3 else { return nil }
        return Array(own[(start + group.count)...])
    }

    static let group = ScannedText.fold("集团")

    /// Whether company name `short` is a way to say `full`: its own name is `full`'s own or trade
    /// name, and the suffixes after it open `full`'s (中车|集团 of 中国中车|集团有限公司), or are
    /// the bare 公司 (华为公司 of 华为技术有限公司). Not another company of that name, as 比亚迪集团
    /// is beside 比亚迪股份有限公司.
    static func shortens(_ short: [UInt32], _ full: [UInt32]) -> Bool {
        let ownShort = ownName(short), ownFull = ownName(full)
        guard short.count < full.count, ownShort.count < short.count, ([ownFull] + tradeNames(ownFull)).contains(ownShort) else { return false }
        return full.dropFirst(ownFull.count).starts(with: short.dropFirst(ownShort.count)) || short.dropFirst(ownShort.count).elementsEqual(bareCompany)
    }

    static let bareCompany = ScannedText.fold("公司")

    /// What kind of body a name is, by the words it holds and ends with (folded): courts and
    /// procuratorates, party bodies (党, 纪委, 市委), schools, companies, government. The first
    /// kind whose words match wins: hospitals, news media and associations come before
    /// companies and government, which their last character (院, 社, 台, 会) would otherwise
    /// make them.
    static let organisationKinds: [(kind: String, holds: [[UInt32]], endsWith: [[UInt32]])] = [
        // legislatures, Taiwan's cabinet and control body: their 院 is no court's, their 会 no association's
        // (a council, 台北市议会, is a legislature);
        // courts named short (太原中院) are courts
        ("government", ["立法院", "行政院", "监察院", "考试院", "立法会", "人民代表大会"], ["议会", "议院"]),
        ("court", ["法院", "检察院", "仲裁委"], ["中院", "高院", "最高法", "最高检", "法庭"]),
        // the party's papers and sites (中国共产党新闻网, 共产党员网) are news media
        ("other", [], ["网", "报", "报社", "电视台", "广播电台"]),
        // the Youth League's committees and branches are the party's (团县委, 公司团支部), and so are the
        // central committee's departments by their short names (中组部, 中宣部)
        ("party", ["党", "中共", "纪委", "中组部", "中宣部", "中联部", "政法委", "组织部", "宣传部", "统战部", "政治局", "书记处", "中央委员会", "团委", "团支部", "团总支", "团工委"],
         ["市委", "县委", "区委", "省委", "州委", "盟委", "旗委", "镇委", "乡委", "工委", "中央", "委常委会"]),
        // the state's academies of science, whose 学院 is no school's, are public bodies as their institutes are
        ("government", [], ["科学院", "工程院"]),
        ("school", [], ["大学", "学院", "学校", "中学", "小学", "幼儿园", "研究生院", "党校"] + numberedSchools),
        // a hospital's departments are the hospital's (…大学附属医院…医院消化内科: no school's)
        ("other", ["医院"], ["医院", "卫生院", "画院", "博物院", "交易所", "新华社", "通讯社", "新闻社", "报社", "杂志社", "报", "电视台", "广播电台", "协会",
                       "学会", "商会", "基金会", "联合会", "促进会", "研究会", "工会", "俱乐部",
                       // news agencies: their 社 would make them companies
                       "中新社", "中央社", "法新社", "俄新社", "美联社", "路透社", "共同社", "韩联社", "塔斯社", "合众社", "安莎社", "埃菲社",
                       "彭博社", "德新社"]),
        // the central bank and the financial regulators govern banks; they are none
        ("government", ["中国人民银行", "人民银行", "金融监督管理", "证券监督管理", "外汇管理局", "证监会", "银保监会", "银监会", "保监会",
                         "金融监管总局"], []),
        // a headquarters (辉达总部) is a company's, whose 部 is no ministry's
        ("company", ["公司", "集团", "股份", "银行", "企业", "工厂", "酒店", "宾馆", "超市", "商场", "事务所", "合作社", "农场",
                     "商行", "批发部", "经营部", "门市部", "商店", "便利店", "药店", "药房"],
         ["厂", "社", "证券", "保险", "信托", "期货", "煤矿", "总部", "分行", "支行", "控股"]),
        // a university's institutes, centres and departments are the school's (北京大学陶瓷考古研究所)
        ("school", ["大学"], []),
        ("government", ["政府", "国务院", "人大", "政协", "政治协商会议", "管委会", "委员会", "办公室", "办公厅", "气象台"],
         ["部", "厅", "局", "署", "委", "委会", "办", "处", "司", "院", "所", "站", "中心", "联合国", "总队", "支队", "大队", "海关", "调查队"]),
    ].map { ($0.0, $0.1.map(ScannedText.fold), $0.2.map(ScannedText.fold)) }

    static func organisationKind(_ name: [UInt32]) -> String {
        func endsWith(_ w: [UInt32]) -> Bool { name.count >= w.count && name.suffix(w.count).elementsEqual(w) }
        if democraticParties.contains(where: { name.starts(with: $0) }) { return "party" }
        // a delegation is of the kind of whoever sends it (…企业协会|代表团, 中国政府|代表团)
        if let delegation = delegations.first(where: { endsWith($0) }), name.count > delegation.count {
            return organisationKind(Array(name.dropLast(delegation.count)))
        }
        // a country's team (加拿大队), whose 大队 is no police brigade's
        if name.last == teamCharacter, let first = name.first,
           Gazetteer.shared.countries[first]?.contains(where: { $0.word.count == name.count - 1 && name.starts(with: $0.word) }) == true {
            return "other"
        }
        // the first kind of the list any of whose words the name holds or ends with
        var first = organisationKinds.count
        for (entry, word) in kindWords.ending[name.last ?? 0] ?? [] where entry < first && endsWith(word) { first = entry }
        for start in name.indices {
            for (entry, word) in kindWords.holding[name[start]] ?? [] where entry < first && name[start...].starts(with: word) { first = entry }
        }
        return first < organisationKinds.count ? organisationKinds[first].kind : "other"
    }

    /// The words of `organisationKinds`, each with its entry's place in the list: those a name
    /// holds by their first unit, those it ends with by their last. Every candidate body's kind
    /// is asked, and most of the list's hundred words share no character with it.
    static let kindWords: (holding: [UInt32: [(entry: Int, word: [UInt32])]], ending: [UInt32: [(entry: Int, word: [UInt32])]]) = {
        var holding: [UInt32: [(entry: Int, word: [UInt32])]] = [:], ending = holding
        for (entry, kind) in organisationKinds.enumerated() {
            for word in kind.holds { if let first = word.first { holding[first, default: []].append((entry, word)) } }
            for word in kind.endsWith { if let last = word.last { ending[last, default: []].append((entry, word)) } }
        }
        return (holding, ending)
    }()

    static let teamCharacter = ScannedText.fold("队")[0]
    static let delegations = ["代表团", "考察团", "访问团", "慰问团", "代表队"].map(ScannedText.fold)

    /// The democratic parties' short names, which open their committees' names (民建太原市委会,
    /// 民盟山西省委): parties, though the names hold no 党; only at the start, since 民建 also
    /// stands inside 中国人民建设银行.
    static let democraticParties = ["民革", "民盟", "民建", "民进", "台盟", "九三学社", "农工党", "致公党"].map(ScannedText.fold)

    /// Whether `word` stands anywhere in `name`.
    static func holds(_ name: [UInt32], _ word: [UInt32]) -> Bool {
        name.count >= word.count && (0...(name.count - word.count)).contains { name[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// Place names as written, folded, by their first unit.
    /// A tagger's body whose name a place the article names runs into from one or two characters
    /// before (和|沟村党支部, where it read 和 as "and": 和沟村 is the village): the place opens the name.
    static func withPlaceRunningIn(_ s: ScannedText, _ org: Range<Int>, placeWords: [UInt32: [[UInt32]]]) -> Range<Int> {
        for back in 1...2 where org.lowerBound >= back {
            let start = org.lowerBound - back
            let runsIn = placeWords[s.units[start]]?.contains { $0.count > back && start + $0.count < org.upperBound && s.matches($0, at: start) } ?? false
            if runsIn { return start..<org.upperBound }
        }
        return org
    }

    static func placeWords(_ places: [String]) -> [UInt32: [[UInt32]]] {
        var words: [UInt32: [[UInt32]]] = [:]
        for place in places {
            let word = ScannedText.fold(place)
            if let first = word.first { words[first, default: []].append(word) }
        }
        return words
    }

    /// Whether a body's suffix ending at `end` ends as a department's does (局, 部, 委员会): their
    /// work may take eight characters after the place (龙港区|新冠肺炎疫情防控|指挥部), others' six.
    static func endsAsDepartment(_ s: ScannedText, at end: Int) -> Bool {
        s.longest(departmentSuffixes, endingAt: end) != nil
    }

    /// The patterns' organisations, as unit ranges; `placeEnds` are `placeWords`' ends (`ends(of:in:)`).
    static func organisationsByPattern(in s: ScannedText, placeWords: [UInt32: [[UInt32]]], placeEnds: [Int: Int]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        var lastEnd = -1  // where the last body found ends: 大同經開區 goes on as 大同經開區黨工委
        while i < s.count {
            // 国务院, 新华社, 联合国: where a name may start (马来西亚队 holds no 西亚队)
            if i != lastEnd, let length = KnownNames.shared.org(in: s, at: i),
               i == 0 || !Han.isHan(s.units[i - 1]) || nameBreaks.contains(s.units[i - 1]) || placeEnds[i] != nil || followsSource(s, i),
               !s.splitsWord(at: i + length) {
                // 大同市 + 人民政府, + 人民医院: a public body jieba knows, named after the place right
                // before it; a company or school there is one of the place's (北京 + 清华大学)
                let isBody = !["company", "school"].contains(organisationKind(Array(s.units[i..<(i + length)])))
                found.append((isBody ? placesStart(endingAt: i, placeEnds) ?? i : i)..<(i + length))
                i += length
                continue
            }
            guard suffixFirsts.contains(s.units[i]), !isPointedAt(s, suffixAt: i) else { i += 1; continue }
            if let suffix = s.longest(companySuffixes, at: i), !endsDescribing(s, 0..<(i + suffix.word.count)) {
                var start = i
                while start > 0, i - start < 20, !nameBreaks.contains(s.units[start - 1]) { start -= 1 }
                // 以|张裕公司, 被告|鑫达物资贸易有限公司, 一行来|我|集团公司
                let name = fromPlaceAfterClause(s, afterClause(s, withoutLeadingRole(s, withoutLeadingVerb(s, start..<i))), places: placeWords)
                // what names the body comes after the places that open its name (河底镇上庄村|丰源种植专业合作社),
                // which jieba may cut across (河底|镇上|庄村)
                let own = afterPlaces(s, name, places: placeWords)..<name.upperBound
                if name.count >= 2, isNameLike(Array(s.units[name]), suffix: suffix.word)
                    || (!own.isEmpty && own != name && isNameLike(Array(s.units[own]), suffix: suffix.word)) {
                    found.append(name.lowerBound..<(i + suffix.word.count))
                }
                i += suffix.word.count
            } else if let suffix = s.longest(bodySuffixes, at: i), !isTeamOfNoName(s, at: i, suffix: suffix.word),
                      !closesCommonWord(s, suffixAt: i, length: suffix.word.count), !s.splitsWord(at: i + suffix.word.count),
                      let start = bodyStart(s, before: i, places: placeWords, longest: endsAsDepartment(s, at: i + suffix.word.count) ? 8 : 6),
                      !holdsParticle(Array(s.units[start..<i])), suffix.word != centre || isCentresName(s, start..<i),
                      !endsInCommonWord(s, start..<(i + suffix.word.count)) {
                found.append(start..<(i + suffix.word.count))
                i += suffix.word.count
                lastEnd = i
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether a body known whole (`KnownNames`) holds every name the tagger read across it, each
    /// shorter and none a person's: they are its pieces (中国证券|登记结算有限责任公司; not 克林顿 of
    /// 克林顿政府, nor 人民政协, which the tagger read whole and the outlet's word widens); no meeting
    /// jieba tags as a body (中共十一届三中全会).
    /// The known-body look-up goes last: it tries every known body with the name's first character.
    static func holdsPiecesOnly(_ s: ScannedText, _ org: Range<Int>, names: RangeIndex, people: Set<Range<Int>>) -> Bool {
        let pieces = names.overlapping(org)
        return !pieces.isEmpty && pieces.allSatisfy { org.contains($0) && $0 != org && !people.contains($0) }
            && !namesAPlenary(s, org) && !namesAMeeting(s, org) && KnownNames.shared.org(in: s, at: org.lowerBound) == org.count
    }

    /// Whether the only names the tagger read inside a company's name are people's, each with more
    /// of the name before and after it (华电福新|周宁|抽水蓄能公司, whose 周宁 is a county): the
    /// pattern's name is whole, and the person a misreading. A person at either end may be the
    /// clause's own (副市长王强|参观的), and other bodies' names stand; so is one after a post
    /// (董事长徐祥|率公司…: the person leads the company).
    static func holdsPersonOnly(_ s: ScannedText, _ org: Range<Int>, names: RangeIndex, people: Set<Range<Int>>) -> Bool {
        guard let suffix = s.longest(companysOwnSuffixes, endingAt: org.upperBound) else { return false }
        let stem = org.lowerBound..<(org.upperBound - suffix.word.count)
        return names.overlapping(org).allSatisfy { name in
            name.lowerBound > stem.lowerBound && name.upperBound < stem.upperBound && people.contains(name)
                && People.title(endingAt: name.lowerBound, in: s) == nil
        }
    }

    /// The offices named short, by their work and 办, before their head's post (市外侨办主任, 区编办
    /// 副主任, 县委农办主任): a place or a level, up to four characters and 办; not a verb that
    /// ends in 办 (市里|举办).
    static func officesBeforePosts(in s: ScannedText, placeWords: [UInt32: [[UInt32]]]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in 2..<max(2, s.count) where s.units[i] == office {
            var post = i + 1
            if s.matches(People.executive, at: post) { post += People.executive.count }
            if s[post] == People.deputyMark { post += 1 }
            // 市|侨办: a level and one character are too short for `bodyStart`
            let level = (i - 5..<(i - 1)).first { $0 >= 0 && levelLength(s, at: $0) == 1 && opensAfterBreak(s, level: $0) }
            guard s.longest(People.titles, at: post) != nil, let start = level ?? bodyStart(s, before: i, places: placeWords, longest: 4),
                  (2...6).contains(i - start), (start..<i).allSatisfy({ Han.isHan(s.units[$0]) }), !holdsParticle(Array(s.units[start..<i])) else { continue }
            // jieba's dictionary calls 侨办 a verb too: one straight after the level is the office's name
            if let word = s.word(containing: i), word.lowerBound < i, wordClass(s, word) == .verb,
               !levelCharacters.contains(s[word.lowerBound - 1]) { continue }
            found.append(start..<(i + 1))
        }
        return found
    }

    static let office = ScannedText.fold("办")[0]

    /// Companies a project is named after by their place, trade name and trade, without the
    /// suffix, as signings list projects after their investment (总投资5亿元的江苏科利科技电子产品
    /// 生产项目): after a sum of money and 的, a province's or city's name, two or three characters
    /// that are no word of jieba's, and one trade or more (科技, 电子科技, 涂料) that no industry's
    /// park follows, where 项目 closes the clause.
    static func companiesNamingProjects(in s: ScannedText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in 1..<max(1, s.count) where s.units[i] == People.possessive && s.matches(Numbers.yuan, endingAt: i) {
            var start = i + 1
            guard let place = Gazetteer.shared.names(in: s, at: start).first(where: { name in
                name.divisions.contains { Gazetteer.shared.divisions[$0].level != .county }
            }) else { continue }
            start += place.word.count
            guard let length = [2, 3].first(where: { tradeName(s, at: start, length: $0) }) else { continue }
            var end = start + length
            while let trade = s.longest(projectTrades, at: end) { end += trade.word.count }
            // an industry's park or base (四川锂电新材料|产业园项目) names the project, no company
            if s.longest(projectKinds, at: end) == nil { found.append((i + 1)..<end) }
        }
        return found
    }

    /// Whether `length` characters at `start` are a company's trade name before its trade: no
    /// word of jieba's, and a trade after them, in a clause that 项目 closes.
    static func tradeName(_ s: ScannedText, at start: Int, length: Int) -> Bool {
        let end = start + length
        guard (start..<end).allSatisfy({ Han.isHan(s[$0]) && !nameBreaks.contains(s[$0]) }), wordClass(s, start..<end) == nil,
              s.longest(projectTrades, at: end) != nil else { return false }
        let clauseEnd = (end..<min(s.count, end + 40)).first { People.clauseEnds.contains(s.units[$0]) } ?? min(s.count, end + 40)
        return (end..<clauseEnd).contains { s.matches(project, at: $0) }
    }

    static let project = ScannedText.fold("项目")
    static let projectKinds = ScannedText.words(["产业", "基地", "园区", "项目", "工程", "小镇"].map { ($0, true) })
    /// Trades that close a company's name in a project's (…电子科技, …涂料): the nouns of `trades`
    /// and the products factories are named after; not its verbs (建设, 开发, 投资), which say what
    /// a project does (重庆某某开发项目).
    static let projectTrades = ScannedText.words((["新能源", "新材料", "科技", "技术", "能源", "电子", "实业", "信息", "电力", "网络",
                                                   "软件", "汽车", "电器", "电气", "化工", "医药", "生物", "材料", "环保", "机械", "通信",
                                                   "食品", "智能", "制造", "涂料", "纺织", "服饰", "陶瓷", "玻璃", "光伏", "药业", "家居",
                                                   "建材", "光电", "机电", "包装", "钢铁", "轴承", "塑业", "纸业", "精密", "装备"]).map { ($0, true) })

    /// Whether a word that points (该, 这, 本, 其, 我: 了解该|公司, 我|局) stands alone right
    /// before a body's word at `i`: the body the report speaks of, named elsewhere or nowhere.
    static func isPointedAt(_ s: ScannedText, suffixAt i: Int) -> Bool {
        guard pointers.contains(s[i - 1]), let word = s.word(containing: i - 1) else { return false }
        return word.count == 1
    }

    /// `genericStarts` but 全, 诸 and 一, which stand alone before bodies' words in names (中建一局).
    static let pointers = ScannedText.units(of: "这那该本我你他她其各每某此贵")

    /// 中心 closes a public body's name after its place (太原市|招生考试管理|中心, 大同市|疾病预防控制|中心)
    /// where at least two characters name it, no event stands between (太原市|成立大数据|中心), and it
    /// is no venue (太原滨河|体育|中心).
    static let centre = ScannedText.fold("中心")

    static func isCentresName(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        guard let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return false }
        let units = Array(s.units[name])
        let words = segmenter.segment(units)
        guard let last = words.last, lexicon.wordClass(Array(units[last])) != .place,
              !venues.contains(where: { $0.word.elementsEqual(units[last]) }) else { return false }
        return !words.contains { word in eventVerbs.contains { $0.word.elementsEqual(units[word]) } }
    }

    /// What a centre that is a place to go, not a body, is for (太原滨河体育中心, 会展中心).
    static let venues = ScannedText.words(["体育", "会展", "会议", "展览", "购物", "文化", "艺术", "商务", "金融", "商业", "活动",
                                           "演艺", "奥体", "游客", "交通", "物流", "数据"].map { ($0, true) })

    /// `range` without the one character before a 全国 that opens the rest (住冀|全国政协委员: 冀 is
    /// where the members live; 墨|全国文化和艺术委员会). Longer names hold 全国 whole
    /// (美中贸易全国委员会, 九届全国人大).
    /// So is a level that 全 makes "the whole province" before a central body (全省|中央环境保护督察组).
    static func fromNationwide(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        if range.count > nationwide.count + 1 && s.matches(nationwide, at: range.lowerBound + 1) { return (range.lowerBound + 1)..<range.upperBound }
        let whole = s[range.lowerBound - 1] == nationwide[0] && levelCharacters.contains(s.units[range.lowerBound])
        return whole && range.count > central.count + 2 && s.matches(central, at: range.lowerBound + 1) ? (range.lowerBound + 1)..<range.upperBound : range
    }

    /// `range` with the word of an outlet right after it (太行|日报, where the tagger read the
    /// mountain alone as the body), or 网 where jieba reads it as a word of its own (人民政协|网):
    /// the outlet is the body.
    static func withOutletWord(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        if let word = s.longest(outlets, at: range.upperBound) { return range.lowerBound..<(range.upperBound + word.word.count) }
        let site = range.upperBound..<(range.upperBound + 1)
        return s[site.lowerBound] == net && s.word(containing: site.lowerBound) == site ? range.lowerBound..<site.upperBound : range
    }

    /// The words that close outlets' names, which the tagger may cut from the place or name
    /// before them (大同|日报, 太行|日报): body suffixes too.
    static let outletWords = ["日报", "晚报", "日报社", "报社", "电视台", "广播电视台", "新闻网", "融媒体中心"]
    static let outlets = ScannedText.words(outletWords.map { ($0, true) })

    /// Whether a name (folded) is an outlet's: it ends as one does (长治日报, 新华社), or is a
    /// county's or city's media centre (阳城县融媒体中心).
    static func namesOutlet(_ name: [UInt32]) -> Bool {
        name.last.map(outletEnds.contains) == true || mediaCentres.contains { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }
    }

    static let mediaCentres = ["融媒体中心", "新闻中心"].map(ScannedText.fold)

    /// `spans` (in any order) with a body's office the tagger read alone right after the body
    /// joined to it (太原市政府|新闻办, 省委|办公厅): the office is the body's.
    static func withOfficesJoined(_ spans: [Range<Int>], in s: ScannedText) -> [Range<Int>] {
        let sorted = spans.sorted { $0.lowerBound < $1.lowerBound }
        var joined: [Range<Int>] = []
        for span in sorted {
            if let last = joined.last, last.upperBound == span.lowerBound, offices.contains(where: { $0.word.elementsEqual(s.units[span]) }) {
                joined[joined.count - 1] = last.lowerBound..<span.upperBound
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    static let offices = ScannedText.words(["新闻办", "办公室", "办公厅", "研究室", "信访局", "宣传部", "组织部", "统战部"].map { ($0, true) })

    /// Whether a name opens with a date (2027年|公司海外销量…): a clause's time, no body's name,
    /// which may open with digits (58同城) but not with a year, month or day.
    static func opensWithDate(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, ScannedText.isDigit(s.units[i]) { i += 1 }
        return i > range.lowerBound && i < range.upperBound && closesDate(s, at: i)
    }

    /// Whether a centre's name follows a verb of building it (共建|人工智能算力中心): a facility to
    /// come, not yet a body.
    static func isCentreBeingBuilt(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.matches(centre, endingAt: range.upperBound) && s.longest(buildingVerbs, endingAt: range.lowerBound) != nil
    }

    static let buildingVerbs = ScannedText.words(["建设", "共建", "建成", "新建", "打造", "筹建", "在建", "拟建", "兴建"].map { ($0, true) })

    /// What happens to a centre, rather than what it is called for.
    static let eventVerbs = ScannedText.words(["成立", "建立", "建成", "共建", "打造", "启用", "投用", "参观", "来到", "走进", "入驻", "落户",
                                               "考察", "调研", "视察", "设立", "组建", "揭牌", "新建", "筹建", "建设", "前往", "到访"].map { ($0, true) })

    /// Whether a body's word at `i` closes a common word that starts right before it (晋中|布局:
    /// a plan, no bureau; 展厅, 排队; not 区政府), as jieba cuts the text there. (One that opens a word
    /// running on past it, 乌克兰|局势, is no body's either: `splitsWord` at its end.)
    static func closesCommonWord(_ s: ScannedText, suffixAt i: Int, length: Int) -> Bool {
        guard let word = s.word(containing: i) else { return false }
        // a level and the body (云冈|区政府) is a word of jieba's that opens no other
        return word.lowerBound == i - 1 && word.upperBound == i + length && isCommonWord(s, word) && !isLevelOnly(s, word)
    }

    /// `range` up to the last body's name in it, where its 部 opens 部署 (市卫生局统一|部|署: the
    /// bureau's plan, no department); nothing where no body's name ends in it (工作|部|署).
    static func beforeDeploying(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        guard s.matches(deploying, at: range.upperBound - 1) else { return range }
        let end = (range.lowerBound + 2..<(range.upperBound - 1)).last { endsBody(s, at: $0) } ?? range.lowerBound
        return range.lowerBound..<end
    }

    static let deploying = ScannedText.fold("部署")

    /// `range` without a 组织 that ends it where the clause goes on after it and a body's name
    /// ends before it, or one of a kind (界河镇政协|组织|部分委员…: the body organised them): the
    /// verb, no 组织 of a name, nor of a word jieba reads whole (街道|党组织).
    static func beforeOrganising(_ s: ScannedText, _ range: Range<Int>) -> Range<Int> {
        let verb = range.upperBound - organising.count
        guard verb - range.lowerBound >= 2, s.matches(organising, at: verb), Han.isHan(s[range.upperBound]), !s.splitsWord(at: verb),
              endsBody(s, at: verb) || organisationKind(Array(s.units[range.lowerBound..<verb])) != "other" else { return range }
        return range.lowerBound..<verb
    }

    static let organising = ScannedText.fold("组织")

    /// Whether an honour's name opens in `range` (全国三八红旗|手, 全国三八红旗集体, 全国工人先锋号):
    /// award reports list honours beside the bodies given them, and an honour is no body.
    static func namesAnHonour(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.contains { s.longest(honours, at: $0) != nil }
    }

    static let honours = ScannedText.words([
        "三八红旗", "红旗手", "红旗集体", "工人先锋号", "青年文明号", "巾帼文明岗", "巾帼建功", "劳动模范", "先进工作者", "先进集体",
        "五一劳动奖", "五四青年奖", "五四奖章", "文明单位", "文明家庭", "模范集体",
    ].map { ($0, true) })

    /// Whether a name the tagger read ends in a common word that ends as a bureau's, department's,
    /// hall's, office's or court's name does (临港产业|布局, 全市|干部, 会议|大厅, 联合|主办, 美丽|庭院):
    /// a description, no body; not where the word is the end of a longer one of jieba's (国家|安全部).
    static func endsInCommonWord(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count > 2, let word = s.longest(descriptionEnds, endingAt: range.upperBound) else { return false }
        return wordClass(s, (range.upperBound - word.word.count - 1)..<range.upperBound) == nil
    }

    static let descriptionEnds = ScannedText.words([
        "布局", "格局", "全局", "大局", "结局", "时局", "战局", "开局", "残局", "变局", "骗局", "僵局", "危局",
        "干部", "内部", "全部", "外部", "局部", "底部", "顶部", "头部", "尾部", "根部", "细部",
        "大厅", "客厅", "餐厅", "门厅", "舞厅", "庭院", "四合院",
        "举办", "主办", "承办", "创办", "开办", "兴办", "查办", "筹办", "合办",
    ].map { ($0, true) })

    /// 亚洲球队, 中国印尼两队, 各队: a team of somewhere, or a count of teams, named by no one name.
    static let teamMark = ScannedText.fold("队"), teamsOfNoName = ScannedText.units(of: "球两各支")

    static func isTeamOfNoName(_ s: ScannedText, at i: Int, suffix: [UInt32]) -> Bool {
        suffix == teamMark && teamsOfNoName.contains(s[i - 1])
    }

    /// Whether the words before a company's suffix can be its name: jieba cuts them into
    /// nouns, names and words it does not know, with no verb, adverb or particle among them
    /// (如今集团, 但当得知保险公司 and 考虑到大学 are clauses, not names), and one of them at
    /// least names something: a name, a word jieba's dictionary lacks (锐华), letters or digits.
    /// Common words alone describe a body (大型企业集团, 单位集团, 儿子大学), not name one,
    /// unless jieba knows them with the suffix as a name (工商银行).
    static func isNameLike(_ units: [UInt32], suffix: [UInt32]) -> Bool {
        guard let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return true }
        let words = segmenter.segment(units)
        // a place, a brand of two characters and a trade (宜昌市|至上|置业): the brand is a name,
        // whatever else jieba knows the word as
        if words.count == 3, lexicon.wordClass(Array(units[words[0]])) == .place, words[1].count == 2, isTrade(units[words[2]]) { return true }
        // a trade is no verb in a name, though jieba tags it one (晋能控股装备制造: 控股, 制造)
        guard !words.contains(where: { links(units[$0], lexicon) && !isTrade(units[$0]) }) else { return false }
        return [.organisation, .abbreviation, .properNoun].contains(lexicon.wordClass(units + suffix)) || words.contains { word in
            guard word.count > 1 else { return ScannedText.isLetter(units[word.lowerBound]) || ScannedText.isDigit(units[word.lowerBound]) }
            return namesOrUnknown(Array(units[word]), lexicon)
        }
    }

    /// Whether a body is named by what it does alone: a company by its trade (贸易|公司, 供电|公司,
    /// 物流|集团), a centre by one common word (研发|中心): a kind of body, as 保险公司 is, not a
    /// name; a common word before a company's suffix may be a brand (金土地公司). (The tagger reads
    /// some names so, 置业|有限公司 of 宜昌市至上置业有限公司, which other rules widen first.) A
    /// bureau so named (财政局, 执行局) is left: in a list of a city's bureaus, or under a court or a
    /// ministry, it is that body's, which the record cannot yet say. Nor is a report a body issues
    /// (辽宁省|通报的4起案件: 通报 would make it a newspaper).
    static func isBodyOfNoName(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        if s.longest(documents, endingAt: range.upperBound, where: { range.count > $0.word.count }) != nil { return true }
        if range.count > centre.count, s.matches(centre, endingAt: range.upperBound),
           let head = wordClass(s, range.lowerBound..<(range.upperBound - centre.count)) {
            return [.noun, .verb, .abbreviation].contains(head)  // 研发 is jieba's abbreviation of 研究开发
        }
        guard let suffix = s.longest(companysOwnSuffixes, endingAt: range.upperBound, where: { $0.word.count < range.count })
        else { return false }
        let head = s.units[range.lowerBound..<(range.upperBound - suffix.word.count)]
        return isTrade(head) || utilities.contains { $0.word.elementsEqual(head) }
    }

    /// Reports that end like a newspaper's name (…报) and that a body issues.
    static let documents = ScannedText.words(["通报", "汇报", "举报", "公报", "简报", "预报", "喜报", "捷报"].map { ($0, true) })

    /// Trades that name no company's own name, only the kind of company: the public utilities.
    static let utilities = ScannedText.words(["供电", "供水", "供热", "供气", "燃气", "热力", "自来水"].map { ($0, true) })

    static let companysOwnSuffixes = ScannedText.words(["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"].map { ($0, true) })

    /// Whether the words (folded units, as jieba cuts them) hold a verb, adverb or particle: a
    /// clause, not a name. Without jieba's dictionary, nothing is known to. `tradesNaming`: a
    /// trade jieba calls a verb is a name's word (…农业装备|制造|项目), as in companies' names.
    static func isClause(_ units: [UInt32], tradesNaming: Bool = false) -> Bool {
        anyWord(of: units) { word, lexicon in links(word, lexicon) && !(tradesNaming && isTrade(word)) }
    }

    /// Whether the words (folded units, as jieba cuts them) hold an adverb, a preposition or a
    /// particle: a body's name may hold verbs (发展和改革委员会, 应急管理局) but not these
    /// (中国男单曾被各强|队 is a clause).
    static func holdsParticle(_ units: [UInt32]) -> Bool {
        anyWord(of: units) { word, lexicon in
            word.count == 1 ? word.first.map(functionCharacters.contains) == true : lexicon.wordClass(Array(word)) == .function
        }
    }

    /// Whether a word jieba cuts `units` into passes `test`; without jieba's dictionary, none does.
    /// The classes of jieba's words that name something: people, places, bodies, other proper
    /// nouns and abbreviations (中科院).
    static let nameClasses: [Lexicon.WordClass] = [.person, .place, .organisation, .properNoun, .abbreviation]

    /// Whether jieba's dictionary knows `word` as a name (`nameClasses`), or does not know it: a
    /// word that may be, or be part of, a name.
    static func namesOrUnknown(_ word: [UInt32], _ lexicon: Lexicon) -> Bool {
        lexicon.wordClass(word).map(nameClasses.contains) ?? true
    }

    /// Whether the characters of `range` are a word of jieba's dictionary that names nothing.
    static func isCommonWord(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        wordClass(s, range).map { !nameClasses.contains($0) } ?? false
    }

    /// The class jieba's dictionary gives the characters of `range`, when they are one of its words.
    static func wordClass(_ s: ScannedText, _ range: Range<Int>) -> Lexicon.WordClass? {
        guard range.lowerBound >= 0, range.upperBound <= s.count else { return nil }
        return EntityModel.shared?.lexicon.wordClass(Array(s.units[range]))
    }

    private static func anyWord(of units: [UInt32], _ test: (ArraySlice<UInt32>, Lexicon) -> Bool) -> Bool {
        guard let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return false }
        return segmenter.segment(units).contains { test(units[$0], lexicon) }
    }

    /// A verb, adverb or particle: a word that links or qualify others rather than names.
    private static func links(_ word: ArraySlice<UInt32>, _ lexicon: Lexicon) -> Bool {
        if word.count == 1, let u = word.first { return functionCharacters.contains(u) }
        return [.verb, .function].contains(lexicon.wordClass(Array(word)))
    }

    /// Characters that, standing alone, link or qualify words rather than name anything: particles,
    /// pronouns and prepositions (征信中心按|中国人民银行规定, 受|市政府委托: "according to", "by").
    static let functionCharacters = ScannedText.units(of: "但当得如不于在是了着过的地把被让给对向从和与同及或也都还就又才所因为这那该本我你他她其各每某此一将已以有按受")

    /// Where the places that end at `end` start, each straight after the one before (吕梁市离石区
    /// before 人民政府): a body's name holds them all. Nil where no place ends there.
    static func placesStart(endingAt end: Int, _ placeEnds: [Int: Int]) -> Int? {
        guard var start = placeEnds[end] else { return nil }
        while let earlier = placeEnds[start], earlier < start { start = earlier }
        return start
    }

    /// Where each occurrence of the place words ends (unit indices), with where the earliest
    /// starting of those ending there starts.
    static func ends(of places: [UInt32: [[UInt32]]], in s: ScannedText) -> [Int: Int] {
        let firsts = UnitSet(places.keys)
        var ends: [Int: Int] = [:]
        for i in 0..<s.count where firsts.contains(s.units[i]) {
            for word in places[s.units[i]] ?? [] where s.matches(word, at: i) && ends[i + word.count] == nil { ends[i + word.count] = i }
        }
        return ends
    }

    /// A public body's name starts at a place, followed by at most `longest` more characters
    /// ("大同" + "經開區" + "黨工委"; a department's, eight: "运城市" + "行政审批服务管理" + "局"),
    /// or at a level right after a break, followed by two to eight
    /// ("市" + "人社" + "局", "市" + "行政审批服务管理" + "局"). Nil otherwise: "各開發區" and
    /// "省政府" name no one body.
    /// Where `range` goes on after the place names (`places`, by first unit) that open it, one
    /// after the other: its start when none does.
    static func afterPlaces(_ s: ScannedText, _ range: Range<Int>, places: [UInt32: [[UInt32]]]) -> Int {
        var i = range.lowerBound
        while let place = places[s[i]]?.filter({ i + $0.count <= range.upperBound && s.matches($0, at: i) }).max(by: { $0.count < $1.count }) {
            i += place.count
        }
        return i
    }

    static let grade = ScannedText.fold("级")[0]

    static func bodyStart(_ s: ScannedText, before end: Int, places: [UInt32: [[UInt32]]], longest: Int = 6) -> Int? {
        var best: Int?
        var start = end - 1
        // back over Han characters and brackets, not past a word that links two names (沈阳队与大连队)
        while start >= max(0, end - 12), Han.isHan(s.units[start]) || brackets.contains(s.units[start]), !nameBreaks.contains(s.units[start]) {
            if let words = places[s.units[start]],
               words.contains(where: { $0.count <= end - start && end - start - $0.count <= longest && s.matches($0, at: start) }) {
                best = start
            }
            start -= 1
        }
        // 市人社局, 省住建厅: a level, then the department's short name, straight after a break or
        // the break's 我, 本 or 该 (座谈会，我|市退役军人事务局); not a grade (区级社区服务中心 is any district's)
        let level = ours.contains(s[start + 1]) && levelLength(s, at: start + 2) != nil ? start + 2 : start + 1
        if best == nil, opensAfterBreak(s, level: level), let length = levelLength(s, at: level),
           (2...8).contains(end - level - length), s[level + length] != grade {
            return level
        }
        return best
    }

    // MARK: Terms

    /// Quoted terms (“三個一批”, 「…」), 1 to 20 characters, with how often each occurs: the
    /// text between an opening quote and its closing one, when no other quote opens between.
    static func terms(in scan: ScannedText) -> [Mention] {
        var mentions = Mentions()
        let units = scan.units, quotes = Entities.quotes
        func closing(_ unit: UInt32) -> UInt32? { quotes.first { $0.open == unit }?.close }
        var i = 0
        while i < units.count {
            guard let close = closing(units[i]) else { i += 1; continue }
            let limit = min(units.count, i + longestTerm + 2)
            var j = i + 1
            while j < limit, units[j] != close, closing(units[j]) == nil { j += 1 }
            if j < limit, units[j] == close, j > i + 1 {
                mentions.add(scan.text((i + 1)..<j), offset: scan.byteOffset(i + 1), titles: [], role: "")
                i = j + 1
            } else {
                i += 1
            }
        }
        return mentions.list
    }

    /// Characters, at most, of a quoted term: longer quotations are speech, not terms.
    static let longestTerm = 20

    /// The quotes around terms, as the scan holds them (three: a look-up in a list beats a hash).
    private static let quotes: [(open: UInt32, close: UInt32)] = [("“", "”"), ("「", "」"), ("『", "』")].map {
        (ScannedText.fold($0.0)[0], ScannedText.fold($0.1)[0])
    }
}

/// Mentions collected in first-seen order, one record per name: forms that fold alike (盧東亮
/// and 卢东亮) are one name, shown as first written.
struct Mentions {
    private var order: [String] = []
    private var byKey: [String: Mention] = [:]
    /// Per name, the body each post was first stated with: a record's `org` is its `title`'s
    /// (院长 of 社会科学院, not the 统战部 of a post stated later).
    private var postOrgs: [String: [String: String]] = [:]

    /// The first-written form of each name.
    var names: [String] { order.compactMap { byKey[$0]?.text } }
    /// In first-seen order, each mention's offsets (and forms) in text order.
    var list: [Mention] {
        order.compactMap { key in
            byKey[key].map { m in
                var m = m
                if let title = m.title, let org = postOrgs[key]?[title] { m.org = org }
                let sorted = zip(m.offsets, m.forms).sorted { $0.0 < $1.0 }
                m.offsets = sorted.map(\.0)
                m.forms = sorted.map(\.1)
                return m
            }
        }
    }

    func offsets(of name: String) -> [Int] { byKey[Folding.shared.folded(name)]?.offsets ?? [] }

    /// A mention of `name`, written as `form` (王 of 王东亮) or as the name itself.
    /// `bySurname`: the mention is the surname and a post (夏主席), whose post, a form of address,
    /// stands before those stated with the name (主任 of 港澳办主任夏宝龙 stays the record's).
    mutating func add(_ name: String, form: String? = nil, offset: Int?, titles: [String], role: String, org: String? = nil,
                      bySurname: Bool = false) {
        let key = Folding.shared.folded(name)
        if byKey[key] == nil { order.append(key) }
        // changed where the dictionary keeps it: a copy taken out and put back copied its
        // offsets at every mention, and a name said 20,000 times took seconds
        Mentions.update(&byKey[key, default: Mention(text: name, offsets: [])], form: form ?? name, offset: offset,
                        titles: titles, role: role, org: org, bySurname: bySurname)
        if let org { for title in titles where postOrgs[key]?[title] == nil { postOrgs[key, default: [:]][title] = org } }
    }

    /// `name`'s mentions, posts and roles made `full`'s, and `name` no record of its own; each
    /// mention written as it was, or as `written` where the text says more than `name`.
    mutating func merge(_ name: String, into full: String, writtenAs written: String? = nil) {
        let key = Folding.shared.folded(name)
        guard let mention = byKey.removeValue(forKey: key) else { return }
        order.removeAll { $0 == key }
        let fullKey = Folding.shared.folded(full)
        for (title, org) in postOrgs.removeValue(forKey: key) ?? [:] where postOrgs[fullKey]?[title] == nil { postOrgs[fullKey, default: [:]][title] = org }
        for (offset, form) in zip(mention.offsets, mention.forms) {
            add(full, form: written ?? form, offset: offset, titles: mention.titles, role: mention.roles.first ?? "", org: mention.org)
        }
        if mention.offsets.isEmpty { add(full, offset: nil, titles: mention.titles, role: mention.roles.first ?? "", org: mention.org) }
    }

    private static func update(_ mention: inout Mention, form: String, offset: Int?, titles: [String], role: String, org: String?,
                               bySurname: Bool = false) {
        if let offset {
            mention.offsets.append(offset)
            mention.forms.append(form)
        }
        for t in titles where !mention.titles.contains(t) {
            if bySurname { mention.titles.insert(t, at: 0) } else { mention.titles.append(t) }
        }
        if !role.isEmpty, !mention.roles.contains(role) { mention.roles.append(role) }
        if mention.org == nil { mention.org = org }
    }

    /// Sets what kind of organisation a name is, and the place it holds.
    mutating func describe(_ name: String, kind: String, place: String?) {
        let key = Folding.shared.folded(name)
        byKey[key]?.kind = kind
        byKey[key]?.place = place
    }
}
