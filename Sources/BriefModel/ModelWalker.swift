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

    /// What the node holds, in document order (a table: its cells, then its caption's inlines).
    public var children: [ModelNode] {
        if case .block(.table(let table)) = self {
            var cells: [ModelNode] = []
            for (row, cellsOfRow) in ([table.header] + table.rows).enumerated() {
                for (column, cell) in cellsOfRow.enumerated() { cells.append(.tableCell(cell, row: row, column: column)) }
            }
            return cells + table.caption.map(ModelNode.inline)
        }
        return (0..<childCount).map(child(at:))
    }

    /// How many children the node has; with `child(at:)`, the walk reads children in place
    /// instead of copying them into an array at every node.
    public var childCount: Int {
        switch self {
        case .block(let block):
            switch block {
            case .paragraph(let inlines): return inlines.count
            case .list(let list): return list.items.count
            case .quote(let blocks): return blocks.count
            case .table(let table): return table.header.count + table.rows.reduce(0) { $0 + $1.count } + table.caption.count
            case .figure(let figure): return figure.caption.count
            case .code, .thematicBreak: return 0
            }
        case .heading(let inlines, _), .tableCell(let inlines, _, _): return inlines.count
        case .listItem(let blocks, _): return blocks.count
        case .inline(let inline):
            switch inline {
            case .strong(let c), .emphasis(let c), .strikethrough(let c), .link(_, let c): return c.count
            case .text, .code, .citation, .lineBreak, .softBreak: return 0
            }
        }
    }

    /// Child `index` (0 ..< childCount); a table's cells are found by counting through its rows.
    public func child(at index: Int) -> ModelNode {
        switch self {
        case .block(let block):
            switch block {
            case .paragraph(let inlines): return .inline(inlines[index])
            case .list(let list): return .listItem(list.items[index], index: index)
            case .quote(let blocks): return .block(blocks[index])
            case .table(let table):
                // Row 0 is the header; rows may differ in length, so count through them.
                var rest = index
                for (row, cells) in ([table.header] + table.rows).enumerated() {
                    if rest < cells.count { return .tableCell(cells[rest], row: row, column: rest) }
                    rest -= cells.count
                }
                return .inline(table.caption[rest])
            case .figure(let figure): return .inline(figure.caption[index])
            case .code, .thematicBreak: preconditionFailure("\(block) has no children")
            }
        case .heading(let inlines, _), .tableCell(let inlines, _, _): return .inline(inlines[index])
        case .listItem(let blocks, _): return .block(blocks[index])
        case .inline(let inline):
            switch inline {
            case .strong(let c), .emphasis(let c), .strikethrough(let c), .link(_, let c): return .inline(c[index])
            case .text, .code, .citation, .lineBreak, .softBreak: preconditionFailure("\(inline) has no children")
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
        // The roots, then one frame per node whose children are being walked: the node, the
        // index of its next child, how many it has, and for a table its cells listed once
        // (finding a cell by index walks the rows).
        var rootIndex = 0
        var frames: [(node: ModelNode, next: Int, count: Int, cells: [ModelNode]?)] = []
        while true {
            let node: ModelNode, next: ModelNode?
            if let top = frames.indices.last {
                let (parent, index, count, cells) = frames[top]
                guard index < count else {
                    frames.removeLast()
                    leave(parent)
                    continue
                }
                frames[top].next = index + 1
                node = cells?[index] ?? parent.child(at: index)
                next = index + 1 < count ? cells?[index + 1] ?? parent.child(at: index + 1) : nil
            } else {
                guard rootIndex < roots.count else { return }
                node = roots[rootIndex]
                next = rootIndex + 1 < roots.count ? roots[rootIndex + 1] : nil
                rootIndex += 1
            }
            let count = node.childCount
            if enter(node, next) == .visitChildren, count > 0 {
                let cells: [ModelNode]? = if case .block(.table) = node { node.children } else { nil }
                frames.append((node, 0, count, cells))
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
