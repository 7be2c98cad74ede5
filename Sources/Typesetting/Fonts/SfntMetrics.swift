import CHarfBuzz

/// The vertical metrics FreeType gives a face, read from its `head`, `hhea` and `OS/2`
/// tables through the HarfBuzz face the store opens anyway. Opening a Noto CJK face with
/// FreeType loads its whole CFF (a charset of 65,535 glyphs, every font DICT and subroutine
/// index) into fresh memory for four numbers: about a millisecond and hundreds of page faults
/// per face, several percent of a PDF build. Tables that are missing, short or out of range
/// give nil, and the store then opens the face with FreeType as before, which reads those
/// metrics or says what is wrong with the file.
enum SfntMetrics {
    static func read(_ face: OpaquePointer?) -> FontMetrics? {
        guard let head = Table(face, "head"), head.count >= 54, head.u32(12) == 0x5F0F_3CF5,
              let hhea = Table(face, "hhea"), hhea.count >= 36,
              let maxp = Table(face, "maxp"), maxp.count >= 6,
              hasOutlines(face) else { return nil }
        let unitsPerEm = head.u16(18)
        guard (16...16384).contains(unitsPerEm) else { return nil }
        var ascender = hhea.i16(4), descender = hhea.i16(6)
        var capHeight = 0
        if let os2 = Table(face, "OS/2") {
            // FreeType reads 78 bytes, 86 from version 1 and 96 from version 2; a shorter
            // table makes it ignore OS/2 altogether, which is FreeType's call to make.
            let version = os2.u16(0)
            guard os2.count >= (version >= 2 ? 96 : version == 1 ? 86 : 78) else { return nil }
            // sfnt_load_face: with no hhea ascender or descender, the typographic ones, or
            // else the Windows ones.
            if ascender == 0 && descender == 0 {
                if os2.i16(68) != 0 || os2.i16(70) != 0 {
                    ascender = os2.i16(68)
                    descender = os2.i16(70)
                } else {
                    ascender = Int(Int16(truncatingIfNeeded: os2.u16(74)))
                    descender = -Int(Int16(truncatingIfNeeded: os2.u16(76)))
                }
            }
            if version >= 2 { capHeight = os2.i16(88) }
        }
        let em = Double(unitsPerEm)
        return FontMetrics(unitsPerEm: unitsPerEm, ascender: Double(ascender) / em,
                           descender: Double(-descender) / em, capHeight: Double(capHeight) / em)
    }

    /// CFF, CFF2 or TrueType outlines: what the FreeType drivers the store relied on load.
    private static func hasOutlines(_ face: OpaquePointer?) -> Bool {
        if Table(face, "CFF ") != nil || Table(face, "CFF2") != nil { return true }
        return Table(face, "glyf") != nil && Table(face, "loca") != nil
    }

    /// One table's bytes, big-endian; nil when the face has no such table.
    private final class Table {
        private let blob: OpaquePointer?
        private let bytes: UnsafeRawBufferPointer
        var count: Int { bytes.count }

        init?(_ face: OpaquePointer?, _ tag: String) {
            let chars = Array(tag.utf8)
            let code = hb_tag_t(chars[0]) << 24 | hb_tag_t(chars[1]) << 16 | hb_tag_t(chars[2]) << 8 | hb_tag_t(chars[3])
            blob = hb_face_reference_table(face, code)
            var length: UInt32 = 0
            guard let data = hb_blob_get_data(blob, &length), length > 0 else {
                hb_blob_destroy(blob)
                return nil
            }
            bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
        }

        deinit { hb_blob_destroy(blob) }

        func u16(_ offset: Int) -> Int { Int(bytes[offset]) << 8 | Int(bytes[offset + 1]) }
        func i16(_ offset: Int) -> Int { Int(Int16(truncatingIfNeeded: u16(offset))) }
        func u32(_ offset: Int) -> Int { u16(offset) << 16 | u16(offset + 2) }
    }
}
