import BriefModel
import XMLKit

/// Where a run of blocks stands: what its paragraphs are, how far they keep from the
/// column's edges, and how deep in lists they are.
struct BlockContext {
    var role: ArticleStyles.TextRole
    /// Left and right margin of each block in px: the gutter at the top level (the editor
    /// drops the root's padding), 0 inside a box that has its own.
    var horizontal: Int
    /// 0 outside lists.
    var listDepth: Int

    static let topLevel = BlockContext(role: .body, horizontal: -1, listDepth: 0)
}

/// The deepest list level drawn: WeChat collapses deeper nesting anyway (wechat.md §3), so
/// deeper items keep their markers at the second level's indent.
let maximumListDepth = 2

extension ArticleBuilder {
    /// Writes blocks, walking nested quotes and lists with the model walker.
    ///
    /// A list is written without `ul`/`ol`/`li`: the editor strips list-item styles, wraps
    /// item content in new paragraphs and breaks nesting (wechat.md §3). Each item is a
    /// paragraph that starts with its marker as text (•, 1., …) hanging in the indent;
    /// later paragraphs of the item line up under its text; a nested list is indented one
    /// more level, never more than `maximumListDepth`; other blocks of an item stand in an
    /// indented section.
    func blocks(_ blocks: [Block], into parent: XMLNode, context: BlockContext) {
        var context = context
        if context.horizontal < 0 { context.horizontal = gutter }
        /// What an entered node's children are written into.
        enum Open {
            /// Blocks one after another, in `element`.
            case run(XMLNode, BlockContext)
            /// A list: its items go into `container`.
            case list(List, container: XMLNode, depth: Int, itemStyle: InlineStyle, context: BlockContext)
            /// A list item: its first paragraph goes into `line` (after the marker), the rest
            /// into the list's container; `written` counts its blocks so far.
            case item(container: XMLNode, depth: Int, itemStyle: InlineStyle, context: BlockContext, line: XMLNode, written: Int)
            /// A node whose children were written with it.
            case done
        }
        var open: [Open] = [.run(parent, context)]

        func enterList(_ list: List, into parent: XMLNode, context: BlockContext) -> WalkAction {
            let depth = min(context.listDepth + 1, maximumListDepth)
            let container = parent.element("section", ["style": styles.list.css])
            open.append(.list(list, container: container, depth: depth,
                              itemStyle: styles.listItem(depth: depth, role: context.role, horizontal: context.horizontal), context: context))
            return .visitChildren
        }
        func enterBlock(_ block: Block, into parent: XMLNode, context: BlockContext) -> WalkAction {
            switch block {
            case .paragraph(let content):
                let p = parent.element("p", ["style": styles.paragraph(context.role, horizontal: context.horizontal).css])
                var state = InlineState()
                inlines(content, into: p, state: &state)
            case .list(let list):
                return enterList(list, into: parent, context: context)
            case .quote:
                let quote = parent.element("blockquote", ["style": styles.quote(horizontal: context.horizontal).css])
                open.append(.run(quote, BlockContext(role: .quote, horizontal: 0, listDepth: 0)))
                return .visitChildren
            case .table(let table):
                self.table(table, into: parent, context: context)
            case .figure(let figure):
                self.figure(figure, into: parent, context: context)
            case .code(let code, _):
                codeBlock(code, into: parent, context: context)
            case .thematicBreak:
                parent.element("hr", ["style": styles.rule(horizontal: context.horizontal).css])
            }
            open.append(.done)
            return .skipChildren
        }

        ModelWalker.walk(blocks.map(ModelNode.block), enter: { node, _ in
            let top = open.count - 1
            switch (open[top], node) {
            case (.run(let element, let context), .block(let block)):
                return enterBlock(block, into: element, context: context)
            case (.list(let list, let container, let depth, let itemStyle, let context), .listItem(_, let index)):
                let line = container.element("p", ["style": itemStyle.css])
                line.element("span", ["style": styles.listMarker.css], text: list.marker(at: index))
                open.append(.item(container: container, depth: depth, itemStyle: itemStyle, context: context, line: line, written: 0))
                return .visitChildren
            case (.item(let container, let depth, let itemStyle, let context, let line, let written), .block(let block)):
                open[top] = .item(container: container, depth: depth, itemStyle: itemStyle, context: context, line: line, written: written + 1)
                switch block {
                case .paragraph(let content):
                    // The first paragraph follows the marker; a later one keeps its indent, no marker.
                    let p = written == 0 ? line : container.element("p", ["style": itemStyle.with(["text-indent": "0"]).css])
                    var state = InlineState()
                    inlines(content, into: p, state: &state)
                    open.append(.done)
                    return .skipChildren
                case .list(let nested):
                    return enterList(nested, into: container,
                                     context: BlockContext(role: context.role, horizontal: context.horizontal, listDepth: depth))
                default:
                    let indent = container.element("section", ["style": styles.listBlockIndent(depth: depth, horizontal: context.horizontal).css])
                    return enterBlock(block, into: indent, context: BlockContext(role: .body, horizontal: 0, listDepth: 0))
                }
            default:
                open.append(.done)  // not met: tables and headings are written whole
                return .skipChildren
            }
        }, leave: { _ in open.removeLast() })
    }

