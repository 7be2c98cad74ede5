import BriefModel

/// What the CLI prints and the status it exits with when a command fails. Each error type
/// states its own status and message (`StatusCarryingError`): 64 a bad option or environment
/// value, 65 a problem in a source, 66 a missing or unreadable input, 73 an output that
/// cannot be written, 78 a layout or font problem. Anything else is a bug in BriefPress (70).
public struct FailureReport: Equatable {
    public var message: String
    public var exitStatus: Int32

    public init(message: String, exitStatus: Int32) {
        self.message = message
        self.exitStatus = exitStatus
    }

    public init(_ error: Error) {
        if let error = error as? StatusCarryingError {
            self.init(message: error.failureMessage, exitStatus: error.exitStatus.rawValue)
        } else {
            self.init(message: "error: internal error: \(error)", exitStatus: ExitStatus.software.rawValue)
        }
    }
}
