import BriefModel

/// The text a reader meets in `blocks`, one string per text block in reading order, found
/// with the model's walker: each paragraph (in lists and quotes too), each table cell,
/// each figure caption, each code block. Markup and citations are left out (plainText).
public func readingTexts(of blocks: [Block]) -> [String] {
    var texts: [String] = []
    ModelWalker.walk(blocks.map(ModelNode.block), enter: { node, _ in
        switch node {
        case .block(.paragraph(let inlines)), .tableCell(let inlines, _, _): texts.append(inlines.plainText)
        case .block(.figure(let figure)): texts.append(figure.caption.plainText)
        case .block(.code(let code, _)): texts.append(code)
        default: return .visitChildren
        }
        return .skipChildren
    })
    return texts
}
