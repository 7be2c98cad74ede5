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
                // `’` between letters is an apostrophe (rock’n’roll, it’s); after a letter it
                // is one too (students’) unless a `‘` is open, which it then closes (‘OK’).
                if unit.scalar == "’", i > 0, units[i - 1].isLatinOrDigit,
                   (i + 1 < units.count && units[i + 1].isLatinOrDigit) || open[opener, default: []].isEmpty { continue }
                // `1）降本；2）增效`: a numbering closer, which opens nothing.
                if unit.scalar == "）", open[opener, default: []].isEmpty, Self.isEnumerator(units, closingAt: i) { continue }
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

    /// Whether `）` at `i` ends an item number: one to three digits or one Latin letter,
    /// standing at the start of the text or after a space or punctuation.
    static func isEnumerator(_ units: [ProseUnit], closingAt i: Int) -> Bool {
        var start = i
        while start > 0, i - start < 3, units[start - 1].isCharacter,
              units[start - 1].scalar.properties.numericType != nil || (units[start - 1].isLatinOrDigit && i - start == 0) { start -= 1 }
        guard start < i else { return false }
        return start == 0 || !units[start - 1].isCharacter || !units[start - 1].isHan && !units[start - 1].isLatinOrDigit
    }
}