    /// A table inside a scrolling section, every cell with its own border and padding,
    /// its numbered caption (表 1　…) above it, outside the scrolling part so it stays in view.
    private func table(_ table: Table, into parent: XMLNode, context: BlockContext) {
        let caption = parent.element("p", ["style": styles.tableCaption(horizontal: context.horizontal).css])
        var captionState = InlineState()
        let captionText = table.captionText
        appendText(captionText.isEmpty ? table.label : table.label + "　", to: caption, state: &captionState)
        inlines(captionText, into: caption, state: &captionState)
        let wrapper = parent.element("section", ["style": styles.tableWrapper(horizontal: context.horizontal).css])
        let node = wrapper.element("table", ["style": styles.table.css])
        func alignment(_ column: Int) -> String? {
            guard column < table.alignments.count else { return nil }
            switch table.alignments[column] {
            case .none: return nil
            case .left: return "left"
            case .center: return "center"
            case .right: return "right"
            }
        }
        func row(_ cells: [[Inline]], header: Bool, into section: XMLNode) {
            let tr = section.element("tr")
            for (column, cell) in cells.enumerated() {
                let td = tr.element(header ? "th" : "td", ["style": styles.cell(header: header, alignment: alignment(column)).css])
                var state = InlineState()
                inlines(cell, into: td, state: &state)
            }
        }
        if !table.header.isEmpty { row(table.header, header: true, into: node.element("thead")) }
        if !table.rows.isEmpty {
            let body = node.element("tbody")
            for cells in table.rows { row(cells, header: false, into: body) }
        }
    }

    /// An image with its numbered caption (图 1　…).
    private func figure(_ figure: Figure, into parent: XMLNode, context: BlockContext) {
        let node = parent.element("figure", ["style": styles.figure(horizontal: context.horizontal).css])
        let src = images.source(for: [UInt8](figure.image.data), format: figure.image.format, name: figure.image.path)
        let label = figure.label
        let caption = figure.captionText.plainText
        node.element("img", ["src": src, "alt": caption.isEmpty ? label : caption, "style": styles.image.css])
        let figcaption = node.element("figcaption", ["style": styles.figureCaption.css])
        var state = InlineState()
        appendText(caption.isEmpty ? label : label + "　", to: figcaption, state: &state)
        inlines(figure.captionText, into: figcaption, state: &state)
    }

    /// A code block as the editor keeps it: it drops newlines and runs of spaces, so each
    /// line ends in `<br>` and every space is a no-break space (a tab is four), in one
    /// non-wrapping line box that scrolls sideways (wechat.md §3, the doocs recipe).
    private func codeBlock(_ code: String, into parent: XMLNode, context: BlockContext) {
        let pre = parent.element("pre", ["style": styles.codeBlock(horizontal: context.horizontal).css])
        let node = pre.element("code", ["style": styles.codeLines.css])
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            if index > 0 { node.element("br") }
            node.text(ArticleBuilder.protectSpaces(String(line)))
        }
    }

    /// Spaces the editor would swallow, made no-break spaces; a tab becomes four.
    static func protectSpaces(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case " ": out.append("\u{00A0}")
            case "\t": out += String(repeating: "\u{00A0}", count: 4)
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }
}
