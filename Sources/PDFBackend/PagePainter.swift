import BriefModel
import Graphics
import PDFWriter
import Typesetting

/// Paints paginated items onto the pages of a PDF document, converting from the
/// composer's coordinates (type area, y down) to PDF's (page, y up), and records where
/// every anchor landed for the outline. Text and images are marked content of the structure
/// element their drawable names; everything else is drawn as an artifact.
final class PagePainter {
    let document: PDFDocument
    let layout: PrintLayout
    let annotations: AnnotationTable
    /// Whether content is marked for the structure tree; off only to measure what tagging
    /// costs (the untagged baseline of the size and time bounds).
    let tagged: Bool
    private var fonts: [FontFace: PDFFont] = [:]
    private var images: [String: PDFImage] = [:]
    /// Anchor → (0-based page, PDF y of the destination).
    private(set) var anchors: [String: (page: Int, y: Double)] = [:]
    /// Whether an artifact sequence is open on the page being painted: consecutive
    /// decorations share one.
    private var inArtifact = false
    /// The element (and language) whose marked-content sequence is open on the page being
    /// painted: consecutive lines of one element share one, so a paragraph has one MCID per
    /// page unless English passages interrupt it.
    private var openContent: (element: PDFStructureElement, language: String?)?
    /// The Link element of each link drawn so far, by the element holding it and the link's
    /// number (the elements live as long as the document's structure tree).
    private var links: [LinkKey: PDFStructureElement] = [:]
    /// The whole text of each link, by number, over all the lines it is set on (made on the
    /// first page): every piece's annotation describes the whole link.
    private var linkTexts: [Int: String]?
    private struct LinkKey: Hashable {
        var element: ObjectIdentifier
        var link: Int
    }

    init(document: PDFDocument, layout: PrintLayout, annotations: AnnotationTable, tagged: Bool = true) {
        self.document = document
        self.layout = layout
        self.annotations = annotations
        self.tagged = tagged
    }

    /// Converts a y in the type area (down from its top) to PDF's y.
    private func pdfY(_ y: Double) -> Double { layout.page.height - layout.page.marginTop - y }
    private func pdfX(_ x: Double) -> Double { layout.marginLeft + x }

    /// One page: its items at their grid lines (lower by their offset on a justified page),
    /// then the running head and the page number as artifacts (they are not part of the text
    /// a reader or a screen reader follows).
    func paint(_ slice: PageSlice, items: [ComposedItem], runningHead: Line?, pageNumber: Line?) throws {
        let page = document.addPage(width: layout.page.width, height: layout.page.height)
        if linkTexts == nil { linkTexts = linkTexts(items) }
        // A continued table's header goes right above the first text item, under any float
        // that opens the page.
        if let first = slice.items.first(where: { !items[$0.item].grid.isFloat }),
           first.line >= items[first.item].grid.repeatedLines {
            let top = (Double(first.line - items[first.item].grid.repeatedLines) + first.offset) * layout.pitch
            for drawable in items[first.item].continuation { try paint(drawable, top: top, on: page) }
        }
        let last = slice.items.last { !items[$0.item].grid.isSpace }
        for placed in slice.items {
            let top = (Double(placed.line) + placed.offset) * layout.pitch
            for drawable in items[placed.item].drawables {
                try paint(drawable, top: top, on: page)
            }
            if placed == last {
                for drawable in items[placed.item].pageEnd { try paint(drawable, top: top, on: page) }
            }
        }
        let width = layout.typeWidth
        decoration(true, on: page)
        if let runningHead {
            let x = (width - extent(runningHead)) / 2
            let baseline = layout.header.baseline - layout.page.marginTop
            try text(runningHead, x: x, baseline: baseline, top: 0, on: page)
            if layout.header.rule > 0 {
                let y = pdfY(baseline + layout.header.size * layout.header.ruleDrop)
                page.strokeLine(from: (pdfX(0), y), to: (pdfX(width), y), width: layout.header.rule,
                                color: pdf(layout.colors.muted.rgb))
            }
        }
        if let pageNumber {
            let x = (width - extent(pageNumber)) / 2
            try text(pageNumber, x: x, baseline: layout.header.footerBaseline - layout.page.marginTop, top: 0, on: page)
        }
        decoration(false, on: page)
    }

