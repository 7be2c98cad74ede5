import BriefModel

/// `--` or a lone `—` as a dash in Chinese → `——`. A dash with no Han beside it (spaces
/// aside) is English and stays.
struct DashRule: LintRule {
    let id = LintRuleID.dash

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 0
        while i < units.count {
            guard units[i].isCharacter, units[i].scalar == "-" || units[i].scalar == "—" else { i += 1; continue }
            var j = i
            while j < units.count, units[j].isCharacter, units[j].scalar == units[i].scalar { j += 1 }
            defer { i = j }
            let wanted = units[i].scalar == "-" ? 2 : 1
            guard j - i == wanted else { continue }
            // `--strict`: an option name, not a dash.
            if wanted == 2, j < units.count, units[j].isLatinOrDigit { continue }
            var before = i - 1, after = j
            while before >= 0, units[before].isSpace { before -= 1 }
            while after < units.count, units[after].isSpace { after += 1 }
            guard (before >= 0 && units[before].isHan) || (after < units.count && units[after].isHan) else { continue }
            found.append(RuleFinding(at: units[i], message: "`\(units[i..<j].map(\.text).joined())` as a dash in Chinese text",
                                     hint: "write `——`", edit: units.edit(i..<j, "——")))
        }
        return found
    }
}
