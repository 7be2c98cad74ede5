/// The status the command line exits with when a command fails (sysexits.h).
public enum ExitStatus: Int32, Sendable {
    /// A bad option, argument or environment value.
    case usage = 64
    /// A problem in a source: the edition, publication.yaml, or a file they name.
    case dataError = 65
    /// A missing or unreadable input.
    case noInput = 66
    /// A bug in BriefPress.
    case software = 70
    /// An output that cannot be written.
    case cannotCreate = 73
    /// A problem in a layout or a font.
    case configuration = 78
}

/// An error that says how the command line reports it. Every error a command can meet
/// conforms, each type stating its own status, so no table of error types is kept
/// anywhere; an error that does not conform is a bug (70).
public protocol StatusCarryingError: Error {
    var exitStatus: ExitStatus { get }
    /// What is printed: every line starts `error:`, `PLACE: error:` or `  hint:`.
    var failureMessage: String { get }
}
