import BriefModel

/// A full-width quote or bracket opened and never closed (or closed and never opened) within
/// its paragraph, reported at the opener. Not fixable: only the editor knows where it ends.
struct UnbalancedPairsRule: LintRule {
    let id = LintRuleID.unbalancedPairs

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        let closers = Dictionary(uniqueKeysWithValues: ChineseText.pairs.map { ($0.value, $0.key) })
        // One stack per kind of pair, so a closer finds its opener at once.
        var open: [Unicode.Scalar: [Int]] = [:]
        var found: [RuleFinding] = []
        for (i, unit) in units.enumerated() where unit.isCharacter {
            if ChineseText.pairs[unit.scalar] != nil {
                open[unit.scalar, default: []].append(i)
            } else if let opener = closers[unit.scalar] {
                // `’` after a Latin letter is an apostrophe (students’, it’s).
                if unit.scalar == "’", i > 0, units[i - 1].isLatinOrDigit { continue }
                if open[opener]?.popLast() == nil {
                    found.append(RuleFinding(at: unit, message: "`\(unit.text)` closes nothing in this paragraph",
                                             hint: "add the opening `\(opener)` where the quotation or aside starts, or delete this one"))
                }
            }
        }
        for i in open.values.joined().sorted() {
            let closer = ChineseText.pairs[units[i].scalar].map { String($0) } ?? ""
            found.append(RuleFinding(at: units[i], message: "`\(units[i].text)` is never closed in this paragraph",
                                     hint: "add the closing `\(closer)` where the quotation or aside ends"))
        }
        return found
    }
}
