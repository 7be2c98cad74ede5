import BriefModel
import Foundation
import PDFWriter
import Typesetting

/// The print edition: a briefing set in the layout's `pdf.yaml` on A4 pages, returned as
/// `YYYY-MM-DD.pdf`.
public struct PDFRenderer {
    let layout: PrintLayout
    /// The build's fixed date (SOURCE_DATE_EPOCH); nil dates the PDF by the edition's day.
    let sourceDate: UTCTimestamp?
    /// Off only to measure what tagging costs: the same pages with no structure tree and no
    /// marked content (the baseline of the tests that bound the tagged file's growth).
    var tagged = true

    /// Reads and checks the layout's `pdf.yaml`; fonts are looked up when rendering.
    public init(layout: Layout, sourceDate: UTCTimestamp? = nil) throws {
        self.layout = try PrintLayout(layout)
        self.sourceDate = sourceDate
    }

    /// The fonts and the typesetter kept from one render to the next, for a caller that
    /// renders the same edition again and again (the preview): fonts stay open, and a
    /// paragraph set before with the same text, style and measure is not set again, and a
    /// font whose drawn glyphs did not change is embedded from the subset made before.
    public final class Engine {
        let store = FontStore()
        let typesetter: Typesetter
        /// Kept here, not by the writer: the writer knows documents, not editions.
        let embeddedFonts = FontEmbeddingCache()
        public init() { typesetter = Typesetter(fonts: store) }
    }

    /// Starts the one-time set-up a PDF needs (fontconfig) while the caller reads sources.
    public static func warmUp() { FontStore.warmUp() }

    /// Renders the edition. The engine's fonts are released before the writer subsets its
    /// own copies of the same files, so the pages both touch are never resident at once
    /// (that overlap was a third of the peak memory).
    /// With `engine`, its fonts and paragraphs are used and kept (fonts are then not
    /// released before writing).
    public func render(_ briefing: Briefing, engine: Engine? = nil) throws -> OutputFile {
        do {
            let document = try paint(briefing, engine: engine)
            return OutputFile(name: "\(briefing.edition.date).pdf", bytes: try document.write())
        } catch let error as FontError {
            throw PDFRenderError.font(error)
        } catch let error as PDFError {
            throw PDFRenderError.writer(error)
        }
    }

    /// Composes, paginates and paints the edition. The contents print page numbers that
    /// are only known after pagination; numbers stand in fixed-width slots, so an entry
    /// takes the same lines whatever its number, and they are filled in once pagination has
    /// placed every section (composing the edition again would paginate it the same way).
    func paint(_ briefing: Briefing, engine: Engine? = nil) throws -> PDFDocument {
        let store = engine?.store ?? FontStore()
        let fonts = try FontSet(layout.fonts, directory: layout.directory, store: store)
        let typesetter = engine?.typesetter ?? Typesetter(fonts: store)
        defer { engine?.typesetter.forgetUnused() }
        let breaker = PageBreaker(linesPerPage: layout.page.lines, justifyBeyond: layout.page.justifyBeyond)

        let composer = Composer(layout: layout, fonts: fonts, typesetter: typesetter, briefing: briefing)
        try composer.compose(briefing)
        let pages = breaker.paginate(composer.items.map(\.grid))
        composer.fillPageNumbers(PDFRenderer.anchorPages(pages, composer.items))
        try PDFRenderer.refuseUnopenedFaces(store)

        let document = PDFDocument(info: DocumentInfo.info(briefing, sourceDate: sourceDate), fontCache: engine?.embeddedFonts)
        let painter = PagePainter(document: document, layout: layout, annotations: composer.annotations, tagged: tagged)
        let edition = briefing.edition
        let head = briefing.publication.title + layout.header.separator + edition.date.chinese
        let headBase = InlineStyler.Base(role: .headingLight, size: layout.header.size, color: layout.colors.muted.rgb)
        let runningHead = composer.set(composer.styler.runs(head, headBase), width: layout.typeWidth, alignment: .start).first
        for (index, slice) in pages.enumerated() {
            let number = composer.set(composer.styler.runs(String(index + 1), headBase), width: layout.typeWidth,
                                      alignment: .start).first
            try PDFRenderer.refuseUnopenedFaces(store)
            try painter.paint(slice, items: composer.items, runningHead: index == 0 ? nil : runningHead, pageNumber: number)
        }
        document.outline = PDFRenderer.outline(edition.contents, anchors: painter.anchors)
        if tagged { document.structureRoot = composer.structure }
        return document
    }

    /// Faces are opened when first set in, so a font file damaged past its header is only
    /// found while composing; the engine then sets in an empty face, which must never be
    /// printed in place of the face the layout named. Throws the first such failure.
    static func refuseUnopenedFaces(_ store: FontStore) throws {
        if let failure = store.openFailures.first { throw failure }
    }

    /// Anchor → 1-based page number, as pagination placed the items.
    static func anchorPages(_ pages: [PageSlice], _ items: [ComposedItem]) -> [String: Int] {
        var found: [String: Int] = [:]
        for (index, page) in pages.enumerated() {
            for placed in page.items {
                for anchor in items[placed.item].anchors { found[anchor] = index + 1 }
            }
        }
        return found
    }

    /// Bookmarks mirroring the contents: sections and the reference list at the top level,
    /// subsections under their section.
    static func outline(_ contents: [ContentsEntry], anchors: [String: (page: Int, y: Double)]) -> [PDFOutlineItem] {
        var outline: [PDFOutlineItem] = []
        for entry in contents {
            guard let place = anchors[entry.anchor] else { continue }
            let item = PDFOutlineItem(title: entry.text, page: place.page, y: place.y, children: [])
            if entry.level > 1, !outline.isEmpty {
                outline[outline.count - 1].children.append(item)
            } else {
                outline.append(item)
            }
        }
        return outline
    }
}