    /// Opens or closes the artifact sequence so what follows is decoration or content.
    private func decoration(_ on: Bool, on page: PDFPage) {
        guard tagged, on != inArtifact else { return }
        unmark(page)
        if on { page.beginArtifact() } else { page.endArtifact() }
        inArtifact = on
    }

    /// Makes what follows content of `element` in `language`, continuing the open sequence
    /// when it is the same.
    private func mark(_ element: PDFStructureElement, language: String? = nil, on page: PDFPage) {
        guard tagged else { return }
        if let open = openContent, open.element === element, open.language == language { return }
        decoration(false, on: page)
        unmark(page)
        page.beginMarkedContent(element, language: language)
        openContent = (element, language)
    }

    private func unmark(_ page: PDFPage) {
        guard openContent != nil else { return }
        page.endMarkedContent()
        openContent = nil
    }

    private func paint(_ drawable: Drawable, top: Double, on page: PDFPage) throws {
        switch drawable {
        case .text(let line, let x, let baseline, let tag):
            try text(line, x: x, baseline: baseline, top: top, on: page, element: tag)
        case .artifactText(let line, let x, let baseline):
            decoration(true, on: page)
            try text(line, x: x, baseline: baseline, top: top, on: page)
        case .fill(let box, let color):
            decoration(true, on: page)
            page.fillRect(x: pdfX(box.x), y: pdfY(top + box.y + box.height), width: box.width, height: box.height,
                          color: pdf(color))
        case .rule(let from, let to, let width, let color):
            decoration(true, on: page)
            page.strokeLine(from: (pdfX(from.0), pdfY(top + from.1)), to: (pdfX(to.0), pdfY(top + to.1)),
                            width: width, color: pdf(color))
        case .image(let asset, let box, let tag):
            let image: PDFImage
            if let cached = images[asset.path] {
                image = cached
            } else {
                do {
                    image = try document.image([UInt8](asset.data))
                } catch PDFError.unsupportedImage(let reason) {
                    // The file the briefing names is at fault, not the program: say which.
                    throw PDFRenderError.unusableImage(path: asset.path, reason: reason)
                }
                images[asset.path] = image
            }
            mark(tag, on: page)
            page.drawImage(image, x: pdfX(box.x), y: pdfY(top + box.y + box.height), width: box.width, height: box.height)
        case .qrCode(let code, let box, let color, let tag):
            mark(tag, on: page)
            // The quiet zone (4 modules of white) is part of the square, as the standard asks.
            let modules = Double(code.size + 2 * PagePainter.quietZone)
            let module = box.width / modules
            for run in code.darkRuns {
                let x = box.x + Double(PagePainter.quietZone + run.column) * module
                let y = box.y + Double(PagePainter.quietZone + run.row + 1) * module
                page.fillRect(x: pdfX(x), y: pdfY(top + y), width: Double(run.length) * module, height: module,
                              color: pdf(color))
            }
        case .link(let box, let target, let tag, let description):
            link(box, target, top: top, on: page, element: tag, description: description)
        case .destination(let name, let y):
            let pageY = pdfY(top + y)
            page.addDestination(name, y: pageY)
            anchors[name] = (page.index, pageY)
        case .leaders(let fromX, let toX, let baseline, let step, let dot, let color):
            decoration(true, on: page)
            var x = (fromX / step).rounded(.up) * step
            let y = pdfY(top + baseline)
            while x + dot <= toX {
                page.fillRect(x: pdfX(x), y: y, width: dot, height: dot, color: pdf(color))
                x += step
            }
        }
    }

