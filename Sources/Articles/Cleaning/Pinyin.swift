import Foundation

/// Hanyu Pinyin annotations such as "發(fā)展": scraped reports converted from Simplified
/// script carry one after each converted character. Only a parenthesised valid syllable right
/// after a Han character is an annotation; "(大同)", "(CoGas)" and "(1)" are text.
public enum Pinyin {
    /// Every syllable of standard Mandarin, without tones (ü written as "ü"; "v" forms accepted too).
    static let syllables: Set<String> = {
        let table = """
        a ai an ang ao e ei en eng er o ou
        ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
        pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
        ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
        fa fan fang fei fen feng fo fou fu
        da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
        ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
        na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe
        la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
        ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
        ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
        ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
        ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
        qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
        xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
        zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
        cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
        sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
        ra ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
        za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
        ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
        sa sai san sang sao se sen seng si song sou su suan sui sun suo
        ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
        wa wai wan wang wei wen weng wo wu
        """
        var set = Set(table.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        for s in set where s.contains("ü") { set.insert(s.replacingOccurrences(of: "ü", with: "v")) }
        return set
    }()

    /// Tone-marked vowels and their plain forms.
    private static let toneless: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (plain, marked) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ")] {
            for m in marked { map[m] = Character(plain) }
        }
        return map
    }()

    /// Whether `text` is one syllable, with tone marks, a tone number (1-5) or neither.
    public static func isSyllable<S: StringProtocol>(_ text: S) -> Bool {
        var plain = String(text.map { toneless[$0] ?? $0 })
        if let last = plain.last, ("1"..."5").contains(last) { plain.removeLast() }
        return syllables.contains(plain)
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || s == "ü" || ("1"..."5").contains(s) || toneless[Character(s)] != nil
    }

    /// Removes annotations; returns the text and how many were removed.
    public static func strip(_ text: String) -> (text: String, removed: Int) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var removed = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            out.append(s)
            i += 1
            guard Han.isHan(s), i < scalars.count, let close = closing(of: scalars[i]) else { continue }
            var j = i + 1
            while j < scalars.count, j - i <= 8, isLetter(scalars[j]) { j += 1 }
            if j < scalars.count, scalars[j] == close, j > i + 1,
               isSyllable(String(String.UnicodeScalarView(scalars[(i + 1)..<j]))) {
                removed += 1
                i = j + 1
            }
        }
        return (String(out), removed)
    }

    private static func closing(of open: Unicode.Scalar) -> Unicode.Scalar? {
        open == "(" ? ")" : open == "（" ? "）" : nil
    }
}

/// Which characters are Han (CJK ideographs).
public enum Han {
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2EBEF, 0x3007: return true
        default: return false
        }
    }

    public static func isHan(_ c: Character) -> Bool { c.unicodeScalars.first.map(isHan) ?? false }
}
