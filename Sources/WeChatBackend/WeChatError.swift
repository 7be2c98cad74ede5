import BriefModel
import LayoutSchema

/// What can stop the WeChat backend; each message names the file or option to fix.
public enum WeChatError: StatusCarryingError, Hashable, Sendable, CustomStringConvertible {
    case missingTheme(layout: String)
    /// Every problem found in the theme file, in the order of its lines.
    case invalidTheme(file: String, problems: [LayoutProblem])
    case invalidImageBase(String)
    case qrCode(label: String, problem: String)

    public var description: String {
        switch self {
        case .missingTheme(let layout):
            return "layout \(layout): error: no \(WeChatTheme.fileName)\n  hint: copy layouts/default/\(WeChatTheme.fileName) into the layout folder"
        case .invalidTheme(let file, let problems):
            return LayoutProblem.report(problems, file: file, fileName: WeChatTheme.fileName)
        case .invalidImageBase(let base):
            return "--image-base \(base): error: not an https:// URL\n  hint: WeChat accepts only https images; give the folder URL the images will be uploaded to, e.g. https://example.com/img/"
        case .qrCode(let label, let problem):
            return "contact code \(label): error: \(problem)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .missingTheme, .invalidTheme: return .configuration
        case .invalidImageBase: return .usage
        case .qrCode: return .dataError
        }
    }

    /// Every message already names its place (`FILE: error: …`).
    public var failureMessage: String { description }
}
