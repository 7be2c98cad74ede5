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
        guard holdsForbidden(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(result)
    }

    /// Whether `text` holds a forbidden character, judged on its UTF-8 bytes (every text of
    /// every output passes here, so no scalar is decoded): a C0 control other than tab, line
    /// feed and carriage return, or U+FFFE / U+FFFF (EF BF BE, EF BF BF).
    static func holdsForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return true }
                if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
                i += 1
            }
            return false
        }
    }
}
