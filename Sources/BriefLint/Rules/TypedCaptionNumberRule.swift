import BriefModel

/// A figure caption that starts with its own number (`图 2 …`, `表 1：…`): figures are
/// numbered automatically, so the typed number would print twice.
struct TypedCaptionNumberRule: LintRule {
    let id = LintRuleID.typedCaptionNumber

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        guard role == .caption else { return [] }
        let s = units.prefix { $0.isCharacter }.map(\.scalar)
        guard let first = s.first, first == "图" || first == "表" else { return [] }
        var j = 1
        while j < s.count, s[j] == " " { j += 1 }
        let digits = j
        while j < s.count, ChineseText.isDigit(s[j]) || TypedHeadingNumberRule.numerals.contains(s[j]) || (j > digits && "-.".unicodeScalars.contains(s[j])) { j += 1 }
        guard j > digits else { return [] }
        while j < s.count, "：:．.、 \u{3000}".unicodeScalars.contains(s[j]) { j += 1 }
        guard j < s.count else { return [] }  // the number is the whole caption: leave it
        var typed = units[0..<j].map(\.text).joined()
        while typed.last == " " || typed.last == "\u{3000}" { typed.removeLast() }
        return [RuleFinding(at: units[0], message: "the caption starts with a typed number `\(typed)`",
                            hint: "delete it: BriefPress numbers figures itself", edit: units.edit(0..<j, ""))]
    }
}
