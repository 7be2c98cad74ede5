import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// 目录: one entry per section, subsection and the reference list, each with dot
    /// leaders to its page number and linked to its section. The number stands in a slot
    /// of fixed width, so the entry takes the same lines whatever the number is, and the
    /// first pass (numbers not yet known) paginates exactly like the last.
    func contents(_ edition: Edition) {
        let entries = edition.contents
        guard !entries.isEmpty else { return }
        let settings = layout.contents
        let headingRuns = [StyledText(text: settings.heading,
                                      style: styler.style(.heading, size: layout.headings.contents.size, color: layout.colors.heading.rgb))]
        heading(headingRuns, anchor: nil, style: layout.headings.contents, role: .heading1)
        // Each entry is a TOCI holding one Link: its text, its page number and its rectangle.
        openElement(.tableOfContents)
        defer { closeElement() }

        let width = layout.typeWidth
        let slot = settings.numberSlot * em
        let leaderEnd = width - slot - settings.leaderMargin * em
        let y = baseline(size: settings.size, cell: pitch)
        // Page numbers of every level in one face, so the column reads as one.
        let numberBase = InlineStyler.Base(role: .headingLight, size: settings.size, color: layout.colors.text.rgb)
        for entry in entries {
            let indent = entry.level > 1 ? settings.indent * em : 0
            let textWidth = leaderEnd - indent - settings.minimumLeader * em
            let base = InlineStyler.Base(role: entry.level > 1 ? .body : .headingLight, size: settings.size,
                                         color: layout.colors.text.rgb)
            // A wrapped entry continues under its title text, clear of the label (一、 （一）):
            // where the title starts on the first line, which the label's own width alone
            // does not tell (a 、 before Latin keeps its blank half).
            let runs = styler.runs(entry.text, base)
            let guess = entry.label.isEmpty ? 0 : typesetter.naturalWidth(styler.runs(entry.label, base))
            var lines = set(runs, width: textWidth, hangingIndent: guess, alignment: .start)
            if lines.count > 1, let titleStart = Composer.start(ofTextAfter: entry.label, in: lines[0]),
               abs(titleStart - guess) > Composer.gridTolerance {
                lines = set(runs, width: textWidth, hangingIndent: titleStart, alignment: .start)
            }
            guard !lines.isEmpty else { continue }
            let link = leaf(.tableOfContentsItem).add(.link)
            var drawables: [Drawable] = []
            for (index, line) in lines.enumerated() {
                drawables.append(.text(line, x: indent, baseline: Double(index) * pitch + y, tag: link))
            }
            let lastBaseline = Double(lines.count - 1) * pitch + y
            let leaderStart = indent + extent(lines[lines.count - 1]) + settings.leaderMargin * em
            // The leaders run up to the number itself, not to the edge of its slot.
            var leadersEnd = leaderEnd
            if let page = pageNumbers[entry.anchor],
               let number = set(styler.runs(String(page), numberBase), width: slot, alignment: .start).first {
                drawables.append(.text(number, x: width - extent(number), baseline: lastBaseline, tag: link))
                leadersEnd = width - extent(number) - settings.leaderMargin * em
            }
            drawables.append(.leaders(fromX: leaderStart, toX: leadersEnd, baseline: lastBaseline,
                                      step: settings.leaderStep * em, dot: settings.leaderDot, color: layout.colors.muted.rgb))
            let height = Double(lines.count) * pitch
            drawables.append(.link(Box(x: indent, y: 0, width: width - indent, height: height), .destination(entry.anchor),
                                   tag: link, description: entry.text))
            append(ComposedItem(grid: .box(lines: lines.count), drawables: drawables))
        }
    }

    /// Where the text after `label` starts on `line`: the origin of the first glyph whose
    /// source text lies past the label.
    static func start(ofTextAfter label: String, in line: Line) -> Double? {
        guard !label.isEmpty else { return nil }
        var seen = 0
        let count = label.unicodeScalars.count
        for glyph in line.glyphs where !glyph.text.isEmpty {
            if seen >= count { return glyph.x }
            seen += glyph.text.unicodeScalars.count
        }
        return nil
    }
}
