import Foundation

/// The citation syntax of the briefing format, recognised by hand: a span `[@…]` in text,
/// and the keys `@id` inside it. (A hand scanner, not a regular expression, because the
/// ICU regex engine's start-up costs more than reading a whole edition.)
enum CitationSyntax {
    /// One part of a text: plain text, or a citation span with its brackets (`[@a; @b]`).
    enum Piece: Equatable {
        case text(String)
        case citation(String)
    }

    /// Whether `text` holds `[@` as characters, the test that decides whether a text is
    /// searched for spans, as Foundation's `contains` has always made it. Answered from the
    /// bytes when an occurrence plainly stands apart from its neighbours (before it a scalar
    /// that cannot join the `[` into one character, after it an ASCII one or nothing);
    /// otherwise (a combining mark after `@`, say) Foundation still decides.
    static func mayHoldSpan(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var previous: Unicode.Scalar?
        var i = scalars.startIndex
        var sawBytes = false
        while i < scalars.endIndex {
            let s = scalars[i]
            scalars.formIndex(after: &i)
            defer { previous = s }
            guard s == "[", i < scalars.endIndex, scalars[i] == "@" else { continue }
            sawBytes = true
            let after = scalars.index(after: i)
            if previous.map(cannotPrecedeInCluster) ?? true, after == scalars.endIndex || scalars[after].isASCII { return true }
        }
        return sawBytes && text.contains("[@")
    }

    /// A scalar after which a `[` surely starts a new character: the blocks a briefing
    /// writes in (Latin to Hebrew, general punctuation and symbols, CJK and Hangul, CJK
    /// compatibility and full-width forms) hold no prepending marks, the only scalars that
    /// join what follows them.
    private static func cannotPrecedeInCluster(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x05FF, 0x2000...0x2BFF, 0x2E80...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// Splits `text` into plain runs and citation spans. A span opens with `[@` and runs to
    /// the first `]`, holding no `[`, `]` or line feed; an opening that does not close that
    /// way is plain text, and the search goes on from the next character. So `[@[@a]`
    /// holds the span `[@a]`, and `[\u{E000}@a]` (an escaped bracket) holds none.
    static func pieces(of text: String) -> [Piece] {
        let scalars = text.unicodeScalars
        var out: [Piece] = []
        var textStart = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard scalars[i] == "[", let end = spanEnd(scalars, openingAt: i) else {
                scalars.formIndex(after: &i)
                continue
            }
            if textStart < i { out.append(.text(String(scalars[textStart..<i]))) }
            out.append(.citation(String(scalars[i..<end])))
            textStart = end
            i = end
        }
        if textStart < scalars.endIndex { out.append(.text(String(scalars[textStart...]))) }
        return out
    }

    /// Where the span opening with the `[` at `open` ends (just past its `]`), if it is one.
    private static func spanEnd(_ scalars: String.UnicodeScalarView, openingAt open: String.Index) -> String.Index? {
        var j = scalars.index(after: open)
        guard j < scalars.endIndex, scalars[j] == "@" else { return nil }
        scalars.formIndex(after: &j)
        while j < scalars.endIndex {
            switch scalars[j] {
            case "]": return scalars.index(after: j)
            case "[", "\n": return nil
            default: scalars.formIndex(after: &j)
            }
        }
        return nil
    }

    /// The id of one key as written between the separators of a span (`@id`, already
    /// trimmed), or nil when it is not a key: ASCII letters, digits and `_ : . -` after the
    /// `@`, ending in a letter, digit or `_`, so trailing punctuation is not part of an id.
    static func key(_ piece: Substring) -> Substring? {
        guard piece.utf8.first == UInt8(ascii: "@") else { return nil }
        // Past the `@` byte, not the `@` character: a combining mark after it is no id.
        let id = piece[piece.utf8.index(after: piece.utf8.startIndex)...]
        guard let last = id.utf8.last, isIDEnd(last), id.utf8.allSatisfy({ isIDEnd($0) || $0 == UInt8(ascii: ":") ||
                                                                              $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return nil }
        return id
    }

    /// An ASCII letter, digit or `_`: what an id may end with.
    private static func isIDEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return true
        default: return false
        }
    }
}
