import BriefModel

/// The outputs `briefpress build` can make. A format is listed only once its backend works.
public enum OutputFormat: String, CaseIterable, Sendable {
    case pdf, html, epub

    /// What the format is for, in the CLI's help.
    public var summary: String {
        switch self {
        case .pdf: return "print PDF (out/DATE.pdf)"
        case .html: return "WeChat article with preview page (out/DATE.wechat.html)"
        case .epub: return "EPUB of the day (out/DATE.epub)"
        }
    }
}
