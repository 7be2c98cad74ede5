/// Block-level content of a section.
public indirect enum Block: Hashable, Sendable {
    case paragraph([Inline])
    case list(List)
    case quote([Block])
    case table(Table)
    case figure(Figure)
    /// A fenced or indented code block; `language` is the info string, if any.
    case code(String, language: String?)
    case thematicBreak
}

public struct List: Hashable, Sendable {
    public var ordered: Bool
    /// The first number of an ordered list (CommonMark lets an editor start at 3).
    public var start: Int
    public var tight: Bool
    public var items: [[Block]]

    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }

    /// The marker written before item `index` (0-based): "1." or "•".
    public func marker(at index: Int) -> String { ordered ? "\(start + index)." : "•" }
}

public struct Table: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable { case none, left, center, right }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    /// The caption as the editor typed it (pandoc's `Table: …` or `: …` paragraph after the
    /// table, without that marker); empty when there is none.
    public var caption: [Inline]
    /// 1-based table number within the edition, given by the reader in source order.
    public var number: Int

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], caption: [Inline] = [], number: Int = 1) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
        self.number = number
    }

    /// "表 3": what every output prints before the caption.
    public var label: String { "表 \(number)" }
    /// The caption without a number the editor typed (`表 3：`), since `label` is the number.
    public var captionText: [Inline] { TypedCaptionNumber.removed(from: caption) }
}

/// An image alone in its paragraph, with the caption the editor wrote as its alt text.
public struct Figure: Hashable, Sendable {
    public var image: ImageAsset
    public var caption: [Inline]
    /// 1-based figure number within the edition.
    public var number: Int

    public init(image: ImageAsset, caption: [Inline], number: Int) {
        self.image = image
        self.caption = caption
        self.number = number
    }

    /// "图 2": what every output prints before the caption.
    public var label: String { "图 \(number)" }
    /// The caption without a number the editor typed (`图 2 `), since `label` is the number.
    public var captionText: [Inline] { TypedCaptionNumber.removed(from: caption) }
}
