import BriefModel

/// What an edition renders as, apart from its text: the kinds of its blocks and inlines in
/// order, with what a text fix may never change (addresses, code, citations, images,
/// list numbering). `fix` mends characters only; an edit that changes this shape (a fix
/// that swallowed a `**`, moved the end of an autolink, or turned emphasis into literal
/// stars) is not made.
public struct RenderedShape: Equatable {
    private var marks: [String] = []

    public init(_ edition: Edition) {
        marks.append("summary:\(edition.summary != nil)")
        ModelWalker.walk(edition.walkRoots, enter: { node, _ in
            switch node {
            case .block(let block):
                switch block {
                case .paragraph: marks.append("p")
                case .list(let list): marks.append("list \(list.ordered) \(list.start) \(list.tight) \(list.items.count)")
                case .quote: marks.append("quote")
                case .table(let table): marks.append("table \(table.alignments) \(table.header.count) \(table.rows.map(\.count))")
                case .figure(let figure): marks.append("figure \(figure.image.path)")
                case .code(let code, let language): marks.append("code \(language ?? "") \(code)")
                case .thematicBreak: marks.append("hr")
                }
            case .heading(_, let level): marks.append("h\(level)")
            case .listItem(_, let index): marks.append("item \(index)")
            case .tableCell(_, let row, let column): marks.append("cell \(row) \(column)")
            case .inline(let inline):
                switch inline {
                case .text: break  // what fixes change
                case .strong: marks.append("strong")
                case .emphasis: marks.append("em")
                case .strikethrough: marks.append("del")
                case .code(let code): marks.append("`\(code)`")
                case .link(let url, _): marks.append("link \(url)")
                case .citation(let citation): marks.append("cite \(citation.numbers)")
                case .lineBreak: marks.append("br")
                case .softBreak: marks.append("soft")
                }
            }
            return .visitChildren
        }, leave: { node in
            if case .inline(.text) = node { return }  // text adds no mark, so none closes
            marks.append(")")
        })
    }
}
