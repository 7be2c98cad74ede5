/// One item of a vertical list set on a line grid: every item occupies a whole number of
/// grid lines, so body lines keep a constant pitch on every page and across paragraphs
/// (clreq: "using type area for composition in real pages").
public struct GridItem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Line `index` (0-based) of a group of `count` lines that may break between its
        /// lines, subject to the widow and orphan rule: a paragraph, a code block.
        case line(group: Int, index: Int, count: Int)
        /// Never broken: a heading, a table, a block of QR codes.
        case box
        /// Never broken, and free to move: a figure that does not fit where it stands goes to
        /// the top of the next page while the text after it fills the rest of this one.
        case float
        /// Vertical space between blocks; dropped when it would open a page.
        case space
    }

    public var kind: Kind
    /// Height in grid lines (≥ 0).
    public var lines: Int
    /// A page may not end after this item (headings, and anything tied to what follows;
    /// a tied space moves to the next page with what follows, and is dropped there).
    public var keepWithNext: Bool
    /// Lines set above this item when it opens a page: a continued table's 续表 line and
    /// repeated header row. The page then holds that many lines fewer for the rest.
    public var repeatedLines: Int
    /// A space that stretches to take the lines its page leaves empty, so what follows it on
    /// the page stands on the foot (the contact block at the end of an edition).
    public var fillsPage: Bool
    /// Grid lines (a fraction is allowed) a space may grow by on a page that ends too far
    /// above its foot: such a page is justified, its spaces growing in proportion to their
    /// stretch until its last line stands on the foot (TeX's glue with stretch).
    public var stretch: Double

    public init(kind: Kind, lines: Int, keepWithNext: Bool = false, repeatedLines: Int = 0, fillsPage: Bool = false,
                stretch: Double = 0) {
        precondition(lines >= 0, "an item cannot be taller than nothing")
        precondition(stretch >= 0 && stretch.isFinite, "a space cannot stretch by less than nothing")
        precondition(stretch == 0 || kind == .space, "only spaces stretch; what they separate keeps its lines")
        self.kind = kind
        self.lines = lines
        self.keepWithNext = keepWithNext
        self.repeatedLines = repeatedLines
        self.fillsPage = fillsPage
        self.stretch = stretch
    }

    public static func line(group: Int, index: Int, count: Int) -> GridItem {
        GridItem(kind: .line(group: group, index: index, count: count), lines: 1)
    }

    public static func box(lines: Int, keepWithNext: Bool = false) -> GridItem {
        GridItem(kind: .box, lines: lines, keepWithNext: keepWithNext)
    }

    /// A filling space, tied to what follows so it opens that page rather than ending the one
    /// before (where it would push nothing down).
    public static func fill() -> GridItem {
        GridItem(kind: .space, lines: 0, keepWithNext: true, fillsPage: true)
    }

    public static func float(lines: Int) -> GridItem {
        GridItem(kind: .float, lines: lines)
    }

    /// A space of `lines` grid lines that may grow by `stretch` on a justified page.
    public static func space(lines: Int, stretch: Double = 0) -> GridItem {
        GridItem(kind: .space, lines: lines, stretch: stretch)
    }

    public var isSpace: Bool { if case .space = kind { return true } else { return false } }
    public var isFloat: Bool { if case .float = kind { return true } else { return false } }
}
