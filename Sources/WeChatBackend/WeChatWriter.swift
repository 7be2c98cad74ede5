import BriefModel

/// The WeChat backend: turns a briefing into an Official Account article and the preview
/// page that copies it. It reads only the model and the layout's `wechat.yaml`, and never
/// touches the disk; the pipeline writes what it returns.
public struct WeChatWriter {
    public let theme: WeChatTheme
    /// Where the editor will upload the images (`--image-base`); nil embeds them as data: URIs.
    public let imageBase: String?

    public init(layout: Layout, imageBase: String? = nil) throws {
        try self.init(theme: WeChatTheme(layout: layout), imageBase: imageBase)
    }

    public init(theme: WeChatTheme, imageBase: String? = nil) throws {
        self.theme = theme
        self.imageBase = imageBase
        // Checked here so a bad option fails before any rendering.
        _ = try ImageSources(base: imageBase, namePrefix: "")
    }

    /// The page name for an edition: `2026-05-28.wechat.html`.
    public static func pageName(for edition: Edition) -> String { "\(edition.date).wechat.html" }

    /// `cover` is the file name of the article cover written beside the page, which the
    /// preview shows as the message list would; nil shows none.
    public func render(_ briefing: Briefing, cover: String? = nil) throws -> WeChatArticle {
        let edition = briefing.edition
        let images = try ImageSources(base: imageBase, namePrefix: "\(edition.date)-wechat")
        let builder = ArticleBuilder(briefing: briefing, styles: ArticleStyles(theme: theme), images: images)
        let (page, fragment) = try PreviewPage.build(title: edition.title, language: briefing.publication.language,
                                                     imageBase: images.base, cover: cover) {
            (try builder.build(into: $0), builder.images.uploads.map(\.name))
        }
        return WeChatArticle(
            page: OutputFile(name: WeChatWriter.pageName(for: edition), bytes: page),
            fragment: String(decoding: fragment, as: UTF8.self),
            uploads: builder.images.uploads)
    }
}
