/// One glyph placed on a line.
public struct PositionedGlyph: Sendable {
    public var face: FontFace
    public var size: Double
    public var glyphID: UInt32
    /// Pen position (the glyph origin) from the paragraph's left edge, pt; indents included.
    /// A trimmed opening bracket has its origin left of where its box starts, since its
    /// blank half is what was removed.
    public var x: Double
    /// pt, up positive (HarfBuzz y offset + baselineShift).
    public var yOffset: Double
    /// pt: from `x` to the right edge of the glyph's box after punctuation trimming and
    /// compression (justification space after it not included), so `x + advance` is where the
    /// box ends; for a bracket trimmed on its left that is its half-em box plus the half it lost
    /// left of the box. 0 on the second and later glyphs of a cluster.
    public var advance: Double
    /// Source text of the cluster on its first glyph, "" on the others.
    public var text: String
    public var color: RGBColor
    public var tag: Int?

    public init(face: FontFace, size: Double, glyphID: UInt32, x: Double, yOffset: Double, advance: Double,
                text: String, color: RGBColor, tag: Int?) {
        self.face = face; self.size = size; self.glyphID = glyphID; self.x = x; self.yOffset = yOffset
        self.advance = advance; self.text = text; self.color = color; self.tag = tag
    }
}

/// One line of a paragraph.
public struct Line: Sendable {
    public var glyphs: [PositionedGlyph]
    /// The right edge of the line's content from the paragraph's left edge, pt (indent
    /// included): the spec width for justified lines, except the last.
    public var width: Double
    /// pt above / below the baseline, from the largest font on the line (baseline shifts included).
    public var ascent: Double, descent: Double
    public var isLast: Bool

    public init(glyphs: [PositionedGlyph], width: Double, ascent: Double, descent: Double, isLast: Bool) {
        self.glyphs = glyphs; self.width = width; self.ascent = ascent; self.descent = descent; self.isLast = isLast
    }
}
