import BriefModel
import BriefReader
import CoverBackend
import EPUBBackend
import Foundation
import PDFBackend
import WeChatBackend

/// One edition rendered again and again in memory, for `briefpress preview`: the three
/// outputs come back as bytes and nothing is written. What did not change is kept between
/// renders: the publication (publication.yaml and its QR images, read and checked) and the
/// backends (the layout decoded and checked) are made again only when a file they were made
/// from changed; the edition itself is read on every render (it is what the editor types).
/// The PDF's fonts stay open and its paragraphs are kept by text and style, so only the
/// paragraphs an edit touched are set again; fonts whose drawn glyphs did not change are
/// embedded from the subsets made before, and covers whose masthead did not change are kept.
/// Not thread-safe: one rebuild loop owns a session.
public final class PreviewSession {
    /// The latest outputs, named as `build` names them.
    public struct Outputs: Sendable {
        public var pdf: OutputFile
        /// The WeChat preview page (`DATE.wechat.html`), images embedded.
        public var article: OutputFile
        /// The article alone, as pasted into the WeChat editor (inline styles only).
        public var fragment: String
        public var epub: OutputFile
        /// The article cover and the share thumbnail, as `build` writes them beside the article.
        public var covers: [OutputFile]
        public var files: [OutputFile] { [pdf, article, epub] + covers }
    }

    /// The edition file, as given.
    public let editionPath: String
    private let sourceDate: UTCTimestamp?
    private var publication: Publication?
    private var writers: Writers?
    /// Every file the last render read (resolved paths), or what must be read first.
    public private(set) var sourceFiles: Set<String>

    /// What a layout decodes into, one per format.
    private struct Writers {
        var layout: Layout
        var pdf: PDFRenderer
        /// Open fonts and set paragraphs, kept while the layout is.
        var engine = PDFRenderer.Engine()
        var wechat: WeChatWriter
        var epub: EPUBWriter
        var covers: CoverRenderer
        /// The covers last drawn with this layout.
        var drawnCovers = CoverMemory()
    }

    public init(editionPath: String, sourceDate: UTCTimestamp? = nil) {
        self.editionPath = editionPath
        self.sourceDate = sourceDate
        let edition = PreviewSession.resolved(URL(fileURLWithPath: editionPath))
        var files: Set<String> = [edition]
        if let publicationFile = try? BriefingReader.findPublication(above: URL(fileURLWithPath: edition)) {
            files.insert(PreviewSession.resolved(publicationFile))
        }
        sourceFiles = files
    }

    /// Renders the edition; `changed` names the files changed since the last render (nil:
    /// unknown, read everything again). Throws as `build` would (SourceErrors for problems
    /// in the sources); a failed render keeps what was cached from the files that did not change.
    public func render(changed: Set<String>? = nil) throws -> Outputs {
        let edition = PreviewSession.resolved(URL(fileURLWithPath: editionPath))
        // Only a file the last render read can change what it made: an editor's save also
        // reports its temporary and backup files (`2026-05-28.md.new`, `…md~`), which
        // must not throw away the layout, the open fonts and the set paragraphs.
        if changed.map({ !$0.subtracting([edition]).isDisjoint(with: sourceFiles) }) ?? true {
            publication = nil
            writers = nil
        }
        let briefing: Briefing
        if let publication {
            briefing = Briefing(publication: publication, edition: try BriefingReader.readEdition(at: editionPath, of: publication))
        } else {
            briefing = try BriefingReader.read(editionAt: editionPath)
            publication = briefing.publication
        }
        let writers = try self.writers ?? makeWriters(for: briefing.publication)
        self.writers = writers
        sourceFiles = PreviewSession.files(of: briefing, layout: writers.layout, edition: edition)
        // As `build` makes them: the article names its cover, the EPUB's cover image is the
        // share thumbnail.
        let covers = try writers.covers.wechatCovers(briefing, memory: writers.drawnCovers)
        let article = try writers.wechat.render(briefing, cover: CoverRenderer.articleCoverName(for: briefing.edition.date))
        return Outputs(pdf: try writers.pdf.render(briefing, engine: writers.engine), article: article.page, fragment: article.fragment,
                       epub: try writers.epub.edition(briefing, cover: covers[1].bytes), covers: covers)
    }

    private func makeWriters(for publication: Publication) throws -> Writers {
        let layout = try LayoutLoader.load(publication.layout, publicationDirectory: publication.directory,
                                           at: publication.layoutLocation)
        return Writers(layout: layout, pdf: try PDFRenderer(layout: layout, sourceDate: sourceDate),
                       wechat: try WeChatWriter(layout: layout), epub: try EPUBWriter(layout: layout, sourceDate: sourceDate),
                       covers: try CoverRenderer(layout: layout))
    }

    /// The edition, publication.yaml, the layout folder's files and every image the outputs
    /// show: what a change must trigger a render for.
    private static func files(of briefing: Briefing, layout: Layout, edition: String) -> Set<String> {
        let directory = briefing.publication.directory
        var files: Set<String> = [edition, resolved(directory.appendingPathComponent("publication.yaml"))]
        if let layoutDirectory = layout.directory {
            for name in layout.files.keys { files.insert(resolved(layoutDirectory.appendingPathComponent(name))) }
        }
        var images: [String] = []
        for code in briefing.publication.contact?.codes ?? [] {
            if case .image(let asset) = code.source { images.append(asset.path) }
        }
        ModelWalker.walk(briefing.edition.walkRoots, enter: { node, _ in
            if case .block(.figure(let figure)) = node { images.append(figure.image.path) }
            return .visitChildren
        })
        for image in images { files.insert(resolved(directory.appendingPathComponent(image))) }
        return files
    }

    /// A path as the watcher reports it: absolute, standardised, symbolic links resolved.
    public static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
