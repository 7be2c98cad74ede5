import CHarfBuzz

/// One face cut down by hb-subset (HarfBuzz's `hb_subset_plan_*`), not tied to any output
/// format: the PDF writer takes its `CFF ` table or whole sfnt, the EPUB its whole sfnt.
/// GIDs are renumbered (smaller than RETAIN_GIDS: no empty CharStrings/loca entries).
public final class FontSubset {
    /// The subset face; its tables are read with `FontTable(face:tag:)`.
    public let face: OpaquePointer?
    /// Original GID → subset GID for every glyph asked for by id (empty for code points).
    public let newGlyph: [UInt32: UInt32]

    public init(face source: OpaquePointer?, _ request: SubsetRequest) throws {
        guard let input = hb_subset_input_create_or_fail() else { throw SubsetError("out of memory") }
        defer { hb_subset_input_destroy(input) }
        switch request.keep {
        case let .glyphs(glyphs):
            let glyphSet = hb_subset_input_glyph_set(input)
            for gid in glyphs { hb_set_add(glyphSet, gid) }
        case let .codePoints(codePoints):
            let unicodes = hb_subset_input_unicode_set(input)
            for codePoint in codePoints { hb_set_add(unicodes, codePoint) }
        }
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in request.droppedTables { hb_set_add(drop, FontTable.tag(tag)) }
        var flags: UInt32 = 0
        if request.desubroutinize { flags |= HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue }
        if request.dropHinting { flags |= HB_SUBSET_FLAGS_NO_HINTING.rawValue }
        hb_subset_input_set_flags(input, flags)

        let filtered = TableFilteredFace(source, hiding: Set(request.droppedTables.map(FontTable.tag)))
        guard let plan = hb_subset_plan_create_or_fail(filtered.face, input) else {
            throw SubsetError("hb_subset_plan_create_or_fail")
        }
        defer { hb_subset_plan_destroy(plan) }
        var newGlyph: [UInt32: UInt32] = [:]
        if case let .glyphs(glyphs) = request.keep {
            let oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan)
            for gid in glyphs {
                let mapped = hb_map_get(oldToNew, gid)
                guard mapped != UInt32.max else { throw SubsetError("glyph \(gid) missing from the subset") }
                newGlyph[gid] = mapped
            }
        }
        guard let subsetFace = hb_subset_plan_execute_or_fail(plan) else {
            throw SubsetError("hb_subset_plan_execute_or_fail")
        }
        face = subsetFace
        self.newGlyph = newGlyph
    }

    deinit { hb_face_destroy(face) }

    /// The whole subset as an OpenType file (sfnt), as a font file on disk would hold it.
    public var sfnt: [UInt8] { FontTable(blob: hb_face_reference_blob(face)).array }
}
