import BriefModel
import Raster
import Typesetting

/// The covers, drawn by BriefPress itself from the masthead: the 公众号 article cover
/// (`DATE.cover.png`) and share thumbnail (`DATE.cover-square.png`) that come with the
/// WeChat article, and the EPUB's cover image (the square: reading systems show covers of
/// any shape, and one picture fewer keeps a build's covers cheap), of a day or of a
/// month's bundle. The
/// typesetting engine shapes and breaks the text, FreeType draws the glyphs, the project's
/// PNG encoder writes the result; the same sources and fonts give the same bytes.
public struct CoverRenderer {
    let layout: CoverLayout
    /// Shared by the copies of this value, and by the editions rendering in parallel.
    private let tools: CoverTools

    /// Reads and checks the layout's `cover.yaml`; fonts are looked up when drawing.
    public init(layout: Layout) throws {
        self.layout = try CoverLayout(layout)
        tools = CoverTools(layout: self.layout)
    }

    /// Starts the one-time font set-up (fontconfig) while the caller reads sources.
    public static func warmUp() { FontStore.warmUp() }

    /// The article cover's file name, which the WeChat preview shows beside the article.
    public static func articleCoverName(for date: EditionDate) -> String { "\(date).cover.png" }
    public static func squareCoverName(for date: EditionDate) -> String { "\(date).cover-square.png" }

    /// The 公众号 article cover and the share thumbnail of one edition, in this order.
    /// With `memory`, covers that say what the remembered ones said are not drawn again.
    public func wechatCovers(_ briefing: Briefing, memory: CoverMemory? = nil) throws -> [OutputFile] {
        let content = CoverContent(briefing), date = briefing.edition.date
        let pictures: [[UInt8]]
        if let memory, memory.content == content {
            pictures = memory.pictures
        } else {
            pictures = try tools.pictures(content, on: [layout.article, layout.square])
            memory?.content = content
            memory?.pictures = pictures
        }
        return [OutputFile(name: CoverRenderer.articleCoverName(for: date), bytes: pictures[0]),
                OutputFile(name: CoverRenderer.squareCoverName(for: date), bytes: pictures[1])]
    }

    /// The cover image (PNG) of a day's EPUB: the same picture as its share thumbnail.
    public func bookCover(_ briefing: Briefing) throws -> [UInt8] {
        let content = CoverContent(briefing)
        return try tools.pictures(content, on: [layout.square])[0]
    }

    /// The cover image (PNG) of a month's bundle, naming the month.
    public func bookCover(publication: Publication, editions: [Edition], month: EditionMonth) throws -> [UInt8] {
        let content = CoverContent(publication: publication, editions: editions, month: month)
        return try tools.pictures(content, on: [layout.square])[0]
    }
}
