import BriefModel
import LayoutSchema
import PDFWriter
import Typesetting

/// Why the print edition could not be made; each case says what to fix. `file` is the
/// layout file as a user finds it: its path in a layout folder, or `default layout/pdf.yaml`
/// for the built-in one. `unusableImage` and `qrCode` are faults in the briefing's source
/// data, the layout and font cases faults in the layout. The engine's and the writer's own
/// errors arrive wrapped, so this type is the only one the PDF backend throws.
public enum PDFRenderError: StatusCarryingError, CustomStringConvertible {
    case missingLayoutFile(file: String)
    /// Every problem found in the file, in the order of its lines.
    case invalidLayout(file: String, problems: [LayoutProblem])
    /// An image the briefing uses (a figure, a contact code) that cannot be printed: `path`
    /// as the briefing writes it, relative to the publication folder; `reason` what is
    /// wrong with its data (corrupt PNG data, an unsupported kind of PNG or JPEG).
    case unusableImage(path: String, reason: String)
    /// A contact code's address that no QR code can hold.
    case qrCode(url: String, problem: String)
    /// A font the layout names cannot be found or opened.
    case font(FontError)
    /// The PDF writer refused something: a font it cannot embed (a layout fault), an image
    /// it cannot embed (a source fault), or an inconsistency of ours.
    case writer(PDFError)

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
        case .qrCode(let url, let problem):
            return "error: contact code \(url.prefix(60))\(url.count > 60 ? "…" : ""): \(problem)"
        case .font(let error):
            return "error: \(error)"
        case .writer(let error):
            return exitStatus == .software ? "error: internal error while writing the PDF: \(error)" : "error: \(error)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .missingLayoutFile, .invalidLayout, .font: return .configuration
        case .unusableImage, .qrCode: return .dataError
        case .writer(let error):
            switch error {
            case .fontUnreadable, .faceIndexOutOfRange, .unsupportedFontFormat: return .configuration
            case .unsupportedImage: return .dataError
            case .glyphOutOfRange, .subsetFailed, .undefinedDestination, .outlinePageOutOfRange, .foreignObject,
                 .elementOutsideStructureTree: return .software
            }
        }
    }

    public var failureMessage: String { description }
}
