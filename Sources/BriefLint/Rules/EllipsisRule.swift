import BriefModel

/// `...`, `。。。` or a lone `…` as an ellipsis in Chinese → `……`. Dots with Latin or digits
/// on both sides are English (or a range) and stay.
struct EllipsisRule: LintRule {
    let id = LintRuleID.ellipsis

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 0
        while i < units.count {
            guard units[i].isCharacter, ["." as Unicode.Scalar, "。", "…"].contains(units[i].scalar) else { i += 1; continue }
            var j = i
            while j < units.count, units[j].isCharacter, units[j].scalar == units[i].scalar { j += 1 }
            defer { i = j }
            let count = j - i, s = units[i].scalar
            let chinese = (i > 0 && units[i - 1].isHan) || (j < units.count && units[j].isHan)
            let faulty = (s == "." && count >= 3 && chinese) || (s == "。" && count >= 3) || (s == "…" && count == 1 && chinese)
            guard faulty else { continue }
            found.append(RuleFinding(at: units[i], message: "`\(units[i..<j].map(\.text).joined())` as an ellipsis in Chinese text",
                                     hint: "write `……`", edit: units.edit(i..<j, "……")))
        }
        return found
    }
}
