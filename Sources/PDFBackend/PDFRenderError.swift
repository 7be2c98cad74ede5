/// Why the print edition could not be made; each case says what to fix. `file` is the
/// layout file as a user finds it: its path in a layout folder, or `default layout/pdf.yaml`
/// for the built-in one.
public enum PDFRenderError: Error, CustomStringConvertible {
    case missingLayoutFile(file: String)
    /// Every problem found in the file, in the order of its lines.
    case invalidLayout(file: String, problems: [LayoutProblem])

    public var description: String {
        switch self {
        case .missingLayoutFile(let file):
            return "\(file): error: the layout has no such file\n"
                + "  hint: copy layouts/default/\(PrintLayout.fileName) into the layout folder"
        case .invalidLayout(let file, let problems):
            return problems.map { $0.formatted(file: file) }.joined(separator: "\n")
                + "\n  hint: compare it with layouts/default/\(PrintLayout.fileName), which has every key with a comment"
        }
    }
}
