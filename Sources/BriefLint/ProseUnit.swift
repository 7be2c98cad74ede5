/// One piece of a block's text as the lint sees it: a character of prose, or something that
/// is not prose and must be neither judged nor edited (a code span, an address, a link
/// target, an escape, raw HTML, a citation), or the end of a line or table cell.
struct ProseUnit {
    enum Kind: Equatable {
        case character
        case code, address, escape, html
        case citation
        case lineEnd
    }

    var kind: Kind
    /// The first scalar (for a character, the character itself).
    var scalar: Unicode.Scalar
    /// File byte offsets, end exclusive.
    var start: Int
    var end: Int
    /// 1-based file line and scalar column, where editors look.
    var line: Int
    var column: Int
    /// The source text the unit covers, exactly as written.
    var text: String

    var isCharacter: Bool { kind == .character }
    var isSpace: Bool { kind == .character && (scalar == " " || scalar == "\u{3000}" || scalar == "\t") }
    var isHan: Bool { kind == .character && ChineseText.isHan(scalar) }
    var isLatinOrDigit: Bool { kind == .character && ChineseText.isLatinOrDigit(scalar) }
}
