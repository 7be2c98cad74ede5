import BriefModel

/// A figure or table caption that starts with its own number (`图 2 …`, `表 1：…`,
/// `Table 3.`): figures and tables are numbered automatically, and the outputs drop the
/// typed number (`TypedCaptionNumber`, the same matcher), so it is a warning, not a fault
/// in print; `fix` deletes it from the source.
struct TypedCaptionNumberRule: LintRule {
    let id = LintRuleID.typedCaptionNumber

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        guard role == .caption || role == .tableCaption else { return [] }
        let s = units.prefix { $0.isCharacter }.map(\.scalar)
        guard let j = TypedCaptionNumber.prefixLength(s) else { return [] }
        guard j < s.count else { return [] }  // the number is the whole caption: leave it
        var typed = units[0..<j].map(\.text).joined()
        while typed.last == " " || typed.last == "\u{3000}" { typed.removeLast() }
        return [RuleFinding(at: units[0], message: "the caption starts with a typed number `\(typed)`",
                            hint: "delete it: BriefPress numbers figures and tables itself", edit: units.edit(0..<j, ""))]
    }
}
