import Foundation
import EntityTagger
import Segmentation
import Text

/// People named in reports, on the folded text (so both scripts read alike): the names the
/// entity tagger finds, and where it finds no name at all, the patterns reports use: titles
/// before names (省委常委、市委书记盧東亮), "、" lists after a post (市领导任希杰、李东升), titles
/// after names (江泽民主席), a name before a verb of saying (李明说), and names jieba's dictionary
/// knows. Each person gets the post stated before or after the name and the organisation that
/// post belongs to (大同市委书记卢东亮: 市委书记, 大同市委). Linear in the text.
enum People {
    /// Common surnames, folded to Simplified script: the tagger's, and less common ones the
    /// patterns look for too (市长储祥好, whom the tagger misses). The tagger's own list stays as
    /// its model was trained with it.
    static let surnames = UnitSet(EntityModel.surnames + ScannedText.fold(lessCommonSurnames))
    /// Less common surnames. Where one opens a common word (游客, 尤其) `opensNoName` tells;
    /// those that open one too often, or one jieba tags as a name, are left out (项目, 管理, 欧洲, 丛林).
    /// Last, common surnames whose character opens common words more often than names (成员|单位,
    /// 选手|方面, 成员|包括): `opensNoName` asks of them as of the less common.
    static let lessCommonSurnames = "肖储柏艾卜凌游涂饶苗耿鲍庞甄翟闫栗佟邢阮滕芦庄颜倪陶辛翁祝隋詹闵仲姬牟屠苑霍莫施韦麦桑楚穆蓝柯尤邬巩虞寇邰岑雍冉蔺郦靳栾时冷晏糜麻娄宫符阙邝裘鞠巫廉谌冼佘郜郗宦曲童房左池席洪卓屈邸戈郁毕卞钮苟单方包车"
    static let lessCommon = UnitSet(ScannedText.fold(lessCommonSurnames))
    /// Office titles, longest first (so 市委书记 before 书记).
    static let titles = ScannedText.words(Entities.titleWords.map { ($0, true) })
    static let titleFirsts = UnitSet(titles.compactMap(\.word.first))
    /// Titles that follow a name as well as precede it: 江泽民主席, 李鹏总理, 王先生.
    static let titlesAfter = ScannedText.words(["主席", "总理", "副总理", "书记", "市长", "省长", "县长", "区长", "部长", "副部长",
                                                "总统", "首相", "委员长", "同志", "先生", "女士", "教授", "院士", "大使", "主任",
                                                "局长", "厂长", "校长", "院长", "董事长", "总经理", "总裁", "将军", "司令员",
                                                "政委", "代表", "委员", "记者", "队长", "村长", "支书", "总书记", "会长", "知事", "秘书长",
                                                "议员", "特派员", "司长", "行政长官", "总领事", "领事", "公使", "公参", "参赞",
                                                // deputies and bankers, as banks' and companies' reports put them (姚成副行长)
                                                "行长", "副行长", "行长助理", "副市长", "常务副市长", "副省长", "副县长", "副区长", "副局长",
                                                "副主任", "副主席", "副校长", "副院长", "副秘书长", "副总经理", "副董事长",
                                                // prosecutors' (梁经顺检察长, 王珂副检察长)
                                                "检察长", "副检察长", "常务副检察长",
                                                // firemen's and police's (王建军支队长, 李明大队长)
                                                "总队长", "支队长", "大队长",
                                                // a headquarters' (援疆指挥部: 裘东耀指挥长)
                                                "指挥长", "总指挥",
                                                // doctors', as hospitals' news put them (吴正祥医师, 李素梅主任医师)
                                                "医师", "主任医师", "副主任医师", "主治医师",
                                                // a state councillor's, as briefings put it (王毅国务委员兼外长)
                                                "国务委员",
                                                // heads of departments, institutes and halls (王学勤副厅长, 蒋业华处长, 胡永康总工程师)
                                                "厅长", "处长", "所长", "馆长", "总工程师", "总编辑", "社长"].map { ($0, true) })
    static let afterFirsts = UnitSet(titlesAfter.compactMap(\.word.first))

    /// The longest title that ends just before `i`, if one does.
    /// The Youth League's committee holds its level's title (团|县委书记曹金化): that title is
    /// the League committee's post (书记), not the party committee's.
    static func title(endingAt i: Int, in s: ScannedText) -> (word: [UInt32], name: Bool)? {
        s.longest(titles, endingAt: i) { title in
            !(s[i - title.word.count - 1] == Entities.league && levelCommittees.contains { title.word.starts(with: $0.word) })
        }
    }

    /// The length of the title that follows a name at `i`, if one does. 代表 is a deputy's
    /// title only where the clause ends or the deputy speaks (王刚代表说); before anything else
    /// it is the verb (何光中代表市委、市政府致辞), which says nothing of the person's post.
    static func titleAfter(_ s: ScannedText, at i: Int) -> Int? {
        // a deputy's too (王东副市长, 冯军副秘书长)
        let deputy = s[i] == deputyMark ? 1 : 0
        guard let title = s.longest(titlesAfter, at: i + deputy) else { return nil }
        let end = i + deputy + title.word.count
        let next = s[end]
        if title.word == representative, next != 0, !clauseEnds.contains(next), !representativesNext.contains(next) { return nil }
        return deputy + title.word.count
    }

    static let towards = ScannedText.fold("向")[0]
    /// Surnames that are also a preposition or an adverb: 向 ("to"), 曾 ("once"), 常 ("often"),
    /// 于 ("at", 县长|于当天下午赶到).
    static let adverbSurnames = ScannedText.units(of: "向曾常于")
    static let representative = ScannedText.fold("代表"), representativesNext = ScannedText.units(of: "、：:！？说表指认强介建提发在也和们")
    /// Verbs of saying and doing that follow a name: 李明说, 王芳表示; and the adverbs of two
    /// or more doing so (高瑛和糜建|分别汇报, 李明和邱建国|先后发言).
    static let verbs = ScannedText.words(["说", "表示", "指出", "认为", "强调", "介绍", "告诉", "称", "透露", "坦言", "回忆",
                                          "会见", "主持", "出席", "讲话", "致辞", "致词", "致欢迎词", "致欢迎辞", "致贺词", "致答谢词", "宣布", "宣读", "传达", "分别", "先后",
                                          // and of visiting, as photo captions put them (副局长唐超|慰问退役军人)
                                          "慰问", "看望", "走访", "视察", "调研", "考察",
                                          // and of leading a group (市委书记张伟|率代表团)
                                          "率领", "率队", "率团", "率代表团", "带队"].map { ($0, true) })
    static let verbFirsts = UnitSet(verbs.compactMap(\.word.first))
    /// Characters no given name holds: particles and verbs that follow names in reports, and 氏,
    /// which follows a surname alone ("the Luo family": 罗氏虾 is a shrimp, 李氏水产 a shop), and 们,
    /// which makes a plural of what stands before it (代表们|实地视察 is no one).
    static let notInName = UnitSet((Entities.afterNameCharacters + "氏们").unicodeScalars.map { Folding.shared.simplified($0.value) })
    /// Characters that may stand right before a name (or the name starts the text).
    static let beforeName = ScannedText.units(of: "的了和与及在由对向给将把被同跟是为请让见、，。；：！？“”（）《》 \n")
    /// The middle dot of transliterated names (阿卜杜勒·阿齐兹), in its common code points.
    static let nameDots = UnitSet([0xB7, 0x2027, 0x30FB, 0x2022])

    /// Every person named in `s`, in text order, with the post and organisation stated with
    /// them. `organisations`: where the article's organisations stand (unit ranges).
    /// `inFull`: `Entities.namedInFull` of `organisations`, when the caller has it.
    static func find(in s: ScannedText, tagged: [EntitySpan], organisations: [Range<Int>], inFull: [Range<Int>: Range<Int>]? = nil,
                     into mentions: inout Mentions) {
        // a name the tagger starts inside a title (主|任衛東 of 主任衛東亮), or a place (副市|長江|海洋),
        // is left to the patterns
        let misread = tagged.filter { $0.kind != .organisation && startsInsideTitle(s, $0.range) }.map(\.range)
        // nor is a person the tagger read inside a body's name (华电福新|周宁|抽水蓄能公司)
        let bodies = RangeIndex(organisations)
        // the anonymised names the text writes twice or numbers (陆某波, 李某一), which both keep whole
        let lettered = letteredAnonymisedNames(in: s)
        let read = withoutRunOnCharacters(withoutTimeWords(withoutLeadingWith(tagged.filter {
            $0.kind == .person && isName(s, $0.range) && !misread.contains($0.range) && !isListedAmongWords(s, $0.range)
                && bodies.containing($0.range) == nil
        }.map(\.range), in: s), in: s), in: s, lettered: lettered)
        let landmarks = Set(read.filter { namesALandmark(s, $0) || namesARoute(s, $0) || namesAStorm(s, $0) }.map { s.units[$0] })
            .union(Set(read.map { s.units[$0] }).filter { isCountrysSide($0, in: s) })
        let modelNames = landmarks.isEmpty ? read : read.filter { !landmarks.contains(s.units[$0]) }
        // a surname the tagger read alone as a list's item (、魏|险峰, or 孙|卫星 in a list spaced
        // apart: 险峰 and 卫星 are words) or a credit's (文：徐|双枝) leaves the name to the patterns;
        // elsewhere it is an address (邱|大爷) or a name's piece (汤|尤杯)
        let taken = RangeIndex(tagged.filter { !($0.kind == .person && $0.range.count == 1
                                                 && (s[$0.range.lowerBound - 1] == ScannedText.listMark || spaces.contains(s[$0.range.lowerBound - 1])
                                                     || workCreditMarks.contains(s[$0.range.lowerBound - 1]))) }
            .map(\.range).filter { !misread.contains($0) })
        // the patterns add a name only where the tagger saw none (陈波约 after a title is 陈波 to it)
        let placeNames = Places.namesOfPlaces(tagged, in: s)
        let placesAt = Dictionary(tagged.filter { $0.kind == .place }.map { ($0.range.lowerBound, $0.range) }, uniquingKeysWith: { a, _ in a })
        let personEnds = Set(tagged.filter { $0.kind == .person }.map(\.range.upperBound))
        let bodyEndingAt = Dictionary(organisations.map { ($0.upperBound, $0) }, uniquingKeysWith: { a, b in a.count >= b.count ? a : b })
        let patternNames = (namesByPattern(in: s, bodyEnds: Set(bodyEndingAt.keys)) + spacedNames(in: s) + workCreditNames(in: s) + rareSurnameNamesSaidTwice(in: s)).filter {
            isAppointedNameOverPlace($0, in: s, placesAt: placesAt)
                || (!taken.overlaps($0) || isListedNameOverPlace($0, in: s, placesAt: placesAt, taken: taken, personEnds: personEnds)
                    || isNameAfterPostOverAbbreviation($0, in: s, placesAt: placesAt, taken: taken)) && !placeNames.contains(s.units[$0])
        }
        // a post's body named by its level alone (市委书记), again (省发改委), short (中石化董事长) or
        // without its place is the body the article names in full (大同市委, 山西省发展和改革委员会…)
        let fullNames = (inFull ?? Entities.namedInFull(organisations, in: s)).mapValues { Entities.recordName(s, $0) }
            .merging(Entities.elidedNames(organisations, in: s)) { _, elided in elided }
        var previous: (range: Range<Int>, post: Post)?
        let anonymised = anonymisedNames(in: s, tagged: tagged, lettered: lettered)
        let anonymisedEnds = Dictionary(anonymised.map { ($0.lowerBound, $0.upperBound) }, uniquingKeysWith: max)
        // once each: the tagger may read whole an anonymised name (陆某波) the rule reads too, and
        // another rule a piece of it (王某 of 王某二及)
        // what 驻 ("stationed at") names is where, no person (驻|马赛|总领事)
        // nor is an honour received (获|金紫荆), which jieba's dictionary may tag a name, nor a place
        // before its head's post (高雄|市長)
        let names = Set(modelNames + patternNames + anonymised).filter {
            s[$0.lowerBound - 1] != Entities.stationed && !isAwardReceived(s, $0) && !namesPlacesHead(s, $0)
                && (anonymisedEnds[$0.lowerBound] ?? 0) <= $0.upperBound
        }
            .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        for (n, range) in names.enumerated() {
            var post = self.post(before: range.lowerBound, in: s, organisations: bodies, fullNames: fullNames)
            // 任命陈志刚为教育部副部长, 免去王建军的交通运输部副部长职务, 李文斌，男，…，现任市财政局副局长:
            // the post follows the name
            let next = n + 1 < names.count ? names[n + 1].lowerBound : s.count
            if post.titles.isEmpty,
               let end = appointedPostEnd(s, after: range) ?? statedPostEnd(s, after: range, before: next) ?? listedPostEnd(s, after: range)
                ?? bracketedPostEnd(s, after: range) ?? postClosingList(s, after: range) {
                post = self.post(before: end, in: s, organisations: bodies, fullNames: fullNames)
            }
            if post.titles.isEmpty, let title = titleAfter(s, at: range.upperBound) {
                post.titles = [s.text(range.upperBound..<(range.upperBound + title))]
                // the body right before the name is the post's (荆州市人民政府|秦卫东|副市长)
                if post.org == nil, let body = bodyEndingAt[range.lowerBound] { post.org = fullNames[body] ?? Entities.recordName(s, body) }
            }
            // 市领导任希杰、李东升 (or 副组长：马文涛 郑丽华, as rosters list them): a name listed
            // right after another shares its post
            if post.titles.isEmpty, let previous, isListed(range, after: previous.range, in: s) {
                post = previous.post
            }
            // 山西大学党委书记郭华、校长黄桂田: the next post listed is the body's whose committee the first is
            if post.org == nil, post.titles.count == 1, let previous, s[previous.range.upperBound] == ScannedText.listMark,
               previous.range.upperBound + 1 + post.titles[0].count == range.lowerBound, let committee = previous.post.org,
               let body = bodyOf(committee: committee) {
                post.org = body
            }
            if post.org == nil, let body = bodyInBrackets(after: range, in: s, organisations: bodies) {
                post.org = fullNames[body] ?? Entities.recordName(s, body)
            }
            mentions.add(name(s, range), form: s.text(range), offset: s.byteOffset(range.lowerBound), titles: post.titles, role: "text", org: post.org)
            previous = (range, post)
        }
    }

    /// Whether `name` follows the `previous` name as the next item of a list: after a 、, or
    /// after spaces alone (成员：孙建国 林晓燕), as rosters and notices lay names out; or as its
    /// last item, after 和 or 及 where a 、 stands before the previous name (吴秋北和陈克勤).
    static func isListed(_ name: Range<Int>, after previous: Range<Int>, in s: ScannedText) -> Bool {
        let end = previous.upperBound
        guard end < name.lowerBound else { return false }
        if end + 1 == name.lowerBound, lastItemMarks.contains(s[end]) { return s[previous.lowerBound - 1] == ScannedText.listMark }
        // a 、 may have spaces after it (李家锦、 姚敏), as pages typed by hand do
        let start = s[end] == ScannedText.listMark ? end + 1 : end
        return (start..<name.lowerBound).allSatisfy { spaces.contains(s.units[$0]) }
    }

    static let lastItemMarks = ScannedText.units(of: "和及")

    /// Whether `name`, right after a post (驻华大使|苏明), opens with a character the tagger read
    /// alone as a place's abbreviation (苏, Jiangsu) and holds nothing else it read: after a post,
    /// a surname. So is a surname whose given name the tagger read as a place that no division
    /// is (署长|于|广洲: 于 is "at" before a place, 署长于广州…).
    static func isNameAfterPostOverAbbreviation(_ name: Range<Int>, in s: ScannedText, placesAt: [Int: Range<Int>], taken: RangeIndex) -> Bool {
        guard title(endingAt: name.lowerBound, in: s) != nil else { return false }
        let given = (name.lowerBound + 1)..<name.upperBound
        // 中国 is a division by the gazetteer, and a given name common as few are (部长洪|中国)
        if name.count == 3, placesAt[name.lowerBound + 1] == given, !taken.overlaps(name.lowerBound..<(name.lowerBound + 1)) {
            return !isDivision(s, given, .shared) || s.units[given].elementsEqual(china)
        }
        guard placesAt[name.lowerBound]?.count == 1 else { return false }
        return !taken.overlaps(given)
    }

    /// Whether `name`, found by the patterns, is the name an appointment or removal gives right
    /// after its verb (免去|武岱|的…职务, 选举|阳安江|为…主席) where the tagger read those very
    /// characters as a place: the slot, with its post after, says a person.
    static func isAppointedNameOverPlace(_ name: Range<Int>, in s: ScannedText, placesAt: [Int: Range<Int>]) -> Bool {
        placesAt[name.lowerBound] == name && s.longest(appointingVerbs, endingAt: name.lowerBound, where: { $0.word.count > 1 }) != nil
    }

    /// Whether `name`, an item of a list of names (市领导李忠盛、方桂林，), is a surname and a
    /// place's name that the tagger read as the place (桂林): given names are often a city's, and
    /// in a list of people the item is a person. So is a whole item the tagger read as a place
    /// that no division is, after a person it read (县领导王斌、于峰岭、朱乃亮: 岭 ends hills' names
    /// and given names; not 岗南、黄壁庄两座水库).
    static func isListedNameOverPlace(_ name: Range<Int>, in s: ScannedText, placesAt: [Int: Range<Int>], taken: RangeIndex,
                                      personEnds: Set<Int>) -> Bool {
        guard name.count == 3, s[name.lowerBound - 1] == ScannedText.listMark else { return false }
        if placesAt[name.lowerBound] == name { return personEnds.contains(name.lowerBound - 1) && !isDivision(s, name, .shared) }
        guard !taken.overlaps(name.lowerBound..<(name.lowerBound + 1)) else { return false }
        return placesAt[name.lowerBound + 1] == (name.lowerBound + 1)..<name.upperBound
    }

