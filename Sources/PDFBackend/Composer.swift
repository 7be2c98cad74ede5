import BriefModel
import PDFWriter
import Typesetting

/// Turns a briefing into the vertical list of items that pagination cuts into pages. It
/// is the only place that knows both the model and the engine; each kind of block has its
/// own file (`Composer+Blocks`, `+Headings`, `+FrontMatter`, `+Contents`, `+Tables`,
/// `+Figures`, `+References`, `+Contact`).
final class Composer {
    let layout: PrintLayout
    let fonts: FontSet
    let typesetter: Typesetter
    let styler: InlineStyler
    let annotations: AnnotationTable
    /// Engine language tag for the edition's text.
    let language: String
    /// The contents entries whose page numbers `fillPageNumbers` sets after pagination.
    var pendingPageNumbers: [PendingPageNumber] = []

    var items: [ComposedItem] = []
    private var nextGroup = 0
    /// The logical structure, built in source order as blocks are composed; drawables name
    /// the element they belong to. `openElements` is the path from the root to where the
    /// next element goes.
    let structure = PDFStructureElement(.document)
    private var openElements: [PDFStructureElement] = []

    init(layout: PrintLayout, fonts: FontSet, typesetter: Typesetter, briefing: Briefing) {
        self.layout = layout
        self.fonts = fonts
        self.typesetter = typesetter
        self.annotations = AnnotationTable()
        var anchors: [Int: String] = [:]
        for reference in briefing.edition.references { anchors[reference.number] = reference.anchor }
        self.styler = InlineStyler(layout: layout, fonts: fonts, annotations: annotations, referenceAnchors: anchors)
        self.language = Composer.engineLanguage(briefing.publication.language)
    }

    /// The engine shapes with script-level tags; the model carries a BCP 47 region tag.
    static func engineLanguage(_ tag: String) -> String {
        let lower = tag.lowercased()
        if lower.hasPrefix("zh-tw") || lower.hasPrefix("zh-hk") || lower.hasPrefix("zh-mo") || lower.hasPrefix("zh-hant") {
            return "zh-Hant"
        }
        return "zh-Hans"
    }

    /// The whole edition, in reading order.
    func compose(_ briefing: Briefing) throws {
        let edition = briefing.edition
        titleBlock(briefing)
        if let summary = edition.summary { summaryBox(summary) }
        contents(edition)
        for section in edition.sections {
            heading(section.label, section.title, anchor: section.id, style: layout.headings.section, role: .heading1)
            blocks(section.blocks, in: bodyFrame)
            for subsection in section.subsections {
                heading(subsection.label, subsection.title, anchor: subsection.id, style: layout.headings.subsection,
                        role: .heading2)
                blocks(subsection.blocks, in: bodyFrame)
            }
        }
        if !edition.references.isEmpty { references(edition.references) }
        if let contact = briefing.publication.contact { try contactFooter(contact) }
    }

    // MARK: Structure

    /// The element new elements go into.
    var currentElement: PDFStructureElement { openElements.last ?? structure }

    /// A new element in the current one, which later elements go into until `closeElement()`.
    @discardableResult
    func openElement(_ role: PDFStructureRole, alternateText: String? = nil) -> PDFStructureElement {
        let element = currentElement.add(role, alternateText: alternateText)
        openElements.append(element)
        return element
    }

    func closeElement() { openElements.removeLast() }

    /// A new element in the current one that holds content, not elements.
    func leaf(_ role: PDFStructureRole, alternateText: String? = nil, scope: PDFHeaderScope? = nil) -> PDFStructureElement {
        currentElement.add(role, alternateText: alternateText, scope: scope)
    }

    // MARK: Building blocks shared by every kind of block

    func append(_ item: ComposedItem) { items.append(item) }

    /// `lines` of space, growing by up to `stretch` lines on a justified page: a space of
    /// no lines that may stretch is still an item (between two paragraphs).
    func space(_ lines: Int, stretch: Double = 0) {
        if lines > 0 || stretch > 0 { items.append(ComposedItem(grid: .space(lines: lines, stretch: stretch), drawables: [])) }
    }

    func newGroup() -> Int {
        nextGroup += 1
        return nextGroup
    }

    var em: Double { layout.em }
    var pitch: Double { layout.pitch }

    /// Baseline of text of `size` inside a grid cell `cell` points high: the em box is
    /// centred in the cell, and the baseline sits `emBoxAscent` of the size below the em
    /// box's top (the ideographic em box of the CJK faces runs from +0.88 to −0.12 em).
    func baseline(size: Double, cell: Double) -> Double {
        (cell - size) / 2 + Composer.emBoxAscent * size
    }
    static let emBoxAscent = 0.88

    /// Lines of the engine for `runs` set `width` wide.
    func set(_ runs: [StyledText], width: Double, firstLineIndent: Double = 0, hangingIndent: Double = 0,
             alignment: Alignment) -> [Line] {
        guard !runs.isEmpty else { return [] }
        return typesetter.layout(ParagraphSpec(runs: runs, width: width, firstLineIndent: firstLineIndent,
                                               hangingIndent: hangingIndent, alignment: alignment, language: language))
    }

    /// How far the line's ink reaches from its left edge.
    func extent(_ line: Line) -> Double {
        line.glyphs.reduce(0) { max($0, $1.x + $1.advance) }
    }
}
