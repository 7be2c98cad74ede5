/// Why the print edition could not be made; each case says what to fix.
public enum PDFRenderError: Error, CustomStringConvertible {
    case missingLayoutFile(layout: String, file: String)
    case invalidLayout(layout: String, file: String, reason: String)

    public var description: String {
        switch self {
        case .missingLayoutFile(let layout, let file):
            return "layout \(layout) has no \(file)\n  hint: copy layouts/default/\(file) into the layout folder"
        case .invalidLayout(let layout, let file, let reason):
            return "layout \(layout): \(file) is not valid: \(reason)\n  hint: compare it with layouts/default/\(file)"
        }
    }
}
