/// One thing wrong in a layout file, at the place an editor jumps to: `LINE:COL` of the
/// key or value concerned (1-based, as compilers print them).
public struct LayoutProblem: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    /// `FILE:LINE:COL: error: MESSAGE`, the form editors and terminals make clickable.
    public func formatted(file: String) -> String {
        "\(file):\(line):\(column): error: \(message)"
    }
}
