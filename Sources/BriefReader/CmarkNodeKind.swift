import CCmarkGFM

/// The kinds of cmark-gfm node the reader meets, read from the node's type (core types by
/// their enum value, the GFM extensions' by the types they registered), never from the
/// type's name string.
enum CmarkNodeKind: Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image
    /// A type the briefing format does not use (footnotes, custom nodes); its name is for
    /// the error message only.
    case unsupported(String)

    init(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        // Extension types are variables set at registration, so they are compared, not matched.
        case _ where type == CMARK_NODE_TABLE: self = .table
        case _ where type == CMARK_NODE_TABLE_ROW: self = .tableRow
        case _ where type == CMARK_NODE_TABLE_CELL: self = .tableCell
        case _ where type == CMARK_NODE_STRIKETHROUGH: self = .strikethrough
        default: self = .unsupported(String(cString: cmark_node_get_type_string(node)))
        }
    }

    /// Blocks that hold other blocks: each one deepens the nesting `NestingLimits` bounds.
    var nestsBlocks: Bool { self == .blockQuote || self == .list }
    /// Inlines that hold other inlines.
    var nestsInlines: Bool { self == .emphasis || self == .strong || self == .strikethrough || self == .link || self == .image }
}
