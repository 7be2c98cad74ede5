/// XML 1.0 §2.2: the characters a document may hold at all. libxml2 writes the others
/// (most C0 controls, U+FFFE, U+FFFF) as character references, which no parser accepts, so
/// they are left out of text and attribute values before libxml2 sees them.
enum XMLCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `text` without the characters XML forbids; the same string when it has none.
    static func allowed(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(result)
    }
}
