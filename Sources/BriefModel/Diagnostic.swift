/// One problem in a source, reported as `FILE:LINE:COLUMN: error: message` with a hint
/// that tells the editor how to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.hint = hint
        self.severity = severity
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Every problem found in a run, thrown at once so the editor fixes them in one pass.
public struct SourceErrors: StatusCarryingError, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// `diagnostics` must not be empty: an error that names no problem would stop a run
    /// without telling the editor anything (and once let an empty file pass `check`).
    public init(_ diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "SourceErrors needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    /// Problems listed in one report; the rest are counted. An edition with thousands of
    /// broken citations would otherwise print thousands of lines that say the same.
    public static let maximumListed = 100

    public var description: String {
        let listed = diagnostics.prefix(SourceErrors.maximumListed).map(\.description)
        let more = diagnostics.count - listed.count
        return (listed + (more > 0 ? ["… and \(more) more problem\(more == 1 ? "" : "s") not listed"] : [])).joined(separator: "\n")
    }

    public var exitStatus: ExitStatus { .dataError }

    public var failureMessage: String {
        let count = diagnostics.filter { $0.severity == .error }.count
        return description + "\n\(count) error\(count == 1 ? "" : "s"); nothing was written"
    }
}

/// A source file that is not there at all (exit status 66, not 65).
public struct MissingSourceFile: StatusCarryingError, Sendable, CustomStringConvertible {
    public var path: String
    public var hint: String?

    public init(path: String, hint: String? = nil) {
        self.path = path
        self.hint = hint
    }

    public var description: String {
        var text = "\(path): error: no such file"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    public var exitStatus: ExitStatus { .noInput }
    public var failureMessage: String { description }
}
