/// One shaped glyph of a text run.
public struct PDFGlyph: Sendable {
    /// Glyph id in the face (GID); the writer maps GID → CID itself.
    public var id: UInt32
    /// Pen x relative to the run's origin, pt.
    public var x: Double
    /// pt, up positive.
    public var yOffset: Double
    /// Source text of the cluster on its first glyph, "" on the cluster's other glyphs.
    public var text: String

    public init(id: UInt32, x: Double, yOffset: Double = 0, text: String) {
        self.id = id; self.x = x; self.yOffset = yOffset; self.text = text
    }
}
