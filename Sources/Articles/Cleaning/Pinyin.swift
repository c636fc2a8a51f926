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

    /// Tone-marked vowels (and ü) as the plain ASCII letter the syllable table uses ("ü" is "v").
    private static let plainLetter: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [0xFC: UInt8(ascii: "v")]
        for (plain, marked) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "ǖǘǚǜ")] {
            for m in marked.unicodeScalars { map[m.value] = UInt8(ascii: Unicode.Scalar(plain)!) }
        }
        return map
    }()

    /// At an opening bracket ("(" or "（") in UTF-8 `bytes`: the byte length of a pinyin
    /// annotation there, brackets included, or nil if the brackets hold anything else.
    static func annotationLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let fullWidth = bytes[start] == 0xEF
        var i = start + (fullWidth ? 3 : 1)
        var plain: [UInt8] = []
        plain.reserveCapacity(8)
        while i < bytes.count, plain.count <= 7 {
            let b = bytes[i]
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                plain.append(b)
                i += 1
            } else if b >= 0xC3 && b <= 0xC7, i + 1 < bytes.count,
                      let letter = plainLetter[UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)] {
                plain.append(letter)
                i += 2
            } else {
                break
            }
        }
        guard !plain.isEmpty, i < bytes.count else { return nil }
        if bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "5") { i += 1 }  // a tone number
        let closes = fullWidth ? i + 2 < bytes.count && bytes[i] == 0xEF && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x89
                               : i < bytes.count && bytes[i] == UInt8(ascii: ")")
        guard closes, syllables.contains(String(decoding: plain, as: UTF8.self)) else { return nil }
        return i + (fullWidth ? 3 : 1) - start
    }

    /// Whether an opening bracket starts at `i`: "(" or "（" (EF BC 88).
    static func isOpening(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0x28 || (bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x88)
    }

    /// Removes annotations; returns the text and how many were removed.
    public static func strip(_ text: String) -> (text: String, removed: Int) {
        // Most text has no brackets at all: skip it without copying.
        guard text.utf8.contains(0x28) || text.contains("（") else { return (text, 0) }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var removed = 0
            var afterHan = false
            var i = 0
            while i < bytes.count {
                if afterHan, isOpening(bytes, at: i), let length = annotationLength(bytes, at: i) {
                    removed += 1
                    i += length
                    afterHan = false
                    continue
                }
                let length = UTF8Scalars.length(bytes[i])
                afterHan = Han.isHan(UTF8Scalars.value(bytes, at: i, length: length))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<min(i + length, bytes.count)]))
                i += length
            }
            return (String(decoding: out, as: UTF8.self), removed)
        }
    }
}

/// Reading scalars straight from UTF-8 bytes (the text is valid UTF-8: it came from a String).
enum UTF8Scalars {
    /// The 0-based UTF-8 byte offset of each scalar, and the total length at the end.
    static func byteOffsets(_ scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(s) }
        return offsets
    }

    static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    static func value(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        guard length > 1, i + length <= bytes.count else { return UInt32(bytes[i]) }
        var value = UInt32(bytes[i]) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return value
    }
}

/// Which characters are Han (CJK ideographs).
public enum Han {
    public static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(s.value) }

    public static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2EBEF, 0x3007: return true
        default: return false
        }
    }

    public static func isHan(_ c: Character) -> Bool { c.unicodeScalars.first.map(isHan) ?? false }
}
