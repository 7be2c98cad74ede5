import Foundation
import BriefModel
import PDFWriter
import Typesetting

/// The column a block is set in, and what marks every line of it (the rule of a block
/// quote, the tint of the summary or of code). Decorations are painted per item, so a
/// quote or a tinted block that breaks across pages stays marked on both pages.
struct Frame {
    enum Decoration {
        case rule(x: Double, width: Double, color: RGBColor)
        case tint(x: Double, width: Double, color: RGBColor)
    }

    var x: Double
    var width: Double
    var decorations: [Decoration] = []
    /// Text role, size and colour of paragraphs set in this frame.
    var base: InlineStyler.Base
    /// First-line indent of paragraphs, pt.
    var indent: Double

    func inset(left: Double, right: Double = 0) -> Frame {
        var frame = self
        frame.x += left
        frame.width -= left + right
        return frame
    }
}

extension Composer {
    var bodyBase: InlineStyler.Base {
        InlineStyler.Base(role: .body, size: layout.body.size, color: layout.colors.text.rgb)
    }

    var bodyFrame: Frame {
        Frame(x: 0, width: layout.typeWidth, base: bodyBase, indent: layout.body.indent * em)
    }

    /// Sets blocks one after another, walking nested quotes and lists with the model
    /// walker: blocks of a run are a paragraph space apart; a quote is inset and ruled; a
    /// list item's blocks follow each other without space. The structure follows the
    /// nesting: L › LI › Lbl + LBody, BlockQuote, P.
    func blocks(_ blocks: [Block], in frame: Frame) {
        // One entry per entered node: the frame its children are set in and how many it
        // has set; a list's own entry keeps the list (for its markers), an item's its marker;
        // `elements` is how many structure elements the node opened.
        struct Open {
            var frame: Frame
            var count = 0
            var list: BriefModel.List?
            var marker: [Drawable]?
            var elements = 0
        }
        var open = [Open(frame: frame)]
        ModelWalker.walk(blocks.map(ModelNode.block), enter: { node, _ in
            let top = open.count - 1
            let frame = open[top].frame
            switch node {
            case .listItem(_, let index):
                guard let list = open[top].list else {
                    open.append(Open(frame: frame))
                    return .skipChildren
                }
                openElement(.listItem)
                let (itemFrame, marker) = listItem(list, index: index, in: frame, label: leaf(.label))
                openElement(.listBody)
                open.append(Open(frame: itemFrame, marker: marker, elements: 2))
                return .visitChildren
            case .block(let block):
                let position = open[top].count
                open[top].count += 1
                if let marker = open[top].marker {
                    if position == 0, case .paragraph(let inlines) = block {
                        paragraph(inlines, in: frame, indent: false, firstLineDrawables: marker)
                        open.append(Open(frame: frame))
                        return .skipChildren
                    }
                    if position == 0 {
                        // A list item opening with a nested block: the marker gets a line of its own.
                        append(ComposedItem(grid: .box(lines: 1, keepWithNext: true),
                                            drawables: decorations(frame, lines: 1) + marker))
                    }
                } else if position > 0 {
                    // Only blocks of the section itself spread on a justified page: a gap inside
                    // a quote or a list would cut its rule or part an item from its list.
                    space(layout.body.paragraphSpace, stretch: top == 0 ? layout.body.paragraphStretch : 0)
                }
                switch block {
                case .paragraph(let inlines):
                    paragraph(inlines, in: frame)
                case .list(let list):
                    openElement(.list)
                    open.append(Open(frame: frame, list: list, elements: 1))
                    return .visitChildren
                case .quote:
                    var quoted = frame.inset(left: layout.body.blockIndent * em)
                    quoted.decorations.append(.rule(x: frame.x + em, width: layout.body.quoteRule, color: layout.colors.rule.rgb))
                    quoted.base.color = layout.colors.muted.rgb
                    openElement(.blockQuote)
                    open.append(Open(frame: quoted, elements: 1))
                    return .visitChildren
                case .table(let table):
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                    self.table(table, in: frame)
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                case .figure(let figure):
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                    self.figure(figure, in: frame)
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                case .code(let text, _):
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                    code(text, in: frame)
                    space(layout.body.displaySpace, stretch: layout.body.displayStretch)
                case .thematicBreak:
                    let y = pitch / 2, length = layout.body.breakLength * em
                    let x = frame.x + (frame.width - length) / 2
                    append(ComposedItem(grid: .box(lines: 1), drawables: decorations(frame, lines: 1) + [
                        .rule(from: (x, y), to: (x + length, y), width: layout.body.quoteRule, color: layout.colors.muted.rgb),
                    ]))
                }
                open.append(Open(frame: frame))
                return .skipChildren
            case .heading, .tableCell, .inline:
                open.append(Open(frame: frame))
                return .skipChildren  // not met among blocks: tables and headings are set whole
            }
        }, leave: { _ in
            for _ in 0..<open.removeLast().elements { closeElement() }
        })
    }

