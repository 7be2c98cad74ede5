import BriefModel

/// A replacement of some bytes of the source file by new text; never a line end on either
/// side, so a fix keeps every line where it was.
public struct SourceEdit: Hashable, Sendable {
    public var range: Range<Int>
    public var replacement: String
}

/// One fault a rule found: where, what, how to mend it, and (when it is mechanical) the edit
/// that mends it.
public struct LintFinding: Hashable, Sendable {
    public var rule: LintRuleID
    public var location: SourceLocation
    public var message: String
    public var hint: String
    public var edit: SourceEdit?

    /// The finding as `check` reports it: `FILE:LINE:COL: warning: MESSAGE [rule-id]`.
    public func diagnostic(_ severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(location, "\(message) [\(rule.rawValue)]", hint: hint, severity: severity)
    }
}

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
