/// What a character is for Chinese layout: which side of a Han–Latin boundary it is on,
/// whether it is a full-width mark with a blank half (GB positions), and the GB/T 15834
/// line-start and line-end prohibitions (clreq §1, tailored beyond UAX #14).
enum CharClass: Equatable {
    /// Han ideographs and other CJK letters (kana, hangul, bopomofo): 1-em boxes.
    case han
    /// Latin, Greek and Cyrillic letters, digits and printable ASCII symbols: the Western side.
    case latin
    /// U+0020 and other breaking spaces.
    case space
    /// Full-width opening brackets and quotes: ink right, blank left half (GB).
    case opening
    /// Full-width closing brackets and quotes, and pause/stop marks: ink left, blank right half (GB).
    case closing
    /// Marks with no removable half: `·` `～` `—` `…` `／` `–` and other full-width symbols.
    case fixedPunct
    /// Line feed, U+2028: a hard line break.
    case hardBreak
    /// Everything else (combining marks, symbols outside the above).
    case other

    init(_ c: UInt32) {
        if CharClass.hardBreaks.contains(c) { self = .hardBreak }
        else if c == 0x20 || c == 0x09 || c == 0x3000 { self = .space }
        else if CharClass.openingMarks.contains(c) { self = .opening }
        else if CharClass.closingMarks.contains(c) { self = .closing }
        else if CharClass.isHan(c) { self = .han }
        else if CharClass.isLatin(c) { self = .latin }
        else if CharClass.isFullWidthPunct(c) { self = .fixedPunct }
        else { self = .other }
    }

    var isMark: Bool { self == .opening || self == .closing || self == .fixedPunct }

    static let hardBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

    /// Opening marks (clreq; GB 5.1.3 "must not end a line").
    static let openingMarks: Set<UInt32> = [
        0x201C, 0x2018, 0xFF08, 0x300A, 0x3008, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0xFF3B, 0xFF5B,
    ]
    /// Closing brackets/quotes and pause/stop marks (GB 5.1.1–5.1.3 "must not start a line").
    static let closingMarks: Set<UInt32> = [
        0x201D, 0x2019, 0xFF09, 0x300B, 0x3009, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0xFF3D, 0xFF5D,
        0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01,
    ]
    /// Sentence-final stops: clreq compresses them last (shrink step 7).
    static let stops: Set<UInt32> = [0x3002, 0xFF0E, 0xFF1F, 0xFF01]

    /// Must not start a line: GB basic + GB style, and LibreOffice zh_CN's practical extras
    /// (postfix units, half-width closers). `—` (single) and `——` are handled in Prepare.
    static let noStart: Set<UInt32> = closingMarks.union([
        0x203C, 0x2047, 0x2048, 0x2049,               // ‼ ⁇ ⁈ ⁉
        0x2013, 0xFF5E, 0x301C,                       // – ～ 〜 connectors
        0x00B7, 0x2027, 0x30FB,                       // · ‧ ・ interpuncts
        0x002F, 0xFF0F,                               // / ／ (GB 5.1.9)
        0x2026, 0x22EF,                               // … ⋯ (strict; UAX #14 IN already)
        0x3005, 0x3003,                               // 々 〃
        0x0025, 0xFF05, 0x2030, 0x2103, 0x00B0, 0x2032, 0x2033, // % ％ ‰ ℃ ° ′ ″
        0x0029, 0x005D, 0x007D, 0x002C, 0x002E, 0x003B, 0x003A, 0x0021, 0x003F, // ) ] } , . ; : ! ?
    ])
    /// Must not end a line: opening marks, half-width openers, prefix currency, solidus (GB).
    static let noEnd: Set<UInt32> = openingMarks.union([
        0x0028, 0x005B, 0x007B,                       // ( [ {
        0xFFE5, 0x00A5, 0x0024, 0x00A3, 0xFFE1,       // ￥ ¥ $ £ ￡
        0x002F, 0xFF0F,                               // / ／ (GB 5.1.9)
        0x00B7, 0x2027, 0x30FB,                       // · joins the names on its two sides
    ])
    /// Marks that are doubled into one 2-em sign and never split (GB 5.1.4, 5.1.5).
    static let doubledMarks: Set<UInt32> = [0x2014, 0x2026, 0x22EF, 0x2E3A]
    /// Where code and URLs may break: after a solidus, or before these, so a line never ends
    /// in a hyphen or a dot that reads as the end of a word (clreq: never hyphenate identifiers).
    static let codeBreakAfter: Set<UInt32> = [0x2F] // /
    static let codeBreakBefore: Set<UInt32> = [0x2E, 0x3F, 0x26, 0x3D] // . ? & =
    /// Connectors of a range between numbers (`10～20`, `3–5`): never broken after.
    static let rangeConnectors: Set<UInt32> = [0xFF5E, 0x301C, 0x2013, 0x7E]

    static func isHan(_ c: UInt32) -> Bool {
        switch c {
        case 0x3007, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return c != 0x30FB // ・ is punctuation
        default:
            return false
        }
    }

    /// The Western side of a Han–Latin boundary: printable ASCII (so `AI+`, `$1`, `(a)` count),
    /// Latin-1/Extended letters, Greek, Cyrillic; not `·` (U+00B7), which is a CJK mark here.
    static func isLatin(_ c: UInt32) -> Bool {
        switch c {
        case 0x21...0x7E, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF:
            return c != 0xD7 && c != 0xF7
        case 0xA0...0xBF:
            return c == 0xA3 || c == 0xA5 || c == 0xA9 || c == 0xAE || c == 0xB0
        default:
            return false
        }
    }

    /// Full-width marks and CJK symbols that are not brackets or pause marks; `×` `÷` are
    /// full-width in the CJK faces that set them.
    static func isFullWidthPunct(_ c: UInt32) -> Bool {
        switch c {
        case 0x00B7, 0x00D7, 0x00F7, 0x2010...0x2027, 0x2030...0x205E, 0x2E3A, 0x22EF, 0x3000...0x303F, 0x30FB,
             0xFE10...0xFE6F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xFFE0...0xFFEE,
             0x2100...0x214F:
            return true
        default:
            return false
        }
    }
}