    /// `names` of three characters or more without a preposition of company read into their start
    /// (习近平主席同|特朗普总统, 将同|廷觉总统举行会谈: "with"), where the rest is a person's name in
    /// jieba's dictionary or stands elsewhere in the text without it. (同 is a surname too, seldom.)
    static func withoutLeadingWith(_ names: [Range<Int>], in s: ScannedText) -> [Range<Int>] {
        func rest(_ name: Range<Int>) -> Range<Int>? {
            name.count >= 3 && withWords.contains(s.units[name.lowerBound]) ? (name.lowerBound + 1)..<name.upperBound : nil
        }
        let rests = names.compactMap(rest)
        let known = Set(rests.filter { Entities.wordClass(s, $0) == .person })
        let standingAlone = namesStandingAlone(Set(rests.filter { !known.contains($0) }.map { Array(s.units[$0]) }), in: s)
        return names.map { name in
            guard let rest = rest(name) else { return name }
            return known.contains(rest) || standingAlone.contains(Array(s.units[rest])) ? rest : name
        }
    }

    /// Which of `names` the text writes somewhere without 同, 与 or 跟 before them: one pass over
    /// the text for all of them, so a long article costs no more per name than a short one.
    static func namesStandingAlone(_ names: Set<[UInt32]>, in s: ScannedText) -> Set<[UInt32]> {
        guard !names.isEmpty else { return [] }
        let byFirst = Dictionary(grouping: names, by: { $0.first ?? 0 })
        var found = Set<[UInt32]>()
        for i in s.units.indices where !withWords.contains(s[i - 1]) {
            for name in byFirst[s.units[i]] ?? [] where s.matches(name, at: i) { found.insert(name) }
        }
        return found
    }

    static let withWords = ScannedText.units(of: "同与跟")

    /// `names` of three characters or more without a last one that opens a word of time after
    /// them (蒋万安|今日, 蒋万安|今（28）日, 王刚|昨天): no given name ends so.
    static func withoutTimeWords(_ names: [Range<Int>], in s: ScannedText) -> [Range<Int>] {
        names.map { name in
            let last = name.upperBound - 1
            guard name.count >= 3, timeOpeners.contains(s.units[last]),
                  timeEnds.contains(s[last + 1]) || Entities.openingBrackets.contains(s[last + 1]) else { return name }
            return name.lowerBound..<last
        }
    }

    /// 今 and 昨 and what follows them in words of time (今日, 昨天, 今晨); not 明, which ends many
    /// given names (李晓明年…).
    static let also = ScannedText.fold("亦")[0]
    static let china = ScannedText.fold("中国")
    static let timeOpeners = ScannedText.units(of: "今昨"), timeEnds = ScannedText.units(of: "日天年晨晚早")

    /// `names` of three or four characters without the last where it is a verb's or particle's
    /// that follows names (刘慧|作表态发言, 吴桂英|亦希望) and the article names the rest alone
    /// elsewhere (选举刘慧为…), where it is 则 before a verb of saying, or where it opens a word
    /// after an anonymised name (崔某|根据: "according to"); and without a post that
    /// follows names read into them, or the first character of a verb that follows names (唐超|慰问).
    /// 亦 (also) is not among the characters no given name holds:
    /// it stands inside many (刘亦菲).
    /// `lettered`: `letteredAnonymisedNames` of the text.
    static func withoutRunOnCharacters(_ names: [Range<Int>], in s: ScannedText, lettered: Set<ArraySlice<UInt32>>) -> [Range<Int>] {
        let shorterNames = Set(names.filter { (2...3).contains($0.count) }.map { s.units[$0] })
        // where else the text writes the names read on into a particle (刘玉|因, beside 刘玉的): one pass
        // or into a word that follows it (毛家来|到, beside 毛家主持)
        func readOn(_ name: Range<Int>) -> Bool { runsOn(s.units[name.upperBound - 1]) || s.splitsWord(at: name.upperBound) }
        let runOn = names.filter { (3...4).contains($0.count) && readOn($0) }.map { s.units[$0.lowerBound..<($0.upperBound - 1)] }
        let followers = runOn.isEmpty ? [:] : followersOutsideNames(of: Set(runOn), in: s)
        return names.map { name in
            let shorter = name.lowerBound..<(name.upperBound - 1)
            if name.count == 4, s.units[shorter.upperBound] == then, verbs.contains(where: { s.matches($0.word, at: name.upperBound) }) { return shorter }
            // an anonymised name read on into the word after it (崔某|根据: 根据, "according to"), unless
            // the text writes it so again or numbers it (王某二|及, beside 王某一)
            if name.count == 3, s.units[name.lowerBound + 1] == someone, s.splitsWord(at: name.upperBound),
               !lettered.contains(s.units[name]) { return shorter }
            if makesLeader(name, in: s) { return shorter }
            // a post the tagger read into the name after it, whole or in part (张文波|公参, 孙敏|公|参),
            // which `titleAfter` then reads
            if let cut = postStart(inside: name, in: s) { return name.lowerBound..<cut }
            // or the first character of a verb that follows names, read on to (唐超|慰|问退役军人)
            if name.count == 3, surnames.contains(s.units[name.lowerBound]),
               verbs.contains(where: { $0.word.count >= 2 && s.matches($0.word, at: shorter.upperBound) }) { return shorter }
            // 率 ("leads") read on to before whom the person leads (王方率|我市代表团), or 及 ("and") before
            // whom the list adds (王焱及|总部相关部门): few names end in either, and those a post
            // follows stay whole (金冲及|教授)
            if name.count == 3, [leads, alsoListed].contains(s.units[shorter.upperBound]), Han.isHan(s[name.upperBound]),
               s.longest(titles, at: name.upperBound) == nil { return shorter }
            // the text writes the rest elsewhere before what no name holds (刘玉因|受贿罪 where 刘玉的行为
            // stands too; not 吴祖强 beside 吴祖光)
            let writtenAlone = followers[s.units[shorter]]?.contains { $0 != s.units[shorter.upperBound] } ?? false
            return (3...4).contains(name.count) && readOn(name) && (shorterNames.contains(s.units[shorter]) || writtenAlone)
                ? shorter : name
        }
    }

    static let leads = ScannedText.fold("率")[0], alsoListed = ScannedText.fold("及")[0]
    static let listClosers = ScannedText.units(of: "、，,")

    /// Whether a name's last character is a verb's or particle's that follows names.
    static func runsOn(_ u: UInt32) -> Bool { notInName.contains(u) || u == also }

    /// For each of `names`, the characters that follow it in the text where no name holds them
    /// (的, 在, a mark), in one pass over the text.
    static func followersOutsideNames(of names: Set<ArraySlice<UInt32>>, in s: ScannedText) -> [ArraySlice<UInt32>: Set<UInt32>] {
        let firsts = UnitSet(names.compactMap(\.first)), lengths = Set(names.map(\.count))
        var followers: [ArraySlice<UInt32>: Set<UInt32>] = [:]
        for i in s.units.indices where firsts.contains(s.units[i]) {
            for length in lengths where i + length <= s.count && names.contains(s.units[i..<(i + length)]) {
                let after = s[i + length]
                if !Han.isHan(after) || notInName.contains(after) { followers[s.units[i..<(i + length)], default: []].insert(after) }
            }
        }
        return followers
    }

    /// Where a post that follows names starts inside `name` (张文波|公参, 孙敏|公|参), leaving a
    /// surname and one or two more characters; nil where none does.
    static func postStart(inside name: Range<Int>, in s: ScannedText) -> Int? {
        guard name.count >= 3, surnames.contains(s.units[name.lowerBound]) else { return nil }
        return (max(name.lowerBound + 2, name.upperBound - 2)..<name.upperBound).first { start in
            titlesAfter.contains { $0.word.count >= 2 && $0.word.count > name.upperBound - start - 1 && s.matches($0.word, at: start) }
        }
    }

    /// Whether a name ends in the 为 of 以…为组长 (以省监管局副局长王建|为|组长的督查组): 以 opens the
    /// clause, a leader's post follows.
    static func makesLeader(_ name: Range<Int>, in s: ScannedText) -> Bool {
        guard (3...4).contains(name.count), s.units[name.upperBound - 1] == asWhat, leaderPosts.contains(where: { s.matches($0, at: name.upperBound) }) else { return false }
        var i = name.lowerBound - 1
        while i >= 0, name.lowerBound - i <= 25, !sentenceMarks.contains(s.units[i]) {
            if s.units[i] == taking { return true }
            i -= 1
        }
        return false
    }

    static let asWhat = ScannedText.fold("为")[0], taking = ScannedText.fold("以")[0]
    static let leaderPosts = ["组长", "副组长", "团长", "队长", "主任", "召集人", "总指挥"].map(ScannedText.fold)

    /// 则 (while, for his part) before a verb of saying ends a name of three characters whether
    /// or not the article names it again: 洪明德|则说.
    static let then = ScannedText.fold("则")[0]

    /// A committee's department named alone after a post on the committee, with the committee's
    /// name (晋中市委常委、组织部|部长: 晋中市委组织部), or a body's party group or committee after a
    /// post in the body (太原市人大常委会原副主任、党组|副书记: 太原市人大常委会党组); or nil.
    static func committeesDepartment(_ department: String, before title: Int, in s: ScannedText, organisations: RangeIndex,
                                     fullNames: [Range<Int>: String]) -> String? {
        // the department ends where the title starts (、党组|副书记), or opens it (、党组书记)
        guard committeeDepartments.contains(department) || committeeSuffixes.contains(department),
              let range = organisations.last(startingBefore: title + 1), range.upperBound == title || range.lowerBound == title,
              s[range.lowerBound - 1] == ScannedText.listMark,
              let post = People.title(endingAt: range.lowerBound - 1, in: s) else { return nil }
        // the post may be a deputy's or a former one (原副主任)
        var start = range.lowerBound - 1 - post.word.count
        start -= deputy(in: s, endingAt: start)
        if isFormer(s, at: start - 1) { start -= 1 }
        let postRange = start..<(range.lowerBound - 1)
        // a post on a committee named by its level alone (省委常委、宣传部部长) is that committee's
        guard let body = organisation(of: postRange, in: s, organisations: organisations, fullNames: fullNames)
                ?? levelCommittees.first(where: { s.matches($0.word, at: postRange.lowerBound) }).map({ s.text(postRange.lowerBound..<(postRange.lowerBound + $0.word.count)) }),
              body.hasSuffix("委") || committeeSuffixes.contains(department) else { return nil }
        return body + department
    }

    /// The party committees of a level, as posts on them open (省委常委, 市委常委).
    static let levelCommittees = ScannedText.words(["省委", "市委", "县委", "区委", "州委", "盟委", "旗委"].map { ($0, true) })

    /// The body whose party committee or branch `committee` is (山西大学 of 山西大学党委, 指挥中心
    /// of 指挥中心党支部), or nil; a level's (市委, 县党委) is no body's.
    static func bodyOf(committee: String) -> String? {
        guard let suffix = committeeSuffixes.first(where: { committee.hasSuffix($0) && committee.count >= $0.count + 3 }) else { return nil }
        return String(committee.dropLast(suffix.count))
    }

    /// What a school's posts and bodies open with (校长, 校党委; 院长, 院党委): its level.
    static let schoolLevels = ScannedText.units(of: "校院")
    static let committeeSuffixes = ["党委", "黨委", "党组", "黨組", "党支部", "黨支部", "党总支", "黨總支"]
    /// The heads of a place's government (and their deputies'), whose body is never its party committee.
    static let governmentHeads = ScannedText.words(["省长", "市长", "县长", "区长", "镇长", "乡长", "旗长", "州长", "盟长"].map { ($0, true) })
    /// A party committee's departments, named alone after a post on the committee (市委常委、组织部部长).
    static let committeeDepartments: Set<String> = ["组织部", "組織部", "宣传部", "宣傳部", "统战部", "統戰部", "政法委", "秘书长", "秘書長"]

    /// The body a list names in brackets after a person, whole (张晓燕（运城市实验中学）, as lists of
    /// awards, deputies and candidates give them): the person's.
    static func bodyInBrackets(after name: Range<Int>, in s: ScannedText, organisations: RangeIndex) -> Range<Int>? {
        guard Entities.brackets.contains(s[name.upperBound]),
              let body = organisations.last(startingBefore: name.upperBound + 2), body.lowerBound == name.upperBound + 1,
              Entities.brackets.contains(s[body.upperBound]) else { return nil }
        return body
    }

    /// Where the post ends that a notice of appointment or removal gives the name at `name`
    /// (任命陈志刚为|教育部副部长|；, 免去王建军的|交通运输部副部长|职务), or nil: after 为 or 的, the
    /// clause must end in a post, up to `longestPost` characters on. A notice that lists its
    /// appointments line by line under 任命： or 免去： opens each line with the name.
    static func appointedPostEnd(_ s: ScannedText, after name: Range<Int>) -> Int? {
        // the names a notice lists together share the post (任命卢江、孙斌为济南市人民政府副市长)
        let list = listedNames(s, around: name)
        let after = list.upperBound + sexNoteLength(s, at: list.upperBound)
        let next = s[after]
        let opensLine = opensLine(s, at: list.lowerBound)
        let removedHere = s.longest(removals, endingAt: list.lowerBound) != nil
        // 免去赵立新泉州市人民政府副市长的职务: after the verb, the post runs on from the name up to 的职务
        if removedHere, next != possessive,
           let end = postEnd(s, from: after, upTo: after + longestPost, before: postRemoved) {
            return end
        }
        let removing = next == possessive && (opensLine || removedHere)
        guard removing || (next == appointedAs && (opensLine || s.longest(appointments, endingAt: list.lowerBound) != nil))
        else { return nil }
        return postEnd(s, from: after + 1, upTo: after + longestPost, before: removing ? office : nil)
    }

    /// The length of a bracket that gives the sex of the person named right before it
    /// (免去左力（女）的…职务), or 0.
    static func sexNoteLength(_ s: ScannedText, at i: Int) -> Int {
        Entities.brackets.contains(s[i]) && sexes.contains(s[i + 1]) && Entities.brackets.contains(s[i + 2]) ? 3 : 0
    }

    /// `tagged` with each place or body the tagger read on from the name a removal or appointment
    /// gives right before it (免去|赵立新|泉州市人民政府副市长…) read as the person and the place or
    /// body: a name, then a place that opens the rest.
    static func namesBeforeAppointedBodies(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { span -> [EntitySpan] in
            let r = span.range
            guard span.kind != .person, s.longest(appointingVerbs, endingAt: r.lowerBound) != nil,
                  let length = nameLength(s, at: r.lowerBound), r.count > length + 1,
                  Gazetteer.shared.names(in: s, at: r.lowerBound + length).contains(where: { $0.word.count <= r.count - length })
            else { return [span] }
            return [EntitySpan(kind: .person, range: r.lowerBound..<(r.lowerBound + length)),
                    EntitySpan(kind: span.kind, range: (r.lowerBound + length)..<r.upperBound)]
        }
    }

    /// The 、-list of names of two or three characters that `name` stands in (卢江、孙斌), or
    /// `name` alone.
    static func listedNames(_ s: ScannedText, around name: Range<Int>) -> Range<Int> {
        var end = name.upperBound
        while s[end] == ScannedText.listMark, end - name.upperBound < 16, let length = nameLength(s, at: end + 1) { end += 1 + length }
        var start = name.lowerBound
        while s[start - 1] == ScannedText.listMark, name.lowerBound - start < 16,
              let length = [3, 2].first(where: { start - 1 - $0 >= 0 && nameLength(s, at: start - 1 - $0) == $0 }) {
            start -= 1 + length
        }
        return start..<end
    }

    /// Where the clause from `start` ends (at a clause mark, at `stop` when given, or at `limit`),
    /// when it ends in a post; nil when it does not.
    static func postEnd(_ s: ScannedText, from start: Int, upTo limit: Int, before stop: [UInt32]? = nil) -> Int? {
        var end = start
        while end < s.count, end <= limit, !(stop.map { s.matches($0, at: end) } ?? false) {
            if let close = bracketInName(s, at: end) { end = close + 1; continue }
            guard !clauseEnds.contains(s.units[end]) else { break }
            end += 1
        }
        return title(endingAt: end, in: s) != nil ? end : nil
    }

    /// Where the post ends that a notice or profile states later in the name's sentence, before
    /// `limit` (the next name): 李文斌，男，…，现任|市财政局副局长|，; 王大山同志生前系|…乡党委书记|。
    /// A profile (the name, then 男 or 女) runs on to the paragraph's end, as a notice before an
    /// appointment gives it (刘建国，男，…，研究生学历。现任|晋中市委常委、组织部部长|，拟任…).
    /// The clause after 现任, 时任, 现为 or 系 (or 担任, 出任, 成为: 李青松成为|石门村驻村第一书记; 当选:
    /// 王建平当选为|主席) must end in a post.
    static func statedPostEnd(_ s: ScannedText, after name: Range<Int>, before limit: Int) -> Int? {
        let isProfile = commas.contains(s[name.upperBound]) && sexes.contains(s[name.upperBound + 1])
        let ends = isProfile ? lineEnd : sentenceEnds
        var i = name.upperBound
        while i < min(limit, name.upperBound + longestProfile), !ends.contains(s.units[i]) {
            // 系 ("is") as a word of its own, not the 系 of 联系 or 系统
            if let marker = s.longest(postMarkers, at: i), marker.word.count > 1 || (!s.splitsWord(at: i) && !s.splitsWord(at: i + 1)) {
                // posts held before (担任过, 曾担任, 先后担任…、…, 利用担任…职务上的便利) are a career,
                // not the one stated
                if s[i + marker.word.count] == past || s.longest(careerOpeners, endingAt: i) != nil { return nil }
                return postEnd(s, from: i + marker.word.count, upTo: i + longestPost)
            }
            i += 1
        }
        return nil
    }

