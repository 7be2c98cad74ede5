import XMLKit

/// An inline opening tag of an element whose content a browser hides (`<script …>`,
/// `<STYLE>`: HTMLFragment's list), recognised by hand with the rule the reader has always
/// used, the case-insensitive regular expression `^<\s*(embed|head|…)\b`.
enum HiddenElementTag {
    /// The element name as written in `html` when it opens with such a tag. The name ends
    /// at a word boundary: what follows is not a letter, digit, mark, connector or joiner
    /// (ICU's `\w`), nor a format character (ICU does not break a word before one).
    static func name(openedBy html: String) -> String? {
        let scalars = html.unicodeScalars
        guard scalars.first == "<" else { return nil }
        var start = scalars.index(after: scalars.startIndex)
        while start < scalars.endIndex, Whitespace.isRegexSpace(scalars[start]) { scalars.formIndex(after: &start) }
        for name in HTMLFragment.invisibleElements {
            var i = start
            var matched = true
            for letter in name.unicodeScalars {
                guard i < scalars.endIndex, folded(scalars[i]) == letter else { matched = false; break }
                scalars.formIndex(after: &i)
            }
            if matched, i == scalars.endIndex || !continuesWord(scalars[i]) { return String(scalars[start..<i]) }
        }
        return nil
    }

    /// A scalar as the regex engine compares it to the ASCII letters of a tag name: ASCII
    /// case folded, and the two non-ASCII scalars that fold to ASCII letters (ſ and K).
    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x41...0x5A: return Unicode.Scalar(s.value + 0x20)!
        case 0x17F: return "s"
        case 0x212A: return "k"
        default: return s
        }
    }

    private static func continuesWord(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        if s.value == 0x200C || s.value == 0x200D || p.isAlphabetic || p.isGraphemeExtend { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation, .format: return true
        default: return false
        }
    }
}
