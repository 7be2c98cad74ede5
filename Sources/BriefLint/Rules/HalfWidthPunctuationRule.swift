import BriefModel

/// `, . : ; ? ! ( )` typed half-width beside Han text → their full-width forms. Numbers
/// (`52.3`, `1,299`, `12:30`), Latin runs and everything opaque (code, addresses, link
/// targets) are left alone: a mark is Chinese only when Han stands right before it, or
/// after it when no Latin letter or digit stands before.
struct HalfWidthPunctuationRule: LintRule {
    let id = LintRuleID.halfWidthPunctuation
    static let fullWidth: [Unicode.Scalar: String] = [",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！"]

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        for (i, unit) in units.enumerated() where unit.isCharacter {
            guard let wide = Self.fullWidth[unit.scalar] else { continue }
            // `...` is the ellipsis rule's; `..` is not a sentence end.
            if unit.scalar == ".", units.character(at: i - 1) == "." || units.character(at: i + 1) == "." { continue }
            // `报告.pdf`, `附件.docx`: a file name's extension, not a sentence end.
            if unit.scalar == ".", i + 1 < units.count, units[i + 1].isLatinOrDigit { continue }
            guard isChinese(units, at: i) else { continue }
            // Spaces after the mark go with it: a full-width mark carries its own space.
            var end = i + 1
            while end < units.count, units[end].isSpace { end += 1 }
            if end == units.count || units[end].kind == .lineEnd { end = i + 1 }
            found.append(RuleFinding(at: unit, message: "half-width `\(unit.text)` in Chinese text",
                                     hint: "write `\(wide)`", edit: units.edit(i..<end, wide)))
        }
        found += parentheses(units)
        return found
    }

    private func isChinese(_ units: [ProseUnit], at i: Int) -> Bool {
        if i > 0, units[i - 1].isHan { return true }
        if i > 0, !units[i - 1].isCharacter || units[i - 1].isLatinOrDigit || units[i - 1].isSpace { return false }
        var j = i + 1
        while j < units.count, units[j].isSpace { j += 1 }
        return j < units.count && units[j].isHan
    }

    /// A `( … )` pair is Chinese when it holds Han or Han stands before it: both become
    /// `（ … ）`.
    private func parentheses(_ units: [ProseUnit]) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var open: [Int] = []
        // Han characters before each unit, so nested pairs need no rescanning.
        var hanBefore = [0]
        for unit in units { hanBefore.append(hanBefore[hanBefore.count - 1] + (unit.isHan ? 1 : 0)) }
        for (i, unit) in units.enumerated() where unit.isCharacter {
            if unit.scalar == "(" { open.append(i) }
            guard unit.scalar == ")", let o = open.popLast() else { continue }
            let holdsHan = hanBefore[i] > hanBefore[o + 1]
            var before = o - 1
            while before >= 0, units[before].isSpace { before -= 1 }
            guard holdsHan || (before >= 0 && units[before].isHan) else { continue }
            found.append(RuleFinding(at: units[o], message: "half-width `(` in Chinese text", hint: "write `（`", edit: units.edit(o..<(o + 1), "（")))
            found.append(RuleFinding(at: unit, message: "half-width `)` in Chinese text", hint: "write `）`", edit: units.edit(i..<(i + 1), "）")))
        }
        return found
    }
}