    /// Where the post ends that a list gives after a name opening its line, apart from it by
    /// spaces (王海平　灵石县静升镇党委书记, 李秀珍（女）　…党支部书记), as notices of awards and
    /// candidates do: the line's end, when the line ends in a post.
    static func listedPostEnd(_ s: ScannedText, after name: Range<Int>) -> Int? {
        guard opensLine(s, at: name.lowerBound) else { return nil }
        var i = name.upperBound
        if Entities.brackets.contains(s[i]), let close = (i + 1..<min(s.count, i + 6)).first(where: { Entities.brackets.contains(s.units[$0]) }) {
            i = close + 1  // an aside: （女）, （满族）
        }
        guard spaces.contains(s[i]) else { return nil }
        while spaces.contains(s[i]) { i += 1 }
        var end = i
        while end < s.count, s.units[end] != 0x0A, end - i <= longestPost { end += 1 }
        guard end > i, end == s.count || s.units[end] == 0x0A, title(endingAt: end, in: s) != nil else { return nil }
        return end
    }

    /// Where the post ends that closes, after 等, the 、-list of names a name opens or stands in
    /// (陈兴、汪长春、王益贤等|县领导|出席): the post of everyone listed. The items after the name are
    /// names' lengths, two to four characters, so that a clause's words (带领县发改局等部门) are none.
    static func postClosingList(_ s: ScannedText, after name: Range<Int>) -> Int? {
        var k = name.upperBound
        while s[k] == ScannedText.listMark {
            let start = k + 1
            k = start
            while k < s.count, k - start <= 4, Han.isHan(s.units[k]), s.units[k] != Entities.etCetera { k += 1 }
            guard (2...4).contains(k - start) else { return nil }
        }
        guard s[k] == Entities.etCetera, let post = s.longest(titles, at: k + 1) else { return nil }
        return k + 1 + post.word.count
    }

    /// Whether the character at `i` opens its line.
    static func opensLine(_ s: ScannedText, at i: Int) -> Bool { i == 0 || s.units[i - 1] == 0x0A }

    /// Where the post ends that a bracket right after the name holds whole (王建华（市城乡规划设计院院长）),
    /// as lists of speakers and deputies give it: the bracket's close, when what it holds ends in a post.
    static func bracketedPostEnd(_ s: ScannedText, after name: Range<Int>) -> Int? {
        var start = name.upperBound + 1
        // the person's sex may come first (陈晓梅（女，…护士长）)
        if sexes.contains(s[start]), commas.contains(s[start + 1]) || s[start + 1] == ScannedText.listMark { start += 2 }
        guard Entities.brackets.contains(s[name.upperBound]),
              let close = (start..<min(s.count, start + longestPost)).first(where: { Entities.brackets.contains(s.units[$0]) || clauseEnds.contains(s.units[$0]) }),
              close > start, Entities.brackets.contains(s.units[close]) else { return nil }
        return title(endingAt: close, in: s) != nil ? close : nil
    }

    /// Where a bracket opened at `i` closes when it is part of a name, not an aside: a few
    /// characters with no clause mark, and the name going on after it (太原钢铁（集团）有限公司).
    static func bracketInName(_ s: ScannedText, at i: Int) -> Int? {
        guard Entities.brackets.contains(s[i]) else { return nil }
        var close = i + 1
        while close < min(s.count, i + 8), !Entities.brackets.contains(s.units[close]), !clauseEnds.contains(s.units[close]) { close += 1 }
        guard close > i + 1, close < s.count, Entities.brackets.contains(s.units[close]), Han.isHan(s[close + 1]) else { return nil }
        return close
    }

    static let postMarkers = ScannedText.words(["现任", "时任", "现为", "生前系", "系", "担任", "出任", "成为", "当选", "当选为"].map { ($0, true) })
    /// 过 after a verb of holding a post, and what opens a career before it.
    static let past = ScannedText.fold("过")[0]
    static let careerOpeners = ScannedText.words(["曾", "先后", "利用"].map { ($0, true) })
    static let sentenceEnds = ScannedText.units(of: "。！？；;\n"), lineEnd = ScannedText.units(of: "\n")
    static let sexes = ScannedText.units(of: "男女"), commas = ScannedText.units(of: "，,")
    /// Characters of a profile (sex, nation, birth, origin, schooling, party) a stated post may follow.
    static let longestProfile = 120

    static let appointments = ScannedText.words(["任命", "提名", "聘任", "聘请", "推选", "选举", "任"].map { ($0, true) })

    /// The name an appointment or removal gives right after its verb, which the tagger missed
    /// (选举|高建军|为…主任, 免去|武岱|的…主任职务): a surname and one or two characters of a given
    /// name up to 为 or 的, the clause after it ending in a post. The slot says so much that a
    /// surname too rare for the tables may open it (任命|农融|为, 选举|阳安江|为) where no word of
    /// jieba's that names nothing lies within the name (该同志, 他们).
    static func appointedName(_ s: ScannedText, at start: Int) -> Range<Int>? {
        for length in 2...3 {
            let next = s[start + length + sexNoteLength(s, at: start + length)]
            guard next == appointedAs || next == possessive else { continue }
            let name = start..<(start + length)
            guard surnames.contains(s[start]) ? name.dropFirst().allSatisfy({ isGiven(s.units[$0]) }) : spellsRareName(s, name),
                  appointedPostEnd(s, after: name) != nil else { return nil }
            return name
        }
        return nil
    }
    /// Whether `name` may be a name whose surname is too rare for the tables, where its place
    /// says a person: no pronoun opens it (其, 该同志), no character is one no name holds, it is
    /// no word of jieba's but a person's (局长|党委|书记), and no word that names nothing lies
    /// within (他们).
    static func spellsRareName(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        !appointedPronouns.contains(s[name.lowerBound]) && name.allSatisfy({ isGiven(s.units[$0]) })
            && (Entities.wordClass(s, name) ?? .person) == .person && !holdsWordNamingNothing(s, name)
    }
    /// What stands for a person already named (任命其为, 该同志).
    static let appointedPronouns = UnitSet(ScannedText.fold("他她它其该此本这那各每全"))

    /// Whether two or more characters within `range` are a word of jieba's that names nothing.
    static func holdsWordNamingNothing(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.contains { start in
            stride(from: start + 2, through: range.upperBound, by: 1).contains { Entities.isCommonWord(s, start..<$0) }
        }
    }
    static let removals = ScannedText.words(["免去", "撤销", "免"].map { ($0, true) })
    static let appointingVerbs = removals + appointments
    static let appointingFirsts = UnitSet(appointingVerbs.compactMap(\.word.first))
    static let appointedAs = ScannedText.fold("为")[0], possessive = ScannedText.fold("的")[0], office = ScannedText.fold("职务")
    static let postRemoved = ScannedText.fold("的职务")
    static let clauseEnds = ScannedText.units(of: "；;，,。（(\n")
    static let longestPost = 30