    private func link(_ box: Box, _ target: Annotation.Target, top: Double, on page: PDFPage,
                      element: PDFStructureElement?, description: String) {
        let x = pdfX(box.x), y = pdfY(top + box.y + box.height)
        switch target {
        case .uri(let uri):
            page.link(x: x, y: y, width: box.width, height: box.height, uri: uri, description: description, element: element)
        case .destination(let name):
            page.link(x: x, y: y, width: box.width, height: box.height, destination: name, description: description,
                      element: element)
        }
    }

    /// Modules of white around a QR code.
    static let quietZone = 4

    /// A line's glyphs, one text run per change of face, size or colour, and a rule through
    /// the glyphs tagged as struck out. In a tagged line (`element`), each stretch of linked
    /// glyphs becomes a Link element under `element` (a Reference › Link for a citation)
    /// with its link rectangle, and English stretches are marked `/Lang (en)`.
    private func text(_ line: Line, x: Double, baseline: Double, top: Double, on page: PDFPage,
                      element: PDFStructureElement? = nil) throws {
        let glyphs = line.glyphs
        let y = pdfY(top + baseline)
        guard let element else {
            try runs(glyphs[...], x: x, y: y, on: page)
            return
        }
        let english = EnglishSpans.mask(glyphs.map(\.text))
        var start = 0
        while start < glyphs.count {
            let target = linkTag(glyphs[start]), number = linkNumber(glyphs[start])
            var end = start + 1
            while end < glyphs.count, linkNumber(glyphs[end]) == number { end += 1 }
            let owner = target.map { linkElement(tag: $0, in: element) } ?? element
            var piece = start
            while piece < end {
                var pieceEnd = piece + 1
                while pieceEnd < end, english[pieceEnd] == english[piece] { pieceEnd += 1 }
                mark(owner, language: english[piece] ? EnglishSpans.language : nil, on: page)
                try runs(glyphs[piece..<pieceEnd], x: x, y: y, on: page)
                piece = pieceEnd
            }
            if let target, let destination = annotations[target].target {
                let linked = glyphs[start..<end]
                let text = number.flatMap { linkTexts?[$0] } ?? linked.map(\.text).joined()
                let description: String
                switch destination {
                case .uri(let uri): description = text == uri ? uri : "\(text) \(uri)"
                case .destination: description = annotations[target].citation ? Edition.referencesHeading + " " + text : text
                }
                link(linkBox(linked, x: x, baseline: baseline), destination, top: top, on: page, element: owner,
                     description: description)
            }
            start = end
        }
        if glyphs.contains(where: { $0.tag.map { annotations[$0].strike } ?? false }) {
            decoration(true, on: page)
            strikeRules(glyphs, x: x, y: y, on: page)
        }
        if glyphs.contains(where: { $0.tag.map { annotations[$0].emphasisDots } ?? false }) {
            decoration(true, on: page)
            emphasisDots(glyphs, x: x, y: y, on: page)
        }
    }

    /// The Link element of the link `tag` in `element` (under a Reference for a citation),
    /// made when the link is first drawn: a link wrapped over lines or pages is one element
    /// with a link annotation per piece.
    private func linkElement(tag: Int, in element: PDFStructureElement) -> PDFStructureElement {
        let key = LinkKey(element: ObjectIdentifier(element), link: linkNumber(tag: tag))
        if let link = links[key] { return link }
        let link = annotations[tag].citation ? element.add(.reference).add(.link) : element.add(.link)
        links[key] = link
        return link
    }

    /// The glyphs in text runs: one per change of face, size or colour.
    private func runs(_ glyphs: ArraySlice<PositionedGlyph>, x: Double, y: Double, on page: PDFPage) throws {
        var start = glyphs.startIndex
        while start < glyphs.endIndex {
            let first = glyphs[start]
            var end = start + 1
            while end < glyphs.endIndex, glyphs[end].face == first.face, glyphs[end].size == first.size,
                  glyphs[end].color == first.color { end += 1 }
            let run = glyphs[start..<end].map {
                PDFGlyph(id: $0.glyphID, x: $0.x - first.x, yOffset: $0.yOffset, text: $0.text)
            }
            page.showGlyphs(try font(first.face), size: first.size, color: pdf(first.color),
                            x: pdfX(x + first.x), y: y, glyphs: run)
            start = end
        }
    }

