import BriefModel

/// Straight quotes around Chinese text → curly ones: `"…"` → `“…”`, `'…'` → `‘…’`. Quotes
/// are paired in order within the block; a pair holding no Han is English and stays, and
/// an apostrophe (`it's`) is never a quote.
struct StraightQuotesRule: LintRule {
    let id = LintRuleID.straightQuotes

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        pairs(of: "\"", in: units, open: "“", close: "”") + pairs(of: "'", in: units, open: "‘", close: "’")
    }

    private func pairs(of quote: Unicode.Scalar, in units: [ProseUnit], open: String, close: String) -> [RuleFinding] {
        let marks = units.indices.filter { i in
            guard units[i].isCharacter, units[i].scalar == quote else { return false }
            // An apostrophe stands between letters, or ends a Latin word before a non-Han.
            if quote == "'", i > 0, units[i - 1].isLatinOrDigit, i + 1 >= units.count || !units[i + 1].isHan { return false }
            return true
        }
        var found: [RuleFinding] = []
        var k = 0
        while k + 1 < marks.count {
            let o = marks[k], c = marks[k + 1]
            k += 2
            guard units[(o + 1)..<c].contains(where: \.isHan) else { continue }
            found.append(RuleFinding(at: units[o], message: "straight quotes `\(quote)…\(quote)` around Chinese text",
                                     hint: "write `\(open)…\(close)`", edit: units.edit(o..<(o + 1), open)))
            found.append(RuleFinding(at: units[c], message: "straight closing quote `\(quote)` in Chinese text",
                                     hint: "write `\(close)`", edit: units.edit(c..<(c + 1), close)))
        }
        return found
    }
}
