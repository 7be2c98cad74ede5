/// What the rules need to know about characters: Han, Latin, and the full-width marks.
enum ChineseText {
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    static func isLatinOrDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// Marks that occur only in Chinese text: a space beside one is always a fault.
    static let chineseOnlyMarks: Set<Unicode.Scalar> = Set("，。、；：？！（）《》〈〉【】「」『』".unicodeScalars)
    /// Marks English uses too (curly quotes, the dash, the ellipsis): a space beside one is a
    /// fault only when Han stands on the space's other side.
    static let sharedMarks: Set<Unicode.Scalar> = Set("“”‘’—…".unicodeScalars)

    /// Full-width pairs, opener to closer.
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "「": "」", "『": "』", "〈": "〉",
    ]
}
