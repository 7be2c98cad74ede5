import BriefModel

/// A numbered heading that starts with a typed number (`一、`, `1.`, `（一）`, `第一，`):
/// the layout numbers sections and subsections, so the typed one would print twice.
struct TypedHeadingNumberRule: LintRule {
    let id = LintRuleID.typedHeadingNumber
    static let numerals = Set("一二三四五六七八九十百零〇两".unicodeScalars)

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        guard case .heading(_, true) = role, let end = Self.typedNumberEnd(units) else { return [] }
        var cut = end
        while cut < units.count, units[cut].isSpace { cut += 1 }
        guard cut < units.count else { return [] }  // the number is the whole title: leave it
        let typed = units[0..<end].map(\.text).joined()
        return [RuleFinding(at: units[0], message: "the heading starts with a typed number `\(typed)`",
                            hint: "delete it: BriefPress numbers sections (一、) and subsections (（一）) itself",
                            edit: units.edit(0..<cut, ""))]
    }

    /// Where a leading typed number (with its separator) ends, or nil.
    static func typedNumberEnd(_ units: [ProseUnit]) -> Int? {
        let s = units.prefix { $0.isCharacter }.map(\.scalar)
        func run(from i: Int, _ accept: (Unicode.Scalar) -> Bool) -> Int {
            var j = i
            while j < s.count, accept(s[j]) { j += 1 }
            return j
        }
        guard let first = s.first else { return nil }
        if first == "（" || first == "(" {
            let j = run(from: 1) { numerals.contains($0) || ChineseText.isDigit($0) }
            if j > 1, j < s.count, s[j] == "）" || s[j] == ")" { return j + 1 }
            return nil
        }
        if first == "第" {
            let j = run(from: 1) { numerals.contains($0) || ChineseText.isDigit($0) }
            guard j > 1, j < s.count else { return nil }
            if "、，,：:．. \u{3000}".unicodeScalars.contains(s[j]) { return s[j] == " " || s[j] == "\u{3000}" ? j : j + 1 }
            for word in ["部分", "章", "节", "篇"] where String(String.UnicodeScalarView(s[j...])).hasPrefix(word) {
                return j + word.unicodeScalars.count
            }
            return nil
        }
        if numerals.contains(first) {
            let j = run(from: 0) { numerals.contains($0) }
            if j < s.count, "、．.，".unicodeScalars.contains(s[j]) { return j + 1 }
            return nil
        }
        if ChineseText.isDigit(first) {
            var j = run(from: 0, ChineseText.isDigit)
            // 1.2 as a section number, but not 1.5倍 (a quantity): the number must end in a separator.
            while j + 1 < s.count, s[j] == ".", ChineseText.isDigit(s[j + 1]) { j = run(from: j + 1, ChineseText.isDigit) }
            if j < s.count, "、．.".unicodeScalars.contains(s[j]), j + 1 == s.count || !ChineseText.isDigit(s[j + 1]) { return j + 1 }
            return nil
        }
        return nil
    }
}