    private func strikeRules(_ glyphs: [PositionedGlyph], x: Double, y: Double, on page: PDFPage) {
        for glyph in glyphs {
            guard let tag = glyph.tag, annotations[tag].strike else { continue }
            let ruleY = y + PagePainter.strikeHeight * glyph.size
            page.strokeLine(from: (pdfX(x + glyph.x), ruleY), to: (pdfX(x + glyph.x + glyph.advance), ruleY),
                            width: layout.body.strikeRule * glyph.size, color: pdf(glyph.color))
        }
    }

    /// 着重号: a dot centred under each emphasised Han character, where the engine placed
    /// it (after justification); punctuation, Latin letters and digits get none (clreq).
    private func emphasisDots(_ glyphs: [PositionedGlyph], x: Double, y: Double, on page: PDFPage) {
        for glyph in glyphs {
            guard let tag = glyph.tag, annotations[tag].emphasisDots,
                  glyph.text.unicodeScalars.first?.properties.isIdeographic == true else { continue }
            page.fillCircle(centerX: pdfX(x + glyph.x + glyph.advance / 2),
                            centerY: y + glyph.yOffset - layout.body.emphasisDotDrop * glyph.size,
                            radius: layout.body.emphasisDotSize * glyph.size / 2, color: pdf(layout.colors.emphasisDot.rgb))
        }
    }

    /// The glyph's tag when it links somewhere.
    private func linkTag(_ glyph: PositionedGlyph) -> Int? {
        guard let tag = glyph.tag, annotations[tag].target != nil else { return nil }
        return tag
    }

    /// The text of every link in the items' lines, by link number, in item order.
    private func linkTexts(_ items: [ComposedItem]) -> [Int: String] {
        var texts: [Int: String] = [:]
        for item in items {
            for case .text(let line, _, _, _) in item.drawables {
                for glyph in line.glyphs {
                    if let number = linkNumber(glyph) { texts[number, default: ""] += glyph.text }
                }
            }
        }
        return texts
    }

    /// The number of the link the glyph is part of, if any: runs of one link in several
    /// styles have different tags but one number.
    private func linkNumber(_ glyph: PositionedGlyph) -> Int? { linkTag(glyph).map { linkNumber(tag: $0) } }

    /// A link tag's link number; a tag made without one stands for a link of its own.
    private func linkNumber(tag: Int) -> Int { annotations[tag].link ?? -1 - tag }

    /// The link rectangle of linked glyphs: their em boxes, raised citation numbers included.
    private func linkBox(_ glyphs: ArraySlice<PositionedGlyph>, x: Double, baseline: Double) -> Box {
        let first = glyphs[glyphs.startIndex], last = glyphs[glyphs.endIndex - 1]
        let left = first.x, right = last.x + last.advance
        let top = glyphs.map { baseline - $0.yOffset - Composer.emBoxAscent * $0.size }.min()!
        let bottom = glyphs.map { baseline - $0.yOffset + (1 - Composer.emBoxAscent) * $0.size }.max()!
        return Box(x: x + left, y: top, width: right - left, height: bottom - top)
    }

    /// Strike-through: a rule through the middle of the em box (0.88 − 0.5 = 0.38 em above
    /// the baseline), as thick as `body.strikeRule` says.
    static let strikeHeight = 0.38

    private func font(_ face: FontFace) throws -> PDFFont {
        if let font = fonts[face] { return font }
        let font = try document.font(path: face.path, faceIndex: face.index)
        fonts[face] = font
        return font
    }

    private func extent(_ line: Line) -> Double { line.glyphs.reduce(0) { max($0, $1.x + $1.advance) } }

    private func pdf(_ color: RGBColor) -> PDFColor { PDFColor(r: color.r, g: color.g, b: color.b) }
}