    /// A paragraph: justified, first line indented, one item per line so pages may break
    /// between its lines (the breaker keeps two lines on each side). One P element (or
    /// `element`) however many pages it spans.
    func paragraph(_ inlines: [Inline], in frame: Frame, indent: Bool = true, alignment: Alignment = .justified,
                   firstLineDrawables: [Drawable] = [], element: PDFStructureElement? = nil) {
        let element = element ?? leaf(.paragraph)
        var lines: [Line] = []
        for (index, runs) in styler.pieces(inlines, frame.base).enumerated() {
            let firstIndent = index == 0 && indent ? frame.indent : 0
            lines += set(runs, width: frame.width, firstLineIndent: firstIndent, alignment: alignment)
        }
        lineItems(lines, in: frame, size: frame.base.size, firstLineDrawables: firstLineDrawables, element: element)
    }

    /// One grid item per line, at the frame's left edge, with the frame's decorations; the
    /// lines are content of `element`. A nil line is a blank line (an empty line of code).
    func lineItems(_ lines: [Line?], in frame: Frame, size: Double, firstLineDrawables: [Drawable] = [],
                   lastLineDrawables: [Drawable] = [], element: PDFStructureElement) {
        let group = newGroup()
        let y = baseline(size: size, cell: pitch)
        for (index, line) in lines.enumerated() {
            var drawables = decorations(frame, lines: 1)
            if index == 0 { drawables += firstLineDrawables }
            if let line {
                drawables.append(.text(line, x: frame.x, baseline: y, tag: element))
            }
            if index == lines.count - 1 { drawables += lastLineDrawables }
            append(ComposedItem(grid: .line(group: group, index: index, count: lines.count), drawables: drawables))
        }
    }

    /// The frame's decorations for an item `lines` high.
    func decorations(_ frame: Frame, lines: Int) -> [Drawable] {
        let height = Double(lines) * pitch
        return frame.decorations.map { decoration in
            switch decoration {
            case .rule(let x, let width, let color):
                return .rule(from: (x, 0), to: (x, height), width: width, color: color)
            case .tint(let x, let width, let color):
                return .fill(Box(x: x, y: 0, width: width, height: height), color)
            }
        }
    }

    /// A list item's frame and marker: the marker (• or 1.) ends half a character before
    /// the text, which stands two characters in; the item's later paragraphs keep that indent.
    /// The marker is content of `label`.
    func listItem(_ list: BriefModel.List, index: Int, in frame: Frame, label: PDFStructureElement) -> (Frame, [Drawable]) {
        let itemFrame = frame.inset(left: layout.body.blockIndent * em)
        // Markers in 黑体: its bullet and figures are sturdier than the 宋体 ones.
        var markerBase = frame.base
        markerBase.role = .headingLight
        let marker = set(styler.runs(list.marker(at: index), markerBase), width: layout.body.blockIndent * em, alignment: .start)
        var markerDrawables: [Drawable] = []
        if let line = marker.first {
            let x = itemFrame.x - extent(line) - layout.body.markerGap * em
            markerDrawables = [.text(line, x: x, baseline: baseline(size: frame.base.size, cell: pitch), tag: label)]
        }
        return (itemFrame, markerDrawables)
    }

    /// A code block: monospaced, start-aligned, on a tint, each source line set on its own
    /// (wrapping only at the breaks the engine allows in code: / . - _ ? & =).
    func code(_ text: String, in frame: Frame) {
        var codeFrame = frame
        codeFrame.decorations.append(.tint(x: frame.x, width: frame.width, color: layout.colors.tint.rgb))
        let inner = codeFrame.inset(left: layout.body.codePadding * em, right: layout.body.codePadding * em)
        let base = InlineStyler.Base(role: .code, size: layout.body.codeSize, color: layout.colors.text.rgb)
        var lines: [Line?] = []
        var source = text.replacingOccurrences(of: "\t", with: String(repeating: " ", count: layout.body.tabWidth))
        if source.hasSuffix("\n") { source.removeLast() }
        for sourceLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let runs = [StyledText(text: String(sourceLine), style: styler.style(.code, size: base.size, color: base.color, code: true))]
            let set = sourceLine.isEmpty ? [] : self.set(runs, width: inner.width, alignment: .start)
            lines += set.isEmpty ? [nil] : set.map { $0 }
        }
        lineItems(lines, in: inner, size: base.size, element: leaf(.paragraph).add(.code))
    }
}
