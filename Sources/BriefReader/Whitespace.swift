/// The kinds of white space the reader trims and matches, decided per Unicode scalar.
/// These replace Foundation's `CharacterSet` trimming and the `\s` of regular expressions,
/// whose first use costs more than reading an edition; each predicate holds exactly the
/// scalars of what it replaces (checked over all of Unicode when it was written).
enum Whitespace {
    /// `CharacterSet.whitespaces`: tab, the space separators, and U+200B ZERO WIDTH SPACE
    /// (which Foundation's set keeps from older Unicode versions).
    case spaces
    /// `CharacterSet.whitespacesAndNewlines`: the above plus U+000A–U+000D, U+0085 and the
    /// line and paragraph separators.
    case spacesAndNewlines

    func contains(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x200B: return true
        case 0x0A...0x0D, 0x85: return self == .spacesAndNewlines
        default: break
        }
        switch s.properties.generalCategory {
        case .spaceSeparator: return true
        case .lineSeparator, .paragraphSeparator: return self == .spacesAndNewlines
        default: return false
        }
    }

    /// ICU's regular-expression `\s`: tab, line feed, form feed, carriage return and the
    /// separators (`[\t\n\f\r\p{Z}]`; not U+000B, U+0085 or U+200B).
    static func isRegexSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0C, 0x0D: return true
        default:
            switch s.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}

extension StringProtocol {
    /// The text without the leading and trailing scalars of `whitespace`, as
    /// `trimmingCharacters(in:)` with the matching `CharacterSet` gives it.
    func trimming(_ whitespace: Whitespace) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !whitespace.contains($0) }),
              let last = scalars.lastIndex(where: { !whitespace.contains($0) }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
