import Foundation
import Segmentation

/// People named in reports, found on the folded text (so both scripts read alike) by the
/// patterns reports use: titles before names (省委常委、市委书记盧東亮, 市领导任希杰、李东升),
/// titles after them (江泽民主席), a name before a verb of saying (李明说), and names jieba's
/// dictionary knows (three characters, a surname first). Each pattern is checked only where its
/// first character stands, so the pass is linear in the text.
enum People {
    /// Common surnames, folded to Simplified script.
    static let surnames = UnitSet(Entities.surnameCharacters.unicodeScalars.map { Folding.shared.simplified($0.value) })
    /// Office titles, longest first (so 市委书记 before 书记).
    static let titles = ScannedText.words(Entities.titleWords.map { ($0, true) })
    static let titleFirsts = UnitSet(titles.compactMap(\.word.first))
    /// Titles that follow a name as well as precede it: 江泽民主席, 李鹏总理, 王先生.
    static let titlesAfter = ScannedText.words(["主席", "总理", "副总理", "书记", "市长", "省长", "县长", "区长", "部长", "副部长",
                                                "总统", "首相", "委员长", "同志", "先生", "女士", "教授", "院士", "大使", "主任",
                                                "局长", "厂长", "校长", "院长", "董事长", "总经理", "总裁", "将军", "司令员",
                                                "政委", "代表", "委员", "记者", "队长", "村长", "支书"].map { ($0, true) })
    static let afterFirsts = UnitSet(titlesAfter.compactMap(\.word.first))
    /// Verbs of saying and doing that follow a name: 李明说, 王芳表示.
    static let verbs = ScannedText.words(["说", "表示", "指出", "认为", "强调", "介绍", "告诉", "称", "透露", "坦言", "回忆",
                                          "会见", "主持", "出席", "讲话", "致辞", "宣布"].map { ($0, true) })
    static let verbFirsts = UnitSet(verbs.compactMap(\.word.first))
    /// Characters no given name holds: particles and verbs that follow names in reports.
    static let notInName = UnitSet(Entities.afterNameCharacters.unicodeScalars.map { Folding.shared.simplified($0.value) })
    /// Characters that may stand right before a name (or the name starts the text).
    static let beforeName = ScannedText.units(of: "的了和与及在由对向给将把被同跟是为请让见、，。；：！？“”（）《》 \n")

    /// Names found in `s`, with the titles seen with them, in order (offsets 1-based).
    static func find(in s: ScannedText, into mentions: inout Mentions) {
        var i = 0
        while i < s.count {
            let u = s.units[i]
            if titleFirsts.contains(u), let end = namesAfterTitle(s, at: i, into: &mentions) {
                i = end
                continue
            }
            if afterFirsts.contains(u), let title = s.longest(titlesAfter, at: i), let start = nameBefore(s, end: i) {
                mentions.add(s.text(start..<i), offset: s.byteOffset(start), titles: [s.text(i..<(i + title.word.count))], role: "text")
            } else if verbFirsts.contains(u), s.longest(verbs, at: i) != nil, let start = nameBefore(s, end: i) {
                mentions.add(s.text(start..<i), offset: s.byteOffset(start), titles: [], role: "text")
            } else if KnownNames.shared.firsts.contains(u), KnownNames.shared.contains(s, at: i) {
                mentions.add(s.text(i..<(i + 3)), offset: s.byteOffset(i), titles: [], role: "text")
                i += 3
                continue
            }
            i += 1
        }
    }

    /// A title (or a chain of them, 省委常委、市委书记) at `i` and the names right after it
    /// (市领导任希杰、李东升); the end of what was read, or nil when no name follows.
    static func namesAfterTitle(_ s: ScannedText, at i: Int, into mentions: inout Mentions) -> Int? {
        guard let first = s.longest(titles, at: i) else { return nil }
        var chain = [s.text(i..<(i + first.word.count))]
        var j = i + first.word.count
        while true {
            let gap = s[j] == 0x3001 ? 1 : 0  // 、
            guard let more = s.longest(titles, at: j + gap) else { break }
            chain.append(s.text((j + gap)..<(j + gap + more.word.count)))
            j += gap + more.word.count
        }
        var found = false
        while let length = nameLength(s, at: j) {
            mentions.add(s.text(j..<(j + length)), offset: s.byteOffset(j), titles: chain, role: "text")
            found = true
            j += length
            guard s[j] == 0x3001, nameLength(s, at: j + 1) != nil, s.longest(titles, at: j + 1) == nil else { break }
            j += 1
        }
        return found ? j : nil
    }

