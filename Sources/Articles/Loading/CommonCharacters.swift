import Text
/// The most frequent Han characters of modern written Chinese, in Simplified script. Ordinary
/// text in either script is mostly made of them (its Traditional characters fold to these),
/// while bytes read in the wrong encoding decode into rare characters: this tells the
/// encodings apart where both decode without errors.
enum CommonCharacters {
    static let set: Set<UInt32> = Set("""
        的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学
        法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天
        政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者
        最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期
        根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受
        联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话
        米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半
        办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始
        却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严项企投推域营环境服务稳优综创质领
        """.unicodeScalars.filter { $0.value >= 0x3400 }.map(\.value))

    /// How many of the first few thousand characters are Han, and what share of those are common.
    static func share(in text: String) -> (han: Int, share: Double) {
        var han = 0, common = 0
        for scalar in text.unicodeScalars.prefix(4000) where Han.isHan(scalar) {
            han += 1
            if set.contains(Folding.shared.simplified(scalar.value)) { common += 1 }
        }
        return (han, han == 0 ? 0 : Double(common) / Double(han))
    }
}
