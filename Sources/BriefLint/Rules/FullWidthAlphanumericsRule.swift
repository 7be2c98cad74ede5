import BriefModel

/// Full-width Latin letters and digits (`ＡＩ`, `１２．５％`) → half-width, with the
/// full-width point between digits and the per cent sign after one.
struct FullWidthAlphanumericsRule: LintRule {
    let id = LintRuleID.fullWidthAlphanumerics

    static func isFullWidthAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 0
        while i < units.count {
            guard units[i].isCharacter, Self.isFullWidthAlphanumeric(units[i].scalar) else { i += 1; continue }
            var j = i, narrow = ""
            while j < units.count, units[j].isCharacter {
                let s = units[j].scalar
                if Self.isFullWidthAlphanumeric(s) {
                    narrow.unicodeScalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
                } else if s == "．", j + 1 < units.count, units[j + 1].isCharacter, Self.isFullWidthAlphanumeric(units[j + 1].scalar) {
                    narrow += "."
                } else if s == "％" {
                    narrow += "%"
                    j += 1
                    break
                } else {
                    break
                }
                j += 1
            }
            found.append(RuleFinding(at: units[i], message: "full-width letters or digits `\(units[i..<j].map(\.text).joined())`",
                                     hint: "write `\(narrow)`", edit: units.edit(i..<j, narrow)))
            i = j
        }
        return found
    }
}
