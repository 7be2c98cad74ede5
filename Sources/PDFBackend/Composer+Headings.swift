import BriefModel
import Typesetting

extension Composer {
    /// A numbered or unnumbered heading of the body: its label (一、 or （一）, no space
    /// after 、) in the accent colour, then the title as written.
    func heading(_ label: String, _ title: [Inline], anchor: String, style: PrintLayout.Heading) {
        let base = InlineStyler.Base(role: .heading, size: style.size, color: layout.colors.text.rgb)
        var runs: [StyledText] = []
        if !label.isEmpty {
            runs.append(StyledText(text: label, style: styler.style(.heading, size: style.size, color: layout.colors.accent.rgb)))
        }
        runs += styler.pieces(title, base).joined()
        heading(runs, anchor: anchor, style: style)
    }

    /// A heading block: its lines at the headings' own pitch, centred vertically in a whole
    /// number of body lines so the body after it stays on the grid; the space before it is
    /// dropped at the top of a page, and it never ends a page (keep-with-next).
    func heading(_ runs: [StyledText], anchor: String?, style: PrintLayout.Heading, frame: Frame? = nil) {
        let frame = frame ?? bodyFrame
        // Centred headings go to the engine centred, which balances their lines.
        let lines = set(runs, width: frame.width, alignment: style.align == .center ? .center : .start)
        let linePitch = layout.headings.pitch * style.size
        let textHeight = Double(lines.count) * linePitch
        let gridLines = max(1, Int(((textHeight + Composer.headingPadding * pitch) / pitch - Composer.gridTolerance).rounded(.up)))
        let top = (Double(gridLines) * pitch - textHeight) / 2

        var drawables = decorations(frame, lines: gridLines)
        if let anchor { drawables.append(.destination(anchor, y: 0)) }
        for (index, line) in lines.enumerated() {
            let x = frame.x
            let y = top + Double(index) * linePitch + baseline(size: style.size, cell: linePitch)
            drawables.append(.text(line, x: x, baseline: y))
            drawables += linkBoxes(line, x: x, baseline: y)
        }
        if !items.isEmpty { space(style.spaceBefore) }
        append(ComposedItem(grid: .box(lines: gridLines, keepWithNext: true), drawables: drawables))
        space(style.spaceAfter)
    }

    /// At least this much of a body line is left around a heading's text, shared above and
    /// below, so a heading never touches the paragraph it introduces.
    static let headingPadding = 0.5

    /// Rounding slack when a height is counted in grid lines (floating-point noise must not
    /// add a whole line).
    static let gridTolerance = 1e-6
}
