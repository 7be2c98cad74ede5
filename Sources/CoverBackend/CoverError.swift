import BriefModel
import LayoutSchema
import Typesetting

/// Why a cover could not be made; each message names what to fix.
public enum CoverError: StatusCarryingError, CustomStringConvertible {
    case missingLayoutFile(file: String)
    /// Every problem found in `cover.yaml`, in the order of its lines.
    case invalidLayout(file: String, problems: [LayoutProblem])
    /// A font the layout names cannot be found or opened.
    case font(FontError)
    /// FreeType could not start, open or draw a face that the typesetter could read.
    case rasterizer(String)

    public var description: String {
        switch self {
        case .missingLayoutFile(let file):
            return "\(file): error: the layout has no such file\n  hint: copy layouts/default/\(CoverLayout.fileName) into the layout folder"
        case .invalidLayout(let file, let problems):
            return LayoutProblem.report(problems, file: file, fileName: CoverLayout.fileName)
        case .font(let error):
            return "error: \(error)"
        case .rasterizer(let reason):
            return "error: cannot draw the cover: \(reason)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .missingLayoutFile, .invalidLayout, .font, .rasterizer: return .configuration
        }
    }

    public var failureMessage: String { description }
}
