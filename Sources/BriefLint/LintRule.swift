import BriefModel

/// What a rule reports before the linter names the file.
struct RuleFinding {
    var at: ProseUnit
    var message: String
    var hint: String
    var edit: SourceEdit?
}

/// A copy-editing rule: it reads one block's text (one table cell's) and reports its faults.
protocol LintRule {
    var id: LintRuleID { get }
    func check(_ units: [ProseUnit], role: ProseBlock.Role) -> [RuleFinding]
}

extension Array where Element == ProseUnit {
    /// The edit replacing units `range` (contiguous in the source) by `text`.
    func edit(_ range: Range<Int>, _ text: String) -> SourceEdit {
        SourceEdit(range: self[range.lowerBound].start..<self[range.upperBound - 1].end, replacement: text)
    }

    func character(at i: Int) -> Unicode.Scalar? {
        indices.contains(i) && self[i].isCharacter ? self[i].scalar : nil
    }
}
