import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// 参考文献 as a list a reader scans: an unnumbered heading, then one entry per
    /// reference, the number `[n]` hanging in a slot so every line of every entry starts at
    /// the same indent, then 「source：title，date。note」 set ragged right (a justified entry
    /// opens holes around its few break points), and the URL on a line of its own as a link,
    /// so no separator is left dangling before it. Dates never break (the engine keeps
    /// digit–hyphen–digit together); URLs break only at their punctuation. The same shape as
    /// the WeChat list. In the structure a list: LI › Lbl (the number) + LBody › BibEntry.
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
            let numberLines = set(styler.runs("[\(reference.number)]", frame.base), width: slot, alignment: .start)
            var first: [Drawable] = [.destination(reference.anchor, y: 0)]
            if let number = numberLines.first {
                let x = slot - extent(number) - layout.body.markerGap * em
                first.append(.text(number, x: x, baseline: baseline(size: settings.size, cell: pitch), tag: label))
            }
            var inlines: [Inline] = [.text(Composer.referenceSentence(reference))]
            if let url = reference.url {
                inlines += [.lineBreak, .link(url: url, [.text(url)])]
            }
            paragraph(inlines, in: frame, indent: false, alignment: .start, firstLineDrawables: first, element: entry)
        }
    }

    /// 「source：title，date。note」: the fields as one sentence (a note that ends in its own
    /// sentence mark gets no 「。」 after it).
    static func referenceSentence(_ reference: Reference) -> String {
        var text = reference.source + "：" + reference.title
        var last = reference.title
        if let date = reference.date {
            text += "，" + date
            last = date
        }
        text += sentenceEnd(after: last)
        if let note = reference.note { text += note + sentenceEnd(after: note) }
        return text
    }

    /// 「。」 to close a sentence ending in `text`, or nothing when it already ends in one.
    private static func sentenceEnd(after text: String) -> String {
        guard let last = text.last else { return "" }
        return "。！？!?.…".contains(last) ? "" : "。"
    }
}
