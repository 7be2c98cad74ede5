import CHarfBuzz

/// An opened face: the HarfBuzz font used for shaping (scale = units per em, so every
/// position HarfBuzz returns is in font units and one shaping result serves every size)
/// and the face's metrics. Owned and cached by `FontStore`.
final class LoadedFont {
    let face: FontFace
    let hbFont: OpaquePointer
    let metrics: FontMetrics
    var unitsPerEm: Int { metrics.unitsPerEm }
    /// scalar → nominal glyph (0 = the face has no glyph). Fallback asks per character,
    /// and a paragraph repeats few distinct characters, so a small map beats cmap lookups.
    private var coverage: [UInt32: UInt32] = [:]
    /// glyph → ink span (nil inside: no ink). Every full-width mark set is measured, a few
    /// dozen distinct glyphs hundreds of times, and HarfBuzz runs a CFF glyph's charstring
    /// for its extents each time.
    private var inkSpans: [UInt32: (left: Int, right: Int)?] = [:]

    init(face: FontFace, hbFont: OpaquePointer, metrics: FontMetrics) {
        self.face = face
        self.hbFont = hbFont
        self.metrics = metrics
    }

    deinit { hb_font_destroy(hbFont) }

    /// A stand-in for a face that could not be opened: HarfBuzz's empty font, which maps
    /// nothing and advances nothing. Its results are never printed (the store records the
    /// failure, and the caller refuses the render); it only lets typesetting finish.
    static func unusable(_ face: FontFace) -> LoadedFont {
        LoadedFont(face: face, hbFont: hb_font_reference(hb_font_get_empty()),
                   metrics: FontMetrics(unitsPerEm: unusableUnitsPerEm, ascender: 0.88, descender: 0.12, capHeight: 0.7))
    }

    /// Any positive value will do (nothing set in the stand-in is printed); 1000 is the
    /// usual em of a CFF font.
    private static let unusableUnitsPerEm = 1000

    /// Whether the face maps this character to a real glyph (not .notdef).
    func hasGlyph(_ scalar: UInt32) -> Bool {
        if let known = coverage[scalar] { return known != 0 }
        var glyph: hb_codepoint_t = 0
        let found = hb_font_get_nominal_glyph(hbFont, scalar, &glyph) != 0
        coverage[scalar] = found ? glyph : 0
        return found && glyph != 0
    }

    /// Ink box of a glyph in font units: left bearing and right edge (x_bearing + width).
    func inkSpan(of glyph: UInt32) -> (left: Int, right: Int)? {
        if let known = inkSpans[glyph] { return known }
        var extents = hb_glyph_extents_t()
        var span: (left: Int, right: Int)?
        if hb_font_get_glyph_extents(hbFont, glyph, &extents) != 0, extents.width != 0 {
            let a = Int(extents.x_bearing), b = Int(extents.x_bearing + extents.width)
            span = (min(a, b), max(a, b))
        }
        inkSpans[glyph] = span
        return span
    }
}