    /// The name at `range` as written, without the space that pads it (王　刚 is 王刚): the scan
    /// holds no such space, so any in the written text is one.
    static func name(_ s: ScannedText, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(s.text(range).unicodeScalars.filter { !ScannedText.paddingSpaces.contains($0.value) }))
    }

    /// A person's name as the tagger gives it: two or more characters, Han or the dot of a
    /// transliterated name (a single character is a surname alone, 老张's 张, not a person).
    /// jieba's tags cannot rule common words out: it tags 胡萝卜 and 李子 as names, 周恩来 as a time.
    /// Four or more characters are a foreign name (马尔科夫, 石田东四郎) or one with a
    /// two-character surname, unless a place opens them (武汉雅琪) and no post stands before.
    /// Nor is a name a person when it opens the name of a project or a firm (蘭德嘉|田現代農業
    /// 生產基地), or names the market, mall, tower, race, tunnel or bridge that follows it
    /// (高桥|大市场, 郑开|马拉松, 蜀安|隧道).
    static func isName(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, Han.isHan(s.units[range.lowerBound]),
              range.allSatisfy({ Han.isHan(s.units[$0]) || nameDots.contains(s.units[$0]) }) else { return false }
        guard !isAddress(s, range), !opensBrandPhrase(s, after: range.upperBound), !isCommonWord(s, range), !isFinding(s, range),
              !isSectionNotPerson(s, range), s.longest(facilities, at: range.upperBound) == nil,
              !platforms.contains(where: { $0.elementsEqual(s.units[range]) }), !opensInsidePreposition(s, range),
              !guestWords.contains(where: { s.matches($0, endingAt: range.upperBound) }), !namesProvincesTogether(s, range),
              !opensARoute(s, range), !isListedAmongPlaces(s, range), !opensWithOwnLevel(s, range), !isSectionBeforeItsHead(s, range),
              !namesAVessel(s, range), !isVillageListed(s, range), !endsAsInstitution(s, range) else { return false }
        // after a post, a place's short name opens a Tibetan name (州长|尼玛卓玛: 尼玛 is a county's too),
        // not after the verb 代表 (代表|巴塞罗那)
        return range.count < 4 || range.contains(where: { nameDots.contains(s.units[$0]) }) || !startsWithPlace(s, range)
            || followsPostHeld(s, at: range.lowerBound)
    }

    /// Whether a name ending in 科 is a section named alone (`Entities.isSectionAlone`: 麻醉|科,
    /// 康复|科, whose first words jieba tags as names), not a person whose given name ends so: a
    /// post before it or a verb of those that follow names after says a person (校长盛明|科, 盛明科|主持).
    static func isSectionNotPerson(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard Entities.isSectionAlone(s, range) else { return false }
        return !followsPostHeld(s, at: range.lowerBound) && s.longest(verbs, at: range.upperBound) == nil
    }

    /// Whether a name in quotation marks names a ship (“卡尔·文森”号航母, “雪龙”号): 号 follows the
    /// closing mark.
    static func namesAVessel(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        Entities.openingQuotes.contains(s[range.lowerBound - 1]) && Entities.closingQuotes.contains(s[range.upperBound])
            && s[range.upperBound + 1] == vesselMark
    }

    static let vesselMark = ScannedText.fold("号")[0]

    /// Whether a name ends with the character its head's post opens with (基教科|科长朱奎, 综合处|
    /// 处长): the section whose head follows, no person.
    static func isSectionBeforeItsHead(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let last = s.units[range.upperBound - 1]
        return s[range.upperBound] == last && !Entities.levelCharacters.contains(last)
            && s.longest(titles, at: range.upperBound).map { $0.word.count >= 2 } == true
    }

    /// Whether a name opens with a level that a pronoun before it makes the writer's own body (我|镇特
    /// 成立, 本|市将): the level and what follows it, no person.
    static func opensWithOwnLevel(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        Entities.levelCharacters.contains(s.units[range.lowerBound]) && ownLevelMarks.contains(s[range.lowerBound - 1])
    }

    static let ownLevelMarks = ScannedText.units(of: "我本该全各")

    /// Whether two of the given names Tibetans are most often named by (two characters each in
    /// Chinese) stand at `i` (扎西平措, 尼玛央金): a whole name, which has no surname.
    static func isTibetanName(_ s: ScannedText, at i: Int) -> Bool {
        s.longest(tibetanNames, at: i)?.word.count == 2 && s.longest(tibetanNames, at: i + 2)?.word.count == 2
    }

    static let tibetanNames = ScannedText.words(("扎西 次仁 多吉 多杰 格桑 卓玛 央金 尼玛 旦增 丹增 平措 达瓦 普布 边巴 顿珠 罗布 索朗 洛桑 江村 江措 白玛 赤林 公保 才让 "
        + "拉毛 东智 卓嘎 措姆 德吉 群培 加措 嘉措 贡嘎 益西 桑珠 强巴 曲珍 次旦 巴桑 米玛 拉巴 普琼 仁青 仁增 才旦 昂旺 阿旺 嘎玛 "
        + "噶玛 泽仁 泽旺 拉姆 措吉 多布 旺堆 旺姆 朗杰 琼达 德庆 索南 曲扎 达娃 次珍 格列 土登 拉珍 更登 ").split(separator: " ").map { (String($0), true) })

    /// Whether a post ends at `i` that is no verb (代表 is also "on behalf of": 代表|巴塞罗那).
    static func followsPostHeld(_ s: ScannedText, at i: Int) -> Bool {
        title(endingAt: i, in: s).map { $0.word != representative } == true
    }

    /// Whether a name that is a division's short name stands in a 、-list beside another place's
    /// name (会泽、马龙、宣威等6个县: Qujing's 马龙区, which the tagger reads as a person).
    static func isListedAmongPlaces(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        // short forms the gazetteer leaves out for being names or words too (马龙 of 马龙区) count here
        let name = Array(s.units[range])
        guard Gazetteer.shared.whole(name[...]) != nil
                || countyLevels.contains(where: { Gazetteer.shared.whole((name + [$0])[...]) != nil }) else { return false }
        if s[range.upperBound] == ScannedText.listMark, !Gazetteer.shared.names(in: s, at: range.upperBound + 1).isEmpty { return true }
        let mark = range.lowerBound - 1
        return s[mark] == ScannedText.listMark && (2...3).contains { mark - $0 >= 0 && Gazetteer.shared.whole(s.units[(mark - $0)..<mark]) != nil }
    }

    static let countyLevels = ScannedText.fold("县区市旗")

    /// Whether a name ends in a village's or township's character and stands in a 、-list beside
    /// another name that ends in the same one (牛洼村、贺村): the villages listed, no person.
    static func isVillageListed(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let last = s.units[range.upperBound - 1]
        guard villageEnds.contains(last) else { return false }
        let before = range.lowerBound - 1
        return s[before] == ScannedText.listMark && s[before - 1] == last
            || s[range.upperBound] == ScannedText.listMark && (range.upperBound + 2...range.upperBound + 4).contains { end in
                s[end] == last && (range.upperBound + 1..<end).allSatisfy { Han.isHan(s[$0]) } }
    }

    static let villageEnds = ScannedText.units(of: "村镇乡")

    /// Whether a name is a word of jieba's dictionary that ends as an institution's does (敬老院,
    /// which the dictionary calls a person); a name it does not know may (朱广院).
    static func endsAsInstitution(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count >= 3 && s.units[range.upperBound - 1] == institution && Entities.wordClass(s, range) != nil
    }

    static let institution = ScannedText.fold("院")[0]

    /// Whether a name is a division's, before 至 and another place's name (元江|至|蔓耗高速公路,
    /// 桓仁|至|永陵、新民至铁岭): a road's or a railway's first end, no person.
    static func opensARoute(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let other = range.upperBound + 1
        guard s[range.upperBound] == to, Han.isHan(s[other]), Gazetteer.shared.whole(s.units[range]) != nil else { return false }
        return !Gazetteer.shared.names(in: s, at: other).isEmpty || s.longest(roads, at: other + 2) != nil || listClosers.contains(s[other + 2])
    }

    static let to = ScannedText.fold("至")[0]
    static let roads = ScannedText.words(["高速", "铁路", "公路", "高铁"].map { ($0, true) })

    /// Whether a name is a division's short name before its level's head (高雄|市長, 嘉義|縣長):
    /// the place whose mayor the text names, no person.
    static func namesPlacesHead(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        Entities.levelCharacters.contains(s[range.upperBound]) && governmentHeads.contains { s.matches($0.word, at: range.upperBound) }
            && Gazetteer.shared.whole(s.units[range]) != nil
    }

    /// Whether three or more characters are each a province's one-character name (川渝陕, 晋陕豫,
    /// 甘青宁): a region reports name by its provinces, no person, unless a post stands before it.
    static func namesProvincesTogether(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count >= 3 && range.allSatisfy { provinceCharacters.contains(s.units[$0]) } && title(endingAt: range.lowerBound, in: s) == nil
    }

    static let provinceCharacters = ScannedText.units(of: "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台")

    /// Whether a name of two characters stands in a list (、) whose items beside it are common
    /// words of jieba's, none a name (组织公安消防、安监、卫生赶赴现场: the departments sent); not
    /// a name right after a post (局长王伟、投资管理部总经理陈龙), whose list is of people.
    static func isListedAmongWords(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count == 2, s[range.lowerBound - 1] == ScannedText.listMark || s[range.upperBound] == ScannedText.listMark,
              title(endingAt: range.lowerBound, in: s) == nil,
              let lexicon = EntityModel.shared?.lexicon, let segmenter = try? Segmenter.shared() else { return false }
        var items: [[UInt32]] = []
        if s[range.lowerBound - 1] == ScannedText.listMark {
            var start = range.lowerBound - 1
            while start > 0, range.lowerBound - 1 - start < listItemReach, Han.isHan(s.units[start - 1]) { start -= 1 }
            items.append(Array(s.units[start..<(range.lowerBound - 1)]))
        }
        if s[range.upperBound] == ScannedText.listMark {
            var end = range.upperBound + 1
            while end < s.count, end - range.upperBound - 1 < listItemReach, Han.isHan(s.units[end]) { end += 1 }
            items.append(Array(s.units[(range.upperBound + 1)..<end]))
        }
        return !items.isEmpty && items.allSatisfy { item in
            !item.isEmpty && segmenter.segment(item).allSatisfy { !Entities.namesOrUnknown(Array(item[$0]), lexicon) }
        }
    }

    static let listItemReach = 8

    /// Platforms that outlets publish on (据新华社|微博|报道), newer than jieba's dictionary: the
    /// tagger reads them as names it has not seen.
    static let platforms = ["微博", "微信", "抖音", "快手", "头条"].map(ScannedText.fold)

    /// Whether a name is what someone received, alone in its clause (蕭澤頤獲|金紫荊, 荣获|金质奖):
    /// an honour, which the tagger may read as a name opening with a surname (金).
    static func isAwardReceived(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        s.longest(receiving, endingAt: range.lowerBound) != nil
            && (range.upperBound == s.count || clauseEnds.contains(s[range.upperBound]) || spaces.contains(s[range.upperBound]))
    }

    static let receiving = ScannedText.words(["获", "获得", "荣获", "膺", "被授予"].map { ($0, true) })

    /// Whether a name's 于 is the preposition, not the surname: jieba's segmentation joins it to
    /// a verb or function word before it (位于, 关于), or it follows 来自 (来自|于清华).
    static func opensInsidePreposition(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard s[first] == preposition else { return false }
        if s.matches(comeFrom, endingAt: first) { return true }
        guard let word = s.word(containing: first), word.lowerBound < first, word.upperBound == first + 1 else { return false }
        return [.verb, .function].contains(Entities.wordClass(s, word))
    }

    static let preposition = ScannedText.fold("于")[0], comeFrom = ScannedText.fold("来自")

    /// The guests that reports of events greet (向各位领导、嘉宾表示欢迎), which the tagger reads
    /// as names, alone or after a word before them (令|嘉宾), or as places, as jieba's dictionary
    /// does (嘉宾 as a place).
    static let guestWords = ["嘉宾", "来宾", "贵宾"].map(ScannedText.fold)

    static let facilities = ScannedText.words(["大市场", "批发市场", "商场", "商城", "广场", "大厦", "大酒店", "马拉松", "隧道", "大桥"].map { ($0, true) })

    /// Whether three or more characters are a word jieba's dictionary knows as a noun, a proper
    /// noun, a verb or a particle (嘉年华, 马铃薯): few names of three characters are such a word,
    /// where many of two are (高峰, 海燕).
    static func isCommonWord(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, let wordClass = Entities.wordClass(s, range) else { return false }
        return [.noun, .properNoun, .verb, .function].contains(wordClass)
    }

    /// Whether two characters right after a division's name, the first of them no surname, name a
    /// landmark of it rather than a person (应县|木塔, whose 木 the tagger took for a surname): then
    /// so do they wherever the article writes them.
    static func namesALandmark(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        range.count == 2 && !surnames.contains(s.units[range.lowerBound])
            && (2...4).contains { range.lowerBound >= $0 && Gazetteer.shared.whole(s.units[(range.lowerBound - $0)..<range.lowerBound]) != nil }
    }

    /// Whether a name is a storm's, as typhoons bear people's names: right after its word
    /// (台风利奇马, 台风“山竹”) or before it, whole or, where it opens with no surname, short of
    /// one character of its name (丹娜|絲|颱風; not 李明|说|台风来了); then so is it wherever the
    /// article writes it.
    static func namesAStorm(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        let start = range.lowerBound - (Entities.openingQuotes.contains(s[range.lowerBound - 1]) ? 1 : 0)
        if s.longest(storms, endingAt: start) != nil { return true }
        var end = range.upperBound
        if !surnames.contains(s.units[range.lowerBound]), Han.isHan(s[end]), !storms.contains(where: { s.matches($0.word, at: end) }) { end += 1 }
        if Entities.closingQuotes.contains(s[end]) { end += 1 }
        return storms.contains { s.matches($0.word, at: end) }
    }

    static let storms = ScannedText.words(["台风", "超强台风", "飓风", "热带风暴", "强热带风暴", "热带低压"].map { ($0, true) })

    /// Whether a name of two characters, or one that ends in 高铁, is a railway's, named by the
    /// cities it joins (西延|高铁, 郑渝、贵南、济郑高铁等): a route before its word, or an item of a
    /// list whose last item is; then so is it wherever the article writes it.
    static func namesARoute(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        if s.longest(routes, endingAt: range.upperBound, where: { range.count > $0.word.count }) != nil { return true }
        guard range.count == 2 else { return false }
        func routeAt(_ i: Int) -> Bool { routes.contains { s.matches($0.word, at: i) } }
        var end = range.upperBound
        for _ in 0..<8 {
            if s[end] == Entities.etCetera { end += 1 }
            if routeAt(end) { return true }
            guard s[end] == ScannedText.listMark else { return false }
            // the next item, of up to four characters
            end += 1
            let start = end
            while end - start < 4, Han.isHan(s[end]), s[end] != Entities.etCetera, !routeAt(end) { end += 1 }
        }
        return false
    }

    static let routes = ScannedText.words(["高铁", "城际", "客专"].map { ($0, true) })

    static func startsWithPlace(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        Gazetteer.shared.names(in: s, at: range.lowerBound).contains { $0.word.count < range.count }
    }

    /// Words that close the name of a project, a site or a firm (…现代农业生产基地, …产业园).
    static let brandPhraseEnds = ScannedText.words(["基地", "项目", "产业园", "园区", "工厂", "农场", "公司", "集团", "品牌",
                                                    "小镇", "综合体", "示范区", "示范带", "度假区", "景区"].map { ($0, true) })

    /// Verbs of visiting that reports put right after a name and jieba calls nouns (参观 and
    /// 指导 n, 调研 and 检查 vn): 卢东亮检查基地 is what he did, not a brand.
    static let visits = ScannedText.words(["调研", "参观", "检查", "指导", "督导"].map { ($0, true) })

    /// Whether the Han characters from `start` (at most twelve) end in `brandPhraseEnds` and
    /// hold no verb or particle but a trade's (制造, 发电): a phrase the name before them opens
    /// (…田现代农业生产基地, 法麦克斯|农业装备制造项目), not what the person does (考察项目, 调研基地).
    static func opensBrandPhrase(_ s: ScannedText, after start: Int) -> Bool {
        var end = start
        while end < s.count, end - start < 12, Han.isHan(s.units[end]) { end += 1 }
        guard end > start, s.longest(brandPhraseEnds, endingAt: end) != nil,
              !notInName.contains(s.units[start]), s.longest(visits, at: start) == nil else { return false }
        return !Entities.isClause(Array(s.units[start..<end]), tradesNaming: true)
    }

    /// `tagged` with the places that stand right after a post, two or three characters from a
    /// surname on that the gazetteer does not know whole, made people (and a surname read alone
    /// before the rest of a name and a post that follows names): a post is held by a
    /// person (院士钟南山, whom the tagger reads as a mountain). So is a place the name after
    /// the post runs on past (市领导韩国|庆), known or not, a body read without the name's
    /// surname (`nameReadAsBody`), and a given name read without it (主任何|小华).
    static func peopleAfterTitles(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        tagged.map { span in
            if let name = nameReadAsBody(span, in: s) { return EntitySpan(kind: .person, range: name) }
            let start = span.range.lowerBound
            // 副州长|扎西平措, which the tagger may cut after three characters or read as a place
            if span.kind != .organisation, span.range.count >= 2, isTibetanName(s, at: start), followsPostHeld(s, at: start) {
                return EntitySpan(kind: .person, range: start..<(start + 4))
            }
            // a surname the tagger read alone before the rest of the name and a post (何|偉業議員), or
            // after a post (民警詹|立新介绍)
            if span.kind == .person, span.range.count == 1, let length = nameLength(s, at: start),
               titleAfter(s, at: start + length) != nil || title(endingAt: start, in: s) != nil {
                return EntitySpan(kind: .person, range: start..<(start + length))
            }
            // a given name the tagger read without the surname between it and a post (主任何|小华: 任何 is a
            // word), where it opens with no surname itself (局长向|王刚: 向 is the preposition) or the
            // character before is no word that follows names (政委周|吴刚)
            if span.kind == .person, span.range.count == 2, surnames.contains(s[start - 1]),
               !surnames.contains(s[start]) || !notInName.contains(s[start - 1]),
               title(endingAt: start - 1, in: s) != nil, nameLength(s, at: start - 1) == 3 {
                return EntitySpan(kind: .person, range: (start - 1)..<span.range.upperBound)
            }
            // or before a post that follows names (广州市|郭永航|市长), but for a place of a level (王村|书记)
            let postAfter = titleAfter(s, at: span.range.upperBound) != nil && !Entities.levelCharacters.contains(s.units[span.range.upperBound - 1])
            // of a surname the tables lack, where a list's mark or a comma closes it (市政协主席阳安江、)
            let closed = followsPostHeld(s, at: start) && listClosers.contains(s[span.range.upperBound])
            guard span.kind == .place, (2...3).contains(span.range.count), surnames.contains(s.units[start]) || closed,
                  !opensNoName(s, at: start), title(endingAt: start, in: s) != nil || postAfter else { return span }
            // 市领导韩国|庆: the name the post reads runs on past the place, to a word's end (not 代表黄山|发|言)
            if let length = nameLength(s, at: start), length > span.range.count, !s.splitsWord(at: start + length) {
                return EntitySpan(kind: .person, range: start..<(start + length))
            }
            return Places.divisionsNamed(s.text(span.range), gazetteer: g).isEmpty ? EntitySpan(kind: .person, range: span.range) : span
        }
    }

    /// `tagged` with each team the tagger read as a body that a person's name opens, or a post
    /// and a name (王建国|团队, 太原理工大学|教授|李瑞丰|团队), read as that person, and the body
    /// before the post as a body: a team is named after who leads it.
    static func teamLeaders(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { span -> [EntitySpan] in
            guard span.kind == .organisation, s.matches(Entities.team, endingAt: span.range.upperBound),
                  let holder = holder(in: s, span.range, nameEnd: span.range.upperBound - Entities.team.count) else { return [span] }
            return holder
        }
    }

    /// `tagged` with each body the tagger read across a clause's mark (李旭|飞；集团党委) read from
    /// after the mark, and a person's name right before that the one character before the mark
    /// completes, read with it (李旭飞): a name ends at a mark, and no body's name holds one.
    static func bodiesAcrossMarks(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let personEnding = Dictionary(tagged.indices.filter { tagged[$0].kind == .person }.map { (tagged[$0].range.upperBound, $0) },
                                      uniquingKeysWith: { a, _ in a })
        var read = tagged
        for (k, span) in tagged.enumerated() where span.kind == .organisation {
            guard let mark = span.range.last(where: { ScannedText.clauseMarks.contains(s.units[$0]) }) else { continue }
            read[k] = EntitySpan(kind: .organisation, range: (mark + 1)..<span.range.upperBound)
            if mark == span.range.lowerBound + 1, let p = personEnding[span.range.lowerBound], tagged[p].range.count == 2,
               isGiven(s.units[span.range.lowerBound]) {
                read[p] = EntitySpan(kind: .person, range: tagged[p].range.lowerBound..<mark)
            }
        }
        return read.filter { !$0.range.isEmpty }
    }


    /// `tagged` with each body the tagger read on into a post and the name of who holds it
    /// (市经信局|总工程师|代兰), or into a name a post follows (…物质科学研究院|孟文国|研究员), read
    /// as the body and the person.
    static func postHoldersReadAsBodies(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { span -> [EntitySpan] in
            guard span.kind == .organisation else { return [span] }
            if let holder = holder(in: s, span.range, nameEnd: span.range.upperBound), holder.count == 2 { return holder }
            return nameAfterBody(in: s, span.range) ?? placeAndHolder(in: s, span.range) ?? [span]
        }
    }

    /// The place and the person where a place and a name of two or three characters after it
    /// fill `range`, a body of no kind, and a post follows (与荆州市|邹立文|常务副市长签订); nil elsewhere.
    static func placeAndHolder(in s: ScannedText, _ range: Range<Int>) -> [EntitySpan]? {
        guard titleAfter(s, at: range.upperBound) != nil, Entities.organisationKind(Array(s.units[range])) == "other",
              let place = Gazetteer.shared.names(in: s, at: range.lowerBound).map(\.word.count).filter({ (2...3).contains(range.count - $0) }).max(),
              spellsName(s, from: range.lowerBound + place, to: range.upperBound) else { return nil }
        let name = range.lowerBound + place
        return [EntitySpan(kind: .place, range: range.lowerBound..<name), EntitySpan(kind: .person, range: name..<range.upperBound)]
    }

    /// The body and the person where a name of two or three characters stands in `range` right
    /// after a body's last word (院, 所, 大学…) and a post follows it (…研究院|孟文国|研究员研究团队:
    /// what runs on after the post is the person's team, no body's); nil elsewhere. What ends
    /// as a body does itself is the body's part whose post follows (江南大学|文学院|院长), and a
    /// common word is no name (中共中央政治局|常务|委员会).
    static func nameAfterBody(in s: ScannedText, _ range: Range<Int>) -> [EntitySpan]? {
        guard range.count >= 4 else { return nil }
        for end in (range.lowerBound + 4)...range.upperBound where titleFirsts.contains(s[end]) && s.longest(titles, at: end) != nil {
            guard !Entities.endsInBodyWord(s, at: end),
                  let start = [3, 2].map({ end - $0 }).first(where: { start in start - range.lowerBound >= 2 && spellsName(s, from: start, to: end)
                && Entities.endsInBodyWord(s, at: start) && !Entities.isCommonWord(s, start..<end) }) else { continue }
            return [EntitySpan(kind: .organisation, range: range.lowerBound..<start), EntitySpan(kind: .person, range: start..<end)]
        }
        return nil
    }

    /// The person whose name of two or three characters ends at `end` in `range`, and the body
    /// before the post between them: [person] where the name opens `range`, [body, person]
    /// where a post stands between, or nil where neither does.
    static func holder(in s: ScannedText, _ range: Range<Int>, nameEnd end: Int) -> [EntitySpan]? {
        // after a post, a surname too rare for the tables may open the name (总领事|邯伯盼)
        guard let start = [3, 2].map({ end - $0 }).first(where: {
            $0 >= range.lowerBound && (spellsName(s, from: $0, to: end) || (title(endingAt: $0, in: s) != nil && spellsRareName(s, $0..<end)))
        }) else { return nil }
        let person = EntitySpan(kind: .person, range: start..<end)
        if start == range.lowerBound { return [person] }
        guard let post = title(endingAt: start, in: s) else { return nil }
        // the post may open before the range does (the tagger's body began inside it): no body then
        let bodyEnd = start - post.word.count
        return bodyEnd - range.lowerBound >= 2 ? [EntitySpan(kind: .organisation, range: range.lowerBound..<bodyEnd), person] : [person]
    }

    /// Whether two characters are a country's side in talks (孟方 where the article names 孟加拉国,
    /// 美方): the country's first character and 方, which a surname and a given name may spell too.
    static func isCountrysSide(_ name: ArraySlice<UInt32>, in s: ScannedText) -> Bool {
        guard name.count == 2, name.last == side, let first = name.first else { return false }
        if let name = Places.abbreviations[first], Gazetteer.countryNames.contains(name) { return true }
        guard let countries = Gazetteer.shared.countries[first] else { return false }
        return s.units.indices.contains { i in s.units[i] == first && countries.contains { s.matches($0.word, at: i) } }
    }

    static let side = ScannedText.fold("方")[0]

    /// The name right after a post that the tagger read, but for its surname, as a body of no
    /// kind (省领导金|湘军、吴伟: 湘军 is an army of old, no body today), or nil. So is one further
    /// down a list of names (市领导…、杨炳旭、任|海航等: 海航 is an airline's short name).
    static func nameReadAsBody(_ span: EntitySpan, in s: ScannedText) -> Range<Int>? {
        let name = (span.range.lowerBound - 1)..<span.range.upperBound
        guard span.kind == .organisation, (1...2).contains(span.range.count), nameLength(s, at: name.lowerBound) == name.count,
              title(endingAt: name.lowerBound, in: s) != nil || isListItem(s, name),
              Entities.organisationKind(Array(s.units[span.range])) == "other" else { return nil }
        return name
    }

    /// Whether `name` is an item of a list of names: between the list's marks (or before the
    /// list's end), after another item of two or three characters that a mark or a post opens.
    static func isListItem(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        let mark = name.lowerBound - 1
        guard s[mark] == ScannedText.listMark, listedNameEnds.contains(s[name.upperBound]) else { return false }
        return [2, 3].contains { length in
            let start = mark - length
            return start > 0 && (start..<mark).allSatisfy { Han.isHan(s[$0]) } && (s[start - 1] == ScannedText.listMark || title(endingAt: start, in: s) != nil)
        }
    }

    /// Whether the characters from `start` to `end` may be a name as the patterns read one: a
    /// surname, then characters of a given name, no word that names nothing opening them.
    static func spellsName(_ s: ScannedText, from start: Int, to end: Int) -> Bool {
        surnames.contains(s[start]) && (start + 1..<end).allSatisfy { isGiven(s[$0]) } && !opensNoName(s, at: start)
    }

    /// `tagged` with each name of two characters whose second opens a post the name stands
    /// before (王支|队长: 王 and 支队长, as 王局长 is 王 and 局长) read as the surname alone.
    static func withPostsReadIntoSurnames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let r = span.range
            guard span.kind == .person, r.count == 2, surnames.contains(s[r.lowerBound]), titleAfter(s, at: r.lowerBound + 1) != nil else { return span }
            return EntitySpan(kind: .person, range: r.lowerBound..<(r.lowerBound + 1))
        }
    }

    /// `tagged` with each name of three characters that ends in a preposition before a word
    /// (县长胡广|向|远道而来的…, 胡广|在|会上讲话) read without it: the tagger, which knows more
    /// names of three characters than of two, read the preposition into the name.
    static func withoutPrepositionsAfterNames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let r = span.range
            guard span.kind == .person, r.count == 3, surnames.contains(s.units[r.lowerBound]),
                  isPrepositionAfterName(s, at: r.upperBound - 1) else { return span }
            return EntitySpan(kind: .person, range: r.lowerBound..<(r.upperBound - 1))
        }
    }

    /// Whether the character at `i` is a preposition after a name (`prepositionsAfterNames`)
    /// before a word of jieba's dictionary of two characters or more (MSRA's training split
    /// names one person of three characters that ends in one of them, 刘山在; jieba's HMM joins
    /// 胡广向, so its segmentation there says nothing).
    static func isPrepositionAfterName(_ s: ScannedText, at i: Int) -> Bool {
        guard prepositionsAfterNames.contains(s[i]), let next = s.word(containing: i + 1) else { return false }
        return next.lowerBound == i + 1 && next.count >= 2 && Entities.wordClass(s, next) != nil
    }

    /// Prepositions that follow names and end few (向 of 胡广|向, 在); not 为, 同 or 与, which end names (李有为, 李大同).
    static let prepositionsAfterNames = ScannedText.units(of: "在向对把从给被")

    /// `tagged` with each name of a surname and one character that the tagger read before a
    /// character seen almost only in names (夏心|旻, 陈锴|竑), read with it: the tagger knows
    /// such characters from too few names to end one with them. So is a surname it read alone
    /// before such a character (刘|旻作为代表), and before two (the name is then three long).
    /// So is one after a post whose next character stands alone before a verb of saying or
    /// attending (市委书记何光|中|出席): the tagger reads 中 as "in".
    static func withRareLastCharacters(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let starts = Set(tagged.map(\.range.lowerBound))
        func isRare(_ i: Int) -> Bool { Han.isHan(s[i]) && isGiven(s[i]) && !KnownNames.shared.commonCharacters.contains(s[i]) && !starts.contains(i) }
        return tagged.map { span in
            let start = span.range.lowerBound, end = span.range.upperBound
            // not a rare character that opens a word of jieba's (陈|驸马: a prince consort)
            if span.kind == .person, span.range.count == 1, surnames.contains(s.units[start]), isRare(end), !s.splitsWord(at: end + 1) {
                return EntitySpan(kind: .person, range: start..<(isRare(end + 1) ? end + 2 : end + 1))
            }
            guard span.kind == .person, span.range.count == 2, surnames.contains(s.units[start]), !starts.contains(end),
                  Han.isHan(s[end]) else { return span }
            let verb = s.longest(verbs, at: end + 1)?.word.count ?? 0
            let word = s.word(containing: end)
            let afterPost = title(endingAt: start, in: s) != nil
            // the name whole as jieba reads it, after a post or in a list, before a verb or a list's
            // mark (区领导…、温永|学|出席, 村党支部书记徐林|收，); before the mark, even where its last
            // character is one that follows names elsewhere (市委办主任周功|表，: 表 of 表示), but no verb (说)
            let wholeAsJiebaReads = word == start..<(end + 1) && (s[start - 1] == ScannedText.listMark || afterPost)
                && (verb > 0 || listItemEnds.contains(s[end + 1]))
            guard isGiven(s[end]) || wholeAsJiebaReads && listItemEnds.contains(s[end + 1]) && s.longest(verbs, at: end) == nil else { return span }
            let rare = isRare(end)
            // or closing the name as jieba reads it, or opening a word of two with the verb's first
            // character (高宪|顺|致欢迎词: jieba reads 顺致, or 高宪顺 where it sees less of the text)
            let aloneBeforeVerb = verb > 0 && afterPost
                && (word == end..<(end + 1) || word == start..<(end + 1) || (verb >= 2 && word == end..<(end + 2)))
            // an item of a list of names, whole between its marks (副会长孙文婷、史佩|选，)
            let listedWhole = s[start - 1] == ScannedText.listMark && listItemEnds.contains(s[end + 1])
            return rare || aloneBeforeVerb || listedWhole || wholeAsJiebaReads ? EntitySpan(kind: .person, range: start..<(end + 1)) : span
        }
    }

    static let listItemEnds = ScannedText.units(of: "、，,；;。")

    /// `tagged` with each person's name that is the start of a longer one the tagger read in the
    /// article, and that the text goes on to write whole there, read whole (校长黄庆学 … 黄庆|学作
    /// 题为…: the tagger cut the name where its last character opens a word), unless another
    /// name stands in the rest.
    static func withNamesCompleted(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let names = Set(tagged.filter { $0.kind == .person && $0.range.count >= 2 }.map { s.units[$0.range] })
        guard names.count >= 2 else { return tagged }
        let taken = RangeIndex(tagged.map(\.range))
        return tagged.map { span in
            guard span.kind == .person, span.range.count >= 2 else { return span }
            let own = s.units[span.range], start = span.range.lowerBound, end = span.range.upperBound
            if let longer = names.filter({ $0.count > own.count && $0.starts(with: own) && s.matches(Array($0), at: start) })
                .max(by: { $0.count < $1.count }), !taken.overlaps(end..<(start + longer.count)) {
                return EntitySpan(kind: .person, range: start..<(start + longer.count))
            }
            // and its end (早|川吉秀 of 早川吉秀, whose 早 reads as a word of time)
            if let longer = names.filter({ $0.count > own.count && $0.reversed().starts(with: own.reversed()) && s.matches(Array($0), endingAt: end) })
                .max(by: { $0.count < $1.count }), !taken.overlaps((end - longer.count)..<start) {
                return EntitySpan(kind: .person, range: (end - longer.count)..<end)
            }
            return span
        }
    }

    /// `tagged` with each person's name of one or two characters that a two-character surname
    /// stands right before (上官|晓峰, 尉迟|向东) widened to hold it, where a name may start: the
    /// tagger knows these surnames too little to read them.
    /// So is one the tagger read as the surname alone (皇甫|立新出席): the given name runs on to
    /// a character no given name holds, two at most. And a Hong Kong woman's name that opens
    /// with her husband's surname before her own (葉|劉淑儀, 范|徐麗泰): a surname right before a
    /// name of three that no particle (向, 和) is, where a name may start.
    static func withCompoundSurnames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let ends = Set(tagged.map(\.range.upperBound))
        return tagged.map { span in
            guard span.kind == .person else { return span }
            let husbands = span.range.lowerBound - 1
            if span.range.count == 3, surnames.contains(s.units[span.range.lowerBound]), surnames.contains(s[husbands]),
               !beforeName.contains(s[husbands]), !ends.contains(husbands + 1), mayOpenName(s.units, at: husbands, after: titles) {
                return EntitySpan(kind: .person, range: husbands..<span.range.upperBound)
            }
            if compoundSurnames.contains(where: { $0.word.elementsEqual(s.units[span.range]) }) {
                var end = span.range.upperBound
                while end - span.range.upperBound < 2, isGiven(s[end]) { end += 1 }
                return EntitySpan(kind: .person, range: span.range.lowerBound..<end)
            }
            let start = span.range.lowerBound - 2
            guard span.range.count <= 2, start >= 0, compoundSurnames.contains(where: { s.matches($0.word, at: start) }),
                  mayOpenName(s.units, at: start, after: titles) else { return span }
            return EntitySpan(kind: .person, range: start..<span.range.upperBound)
        }
    }

    /// `tagged` with a name of five characters or more that 和, 与 or 及 runs through (姆巴佩和莱万多夫斯基)
    /// cut into the two names it joins, each of two characters or more: no Chinese name is so
    /// long, and transliterations do not write these characters.
    static func withNamesJoinedByAndApart(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.flatMap { $0.kind == .person ? apart($0, in: s) { _ in true } : [$0] }
    }

    /// `span` (five characters or more) cut into the two names that the first 和, 与 or 及 at least
    /// two characters from either end joins, where `joins` holds of that 和's index; whole where none does.
    static func apart(_ span: EntitySpan, in s: ScannedText, where joins: (Int) -> Bool) -> [EntitySpan] {
        let r = span.range
        guard r.count >= 5, let and = (r.lowerBound + 2..<r.upperBound - 2).first(where: { conjunctions.contains(s.units[$0]) && joins($0) })
        else { return [span] }
        return [EntitySpan(kind: span.kind, range: r.lowerBound..<and), EntitySpan(kind: span.kind, range: (and + 1)..<r.upperBound)]
    }

    static let conjunctions = ScannedText.units(of: "和与及")

    /// `tagged` with each body read from the last name of a list of people on through 和, 与 or
    /// 及 (副校长杜明远、王源清和|校学术委员会) read as the person and the body: the list's item
    /// before is a person the tagger read.
    static func withListedNamesBeforeBodies(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let personEnds = Set(tagged.filter { $0.kind == .person }.map(\.range.upperBound))
        return tagged.flatMap { span -> [EntitySpan] in
            let r = span.range
            guard span.kind == .organisation, s[r.lowerBound - 1] == ScannedText.listMark, personEnds.contains(r.lowerBound - 1),
                  let end = [3, 2].map({ r.lowerBound + $0 }).first(where: { conjunctions.contains(s[$0]) && spellsName(s, from: r.lowerBound, to: $0) }),
                  r.upperBound - end > 2 else { return [span] }
            return [EntitySpan(kind: .person, range: r.lowerBound..<end), EntitySpan(kind: .organisation, range: (end + 1)..<r.upperBound)]
        }
    }

    /// `tagged` with each two-character name that an appointment opens (任命高志|明为…局长) read
    /// on to its 为 where one character stands between and the clause ends in a post: the name
    /// runs up to 为, and the tagger cut a three-character name whose last character opens a word.
    static func withAppointedNamesWhole(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let r = span.range
            guard span.kind == .person, r.count == 2, s[r.upperBound + 1] == appointedAs, isGiven(s[r.upperBound]),
                  s.longest(appointments, endingAt: r.lowerBound) != nil,
                  appointedPostEnd(s, after: r.lowerBound..<(r.upperBound + 1)) != nil else { return span }
            return EntitySpan(kind: .person, range: r.lowerBound..<(r.upperBound + 1))
        }
    }

    /// `tagged` with each two-character name that 和 follows, and then a verb or a mark, read with
    /// it (校长包信|和|出席, 包信|和|表示): a 和 that joins two names or things has one after it,
    /// as where another person is named later in the clause (军休干部孟军|和|自主择业军转干部陶智平).
    /// So a name of three read with 和 (教师代表陈秀和|校学生会主席周纪明) is two where another
    /// person is named later in the clause, past something else (not 张建和王强, which may be either).
    static func withNamesEndingInAnd(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let people = tagged.filter { $0.kind == .person }.map(\.range.lowerBound)
        func joinsAnother(after end: Int, from gap: Int = 0) -> Bool {
            let clauseEnd = (end..<s.count).first { sentenceMarks.contains(s.units[$0]) } ?? s.count
            return people.contains { $0 > end + gap && $0 < clauseEnd }
        }
        return tagged.map { span in
            let end = span.range.upperBound
            if span.kind == .person, span.range.count == 3, s[end - 1] == and, surnames.contains(s.units[span.range.lowerBound]),
               joinsAnother(after: end, from: 1), !people.contains(end) {
                return EntitySpan(kind: .person, range: span.range.lowerBound..<(end - 1))
            }
            guard span.kind == .person, span.range.count == 2, s[end] == and, surnames.contains(s.units[span.range.lowerBound]),
                  !joinsAnother(after: end) else { return span }
            let next = end + 1
            let word = Han.isHan(s[next]) ? s.word(containing: next).flatMap { $0.lowerBound == next ? $0 : nil } : nil
            let after = word.flatMap { Entities.wordClass(s, $0) }
            guard (after == .verb && word.map({ !opensNounBeforePossessive(s, $0) }) == true) || sentenceMarks.contains(s[next]) else { return span }
            return EntitySpan(kind: .person, range: span.range.lowerBound..<(end + 1))
        }
    }

    /// Whether the verb `word` and the word after it are a noun that 的 follows (攻关|小组|的同事们):
    /// what the verb opens is a thing named, no clause whose subject the name before it is.
    static func opensNounBeforePossessive(_ s: ScannedText, _ word: Range<Int>) -> Bool {
        guard let noun = s.word(containing: word.upperBound), noun.lowerBound == word.upperBound, noun.count >= 2 else { return false }
        return Entities.wordClass(s, noun) == .noun && s[noun.upperBound] == possessive
    }

    /// `tagged` with each two-character name in a 、-list that the tagger cut before a character
    /// jieba's HMM joined to the conjunction after it (周才德、罗均|发及|机关各委): no word of its
    /// dictionary, so the character ends the name (以及, 涉及 and 论及 are words, and stay apart).
    static func withListedNamesBeforeConjunctions(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let r = span.range, end = r.upperBound
            guard span.kind == .person, r.count == 2, s[r.lowerBound - 1] == ScannedText.listMark, listConjunctions.contains(s[end + 1]),
                  isGiven(s[end]), Entities.wordClass(s, end..<(end + 2)) == nil else { return span }
            return EntitySpan(kind: .person, range: r.lowerBound..<(end + 1))
        }
    }
    static let listConjunctions = ScannedText.units(of: "及和与等")

    /// `tagged` with the name that 与, 和 or 及 joins to a person the tagger read, where it read
    /// nothing (两位代表柳西乾与|史进之|挥毫泼墨): three characters from a surname, no word of
    /// another kind opening them, that end where one of jieba's words ends: two people named together.
    static func withSecondNamesJoined(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let taken = RangeIndex(tagged.map(\.range))
        let added = tagged.compactMap { span -> EntitySpan? in
            let start = span.range.upperBound + 1
            guard span.kind == .person, span.range.count >= 2, conjunctions.contains(s[span.range.upperBound]), nameLength(s, at: start) == 3,
                  !Entities.isCommonWord(s, start..<(start + 2)), !s.splitsWord(at: start + 3), !taken.overlaps(start..<(start + 3)) else { return nil }
            return EntitySpan(kind: .person, range: start..<(start + 3))
        }
        return added.isEmpty ? tagged : (tagged + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }


    /// `tagged` with the first and the last item of a list of people where the tagger read two
    /// items in a row as people but not the end's: the first (包括|蔡適應|、鄭運鵬、蔡其昌: 適應 is
    /// a word), two or three characters from a surname after a mark, a particle or a word of
    /// jieba's that ends where the item starts, two where the first of three is a particle (和 and
    /// 于 are surnames too); the last, after 和, 及 or 与 (盧偉國和|黃國|，), two or three from a
    /// surname up to a mark or 等. A character the tagger read alone as a person there (蔡|適應) is the name's.
    static func withListEndsNamed(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let people = tagged.filter { $0.kind == .person }.map(\.range)
        func isCharacterAlone(_ span: EntitySpan) -> Bool { span.kind == .person && span.range.count == 1 }
        let taken = RangeIndex(tagged.filter { !isCharacterAlone($0) }.map(\.range))
        var added: [Range<Int>] = []
        for (first, second) in zip(people, people.dropFirst()) where s[first.upperBound] == ScannedText.listMark && second.lowerBound == first.upperBound + 1 {
            let mark = first.lowerBound - 1
            if s[mark] == ScannedText.listMark, !people.contains(where: { $0.upperBound == mark }),
               let start = [3, 2].map({ mark - $0 }).first(where: { opensListedName(s, at: $0, before: mark) }) {
                added.append(start..<mark)
            }
            let joiner = second.upperBound
            if conjunctions.contains(s[joiner]), let length = [2, 3].first(where: { listedNameEnds.contains(s[joiner + 1 + $0]) }),
               opensListedName(s, at: joiner + 1, before: joiner + 1 + length) {
                added.append((joiner + 1)..<(joiner + 1 + length))
            }
        }
        let names = added.filter { !taken.overlaps($0) }
        guard !names.isEmpty else { return tagged }
        let kept = tagged.filter { span in !(isCharacterAlone(span) && names.contains { $0.contains(span.range.lowerBound) }) }
        return (kept + names.map { EntitySpan(kind: .person, range: $0) }).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `tagged` with each item of a 、-list after a count of people and a colon made a person
    /// (两人：许晴、钟立群。, 3位：…): where the items are as many as the count says, each two or
    /// three characters from a surname (or a person the tagger read), and none a place or body
    /// the tagger read, the count says what they are, which the tagger may miss beside a name it knows.
    static func namesCountedBeforeColon(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let taken = RangeIndex(tagged.filter { $0.kind != .person }.map(\.range))
        let people = Set(tagged.filter { $0.kind == .person }.map(\.range))
        var names: [Range<Int>] = []
        for colon in 2..<max(2, s.count) where colons.contains(s.units[colon]) {
            guard let count = peopleCounted(s, before: colon), (2...20).contains(count) else { continue }
            let items = colonList(s, after: colon)
            guard items.count == count, items.allSatisfy({ item in
                people.contains(item) || (item.count <= 3 && surnames.contains(s[item.lowerBound]) && !opensNoName(s, at: item.lowerBound))
            }), !items.contains(where: taken.overlaps) else { continue }
            names += items
        }
        return Entities.replacing(tagged, with: names, as: .person)  // only people overlap them
    }

    /// The count of people a colon at `colon` closes (两人：, 3位：, 十二名：), when one does.
    static func peopleCounted(_ s: ScannedText, before colon: Int) -> Int? {
        guard peopleMeasures.contains(s[colon - 1]) else { return nil }
        var start = colon - 1
        while start > 0, ScannedText.isDigit(s[start - 1]) || Numerals.isChineseNumeral(s[start - 1]) { start -= 1 }
        // a short count: a list of people is no longer than a few dozen
        guard start < colon - 1, colon - 1 - start <= 3 else { return nil }
        let numeral = s.units[start..<(colon - 1)]
        return numeral.allSatisfy(ScannedText.isDigit) ? numeral.reduce(0) { $0 * 10 + Int($1) - 0x30 } : Numerals.value(numeral)
    }

    static let peopleMeasures = ScannedText.units(of: "人位名")

    /// The items of a 、-list right after `colon`, each of Han characters, up to the clause's end;
    /// none when anything else stands in it.
    static func colonList(_ s: ScannedText, after colon: Int) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var start = colon + 1, k = colon + 1
        while k <= s.count {
            let u = k < s.count ? s.units[k] : 0x0A
            if u == ScannedText.listMark || listCloses.contains(u) {
                guard k - start >= 2, k - start <= 4 else { return [] }
                items.append(start..<k)
                if u != ScannedText.listMark { return items }
                start = k + 1
            } else if !Han.isHan(u) {
                return []
            }
            k += 1
        }
        return []
    }

    static let listCloses = ScannedText.units(of: "。；;，,\n")

    /// Whether a name listed first may run from `start` to the list's mark at `end`: a surname,
    /// Han characters, and before it a mark, a particle or the end of a word of two characters
    /// or more that jieba reads (包括, 分别是).
    static func opensListedName(_ s: ScannedText, at start: Int, before end: Int) -> Bool {
        guard start > 0, surnames.contains(s[start]), !beforeName.contains(s[start]), (start..<end).allSatisfy({ Han.isHan(s[$0]) }),
              !opensNoName(s, at: start) else { return false }
        if beforeName.contains(s[start - 1]) { return true }
        guard let word = s.word(containing: start - 1) else { return false }
        return word.upperBound == start && word.count >= 2
    }

    /// `tagged` with each name after a department in a list where the tagger read another so
    /// (心内科邬晓明、儿科|季文静|、眼科甄德胜等专家): hospitals and offices list their staff by
    /// department, and an item the tagger missed names a person as its neighbours do; so does one
    /// it read from the department's last character on (脾胃病|科刘洋|等, a place; 推拿|科华德|胜).
    static func namesAfterDepartments(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let listed = tagged.filter { $0.kind == .person && isListedAfterDepartment(s, $0.range) }.map(\.range.lowerBound)
        guard !listed.isEmpty else { return tagged }
        var names: [Range<Int>] = []
        for i in 2..<max(2, s.count) where closesDepartment(s, at: i) {
            guard let length = nameLength(s, at: i), isListedAfterDepartment(s, i..<(i + length)),
                  listed.contains(where: { sameList(s, $0, i) }) else { continue }
            names.append(i..<(i + length))
        }
        // a place or person the tagger started inside the department's word
        let kept = tagged.filter { span in
            span.kind == .organisation || !names.contains { span.range.lowerBound == $0.lowerBound - 1 && span.range.overlaps($0) }
        }
        let taken = RangeIndex(kept.map(\.range))
        let added = names.filter { !taken.overlaps($0) }.map { EntitySpan(kind: .person, range: $0) }
        return added.isEmpty ? tagged : (kept + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `tagged` with each person the tagger read from a department's last character on, no
    /// surname, before one and a title (心血管科|苏志伟|教授, read 科苏志伟), read from the surname:
    /// hospitals name their doctors after their departments. (科林斯 with no title is Collins.)
    static func withoutDepartmentsEnd(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        tagged.map { span in
            let start = span.range.lowerBound
            guard span.kind == .person, span.range.count >= 3, departmentEnds.contains(s.units[start]), !surnames.contains(s.units[start]),
                  Han.isHan(s[start - 1]), let length = nameLength(s, at: start + 1), start + 1 + length >= span.range.upperBound,
                  titleAfter(s, at: start + 1 + length) != nil else { return span }
            return EntitySpan(kind: .person, range: (start + 1)..<(start + 1 + length))
        }
    }

    /// Whether `name` follows a department and ends a list's item (儿科|季文静|、).
    static func isListedAfterDepartment(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        listedNameEnds.contains(s[name.upperBound]) && closesDepartment(s, at: name.lowerBound)
    }

    /// Whether a word of two characters or more that names a department ends right before `i`
    /// (内科, 办公室, 医务部).
    static func closesDepartment(_ s: ScannedText, at i: Int) -> Bool {
        guard i >= 2, departmentEnds.contains(s[i - 1]), let word = s.word(containing: i - 1) else { return false }
        return word.upperBound == i && word.count >= 2
    }

    static let departmentEnds = ScannedText.units(of: "科室部处组")

    /// Whether `a` and `b` stand in one list: no mark but 、 between them.
    static func sameList(_ s: ScannedText, _ a: Int, _ b: Int) -> Bool {
        a != b && !(min(a, b)..<max(a, b)).contains { s.units[$0] != ScannedText.listMark && sentenceMarks.contains(s.units[$0]) }
    }

    static let surnamed = ScannedText.fold("姓")[0], family = ScannedText.fold("氏")[0]
    static let and = ScannedText.fold("和")[0], sentenceMarks = ScannedText.units(of: "，,。；;：:！？!?、")

    static let compoundSurnames = ScannedText.words(["欧阳", "司马", "上官", "尉迟", "诸葛", "皇甫", "令狐", "夏侯", "公孙", "慕容",
                                                     "长孙", "宇文", "司徒", "端木", "澹台", "万俟", "闻人", "东方", "南宫"].map { ($0, true) })

    /// `tagged` with each transliterated name whole, its parts joined by a middle dot
    /// (买买提江·吾买尔, 阿不都热依木·买买提), one person where the tagger cut it (江·吾买尔) or
    /// read a part as a place: the dot joins the parts of people's names. Not where a part
    /// is a division the gazetteer knows or an organisation the tagger read (中国·山西), nor
    /// where the tagger read no name at all (a column's name: 村里人·村中事) or one place across
    /// the dot (青峰溪·云岭国家森林公园).
    static func withDottedNamesWhole(_ tagged: [EntitySpan], in s: ScannedText, gazetteer g: Gazetteer = .shared) -> [EntitySpan] {
        guard s.units.contains(where: nameDots.contains) else { return tagged }
        let others = RangeIndex(tagged.filter { $0.kind != .person }.map(\.range))
        var names: [Range<Int>] = [], misread = Set<Range<Int>>()
        var i = 1
        while i + 1 < s.count {
            guard nameDots.contains(s.units[i]), Han.isHan(s.units[i - 1]), Han.isHan(s.units[i + 1]) else { i += 1; continue }
            let whole = dottedName(s, dotAt: i)
            let overlapping = tagged.filter { $0.range.overlaps(whole) }
            // the tagger's reading of a name it took for a person stands but for a part of one character
            let read = overlapping.first { $0.kind == .person && $0.range.contains(i) }.map { withWholeParts($0.range, whole, in: s, others: others) } ?? whole
            // a first part the tagger read as a person of its own after a post (大使|阿卜杜勒|卡德尔·安萨里)
            // is the name's: the post is one person's
            let name = overlapping.first {
                $0.kind == .person && $0.range.upperBound == read.lowerBound && $0.range.lowerBound >= whole.lowerBound
                    && title(endingAt: $0.range.lowerBound, in: s) != nil
            }.map { $0.range.lowerBound..<read.upperBound } ?? read
            // words joined by a dot inside quotes are a slogan's (“百年院庆·健康惠民”), no one's name
            // (大卫·史东汉, unquoted, holds two words of jieba's too)
            misread.formUnion(overlapping.filter { $0.kind == .person && $0.range.contains(i) && isQuoted(s, $0.range) && holdsCommonWords(s, $0.range) }
                .map(\.range))
            if !overlapping.isEmpty,
               !overlapping.contains(where: { $0.kind == .organisation || ($0.kind == .place && (isDivision(s, $0.range, g) || $0.range.contains(i))) }),
               !dottedParts(s, name).contains(where: { isDivision(s, $0, g) }), !holdsCommonWords(s, name) {
                names.append(name)
            }
            i = max(whole.upperBound, name.upperBound)
        }
        return Entities.replacing(tagged.filter { !misread.contains($0.range) }, with: names, as: .person)
    }

    /// Whether `range` lies between an opening and a closing quote, within its clause.
    static func isQuoted(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        func quote(from i: Int, step: Int, _ quotes: UnitSet, _ others: UnitSet) -> Bool {
            var k = i
            while k >= 0, k < s.count, !sentenceMarks.contains(s.units[k]), !others.contains(s.units[k]) {
                if quotes.contains(s.units[k]) { return true }
                k += step
            }
            return false
        }
        return quote(from: range.lowerBound - 1, step: -1, Entities.openingQuotes, Entities.closingQuotes)
            && quote(from: range.upperBound, step: 1, Entities.closingQuotes, Entities.openingQuotes)
    }

    /// Whether jieba reads two words of its dictionary in `name` that name nothing (贸易|洽谈会|
    /// 七里河·陇西|友好|县区|招商, a fair's name; 院庆·健康|惠民, a slogan): transliterated names are
    /// made of characters that spell sounds, not words.
    static func holdsCommonWords(_ s: ScannedText, _ name: Range<Int>) -> Bool {
        guard let segmenter = try? Segmenter.shared() else { return false }
        let words = segmenter.segment(Array(s.units[name])).lazy.map { ($0.lowerBound + name.lowerBound)..<($0.upperBound + name.lowerBound) }
        return words.filter { $0.count >= 2 && Entities.isCommonWord(s, $0) }.prefix(2).count == 2
    }

    /// The dotted name around the dot at `dot`: back from it to where a name may start (a post,
    /// a mark, a particle, a common word's end), on past each further dot, to where a verb,
    /// particle or mark follows; at most `longestDottedPart` characters a part.
    static func dottedName(_ s: ScannedText, dotAt dot: Int) -> Range<Int> {
        var start = dot
        while start > 0, dot - start < longestDottedPart, Han.isHan(s.units[start - 1]), !beforeName.contains(s.units[start - 1]),
              s.longest(wordsBeforeNames, endingAt: start) == nil, !endsCommonWord(s, at: start - 1) { start -= 1 }
        var end = dot + 1
        while true {
            let partStart = end
            while end < s.count, end - partStart < longestDottedPart, Han.isHan(s.units[end]), !beforeName.contains(s.units[end]),
                  !afterDottedName.contains(s.units[end]), !opensCommonWord(s, at: end) { end += 1 }
            guard end + 1 < s.count, nameDots.contains(s.units[end]), Han.isHan(s.units[end + 1]) else { break }
            end += 1
        }
        return start..<end
    }

    static let longestDottedPart = 8
    /// Posts and roles, which a name follows: where a dotted name's first part starts.
    static let wordsBeforeNames = titles + anonymousRoles

    /// A dotted name the tagger read (`read`) with its first or last part widened to `whole`'s
    /// where the tagger read only one character of it (江·吾买尔 of 买买提江·吾买尔; not 托·怀塔克,
    /// which nothing before widens), and its last part over a word jieba's dictionary does not
    /// know that follows it within `whole` (努尔兰·阿不都|满金主持: a piece of the name; not
    /// 费萨尔|公主, a word it knows), and its first part over one that ends where it starts
    /// (驻村干部|古丽|米拉·阿不都克里木) and holds none of the tagger's `others` (圣海伦|岛顺|雅克·卡蒂埃:
    /// the island's last character).
    static func withWholeParts(_ read: Range<Int>, _ whole: Range<Int>, in s: ScannedText, others: RangeIndex) -> Range<Int> {
        let parts = dottedParts(s, read)
        guard let first = parts.first, let last = parts.last else { return read }
        var start = first.count == 1 ? min(read.lowerBound, whole.lowerBound) : read.lowerBound
        if start == read.lowerBound, let before = s.word(containing: start - 1), before.upperBound == start, before.count >= 2,
           before.lowerBound >= whole.lowerBound, Entities.wordClass(s, before) == nil, !others.overlaps(before) {
            start = before.lowerBound
        }
        var end = last.count == 1 ? max(read.upperBound, whole.upperBound) : read.upperBound
        if end == read.upperBound, let next = s.word(containing: end), next.lowerBound == end, next.count >= 2,
           next.upperBound <= whole.upperBound, Entities.wordClass(s, next) == nil {
            end = next.upperBound
        }
        return start..<end
    }
    /// Characters that end a dotted name's last part (艾尔肯·吐尼亚孜|一行), besides `beforeName`.
    static let afterDottedName = ScannedText.units(of: "一等也就还并")

    static func isDivision(_ s: ScannedText, _ range: Range<Int>, _ g: Gazetteer) -> Bool {
        !Places.divisionsNamed(s.text(range), gazetteer: g).isEmpty
    }

    /// The parts of a dotted name, without its dots.
    static func dottedParts(_ s: ScannedText, _ name: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = [], start = name.lowerBound
        for i in name where nameDots.contains(s.units[i]) {
            parts.append(start..<i)
            start = i + 1
        }
        return parts + [start..<name.upperBound]
    }

    /// Whether a verb of saying (说, 表示), a form of address (同志, 先生) or jieba's word, a
    /// verb or function word of two characters or more, starts at `i` (出席): what follows a
    /// name. Single characters and nouns may be the name's own (the 不 and 都 of 阿不都拉; jieba
    /// calls 买买提 a noun), but for the characters of `beforeName`.
    static func opensCommonWord(_ s: ScannedText, at i: Int) -> Bool {
        if s.longest(verbs, at: i) != nil || s.longest(addressTerms, at: i) != nil { return true }
        guard let word = s.word(containing: i), word.lowerBound == i else { return false }
        return links(s, word)
    }

    /// Whether jieba's word at `i` is a verb or function word of two characters or more that
    /// ends there (会见): what precedes a name.
    static func endsCommonWord(_ s: ScannedText, at i: Int) -> Bool {
        guard let word = s.word(containing: i), word.upperBound == i + 1 else { return false }
        return links(s, word)
    }

    static func links(_ s: ScannedText, _ word: Range<Int>) -> Bool {
        word.count >= 2 && [.verb, .function].contains(Entities.wordClass(s, word))
    }

    /// Where the article names someone by surname alone (王大娘, 郭某, 老刘, 刘：), as the tagger
    /// reads it: a surname it tags as a person on its own, or the surname opening a form of
    /// address it tags whole (朱老, 刘某). Each with the title that follows it (周总理: 总理). Not
    /// one 姓 follows (一王姓男子, "a man surnamed Wang"): the surname said, no one named by it;
    /// nor one 氏 follows outside the tagger's name (罗|氏虾: a breed of shrimp; 罗氏 read whole
    /// is someone).
    static func surnamesAlone(in s: ScannedText, tagged: [EntitySpan]) -> [(range: Range<Int>, titles: [String])] {
        tagged.compactMap { span in
            guard span.kind == .person, surnames.contains(s.units[span.range.lowerBound]),
                  s[span.range.lowerBound + 1] != surnamed, s[span.range.lowerBound + 1] != family,
                  span.range.count == 1 || isAddress(s, span.range), anonymised(s, at: span.range.lowerBound) == nil else { return nil }
            let end = span.range.lowerBound + 1
            let title = titleAfter(s, at: end).map { s.text(end..<(end + $0)) }
            return (span.range.lowerBound..<end, title.map { [$0] } ?? [])
        }
    }

    /// The names that police notices, court news and discipline reports give people they do not
    /// name (张某, 张某某), where the tagger reads a surname, as MSRA's annotators did: each is
    /// its own person, written as the report writes it, since the report withholds who it is (a
    /// 张某 is not the 张建国 named beside, and 张某 and 张某某 are two people).
    /// Where the tagger read nothing there, the surname and 某 are the name all the same when
    /// a name may start there, or a role of such reports stands before (被告人石某某).
    /// One that keeps a given name's character (陆某波) is that too where the text writes it so
    /// twice or more: once might be 张某称.
    /// `lettered`: `letteredAnonymisedNames` of the text.
    static func anonymisedNames(in s: ScannedText, tagged: [EntitySpan], lettered: Set<ArraySlice<UInt32>>) -> [Range<Int>] {
        func end(at start: Int) -> Int? {
            guard let end = anonymised(s, at: start) else { return nil }
            return end == start + 2 && start + 3 <= s.count && lettered.contains(s.units[start..<(start + 3)]) ? start + 3 : end
        }
        var names = tagged.compactMap { span -> Range<Int>? in
            guard span.kind == .person, surnames.contains(s.units[span.range.lowerBound]),
                  let end = end(at: span.range.lowerBound), end >= span.range.upperBound else { return nil }
            return span.range.lowerBound..<end
        }
        let taken = RangeIndex(tagged.map(\.range))
        for i in 1..<max(1, s.count) where withholds(s.units[i]) && surnames.contains(s.units[i - 1]) {
            // the surname and 某 untaken: the tagger may read a given name's character on into the next word
            guard let end = end(at: i - 1), !taken.overlaps((i - 1)..<min(end, i + 1)),
                  mayOpenName(s.units, at: i - 1, after: wordsBeforeNames) else { continue }
            names.append((i - 1)..<end)
        }
        return names
    }

    /// The surnames, 某 and a given name's character (陆某波) that the text writes twice or more,
    /// and the surnames, 某 and a number where the surname's are numbered twice or more (李某一、李某二).
    static func letteredAnonymisedNames(in s: ScannedText) -> Set<ArraySlice<UInt32>> {
        var counts: [ArraySlice<UInt32>: Int] = [:], numbered: Set<ArraySlice<UInt32>> = []
        for i in 1..<max(1, s.count - 1) where s.units[i] == someone && surnames.contains(s.units[i - 1]) && s.units[i + 1] != someone {
            let name = s.units[(i - 1)...(i + 1)]
            if isGiven(s.units[i + 1]) { counts[name, default: 0] += 1 }
            if personNumbers.contains(s.units[i + 1]) { numbered.insert(name) }
        }
        let numbersBySurname = Dictionary(grouping: numbered, by: { $0.first ?? 0 })
        return Set(counts.filter { $0.value >= 2 }.keys).union(numbersBySurname.values.filter { $0.count >= 2 }.joined())
    }

    static let personNumbers = ScannedText.units(of: "一二三四五六七八九十")

    /// Roles before a name such reports withhold (被告人石某某, 驾驶人王某某), or give (牧民巴特尔).
    static let anonymousRoles = ScannedText.words(["被告人", "犯罪嫌疑人", "嫌疑人", "被害人", "受害人", "当事人", "驾驶人", "驾驶员",
                                                   "男子", "女子", "村民", "居民", "患者", "网民", "职工", "员工", "原告", "被告",
                                                   "申请人", "被执行人", "牧民", "农民", "渔民", "市民", "游客"].map { ($0, true) })

    /// Whether a name may start at `start` of `units`: the text's start, after a mark or a
    /// particle (`beforeName`), or after one of `words` (a post: 市委书记王　刚).
    static func mayOpenName(_ units: [UInt32], at start: Int, after words: WordList<Bool>) -> Bool {
        let before = start - 1
        return before < 0 || !Han.isHan(units[before]) || beforeName.contains(units[before])
            || words.contains { word in
                before + 1 >= word.word.count && units[(before + 1 - word.word.count)...before].elementsEqual(word.word)
            }
    }

    /// Where an anonymised name opening at `start` (a surname, then 某 or 某某, or one to three
    /// marks that court papers mask the given name with: 翁××, 王×, 张XX) ends.
    static func anonymised(_ s: ScannedText, at start: Int) -> Int? {
        if s[start + 1] == someone { return s[start + 2] == someone ? start + 3 : start + 2 }
        guard masks.contains(s[start + 1]) else { return nil }
        var end = start + 2
        while end < start + 4, masks.contains(s[end]) { end += 1 }
        // a letter or a figure after it makes the X a code's (型号为王X5)
        return ScannedText.isLetterOrDigit(s[end]) ? nil : end
    }

    static func withholds(_ u: UInt32) -> Bool { u == someone || masks.contains(u) }

    static let someone = ScannedText.fold("某")[0], masks = ScannedText.units(of: "×XxＸｘ*＊")

    /// Whether a title ends inside `range`, having started before it.
    static func startsInsideTitle(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        (range.lowerBound + 1..<range.upperBound).contains { end in
            s.longest(titles, endingAt: end, where: { $0.word.count > end - range.lowerBound }) != nil
        }
    }

    /// Ways to refer to someone by surname alone (李大妈, 陈科长, 刘某, 朱师傅): not a name, but
    /// the surname is one (`surnamesAlone`).
    static let addressTerms = ScannedText.words([
        "某", "老", "总", "大妈", "大娘", "大爷", "大伯", "大叔", "大姐", "大哥", "大嫂", "奶奶", "爷爷", "婆婆", "阿姨", "师傅",
        "老师", "同志", "先生", "女士", "小姐", "老汉", "老太", "科长", "局长", "组长", "主任", "书记", "经理", "厂长", "县长",
        "市长", "部长", "处长", "所长", "站长", "队长", "村长", "乡长", "镇长", "院长", "校长", "教授", "医生", "大夫", "总理",
    ].map { ($0, true) })

    /// Whether the name is the verb of a court's or an inquiry's finding before what it found
    /// (经审理|查明|，), which jieba's dictionary tags as a name: not before a verb of saying (查明说).
    static func isFinding(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        findings.contains { $0.word.count == range.count && s.matches($0.word, at: range.lowerBound) }
            && (Entities.nameBreaks.contains(s[range.upperBound]) || s[range.upperBound] == finished)
    }

    static let findings = ScannedText.words(["查明", "查清"].map { ($0, true) }), finished = ScannedText.fold("了")[0]

    static func isAddress(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        addressTerms.contains { $0.word.count == range.count - 1 && s.matches($0.word, at: range.lowerBound + 1) }
    }

    /// Titles stated right before a name, and the organisation whose post they are.
    struct Post {
        var titles: [String] = []
        var org: String?
    }

    static let formerly = ScannedText.fold("前")[0]

    /// Whether 原 at `i` says a post is a former one (市人大常委会|原|副主任), not the end of a word
    /// of jieba's dictionary with the character before it (太原|市委书记, 中原).
    static func isFormer(_ s: ScannedText, at i: Int) -> Bool {
        s[i] == Entities.formerMark && Entities.wordClass(s, (i - 1)..<(i + 1)) == nil
    }

    /// The chain of titles ending at `start` (省委常委、市委书记, or 市委常委副市长), and the
    /// organisation of the nearest of them, else of the first: the one ending where that title
    /// starts or inside it (国务院|总理, 大同[市委]书记, 党工委副书记、[管委会]主任), a level-only
    /// body as the body it stands for (`fullNames`).
    static func post(before start: Int, in s: ScannedText, organisations: RangeIndex, fullNames: [Range<Int>: String] = [:]) -> Post {
        var post = Post()
        var j = start
        // a signature's post stands apart from the name (大同市人民政府市长　张志伟), a form's field
        // before it (项目经理：孙立伟)
        while j > max(0, start - 3), spaces.contains(s.units[j - 1]) { j -= 1 }
        let isField = j > 0 && colons.contains(s.units[j - 1])
        if isField { j -= 1 }
        // 法定代表人为周宏伟: the post stated as the name's
        if !isField, s[j - 1] == appointedAs, title(endingAt: j - 1, in: s) != nil { j -= 1 }
        var chain: [Range<Int>] = []  // nearest first
        while let held = title(endingAt: j, in: s) {
            let deputyStart = j - held.word.count - deputy(in: s, endingAt: j - held.word.count)
            // 原党组成员: a former post, which says so; so does 前 right after a body's name (常委会|前|副主任)
            let former = isFormer(s, at: deputyStart - 1)
                || s[deputyStart - 1] == formerly && organisations.last(startingBefore: deputyStart - 1)?.upperBound == deputyStart - 1
            let range = (former ? deputyStart - 1 : deputyStart)..<j
            chain.append(range)
            post.titles.insert(s.text(range), at: 0)
            j = range.lowerBound
            // 省委常委、市委书记; 董事长兼总裁, 董事长暨总裁 (兼, 暨: "and also")
            if s[j - 1] == ScannedText.listMark || concurrently.contains(s[j - 1]), title(endingAt: j - 1, in: s) != nil { j -= 1 }
        }
        guard let nearest = chain.first, let first = chain.last else { return post }
        // a field's name opens its line (项目经理：, 联系人：), where a clause's end (他表示：) says something
        guard !isField || opensField(s, at: first.lowerBound) else { return Post() }
        // 潞安化工集团党委书记、董事长: the later post is the body's whose committee the first is;
        // 长治市委副书记、市长: a government's head is no committee's, nor a department's (宣传部部长、副市长)
        post.org = organisation(of: nearest, in: s, organisations: organisations, fullNames: fullNames)
            .map { committeesDepartment($0, before: nearest.lowerBound, in: s, organisations: organisations, fullNames: fullNames) ?? $0 }
            ?? organisation(of: first, in: s, organisations: organisations, fullNames: fullNames).flatMap { org in
                guard chain.count > 1 else { return org }
                if let body = bodyOf(committee: org) { return body }
                // a later post that names its level's body (市人大常委会副主任、县委书记), or its
                // school's (校党委副书记、副校长), is none of the first's
                if let level = title(endingAt: nearest.upperBound, in: s)?.word.first,
                   Entities.levelCharacters.contains(level) || schoolLevels.contains(level) { return nil }
                let headsGovernment = s.longest(governmentHeads, endingAt: nearest.upperBound) != nil
                return headsGovernment && !org.hasSuffix("政府") ? nil : org
            }
        // 市政协主席 where the article names no 政协 in full: the level's body is part of the title,
        // as it is of 市委书记, or the title would not say which body's chair (副市长 says so itself)
        if post.org == nil, s.longest(governmentHeads, endingAt: nearest.upperBound) == nil,
           let start = levelsBodyStart(s, before: nearest) {
            post.titles[post.titles.count - 1] = s.text(start..<nearest.upperBound)
        }
        return post
    }

    /// Where the level-only body a title is its post in starts: before the title (市政协|主席) or
    /// the level alone before a title that names the body (乡|党委书记).
    static func levelsBodyStart(_ s: ScannedText, before title: Range<Int>) -> Int? {
        if let body = Entities.levelOnlyBody(s, endingAt: title.lowerBound) { return body.lowerBound }
        guard Entities.levelBodies.contains(where: { s.matches($0.word, at: title.lowerBound) }) else { return nil }
        return Entities.levelStart(s, endingAt: title.lowerBound)
    }

    static let spaces = ScannedText.units(of: " \u{3000}\t"), colons = ScannedText.units(of: "：:")
    /// What may stand before a form's field: a line's start, its item's number (三、), or the
    /// field before it (联系人：王芳，电话：…).
    static let fieldOpeners = ScannedText.units(of: "\n、 \u{3000}，,；;")

    /// Whether a form's field opens at `i`, or at the name of a body or place right before it
    /// (褡裢村村委会主任：王泽辉): up to ten Han characters back, none a particle, to the field's opener.
    static func opensField(_ s: ScannedText, at i: Int) -> Bool {
        var start = i
        while start > 0, i - start < 10, Han.isHan(s.units[start - 1]), !Entities.functionCharacters.contains(s.units[start - 1]) { start -= 1 }
        return start == 0 || fieldOpeners.contains(s.units[start - 1])
    }

    /// The organisation ending where `title` starts or inside it; it may also open the title
    /// (市委|书记, where the article names 大同市委). An article's organisations never overlap, so
    /// only the last to start there can.
    static func organisation(of title: Range<Int>, in s: ScannedText, organisations: RangeIndex, fullNames: [Range<Int>: String]) -> String? {
        guard let org = organisations.last(startingBefore: title.lowerBound + 1), org.upperBound >= title.lowerBound,
              org.upperBound < title.upperBound else { return nil }
        return fullNames[org] ?? Entities.recordName(s, org)
    }

    /// Whether `range` holds nothing but posts, each maybe a deputy's (副书记, 常务副主任), or nothing.
    static func holdsPostsOnly(_ s: ScannedText, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if s.matches(executive, at: i) { i += executive.count }
            if s[i] == deputyMark { i += 1 }
            guard let post = s.longest(titles, at: i) else { return false }
            i += post.word.count
        }
        return i == range.upperBound
    }

    /// How many units before a title make it a deputy's (副 of 副厅长, 常务副 of 常务副市长): any
    /// post has a deputy, and listing each (副局长, 副院长, 副总裁…) would miss the next.
    static func deputy(in s: ScannedText, endingAt end: Int) -> Int {
        let mark = s[end] != deputyMark && s[end - 1] == deputyMark ? 1 : 0  // 副厅长: 厅长 is the title; 副市长 is one
        let isDeputy = mark == 1 || s[end] == deputyMark
        return mark + (isDeputy && s.matches(executive, endingAt: end - mark) ? executive.count : 0)
    }

    static let deputyMark = ScannedText.fold("副")[0], executive = ScannedText.fold("常务"), concurrently = ScannedText.units(of: "兼暨")

    /// Names found by the patterns of reports, as unit ranges in text order. `bodyEnds`: where
    /// the article's organisations end, which a name before its post may follow (东湖支行|刘振华|行长).
    static func namesByPattern(in s: ScannedText, bodyEnds: Set<Int> = []) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var i = 0
        while i < s.count {
            let u = s.units[i]
            if titleFirsts.contains(u), let end = namesAfterTitle(s, at: i, into: &names) {
                i = end
                continue
            }
            if afterFirsts.contains(u), s.longest(titlesAfter, at: i) != nil, let start = nameBefore(s, end: i, bodyEnds: bodyEnds) {
                names.append(start..<i)
            } else if verbFirsts.contains(u), s.longest(verbs, at: i) != nil, let start = nameBefore(s, end: i) {
                names.append(start..<i)
            } else if appointingFirsts.contains(u), let verb = s.longest(appointingVerbs, at: i), verb.word.count > 1,
                      let name = appointedName(s, at: i + verb.word.count) {
                names.append(name)
                i = name.upperBound
                continue
            } else if KnownNames.shared.firsts.contains(u), KnownNames.shared.contains(s, at: i), !s.splitsWord(at: i), !s.splitsWord(at: i + 3) {
                names.append(i..<(i + 3))
                i += 3
                continue
            }
            i += 1
        }
        return names
    }

    /// Names after a post whose surname the tables lack (县长习覃在会上致辞), where the text writes
    /// them again before what follows names (习覃代表县委…): two or three characters right after
    /// a post, then a verb that follows names, 在, 代表 or a clause's end; no word of jieba's, no
    /// division's name. Said once, such a stretch after a post is more often a clause (球员较多，).
    static func rareSurnameNamesSaidTwice(in s: ScannedText) -> [Range<Int>] {
        var candidates: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard titleFirsts.contains(s.units[i]), let title = s.longest(titles, at: i) else { i += 1; continue }
            let start = i + title.word.count
            if let length = [2, 3].first(where: { rareSurnameName(s, at: start, length: $0) }) {
                candidates.append(start..<(start + length))
            }
            i = start
        }
        guard !candidates.isEmpty else { return [] }
        let said = whereSaid(Set(candidates.map { s.units[$0] }), in: s)
        return candidates.filter { name in said[s.units[name]]?.contains { $0 != name.lowerBound } ?? false }
    }

    /// Whether `length` characters at `start` may be a name whose surname the tables lack, closed
    /// by what follows names.
    static func rareSurnameName(_ s: ScannedText, at start: Int, length: Int) -> Bool {
        let range = start..<(start + length)
        guard range.upperBound <= s.count, !surnames.contains(s[start]), !concurrently.contains(s[start]),
              range.allSatisfy({ isGiven(s[$0]) && s.longest(titles, at: $0) == nil }), closesRareName(s, at: range.upperBound),
              Entities.wordClass(s, start..<(start + 2)) == nil, Entities.wordClass(s, range) == nil,
              !Gazetteer.shared.names(in: s, at: start).contains(where: { $0.word.count <= length }) else { return false }
        return true
    }

    /// Where each of `names` stands as a name, after a mark or a post and before what follows
    /// names, in one pass over the text: a long text's candidates are not each sought through it.
    static func whereSaid(_ names: Set<ArraySlice<UInt32>>, in s: ScannedText) -> [ArraySlice<UInt32>: [Int]] {
        let firsts = UnitSet(names.compactMap(\.first)), lengths = Set(names.map(\.count))
        var said: [ArraySlice<UInt32>: [Int]] = [:]
        for k in s.units.indices where firsts.contains(s.units[k]) {
            for length in lengths where k + length < s.count {
                let name = s.units[k..<(k + length)]
                guard names.contains(name), closesRareName(s, at: k + length),
                      k == 0 || !Han.isHan(s.units[k - 1]) || title(endingAt: k, in: s) != nil else { continue }
                said[name, default: []].append(k)
            }
        }
        return said
    }

    static func closesRareName(_ s: ScannedText, at i: Int) -> Bool {
        clauseEnds.contains(s[i]) || s[i] == at || s.matches(representative, at: i) || s.longest(verbs, at: i) != nil
    }

    static let at = ScannedText.fold("在")[0]

    /// The names a report's credits give after what each person did, at a paragraph's end or in a
    /// bracket of their own ((文：徐双枝，图：刘金林), 撰稿/仇永民): a label after a bracket, a space or a
    /// mark, then a colon or slash, then two or three Han characters opening with a surname and
    /// closed by a mark, a space or the line's end.
    static func workCreditNames(in s: ScannedText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for i in 1..<max(1, s.count) where workCreditMarks.contains(s.units[i]) {
            guard let label = workLabels.first(where: { s.matches($0, endingAt: i) }),
                  i == label.count || workCreditOpeners.contains(s[i - label.count - 1]) else { continue }
            var start = i + 1
            while spaces.contains(s[start]) { start += 1 }
            var end = start
            while end < s.count, end - start <= 3, Han.isHan(s.units[end]) { end += 1 }
            guard (2...3).contains(end - start), surnames.contains(s.units[start]),
                  end == s.count || workCreditClosers.contains(s.units[end]) else { continue }
            found.append(start..<end)
        }
        return found
    }

    static let workLabels = ["文", "图", "文字", "图片", "摄影", "撰稿", "供稿", "视频", "制图", "审核", "编辑", "校对"].map(ScannedText.fold)
    static let workCreditMarks = ScannedText.units(of: ":：/／")
    static let workCreditOpeners = ScannedText.units(of: "(（,，;；、| \u{3000}\n")
    static let workCreditClosers = ScannedText.units(of: ")）,，;；、| \u{3000}\n")

    /// Names listed apart by spaces, as a meeting's notice gives who attended (出席会议的有：孙贵宝
    /// 高键　张晋　李波): three or more in a row, each two or three Han characters opening with a
    /// surname, with nothing else on the stretch; a line may open with one (a list of honours
    /// whose names run over several lines: 于蓝 于漪 于海俊…).
    static func spacedNames(in s: ScannedText) -> [Range<Int>] { spacedRuns(in: s).flatMap { $0 } }

    /// The runs of `spacedNames`, each the names of one stretch.
    static func spacedRuns(in s: ScannedText) -> [[Range<Int>]] {
        var found: [[Range<Int>]] = [], run: [Range<Int>] = []
        var i = 0
        func closeRun() {
            if run.count >= 3 { found.append(run) }
            run = []
        }
        while i < s.count {
            var end = i
            while end < s.count, Han.isHan(s.units[end]) { end += 1 }
            let token = i..<end
            let separated = (i == 0 || spaces.contains(s.units[i - 1]) || colons.contains(s.units[i - 1]) || s.units[i - 1] == 0x0A)
                && (end == s.count || spaces.contains(s.units[end]) || s.units[end] == 0x0A)
            if separated, (2...3).contains(token.count), surnames.contains(s.units[i]), run.isEmpty || spaces.contains(s.units[i - 1]) {
                run.append(token)
            } else if !token.isEmpty || !spaces.contains(s.units[i]) {
                closeRun()
            }
            if end < s.count, s.units[end] == 0x0A { closeRun() }
            i = max(end, i + 1)
        }
        closeRun()
        return found
    }

    /// `tagged` with each name of a spaced run (`spacedRuns`) that the tagger read, whole or in
    /// part, as a place or a body (文朝阳 of 文花枝 文朝阳 方正 毛岸青: 朝阳 is a district, 方正 a county
    /// and a company) read as a person, where at least half the run's names are read as no place
    /// or body: given names are often places' and firms' names, and a list of people lists people.
    /// A run mostly of places (黄山 黄石 黄冈) stays as the tagger read it.
    static func withSpacedRunsOfNames(_ tagged: [EntitySpan], in s: ScannedText) -> [EntitySpan] {
        let others = RangeIndex(tagged.filter { $0.kind != .person }.map(\.range))
        var misread = Set<Range<Int>>()
        for run in spacedRuns(in: s) {
            let readOtherwise = run.filter { others.overlaps($0) }
            guard readOtherwise.count * 2 <= run.count else { continue }
            misread.formUnion(readOtherwise.filter { name in others.overlapping(name).allSatisfy { name.contains($0.lowerBound) && $0.upperBound <= name.upperBound } })
        }
        return Entities.replacing(tagged, with: Array(misread), as: .person)
    }

    /// A title (or a chain of them, 省委常委、市委书记) at `i` and the names right after it
    /// (市领导任希杰、李东升); the end of what was read, or nil when no name follows.
    static func namesAfterTitle(_ s: ScannedText, at i: Int, into names: inout [Range<Int>]) -> Int? {
        guard let first = s.longest(titles, at: i) else { return nil }
        // a post that follows a name the dictionary knows, or its 总 or 副, is that person's, and
        // what comes next is no name (习近平总书记|曾来到: 曾 is a surname and an adverb): read past it
        if KnownNames.shared.contains(s, at: i - 3) || KnownNames.shared.contains(s, at: i - 4) { return i + first.word.count }
        var j = i + first.word.count
        while true {
            let gap = s[j] == ScannedText.listMark ? 1 : 0
            guard let more = s.longest(titles, at: j + gap) else { break }
            j += gap + more.word.count
        }
        // 代表 before 向 is the deputies, or the verb, turned to someone (全体代表|向全市…致以问候): 向 opens no name
        if s.matches(representative, endingAt: j), s[j] == towards { return nil }
        // a form's field (项目负责人：范志勇)
        if colons.contains(s[j]), opensField(s, at: i) { j += 1 }
        // a speaker's caption in a broadcast's transcript (派出所民警 常辉：我当时…)
        if spaces.contains(s[j]), let length = nameLength(s, at: j + 1), colons.contains(s[j + 1 + length]) { j += 1 }
        // who holds the post, stated (法定代表人为周宏伟。): the name alone closes its clause
        if s[j] == appointedAs {
            guard let length = nameLength(s, at: j + 1), clauseEnds.contains(s[j + 1 + length]) else { return nil }
            names.append((j + 1)..<(j + 1 + length))
            return j + 1 + length
        }
        var found = false
        while let length = nameLength(s, at: j) ?? (found ? listedNameLength(s, at: j) : heSurnamedNameLength(s, at: j)) {
            names.append(j..<(j + length))
            found = true
            j += length
            guard s[j] == ScannedText.listMark, nameLength(s, at: j + 1) ?? listedNameLength(s, at: j + 1) != nil,
                  s.longest(titles, at: j + 1) == nil else { break }
            j += 1
        }
        return found ? j : nil
    }

    /// The length of a name right after a post that opens with 和, a surname of Yunnan's Naxi
    /// people (政法委书记和建。, 副州长和良辉、), which reads as "and" everywhere else: two or
    /// three characters that close their clause or list's item, none a pronoun (书记和我。) and no
    /// word of jieba's after 和 (书记和群众。), nor a post (书记和县长。).
    static func heSurnamedNameLength(_ s: ScannedText, at i: Int) -> Int? {
        guard s[i] == and, let length = [2, 3].first(where: { heNameEnds.contains(s[i + $0]) }),
              (i + 1..<(i + length)).allSatisfy({ isGiven(s[$0]) && !personalPronouns.contains(s[$0]) && s.longest(titles, at: $0) == nil }),
              length == 2 || Entities.wordClass(s, (i + 1)..<(i + length)) == nil else { return nil }
        return length
    }

    static let heNameEnds = ScannedText.units(of: "、，,。；;（(")
    static let personalPronouns = ScannedText.units(of: "我你您他她它咱俺其此")

    /// The length of a name further down a list of names after a post, read by its place alone:
    /// two or three characters between the list's marks, or before its end (市领导…、能荣、方向亮、
    /// 鲍岱钦及…: 能 is no common surname, and 方向 a word), where no post, place or body stands.
    static func listedNameLength(_ s: ScannedText, at i: Int) -> Int? {
        guard s[i - 1] == ScannedText.listMark,
              let length = [2, 3].first(where: { listedNameEnds.contains(s[i + $0]) }),
              (i..<(i + length)).allSatisfy({ Han.isHan(s[$0]) && s.longest(titles, at: $0) == nil }),
              !Gazetteer.shared.names(in: s, at: i).contains(where: { $0.word.count == length }),
              KnownNames.shared.org(in: s, at: i) == nil else { return nil }
        return length
    }

    static let listedNameEnds = ScannedText.units(of: "、，,。；及等和")
    static let listGoesOn = ScannedText.units(of: "、等")
    static let linkingCharacters = ScannedText.units(of: "和与及同")

    /// How long the name starting at `i` is (3 or 2), or nil when no name starts there.
    static func nameLength(_ s: ScannedText, at i: Int) -> Int? {
        // a surname and a post or form of address (冯女士, 王先生) is no name, nor one anonymised
        // (贾某, which `anonymisedNames` reads), nor a verb of jieba's (成员|包括…: 包 is a surname)
        // nor 向, 曾, 常 or 于 before a common word (屠副市长|向客人介绍: "to the guests"; 教授|曾获得: "once")
        guard surnames.contains(s[i]), isGiven(s[i + 1]), !opensNoName(s, at: i), Entities.wordClass(s, i..<(i + 2)) != .verb,
              !adverbSurnames.contains(s[i]) || !Entities.isCommonWord(s, (i + 1)..<(i + 3)),
              !isAppointedTo(s, at: i), s.longest(titles, at: i + 1) == nil,
              s.longest(titlesAfter, at: i + 1) == nil, s[i + 1] != someone else { return nil }
        // a character that opens a verb after names (强 of 强调) ends one where the list goes on (李克强、),
        // and a linking one where a clause's mark follows, which nothing it links does (副市长石中和，)
        let third = isGiven(s[i + 2]) || (Han.isHan(s[i + 2]) && listGoesOn.contains(s[i + 3]))
            || (linkingCharacters.contains(s[i + 2]) && ScannedText.clauseMarks.contains(s[i + 3]))
        let length = third && s.longest(titles, at: i + 2) == nil && s.longest(verbs, at: i + 2) == nil && !isPrepositionAfterName(s, at: i + 2) ? 3 : 2
        return opensLongerWord(s, at: i, than: length) ? nil : length
    }

    /// Whether 任 at `i` is the verb "to take the post of": a common word after it (设区, 省级)
    /// and a post further in its clause, with no list's mark or conjunction between (县委书记|任设区市
    /// 党委常委, 任省级产业集聚区管理委员会主任), where after a post it had read as a name (任设区).
    /// A name whose given part is a common word (任大军) is followed by no post of its own.
    static func isAppointedTo(_ s: ScannedText, at i: Int) -> Bool {
        guard s[i] == takesPost, Entities.isCommonWord(s, (i + 1)..<(i + 3)) else { return false }
        var k = i + 3
        while k < s.count, k < i + 24, Han.isHan(s[k]), !conjunctions.contains(s[k]), !beforeName.contains(s[k]) {
            if s.longest(titles, at: k) != nil { return true }
            k += 1
        }
        return false
    }

    static let takesPost = ScannedText.fold("任")[0]

    /// Whether a word of jieba's dictionary that names nothing starts at `i` and runs past a name
    /// of `length` there: 村支部书记|高票当选 ("elected by a large vote"), no 高票当.
    static func opensLongerWord(_ s: ScannedText, at i: Int, than length: Int) -> Bool {
        guard let word = s.word(containing: i), word.lowerBound == i, word.count > length, let wordClass = Entities.wordClass(s, word) else { return false }
        return !Entities.nameClasses.contains(wordClass)
    }

    /// The start of a name of two or three characters that ends at `end`: a surname first, a
    /// boundary before it (江泽民主席, 会见了李鹏总理) or one of `bodyEnds`. Nor may it open with a word that names
    /// nothing (方式|回忆, 许多人|认为) or hold a title (向|记者|介绍): a verb after is weaker
    /// evidence than a title before.
    static func nameBefore(_ s: ScannedText, end: Int, bodyEnds: Set<Int> = []) -> Int? {
        guard !Entities.endsInBodyWord(s, at: end) else { return nil }
        for length in [3, 2] {
            let start = end - length
            guard start >= 0, surnames.contains(s[start]), (start + 1..<end).allSatisfy({ isGiven(s[$0]) }),
                  !opensNoName(s, at: start), !Entities.isCommonWord(s, start..<(start + 2)),
                  !(start + 1..<end).contains(where: { s.longest(titles, at: $0) != nil }) else { continue }
            // what 的 qualifies is more often a noun than a name the tagger missed (对政府的|关怀|表示感谢:
            // jieba tags 关怀 a name)
            if length == 2, s[start - 1] == possessive { continue }
            // nor does a figure open a name (300|余人|出席: 余 is "more than")
            if ScannedText.isDigit(s[start - 1]) || Entities.numeralCharacters.contains(s[start - 1]) { continue }
            if start == 0 || beforeName.contains(s[start - 1]) || !Han.isHan(s[start - 1]) || bodyEnds.contains(start) { return start }
        }
        return nil
    }

    static func isGiven(_ u: UInt32) -> Bool { Han.isHan(u) && !notInName.contains(u) }

    /// Whether the two characters at `i` are a word of jieba's dictionary that opens no name:
    /// a preposition, conjunction or other function word (关 and 对 are surnames, but 关于 and
    /// 对于 open no name: 总书记关于安全生产), or, after a less common surname, any word that
    /// names nothing (游客表示, 尤其强调). For the patterns only: the dictionary tags a few
    /// names' first characters so too (何新 of 何新华), which the tagger reads right.
    static func opensNoName(_ s: ScannedText, at i: Int) -> Bool {
        guard let wordClass = Entities.wordClass(s, i..<(i + 2)) else { return false }
        return wordClass == .function || (lessCommon.contains(s[i]) && !Entities.nameClasses.contains(wordClass))
    }
}

