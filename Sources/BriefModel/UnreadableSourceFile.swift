/// A source file that exists but cannot be read (a folder, no permission): exit status 66
/// like a missing file, but the message must not claim the file is absent.
public struct UnreadableSourceFile: StatusCarryingError, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): error: cannot read the file (\(reason))" }
    public var exitStatus: ExitStatus { .noInput }
    public var failureMessage: String { description }
}
