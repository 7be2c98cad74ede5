/// Where the lines of a paragraph sit in their measure.
public enum Alignment: Hashable, Sendable {
    /// Every line but the last (and lines ended by a hard break) fills the width exactly;
    /// the last is set solid at its natural width, start-aligned.
    case justified
    /// Ragged right: lines at natural width from the start edge.
    case start
    /// Each line centred (headings, short lines).
    case center
    /// Each line flush with the end edge.
    case end
}

/// Everything the engine needs to break one paragraph into lines.
public struct ParagraphSpec: Hashable, Sendable {
    public var runs: [StyledText]
    /// Line width in pt (a whole number of em for body text so Han stays on the grid).
    public var width: Double
    /// pt, added to the left of the first line (2 em for body paragraphs).
    public var firstLineIndent: Double
    /// pt, added to the left of every line but the first (reference lists).
    public var hangingIndent: Double
    public var alignment: Alignment
    /// BCP 47 language, "zh-Hans": selects the font's zh-Hans `locl` glyphs (GB positions).
    public var language: String

    public init(runs: [StyledText], width: Double, firstLineIndent: Double = 0, hangingIndent: Double = 0,
                alignment: Alignment = .justified, language: String = "zh-Hans") {
        self.runs = runs
        self.width = width
        self.firstLineIndent = firstLineIndent
        self.hangingIndent = hangingIndent
        self.alignment = alignment
        self.language = language
    }
}
