import BriefModel

/// The outputs `briefpress build` can make. A format is listed only once its backend works.
/// The covers are no format of their own: the 公众号 cannot publish the article without its
/// cover, so `html` writes them beside it, and `epub` carries its cover image inside.
public enum OutputFormat: String, CaseIterable, Sendable {
    case pdf, html, epub

    /// What the format is for, in the CLI's help.
    public var summary: String {
        switch self {
        case .pdf: return "print PDF (out/DATE.pdf)"
        case .html: return "WeChat article with preview page and covers (out/DATE.wechat.html, DATE.cover.png, DATE.cover-square.png)"
        case .epub: return "EPUB of the day with its cover image (out/DATE.epub)"
        }
    }
}
