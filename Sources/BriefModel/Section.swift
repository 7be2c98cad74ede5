/// A `#` heading and everything up to the next one. Numbers are derived by the reader,
/// once, so the PDF, the article and the EPUB print the same 一、二、….
public struct Section: Hashable, Sendable {
    /// Stable ASCII anchor, unique in the edition: `s1`, `s2`, … in document order.
    public var id: String
    public var title: [Inline]
    /// 1-based among the numbered sections; nil for `{-}` / `{.unnumbered}` sections.
    public var number: Int?
    /// Blocks before the first subsection.
    public var blocks: [Block]
    public var subsections: [Subsection]

    public init(id: String, title: [Inline], number: Int?, blocks: [Block], subsections: [Subsection]) {
        self.id = id
        self.title = title
        self.number = number
        self.blocks = blocks
        self.subsections = subsections
    }

    /// "一、" for section 1, "" for an unnumbered section (no space after 、, GB/T 9704).
    public var label: String { number.map { ChineseNumerals.string(for: $0) + "、" } ?? "" }

    /// Label and title as one line of text: "一、南繁硅谷论坛…".
    public var headingText: String { label + title.plainText }
}

/// A `##` heading inside a section, numbered （一）（二）… within its section.
public struct Subsection: Hashable, Sendable {
    /// `s2-1`: the section's anchor and the subsection's position.
    public var id: String
    public var title: [Inline]
    /// 1-based within its section; nil when the section or the heading is unnumbered.
    public var number: Int?
    public var blocks: [Block]

    public init(id: String, title: [Inline], number: Int?, blocks: [Block]) {
        self.id = id
        self.title = title
        self.number = number
        self.blocks = blocks
    }

    public var label: String { number.map { "（" + ChineseNumerals.string(for: $0) + "）" } ?? "" }
    public var headingText: String { label + title.plainText }
}
