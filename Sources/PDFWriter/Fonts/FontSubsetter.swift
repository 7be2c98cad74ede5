import CHarfBuzz

/// Cuts a face down to the drawn glyphs with hb-subset (HarfBuzz's `hb_subset_plan_*`).
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
        guard let input = hb_subset_input_create_or_fail() else {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "out of memory")
        }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        for gid in glyphs { hb_set_add(glyphSet, gid) }
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        var isCFF = false
        if case .cidKeyedCFF = program.outlines { isCFF = true }
        for tag in droppedTables + (isCFF ? droppedForCFF : []) { hb_set_add(drop, FontTable.tag(tag)) }
        // Desubroutinized CFF deflates smaller than subroutinized (formats.md A2); hinting is
        // dropped because it is ~15% of the bytes and PDF viewers rasterise at high resolution.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)

        let source = TableFilteredFace(program.face, hiding: Set((droppedTables + (isCFF ? droppedForCFF : [])).map(FontTable.tag)))
        guard let plan = hb_subset_plan_create_or_fail(source.face, input) else {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "hb_subset_plan_create_or_fail")
        }
        defer { hb_subset_plan_destroy(plan) }
        let oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var newGlyph: [UInt32: UInt32] = [:]
        for gid in glyphs {
            let mapped = hb_map_get(oldToNew, gid)
            guard mapped != UInt32.max else {
                throw PDFError.subsetFailed(font: program.postScriptName, reason: "glyph \(gid) missing from the subset")
            }
            newGlyph[gid] = mapped
        }
        guard let subsetFace = hb_subset_plan_execute_or_fail(plan) else {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "hb_subset_plan_execute_or_fail")
        }
        defer { hb_face_destroy(subsetFace) }

        let fontFile: [UInt8]
        if isCFF {
            let cff = FontTable(face: subsetFace, tag: "CFF ")
            try verifyCharset(cff, program: program, glyphs: glyphs)
            fontFile = cff.array
        } else {
            fontFile = FontTable(blob: hb_face_reference_blob(subsetFace)).array
        }
        guard !fontFile.isEmpty else {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "empty font program")
        }
        return Result(fontFile: fontFile, newGlyph: newGlyph)
    }

    /// A face that shows hb-subset only the tables the subset keeps. hb-subset 6.0 reads the
    /// tables it is told to drop anyway (the whole cmap for Unicode bookkeeping, GSUB for
    /// layout closure): about 5 ms per Noto CJK face whatever the glyph count, and closure
    /// glyphs nobody drew. Hidden tables give byte-identical CFF without that cost.
    private final class TableFilteredFace {
        let face: OpaquePointer?

        private final class Source {
            let face: OpaquePointer?
            let hidden: Set<hb_tag_t>
            init(face: OpaquePointer?, hidden: Set<hb_tag_t>) {
                self.face = hb_face_reference(face)
                self.hidden = hidden
            }
            deinit { hb_face_destroy(face) }
        }

        init(_ original: OpaquePointer?, hiding hidden: Set<hb_tag_t>) {
            let source = Unmanaged.passRetained(Source(face: original, hidden: hidden)).toOpaque()
            face = hb_face_create_for_tables({ _, tag, userData in
                let source = Unmanaged<Source>.fromOpaque(userData!).takeUnretainedValue()
                return source.hidden.contains(tag) ? hb_blob_get_empty() : hb_face_reference_table(source.face, tag)
            }, source, { userData in
                Unmanaged<Source>.fromOpaque(userData!).release()
            })
        }

        deinit { hb_face_destroy(face) }
    }

    /// Content streams already hold the original CIDs; check that the subset's charset still
    /// lists each of them (hb-subset 6.0 keeps them; a later version might rewrite the charset,
    /// which would make every glyph draw blank while all structural checks pass).
    private static func verifyCharset(_ cff: FontTable, program: FontProgram, glyphs: [UInt32]) throws {
        let charset: CFFCharset
        do { charset = try CFFCharset(table: cff) } catch {
            throw PDFError.subsetFailed(font: program.postScriptName, reason: "subset CFF unreadable (\(error))")
        }
        let present = Set(charset.cids)
        for gid in glyphs where !present.contains(program.code(gid)) {
            throw PDFError.subsetFailed(
                font: program.postScriptName, reason: "CID \(program.code(gid)) of glyph \(gid) is not in the subset's charset")
        }
    }
}
