import BriefModel

/// What the WeChat backend produces for one edition.
public struct WeChatArticle: Hashable, Sendable {
    /// The preview page, `2026-05-28.wechat.html`.
    public var page: OutputFile
    /// The article as pasted into the editor: one `<section>` with inline styles only.
    public var fragment: String
    /// The images to upload to the image base, named as the article references them;
    /// empty when images are embedded.
    public var uploads: [OutputFile]
}
