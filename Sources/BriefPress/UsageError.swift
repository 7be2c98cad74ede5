import BriefModel
/// A command used wrongly (a bad option or environment value): exit status 64, and nothing
/// is read or written.
public struct UsageError: StatusCarryingError, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }

    public var exitStatus: ExitStatus { .usage }
    public var failureMessage: String { description }
}
