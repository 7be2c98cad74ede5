/// A place in the model that `ModelWalker` stands on: a block, one of the containers a
/// block is made of (a list item, a table cell, a heading's title), or an inline.
public enum ModelNode: Sendable {
    case block(Block)
    /// A section's (level 1) or subsection's (level 2) title.
    case heading([Inline], level: Int)
    /// One item of a list: its blocks; `index` is 0-based.
    case listItem([Block], index: Int)
    /// One cell of a table; `row` 0 is the header row, body rows count from 1.
    case tableCell([Inline], row: Int, column: Int)
    case inline(Inline)

    /// What the node holds, in document order.
    public var children: [ModelNode] {
        switch self {
        case .block(let block):
            switch block {
            case .paragraph(let inlines): return inlines.map(ModelNode.inline)
            case .list(let list): return list.items.enumerated().map { .listItem($0.element, index: $0.offset) }
            case .quote(let blocks): return blocks.map(ModelNode.block)
            case .table(let table):
                var cells: [ModelNode] = []
                for (row, cellsOfRow) in ([table.header] + table.rows).enumerated() {
                    for (column, cell) in cellsOfRow.enumerated() { cells.append(.tableCell(cell, row: row, column: column)) }
                }
                return cells
            case .figure(let figure): return figure.caption.map(ModelNode.inline)
            case .code, .thematicBreak: return []
            }
        case .heading(let inlines, _), .tableCell(let inlines, _, _): return inlines.map(ModelNode.inline)
        case .listItem(let blocks, _): return blocks.map(ModelNode.block)
        case .inline(let inline):
            switch inline {
            case .strong(let c), .emphasis(let c), .strikethrough(let c), .link(_, let c): return c.map(ModelNode.inline)
            case .text, .code, .citation, .lineBreak, .softBreak: return []
            }
        }
    }
}

/// What a visitor wants after entering a node.
public enum WalkAction: Sendable {
    case visitChildren
    case skipChildren
}

/// The one traversal of the model, as swift-markdown's `MarkupWalker` or pandoc's `walk`:
/// every node is entered, then its children are walked (unless the visitor skips them),
/// then it is left. The walk keeps its own stack on the heap, so a model nested however
/// deeply never recurses on the host stack (the reader bounds nesting too; see
/// `NestingLimits`).
public enum ModelWalker {
    /// Walks `roots` depth first. `enter` also receives the node's next sibling, which
    /// lets a writer join a node to what follows it (a citation tied to the character
    /// before it); `leave` is called for every entered node, children or not.
    public static func walk(_ roots: [ModelNode],
                            enter: (ModelNode, _ nextSibling: ModelNode?) -> WalkAction,
                            leave: (ModelNode) -> Void = { _ in }) {
        var frames: [(nodes: [ModelNode], index: Int)] = [(roots, 0)]
        // The nodes whose children are being walked, one per frame above the roots'.
        var open: [ModelNode] = []
        while let top = frames.indices.last {
            let (nodes, index) = frames[top]
            guard index < nodes.count else {
                frames.removeLast()
                if let parent = open.popLast() { leave(parent) }
                continue
            }
            frames[top].index = index + 1
            let node = nodes[index]
            let next = index + 1 < nodes.count ? nodes[index + 1] : nil
            if enter(node, next) == .visitChildren, case let children = node.children, !children.isEmpty {
                open.append(node)
                frames.append((children, 0))
            } else {
                leave(node)
            }
        }
    }

    /// Every inline under `roots` (at any depth), in document order.
    public static func inlines(in roots: [ModelNode], where include: (Inline) -> Bool) -> [Inline] {
        var found: [Inline] = []
        walk(roots, enter: { node, _ in
            if case .inline(let inline) = node, include(inline) { found.append(inline) }
            return .visitChildren
        })
        return found
    }
}

extension Edition {
    /// The edition's content in reading order, as walker roots: the summary's blocks, then
    /// each section's title and blocks, then its subsections'.
    public var walkRoots: [ModelNode] {
        var roots: [ModelNode] = summary.map { $0.blocks.map(ModelNode.block) } ?? []
        for section in sections {
            roots.append(.heading(section.title, level: 1))
            roots += section.blocks.map(ModelNode.block)
            for sub in section.subsections {
                roots.append(.heading(sub.title, level: 2))
                roots += sub.blocks.map(ModelNode.block)
            }
        }
        return roots
    }
}