    /// How long the name starting at `i` is (3 or 2), or nil when no name starts there.
    static func nameLength(_ s: ScannedText, at i: Int) -> Int? {
        guard surnames.contains(s[i]), isGiven(s[i + 1]) else { return nil }
        if isGiven(s[i + 2]), s.longest(titles, at: i + 2) == nil, s.longest(verbs, at: i + 2) == nil { return 3 }
        return 2
    }

    /// The start of a name of two or three characters that ends at `end`: a surname first, a
    /// boundary before it (江泽民主席, 会见了李鹏总理).
    static func nameBefore(_ s: ScannedText, end: Int) -> Int? {
        for length in [3, 2] {
            let start = end - length
            guard start >= 0, surnames.contains(s[start]), (start + 1..<end).allSatisfy({ isGiven(s[$0]) }) else { continue }
            if start == 0 || beforeName.contains(s[start - 1]) || !Han.isHan(s[start - 1]) { return start }
        }
        return nil
    }

    static func isGiven(_ u: UInt32) -> Bool { Han.isHan(u) && !notInName.contains(u) }
}

/// What jieba's dictionary (Debian's python3-jieba) knows of people and organisations, read
/// once on first use.
///
/// People: three-character names tagged nr or nrfg that start with a surname (习近平, 江泽民).
/// That tag is noisy (王府井, 陈列柜, 段时间 carry it too), so a name is left out when its first
/// two or last two characters are a common word of another kind, or it ends in a place or
/// thing (…村, …柜). Organisations: words of three or more characters tagged nt (国务院,
/// 新华社, 联合国).
final class KnownNames: Sendable {
    static let shared = KnownNames(path: Segmenter.defaultFolder + "/dict.txt")
    private let names: Set<UInt64>
    /// What the names start with: the common surnames and, for names the dictionary knows,
    /// rarer ones too (习近平).
    let firsts: UnitSet
    /// Organisation names by first unit, longest first.
    let orgs: [UInt32: [(word: [UInt32], name: Bool)]]
    let orgFirsts: UnitSet
    static let rareSurnames = UnitSet("习栗佟邢阮翟闫韦庞邬应廉滕".unicodeScalars.map(\.value))
    static let endings = UnitSet("村镇乡县市区省路街井柜园厂店馆站寺庙宫楼桥港湾岛".unicodeScalars.map(\.value))

    init(path: String) {
        var candidates: [[UInt32]] = []
        var orgWords: [[UInt32]] = []
        var words: [UInt64: Int] = [:]  // two-character words of other kinds, by frequency
        if let data = FileManager.default.contents(atPath: path) {
            for line in data.split(separator: 0x0A) {
                let fields = line.split(separator: 0x20)
                guard fields.count == 3 else { continue }
                let word = Array(String(decoding: fields[0], as: UTF8.self).unicodeScalars.map(\.value))
                let person = fields[2].elementsEqual("nr".utf8) || fields[2].elementsEqual("nrfg".utf8)
                if person, word.count == 3, People.surnames.contains(word[0]) || KnownNames.rareSurnames.contains(word[0]) {
                    candidates.append(word)
                } else if fields[2].elementsEqual("nt".utf8), word.count >= 3 {
                    orgWords.append(word)
                } else if !person, word.count == 2, let frequency = Int(String(decoding: fields[1], as: UTF8.self)) {
                    words[KnownNames.key(0, word[0], word[1])] = frequency
                }
            }
        }
        let kept = candidates.filter { w in
            (words[KnownNames.key(0, w[0], w[1])] ?? 0) < 50 && (words[KnownNames.key(0, w[1], w[2])] ?? 0) < 1000
                && !KnownNames.endings.contains(w[2])
        }
        names = Set(kept.map { KnownNames.key($0[0], $0[1], $0[2]) })
        firsts = UnitSet(kept.map { $0[0] })
        var orgs: [UInt32: [(word: [UInt32], name: Bool)]] = [:]
        for word in orgWords { orgs[word[0], default: []].append((word, true)) }
        self.orgs = orgs.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        orgFirsts = UnitSet(orgs.keys)
    }

    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 { UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c) }

    func contains(_ s: ScannedText, at i: Int) -> Bool {
        i + 2 < s.count && names.contains(KnownNames.key(s.units[i], s.units[i + 1], s.units[i + 2]))
    }

    /// The longest organisation the dictionary knows that starts at `i`: its length.
    func org(in s: ScannedText, at i: Int) -> Int? {
        guard orgFirsts.contains(s.units[i]) else { return nil }
        return s.longest(orgs[s.units[i]] ?? [], at: i)?.word.count
    }
}
