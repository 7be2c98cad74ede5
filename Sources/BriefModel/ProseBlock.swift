/// Where a block of the edition's text stands in its source, and what it is: the copy-editing
/// lint reads the source at these places, since only the model knows which lines are a
/// heading, a caption or prose, and which are code, raw HTML or front matter.
public struct ProseBlock: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        /// A `#` or `##` heading; `numbered` is false for `{-}`, `{.unnumbered}` and the summary.
        case heading(level: Int, numbered: Bool)
        /// A figure's `![caption](path)` paragraph.
        case caption
        /// A table's `Table: …` (or `: …`) caption paragraph; the marker is not text.
        case tableCaption
        /// A paragraph, a list item's or a quote's paragraph.
        case paragraph
        /// A GFM table: every row, cells split by `|`.
        case table
    }

    public var role: Role
    /// 1-based file lines, first and last.
    public var firstLine: Int
    public var lastLine: Int
    /// cmark's 1-based byte column where the block starts on its first line.
    public var firstByteColumn: Int

    public init(role: Role, firstLine: Int, lastLine: Int, firstByteColumn: Int) {
        self.role = role
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.firstByteColumn = firstByteColumn
    }
}
