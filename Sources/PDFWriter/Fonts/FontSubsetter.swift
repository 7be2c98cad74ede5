import FontSubsetting

/// Cuts a face down to the drawn glyphs for PDF embedding (FontSubsetting's hb-subset).
/// Input is the glyph set, not code points: shaping-only glyphs have no code point, and a
/// Unicode closure would pull in glyphs nobody drew. GIDs are renumbered (smaller than
/// RETAIN_GIDS: no empty CharStrings/loca entries); content codes survive that because a
/// CID-keyed CFF keeps the original CIDs in its charset, and TrueType codes go through the
/// CIDToGIDMap built from the plan's old→new mapping.
enum FontSubsetter {
    struct Result {
        /// CFF: the bare `CFF ` table (FontFile3 /CIDFontType0C). TrueType: the whole sfnt (FontFile2).
        var fontFile: [UInt8]
        /// Original GID → subset GID, for every drawn glyph.
        var newGlyph: [UInt32: UInt32]
    }

    /// Tables PDF viewers never read from an embedded font: layout (shaping is done),
    /// vertical metrics, naming and the character map (codes are CIDs, text is in ToUnicode).
    private static let droppedTables = [
        "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "cmap", "name", "post",
        "DSIG", "kern", "morx", "meta", "STAT", "COLR", "CPAL", "SVG ", "sbix", "CBDT", "CBLC", "EBDT", "EBLC", "EBSC",
        "hdmx", "LTSH", "VDMX", "PCLT", "gasp",
    ]
    /// A bare CFF table is all FontFile3 holds, so for CFF the metrics tables go too.
    private static let droppedForCFF = ["OS/2", "hmtx", "hhea"]

    static func subset(_ program: FontProgram, glyphs: [UInt32]) throws -> Result {
        var isCFF = false
        if case .cidKeyedCFF = program.outlines { isCFF = true }
        // Desubroutinized CFF deflates smaller than subroutinized (formats.md A2); hinting is
        // dropped because it is ~15% of the bytes and PDF viewers rasterise at high resolution.
        let request = SubsetRequest(keep: .glyphs(glyphs), droppedTables: droppedTables + (isCFF ? droppedForCFF : []),
                                    desubroutinize: true, dropHinting: true)
        let subset: FontSubset
        do { subset = try FontSubset(face: program.face, request) } catch let error as SubsetError {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: error.reason)
        }

        let fontFile: [UInt8]
        if isCFF {
            let cff = FontTable(face: subset.face, tag: "CFF ")
            try verifyCharset(cff, program: program, glyphs: glyphs)
            fontFile = cff.array
        } else {
            fontFile = subset.sfnt
        }
        guard !fontFile.isEmpty else {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "empty font program")
        }
        return Result(fontFile: fontFile, newGlyph: subset.newGlyph)
    }

    /// Content streams already hold the original CIDs; check that the subset's charset still
    /// lists each of them (hb-subset 6.0 keeps them; a later version might rewrite the charset,
    /// which would make every glyph draw blank while all structural checks pass).
    private static func verifyCharset(_ cff: FontTable, program: FontProgram, glyphs: [UInt32]) throws {
        let charset: CFFCharset
        do { charset = try CFFCharset(table: cff) } catch {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "subset CFF unreadable (\(error))")
        }
        let present = Set((0..<charset.cids.glyphCount).map { charset.cids[$0] })
        for gid in glyphs where !present.contains(program.code(gid)) {
            throw PDFError.subsetFailed(
                font: program.postScriptName, reason: "CID \(program.code(gid)) of glyph \(gid) is not in the subset's charset")
        }
    }
}
