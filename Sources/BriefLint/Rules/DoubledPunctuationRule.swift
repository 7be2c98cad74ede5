import BriefModel

/// `。。`, `，，`, `、、`: a mark typed twice → once. `？！` is a mark of its own and stays;
/// three or more `。` are an ellipsis (the ellipsis rule's).
struct DoubledPunctuationRule: LintRule {
    let id = LintRuleID.doubledPunctuation
    static let marks: Set<Unicode.Scalar> = ["。", "，", "、"]

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 0
        while i < units.count {
            guard units[i].isCharacter, Self.marks.contains(units[i].scalar) else { i += 1; continue }
            var j = i
            while j < units.count, units[j].isCharacter, units[j].scalar == units[i].scalar { j += 1 }
            if j - i >= 2, !(units[i].scalar == "。" && j - i >= 3) {
                found.append(RuleFinding(at: units[i], message: "`\(units[i].text)` typed \(j - i) times",
                                         hint: "keep one `\(units[i].text)`", edit: units.edit(i..<j, units[i].text)))
            }
            i = j
        }
        return found
    }
}
