import BriefModel

/// A citation after the sentence's mark (`。[@a]`) → before it, as Chinese sets 转化[1]。
struct CitationAfterPunctuationRule: LintRule {
    let id = LintRuleID.citationAfterPunctuation
    static let marks = Set("。，；：！？、".unicodeScalars)

    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding] {
        var found: [RuleFinding] = []
        var i = 1
        while i < units.count {
            guard units[i].kind == .citation, units[i - 1].isCharacter, Self.marks.contains(units[i - 1].scalar) else { i += 1; continue }
            var j = i
            while j < units.count, units[j].kind == .citation { j += 1 }
            let citations = units[i..<j].map(\.text).joined()
            found.append(RuleFinding(at: units[i - 1], message: "the citation `\(citations)` stands after `\(units[i - 1].text)`",
                                     hint: "put it before the mark: …\(citations)\(units[i - 1].text)",
                                     edit: units.edit((i - 1)..<j, citations + units[i - 1].text)))
            i = j
        }
        return found
    }
}
