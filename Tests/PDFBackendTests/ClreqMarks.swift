/// The line-start and line-end prohibitions of clreq (basic + GB level; notes/clreq.md §1).
enum ClreqMarks {
    static let noStart: Set<Character> = Set("、。，．；：？！‼⁇⁈⁉”’）》〉」』】〕〗］｝–～·‧・/／々〃%％‰℃°′″)]},.;:!?")
    static let noEnd: Set<Character> = Set("“‘（《〈「『【〔〖［｛([{￥¥$£/／")
    /// Full-width marks that end a line occupying only part of their em box (set ½ em).
    static let pauseOrClosing: Set<Character> = Set("，。、；：？！）》」』”’〉】〕〗")

    static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    static func isLatinOrDigit(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
}
