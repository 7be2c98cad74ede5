import BriefModel
import XMLKit

/// Builds the article fragment, the part the editor pastes, into a libxml2 tree: one
/// `<section>` root holding the title block, the summary, the sections, the reference list,
/// the link notes and the contact footer, in that order. Everything is built as elements and
/// text nodes, so libxml2 escapes every character that comes from the briefing.
final class ArticleBuilder {
    let briefing: Briefing
    let styles: ArticleStyles
    var notes: LinkNotes
    var images: ImageSources
    /// Contact codes drawn so far: names the QR code images (`qr-1`, `qr-2`, …).
    var contactCodeCount = 0

    init(briefing: Briefing, styles: ArticleStyles, images: ImageSources) {
        self.briefing = briefing
        self.styles = styles
        self.images = images
        notes = LinkNotes(references: briefing.edition.references)
    }

    var gutter: Int { styles.theme.spacing.gutter }

    /// Appends the whole article to `parent` and returns its root section.
    @discardableResult
    func build(into parent: XMLNode) throws -> XMLNode {
        let edition = briefing.edition
        let root = parent.element("section", ["style": styles.root.css])
        titleBlock(into: root)
        if let summary = edition.summary { summaryBlock(summary, into: root) }
        for section in edition.sections {
            heading("h2", label: section.label, title: section.title, style: styles.sectionHeading, into: root)
            blocks(section.blocks, into: root, context: .topLevel)
            for sub in section.subsections {
                heading("h3", label: sub.label, title: sub.title, style: styles.subsectionHeading, into: root)
                blocks(sub.blocks, into: root, context: .topLevel)
            }
        }
        referenceList(edition.references, into: root)
        // The notes come after everything that can hold a link, the reference list included.
        linkNotes(into: root)
        if let contact = briefing.publication.contact { try contactFooter(contact, into: root) }
        return root
    }

    /// Title, subtitle, publisher, producers, then the date and issue number: the title
    /// block of the printed original.
    private func titleBlock(into root: XMLNode) {
        let publication = briefing.publication, edition = briefing.edition
        let block = root.element("section", ["style": styles.titleBlock.css])
        block.element("h1", ["style": styles.title.css], text: edition.title)
        if let subtitle = publication.subtitle {
            block.element("p", ["style": styles.titleLine(muted: true).css], text: subtitle)
        }
        block.element("p", ["style": styles.titleLine(muted: false).css], text: publication.publisher)
        if let producers = publication.producerLine {
            block.element("p", ["style": styles.titleLine(muted: false).css], text: producers)
        }
        let dateLine = [edition.date.chinese, edition.numberLine].compactMap { $0 }.joined(separator: "　")
        block.element("p", ["style": styles.titleLine(muted: true).css], text: dateLine)
    }

    /// The summary, set apart in a tinted box under its own heading.
    private func summaryBlock(_ summary: Summary, into root: XMLNode) {
        let box = root.element("section", ["style": styles.summaryBox.css])
        box.element("p", ["style": styles.summaryHeading.css], text: summary.title)
        blocks(summary.blocks, into: box, context: BlockContext(role: .summary, horizontal: 0, listDepth: 0))
    }

    /// A section or subsection heading: its label (一、 or （一）) then its title.
    private func heading(_ tag: String, label: String, title: [Inline], style: InlineStyle, into root: XMLNode) {
        let node = root.element(tag, ["style": style.css])
        var state = InlineState()
        if !label.isEmpty { appendText(label, to: node, state: &state) }
        inlines(title, into: node, state: &state)
    }
}
