/// One thing wrong in a layout file, at the place an editor jumps to: `LINE:COL` of the
/// key or value concerned (1-based, as compilers print them).
public struct LayoutProblem: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    /// `FILE:LINE:COL: error: MESSAGE`, the form editors and terminals make clickable.
    public func formatted(file: String) -> String {
        "\(file):\(line):\(column): error: \(message)"
    }

    /// Every problem of one file, one line each, then a hint pointing at the default
    /// layout's copy of the file, which has every key with its meaning.
    public static func report(_ problems: [LayoutProblem], file: String, fileName: String) -> String {
        problems.map { $0.formatted(file: file) }.joined(separator: "\n")
            + "\n  hint: compare it with layouts/default/\(fileName), which has every key with a comment"
    }
}
