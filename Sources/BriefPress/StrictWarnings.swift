import BriefModel

/// `check --strict`: style warnings fail the check (exit status 65) as errors do.
public struct StrictWarnings: StatusCarryingError, Sendable {
    public var warnings: [Diagnostic]

    public var exitStatus: ExitStatus { .dataError }

    public var failureMessage: String {
        SourceErrors(warnings).description + "\n\(warnings.count) warning\(warnings.count == 1 ? "" : "s"), which --strict counts as failures"
    }
}
