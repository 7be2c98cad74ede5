import BriefModel

/// A full-width quote or bracket opened and never closed (or closed and never opened) within
/// its paragraph, reported at the opener. Not fixable: only the editor knows where it ends.
struct UnbalancedPairsRule: LintRule {
    let id = LintRuleID.unbalancedPairs

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        let closers = Dictionary(uniqueKeysWithValues: ChineseText.pairs.map { ($0.value, $0.key) })
        var open: [Int] = []
        var found: [RuleFinding] = []
        func unclosed(_ i: Int) {
            let closer = ChineseText.pairs[units[i].scalar].map { String($0) } ?? ""
            found.append(RuleFinding(at: units[i], message: "`\(units[i].text)` is never closed in this paragraph",
                                     hint: "add the closing `\(closer)` where the quotation or aside ends"))
        }
        for (i, unit) in units.enumerated() where unit.isCharacter {
            if ChineseText.pairs[unit.scalar] != nil {
                open.append(i)
            } else if let opener = closers[unit.scalar] {
                // `’` after a Latin letter is an apostrophe (students’, it’s).
                if unit.scalar == "’", i > 0, units[i - 1].isLatinOrDigit { continue }
                if let match = open.lastIndex(where: { units[$0].scalar == opener }) {
                    open[(match + 1)...].forEach(unclosed)
                    open.removeSubrange(match...)
                } else {
                    found.append(RuleFinding(at: unit, message: "`\(unit.text)` closes nothing in this paragraph",
                                             hint: "add the opening `\(opener)` where the quotation or aside starts, or delete this one"))
                }
            }
        }
        open.forEach(unclosed)
        return found
    }
}
