import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// 参考文献: an unnumbered heading, then one entry per reference,
    /// `1. source | title | date | note`, the number right-aligned in a slot so the text of
    /// every entry (and every wrapped line of it) starts at the same indent; a URL is
    /// printed after the fields, as a link. In the structure a list: LI › Lbl (the number)
    /// + LBody › BibEntry.
    func references(_ references: [Reference]) {
        heading("", [.text(Edition.referencesHeading)], anchor: Edition.referencesAnchor, style: layout.headings.section,
                role: .heading1)
        openElement(.list)
        defer { closeElement() }
        let settings = layout.references
        let slot = settings.numberSlot * em
        var frame = bodyFrame.inset(left: slot)
        frame.base = InlineStyler.Base(role: .body, size: settings.size, color: layout.colors.text.rgb)
        for reference in references {
            let item = currentElement.add(.listItem)
            let label = item.add(.label)
            let entry = item.add(.listBody).add(.bibliographyEntry)
            let numberLines = set(styler.runs("\(reference.number).", frame.base), width: slot, alignment: .start)
            var first: [Drawable] = [.destination(reference.anchor, y: 0)]
            if let number = numberLines.first {
                let x = slot - extent(number) - layout.body.markerGap * em
                first.append(.text(number, x: x, baseline: baseline(size: settings.size, cell: pitch), tag: label))
            }
            var inlines: [Inline] = [.text(reference.fields.joined(separator: settings.separator))]
            if let url = reference.url {
                inlines += [.text(settings.separator), .link(url: url, [.text(url)])]
            }
            paragraph(inlines, in: frame, indent: false, firstLineDrawables: first, element: entry)
        }
    }
}
