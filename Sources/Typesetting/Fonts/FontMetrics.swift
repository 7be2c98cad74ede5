/// Vertical metrics of a face, in em (divide font units by `unitsPerEm`), so a caller
/// multiplies by the point size it sets the face at.
public struct FontMetrics: Sendable {
    public var unitsPerEm: Int
    /// Above the baseline, positive (hhea ascender).
    public var ascender: Double
    /// Below the baseline, positive (the magnitude of hhea descender).
    public var descender: Double
    /// Height of flat Latin capitals (OS/2 sCapHeight), 0 when the face does not say.
    public var capHeight: Double

    public init(unitsPerEm: Int, ascender: Double, descender: Double, capHeight: Double) {
        self.unitsPerEm = unitsPerEm
        self.ascender = ascender
        self.descender = descender
        self.capHeight = capHeight
    }
}
