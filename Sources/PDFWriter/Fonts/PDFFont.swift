/// A font face registered with a document. Pages record every glyph drawn with it and the
/// text each glyph stands for; `PDFDocument.write()` subsets and embeds it once.
public final class PDFFont {
    /// Resource name number: /F1, /F2, … in registration order.
    let number: Int
    let program: FontProgram
    /// Weak: the document owns its pages, fonts and images, not the other way round.
    weak var document: PDFDocument?

    /// Glyphs drawn so far, as a bitmap over GIDs (cheap to update per glyph, ordered to read):
    /// one bit a glyph, so a CJK face's 65,535 glyphs take 8 KB, not 64 KB of Bools to fill.
    private var drawn: [UInt64]
    private(set) var drawnCount = 0
    /// Text of each glyph's first occurrence: what ToUnicode maps it to.
    private(set) var textOfGlyph: [UInt32: String] = [:]

    init(number: Int, program: FontProgram, document: PDFDocument) {
        self.number = number
        self.program = program
        self.document = document
        drawn = [UInt64](repeating: 0, count: (max(program.glyphCount, 1) + 63) / 64)
    }

    /// The face's PostScript name (name ID 6).
    public var postScriptName: String { program.postScriptName }
    public var unitsPerEm: Int { program.unitsPerEm }
    public var glyphCount: Int { program.glyphCount }

    func isValid(_ gid: UInt32) -> Bool { Int(gid) < program.glyphCount }

    func markDrawn(_ gid: UInt32) {
        let bit: UInt64 = 1 << (gid % 64)
        if drawn[Int(gid / 64)] & bit == 0 { drawn[Int(gid / 64)] |= bit; drawnCount += 1 }
    }

    /// Records `text` for `gid` if the glyph has none yet. Returns false when the glyph is
    /// already mapped to different text, so the caller must state this occurrence's text
    /// with /ActualText (ToUnicode can hold one text per code; first occurrence wins).
    func claimText(_ text: String, for gid: UInt32) -> Bool {
        if let existing = textOfGlyph[gid] { return existing == text }
        textOfGlyph[gid] = text
        return true
    }

    /// Drawn glyphs in increasing GID order.
    var drawnGlyphs: [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(drawnCount)
        for (index, word) in drawn.enumerated() {
            var rest = word
            while rest != 0 {
                result.append(UInt32(index * 64 + rest.trailingZeroBitCount))
                rest &= rest - 1
            }
        }
        return result
    }
}
