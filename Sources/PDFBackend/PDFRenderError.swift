import LayoutSchema

/// Why the print edition could not be made; each case says what to fix. `file` is the
/// layout file as a user finds it: its path in a layout folder, or `default layout/pdf.yaml`
/// for the built-in one. `unusableImage` is a fault in the briefing's source data (an image
/// file it names), the other cases faults in the layout.
public enum PDFRenderError: Error, CustomStringConvertible {
    case missingLayoutFile(file: String)
    /// Every problem found in the file, in the order of its lines.
    case invalidLayout(file: String, problems: [LayoutProblem])
    /// An image the briefing uses (a figure, a contact code) that cannot be printed: `path`
    /// as the briefing writes it, relative to the publication folder; `reason` what is
    /// wrong with its data (corrupt PNG data, an unsupported kind of PNG or JPEG).
    case unusableImage(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingLayoutFile(let file):
            return "\(file): error: the layout has no such file\n"
                + "  hint: copy layouts/default/\(PrintLayout.fileName) into the layout folder"
        case .invalidLayout(let file, let problems):
            return LayoutProblem.report(problems, file: file, fileName: PrintLayout.fileName)
        case .unusableImage(let path, let reason):
            return "\(path): error: the image cannot be printed: \(reason)\n"
                + "  hint: open the file in an image viewer and save it again as PNG or baseline JPEG"
        }
    }
}