/// What jieba's dictionary (Debian's python3-jieba) knows of people and organisations, read
/// once on first use.
///
/// People: three-character names tagged nr or nrfg that start with a surname (习近平, 江泽民).
/// That tag is noisy (王府井, 陈列柜, 段时间 carry it too), so a name is left out when its first
/// two or last two characters are a common word of another kind, or it ends in a place or
/// thing (…村, …柜). Organisations: words of three or more characters tagged nt whose words
/// say what kind of body they are (国务院, 新华社, 邮电部), and that name no category of bodies
/// (党政机关); the tag alone is noisy too (统计学, 公共汽车 and 美好事物 carry it).
final class KnownNames: Sendable {
    static let shared = KnownNames(dictionary: try? JiebaDictionary.shared())
    private let names: Set<UInt64>
    /// What the names start with: the common surnames and, for names the dictionary knows,
    /// rarer ones too (习近平).
    let firsts: UnitSet
    /// Organisation names the dictionary knows.
    let orgs: WordList<Bool>
    static let rareSurnames = UnitSet("习应廉".unicodeScalars.map(\.value))
    /// Characters the dictionary counts as words often enough to stand alone in text (约, 理):
    /// the rest (旻, 锴, 竑) are seen almost only in names.
    let commonCharacters: UnitSet
    static let commonCharacter = 100
    /// Words that close the name of a category of bodies, which jieba tags nt too (党政机关,
    /// 科研院所, 公共场所): no one body; or a member's post (中央政治局常委: a post in a chain of
    /// posts, 中央政治局常委、中央纪委书记…, whose body the tagger reads).
    static let categories = ["机关", "院所", "场所", "单位", "部门", "常委"].map(ScannedText.fold)
    static let endings = UnitSet("村镇乡县市区省路街井柜园厂店馆站寺庙宫楼桥港湾岛".unicodeScalars.map(\.value))

