import BriefModel

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
