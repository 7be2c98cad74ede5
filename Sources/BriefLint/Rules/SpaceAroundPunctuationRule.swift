import BriefModel

/// A space before or after a full-width mark: the mark carries its own space. Marks that
/// English uses too (curly quotes, the dash, the ellipsis) count only when Han stands on the
/// space's other side. Spaces at a line's start or end are layout, not text;
/// a space that ends a bare address is needed.
struct SpaceAroundPunctuationRule: LintRule {
    let id = LintRuleID.spaceAroundPunctuation

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 0
        while i < units.count {
            guard units[i].isSpace else { i += 1; continue }
            var j = i
            while j < units.count, units[j].isSpace { j += 1 }
            // The spaces i..<j: between units i-1 and j.
            defer { i = j }
            guard i > 0, j < units.count, units[i - 1].kind != .lineEnd, units[j].kind != .lineEnd else { continue }
            let before = units[i - 1], after = units[j]
            // A bare address runs to the next space (GFM's autolinks take any character), so
            // the space that ends one before a mark is needed.
            if before.kind == .address || after.kind == .address { continue }
            func faulty(_ mark: ProseUnit, farSide: ProseUnit) -> Bool {
                guard mark.isCharacter else { return false }
                if ChineseText.chineseOnlyMarks.contains(mark.scalar) { return true }
                return ChineseText.sharedMarks.contains(mark.scalar)
                    && (farSide.isHan || ChineseText.chineseOnlyMarks.contains(farSide.scalar) && farSide.isCharacter)
            }
            if faulty(before, farSide: after) || faulty(after, farSide: before) {
                let mark = faulty(before, farSide: after) ? before : after
                found.append(RuleFinding(at: units[i], message: "a space beside the full-width `\(mark.text)`",
                                         hint: "delete the space: a full-width mark carries its own", edit: units.edit(i..<j, "")))
            }
        }
        return found
    }
}
