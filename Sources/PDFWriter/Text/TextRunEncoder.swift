/// Turns a run of positioned glyphs into text-showing operators.
///
/// The layout engine gives absolute pen positions; PDF advances the pen itself by each
/// glyph's /W width. So before each glyph the encoder compares where PDF's pen is with where
/// the glyph belongs and writes the difference as a TJ number (n moves the pen by −n/1000 em,
/// ISO 32000-1 §9.4.3). The pen is tracked with the rounded numbers actually written, so
/// rounding never accumulates along a line. A vertical offset ends the TJ array and sets the
/// text rise (Ts). Clusters whose text ToUnicode cannot carry — several glyphs for one text,
/// or a glyph already mapped to other text — are wrapped in `/Span <</ActualText …>> BDC … EMC`
/// so copy and search return the exact source text.
struct TextRunEncoder {
    /// TJ numbers in 1/1000 em with two decimals: 0.00001 em, far below a device pixel.
    private static let adjustmentDecimals = 2
    private static let adjustmentScale = 100.0   // 10^adjustmentDecimals

    private let font: PDFFont
    private let size: Double
    private var pen = 0.0            // pt from the run origin, where PDF's pen is now
    private var rise = 0.0           // current Ts, pt
    private var arrayOpen = false
    private var hexOpen = false

    init(font: PDFFont, size: Double) {
        self.font = font
        self.size = size
    }

    /// Writes `BT … ET` for the run at (x, y).
    static func encode(_ glyphs: [PDFGlyph], font: PDFFont, size: Double, x: Double, y: Double, into out: inout ByteBuffer) {
        var encoder = TextRunEncoder(font: font, size: size)
        out.write("BT\n/F")
        out.write(int: font.number)
        out.write(" ")
        out.write(real: size)
        out.write(" Tf\n")
        out.write(real: x)
        out.write(" ")
        out.write(real: y)
        out.write(" Td\n")
        var start = 0
        while start < glyphs.count {
            var end = start + 1
            while end < glyphs.count && glyphs[end].text.isEmpty { end += 1 }
            encoder.cluster(glyphs[start..<end], into: &out)
            start = end
        }
        encoder.closeArray(into: &out)
        if encoder.rise != 0 { out.write("0 Ts\n") }
        out.write("ET\n")
    }

    private mutating func cluster(_ glyphs: ArraySlice<PDFGlyph>, into out: inout ByteBuffer) {
        let text = glyphs.first!.text
        let needsActualText: Bool
        if text.isEmpty {
            needsActualText = false
        } else if glyphs.count > 1 {
            needsActualText = true
        } else {
            needsActualText = !font.claimText(text, for: glyphs.first!.id)
        }
        if needsActualText {
            closeArray(into: &out)
            out.write("/Span<</ActualText")
            out.write(textString: text)
            out.write(">>BDC\n")
        }
        for glyph in glyphs { show(glyph, into: &out) }
        if needsActualText {
            closeArray(into: &out)
            out.write("EMC\n")
        }
    }

    private mutating func show(_ glyph: PDFGlyph, into out: inout ByteBuffer) {
        font.markDrawn(glyph.id)
        let wantedRise = (glyph.yOffset * 1000).rounded() / 1000
        if wantedRise != rise {
            closeArray(into: &out)
            out.write(real: wantedRise)
            out.write(" Ts\n")
            rise = wantedRise
        }
        let adjustment = (-(glyph.x - pen) * 1000 / size * Self.adjustmentScale).rounded() / Self.adjustmentScale
        if !arrayOpen { out.write("["); arrayOpen = true }
        if adjustment != 0 {
            if hexOpen { out.write(">"); hexOpen = false }
            out.write(real: adjustment, decimals: Self.adjustmentDecimals)
            pen -= adjustment * size / 1000
        }
        if !hexOpen { out.write("<"); hexOpen = true }
        out.writeHex16(font.program.code(glyph.id))
        pen += Double(font.program.width(glyph.id)) * size / 1000
    }

    private mutating func closeArray(into out: inout ByteBuffer) {
        guard arrayOpen else { return }
        if hexOpen { out.write(">"); hexOpen = false }
        out.write("]TJ\n")
        arrayOpen = false
    }
}
