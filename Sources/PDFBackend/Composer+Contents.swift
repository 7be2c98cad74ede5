import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// A contents entry waiting for its page number: its item, the section it leads to,
    /// its Link element, the baseline of its last line and where the leaders start.
    struct PendingPageNumber {
        var item: Int
        var anchor: String
        var tag: PDFStructureElement
        var baseline: Double
        var leaderStart: Double
    }

    /// 目录: one entry per section, subsection and the reference list, each with dot
    /// leaders to its page number and linked to its section. The number stands in a slot
    /// of fixed width, so the entry takes the same lines whatever the number is: the
    /// number and the leaders are drawn by `fillPageNumbers` once pagination knows it.
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
            pendingPageNumbers.append(PendingPageNumber(item: items.count, anchor: entry.anchor, tag: link,
                                                        baseline: Double(lines.count - 1) * pitch + y,
                                                        leaderStart: indent + extent(lines[lines.count - 1]) + settings.leaderMargin * em))
            let height = Double(lines.count) * pitch
            drawables.append(.link(Box(x: indent, y: 0, width: width - indent, height: height), .destination(entry.anchor),
                                   tag: link, description: entry.text))
            append(ComposedItem(grid: .box(lines: lines.count), drawables: drawables))
        }
    }

    /// Draws each contents entry's page number, right-aligned in its slot on the entry's
    /// last line, and the leaders up to the number itself (to the slot when the section was
    /// not placed), before the entry's link rectangle.
    func fillPageNumbers(_ pages: [String: Int]) {
        let settings = layout.contents
        let width = layout.typeWidth
        // Page numbers of every level in one face, so the column reads as one.
        let numberBase = InlineStyler.Base(role: .headingLight, size: settings.size, color: layout.colors.text.rgb)
        for pending in pendingPageNumbers {
            var drawn: [Drawable] = []
            var leadersEnd = width - settings.numberSlot * em - settings.leaderMargin * em
            if let page = pages[pending.anchor],
               let number = set(styler.runs(String(page), numberBase), width: settings.numberSlot * em, alignment: .start).first {
                drawn.append(.text(number, x: width - extent(number), baseline: pending.baseline, tag: pending.tag))
                leadersEnd = width - extent(number) - settings.leaderMargin * em
            }
            drawn.append(.leaders(fromX: pending.leaderStart, toX: leadersEnd, baseline: pending.baseline,
                                  step: settings.leaderStep * em, dot: settings.leaderDot, color: layout.colors.muted.rgb))
            items[pending.item].drawables.insert(contentsOf: drawn, at: items[pending.item].drawables.count - 1)
        }
        pendingPageNumbers = []
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