    init(dictionary: JiebaDictionary?) {
        var candidates: [[UInt32]] = []
        var orgWords: [[UInt32]] = []
        var words: [UInt64: Int] = [:]  // two-character words, by frequency
        var common: [UInt64: Int] = [:]  // those not tagged as names
        var characters: [UInt32] = []
        for entry in dictionary?.entries ?? JiebaDictionary.Entries() {
            let word = entry.word
            if word.count == 1, entry.frequency >= KnownNames.commonCharacter { characters.append(word[0]) }
            let person = entry.tag == "nr" || entry.tag == "nrfg"
            if person, word.count == 3, People.surnames.contains(word[0]) || KnownNames.rareSurnames.contains(word[0]) {
                candidates.append(word)
            } else if entry.tag == "nt", word.count >= 3, Entities.organisationKind(word) != "other",
                      !KnownNames.categories.contains(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }),
                      // nor two kinds of body joined (党和政府): a body's name holds 和 only at length (发展和改革委员会)
                      !(word.count <= 5 && word.contains(People.and)) {
                orgWords.append(word)
            } else if word.count == 2 {
                words[KnownNames.key(0, word[0], word[1])] = entry.frequency
                if !person { common[KnownNames.key(0, word[0], word[1])] = entry.frequency }
            }
        }
        // the first two characters of a name are rarely a word of any kind (温泉|浴: the
        // dictionary tags 温泉 nr too); its last two may be a given name (高丽 of 张高丽)
        let kept = candidates.filter { w in
            let head = KnownNames.key(0, w[0], w[1]), tail = KnownNames.key(0, w[1], w[2])
            return (words[head] ?? 0) < 50 && (common[tail] ?? 0) < 1000 && !KnownNames.endings.contains(w[2])
        }
        names = Set(kept.map { KnownNames.key($0[0], $0[1], $0[2]) })
        firsts = UnitSet(kept.map { $0[0] })
        commonCharacters = UnitSet(characters)
        orgs = WordList((orgWords + KnownNames.ministries.map(ScannedText.fold)).map { ($0, true) })
    }

    /// The State Council's ministries and commissions as named since the 2018 and 2023 reforms,
    /// which jieba's dictionary is older than (应急管理部, 退役军人事务部), its offices and
    /// administrations most in the news, the party centre's offices (whose 和 would part them), and
    /// the securities market's bodies.
    static let ministries = [
        "外交部", "国防部", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会", "公安部", "国家安全部", "民政部",
        "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部",
        "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "国家卫生健康委", "退役军人事务部", "应急管理部", "审计署",
        "国家发展和改革委员会", "国家发展改革委", "国家金融监督管理总局", "国家数据局", "国家市场监督管理总局", "国家市场监管总局",
        "国家医疗保障局", "国家乡村振兴局", "国家消防救援局", "国家知识产权局", "国家移民管理局", "国务院国有资产监督管理委员会",
        "国务院国资委", "海关总署", "国家税务总局", "国家统计局", "国家能源局", "国家林业和草原局",
        "中央网络安全和信息化委员会办公室", "中央精神文明建设办公室", "中央全面依法治国委员会办公室", "中央机构编制委员会办公室",
        "中央财经委员会办公室", "中央外事工作委员会办公室", "中央金融委员会办公室", "中央台湾工作办公室", "中央港澳工作办公室",
        "国务院台湾事务办公室", "国务院港澳事务办公室", "中央社会工作部",
        // the securities market's regulator, exchanges and registrar, which every listed company's
        // notices name, and whose long names hold verbs and trades (证券登记|结算, 股份转让|系统)
        "中国证券登记结算有限责任公司", "全国中小企业股份转让系统有限责任公司", "北京证券交易所", "中国证券投资者保护基金有限责任公司",
    ]

    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 { UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c) }

    func contains(_ s: ScannedText, at i: Int) -> Bool {
        i >= 0 && i + 2 < s.count && names.contains(KnownNames.key(s.units[i], s.units[i + 1], s.units[i + 2]))
    }

    /// The longest organisation the dictionary knows that starts at `i`: its length.
    func org(in s: ScannedText, at i: Int) -> Int? { s.longest(orgs, at: i)?.word.count }
}
