/// A CID-keyed CFF charset, GID → CID, held as runs of consecutive glyphs with consecutive
/// CIDs. Noto CJK's 65,535 glyphs are one run (CID = GID), so a face's map is a few words
/// where an array of every glyph's CID took 128 KB, filled and paged in for every face
/// embedded and every subset checked.
struct CIDMap {
    let glyphCount: Int
    /// First glyph of each run, ascending; the first run starts at glyph 0 (.notdef, CID 0).
    private var runGlyphs: [Int] = [0]
    /// CID of each run's first glyph.
    private var runCIDs: [Int] = [0]

    init(glyphCount: Int) { self.glyphCount = glyphCount }

    /// Maps `count` glyphs from `glyph` on to CIDs from `cid` on; glyphs come in order.
    mutating func append(glyph: Int, cid: Int, count: Int) {
        guard count > 0 else { return }
        let last = runGlyphs.count - 1
        if glyph - runGlyphs[last] == cid - runCIDs[last] { return }   // continues the last run
        runGlyphs.append(glyph)
        runCIDs.append(cid)
    }

    /// The CID of `glyph` (as a charset stores it, 16 bits).
    subscript(glyph: Int) -> UInt16 {
        precondition(glyph >= 0 && glyph < glyphCount, "glyph \(glyph) is outside the charset's \(glyphCount) glyphs")
        // The last run starting at or before the glyph.
        var low = 0, high = runGlyphs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runGlyphs[middle] <= glyph { low = middle } else { high = middle - 1 }
        }
        return UInt16(truncatingIfNeeded: runCIDs[low] + glyph - runGlyphs[low])
    }
}
