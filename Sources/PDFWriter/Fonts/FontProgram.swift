import CHarfBuzz
import FontSubsetting

/// A font face opened for embedding: the HarfBuzz face (kept for subsetting), its outline
/// format, glyph widths and the metrics a FontDescriptor states. Read once per face.
final class FontProgram {
    enum Outlines {
        /// CID-keyed CFF: content codes are CIDs from the charset (`cidOfGlyph[gid]`).
        case cidKeyedCFF(cidOfGlyph: CIDMap)
        /// TrueType `glyf` outlines: codes are original GIDs, mapped to subset GIDs by CIDToGIDMap.
        case trueType
    }

    let path: String
    let faceIndex: Int
    private let blob: OpaquePointer?
    let face: OpaquePointer?
    let outlines: Outlines
    let glyphCount: Int
    let unitsPerEm: Int
    /// Name ID 6, the name PDF's BaseFont needs (a TTC's faces share one CFF whose internal
    /// FontName is the first face's, so the CFF name would be wrong for the SC face).
    let postScriptName: String
    let metrics: DescriptorMetrics
    /// hmtx and its number of (advance, lsb) pairs: widths are read per glyph on demand, as a
    /// document draws a few thousand of a CJK font's 65,535 glyphs.
    private let hmtx: FontTable
    private let metricCount: Int

    struct DescriptorMetrics {
        var ascent, descent, capHeight: Int
        var bbox: (Int, Int, Int, Int)
        var italicAngle: Double
        var flags: Int
        var stemV: Int
    }

    init(path: String, faceIndex: Int) throws {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { throw PDFError.fontUnreadable(path: path) }
        let faceCount = Int(hb_face_count(blob))
        guard faceIndex >= 0, faceIndex < max(faceCount, 1) else {
            hb_blob_destroy(blob)
            throw PDFError.faceIndexOutOfRange(path: path, index: faceIndex, faceCount: faceCount)
        }
        self.path = path
        self.faceIndex = faceIndex
        self.blob = blob
        face = hb_face_create(blob, UInt32(faceIndex))
        glyphCount = Int(hb_face_get_glyph_count(face))
        unitsPerEm = Int(hb_face_get_upem(face))

        let cff = FontTable(face: face, tag: "CFF ")
        if !cff.isEmpty {
            let charset: CFFCharset
            do { charset = try CFFCharset(table: cff) } catch {
                throw PDFError.unsupportedFontFormat(path: path, reason: "its CFF table cannot be read (\(error))")
            }
            guard charset.isCIDKeyed else {
                throw PDFError.unsupportedFontFormat(
                    path: path, reason: "name-keyed CFF outlines are not supported; use a CID-keyed OpenType/CFF or a TrueType font")
            }
            outlines = .cidKeyedCFF(cidOfGlyph: charset.cids)
        } else if !FontTable(face: face, tag: "glyf").isEmpty {
            outlines = .trueType
        } else if !FontTable(face: face, tag: "CFF2").isEmpty {
            throw PDFError.unsupportedFontFormat(path: path, reason: "CFF2 (variable) outlines are not supported")
        } else {
            throw PDFError.unsupportedFontFormat(path: path, reason: "no CFF or glyf outlines (bitmap or SVG-only font?)")
        }

        postScriptName = FontProgram.name(face: face, id: 6) ?? FontProgram.fallbackName(path: path, faceIndex: faceIndex)
        hmtx = FontTable(face: face, tag: "hmtx")
        metricCount = min(FontTable(face: face, tag: "hhea").u16(34), hmtx.count / 4)
        metrics = FontProgram.readMetrics(face: face, unitsPerEm: unitsPerEm)
    }

    deinit {
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// Advance in 1/1000 em, rounded: the number written to /W and used for TJ adjustments,
    /// so both agree exactly. Glyphs past hmtx's pairs repeat the last advance.
    func width(_ gid: UInt32) -> Int {
        guard metricCount > 0, Int(gid) < glyphCount else { return 0 }
        let advance = hmtx.u16(min(Int(gid), metricCount - 1) * 4)
        return Int((Double(advance) * 1000.0 / Double(max(unitsPerEm, 1))).rounded())
    }

    /// The code a content stream writes for a glyph.
    func code(_ gid: UInt32) -> UInt16 {
        switch outlines {
        case let .cidKeyedCFF(cidOfGlyph): return cidOfGlyph[Int(gid)]
        case .trueType: return UInt16(truncatingIfNeeded: gid)
        }
    }

    private static func name(face: OpaquePointer?, id: hb_ot_name_id_t) -> String? {
        var size: UInt32 = 256
        var buffer = [CChar](repeating: 0, count: Int(size))
        let length = hb_ot_name_get_utf8(face, id, nil, &size, &buffer)
        guard length > 0 else { return nil }
        let text = String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // PostScript names are printable ASCII without spaces or delimiters.
        let cleaned = String(text.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && !"[](){}<>/%".unicodeScalars.contains($0) })
        return cleaned.isEmpty ? nil : cleaned
    }

    private static func fallbackName(path: String, faceIndex: Int) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? "Font"
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        return String(stem.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }) + "-\(faceIndex)"
    }

    /// FontDescriptor values (ISO 32000-1 §9.8), all in 1/1000 em. Ascent/descent prefer the
    /// OS/2 typographic values (Noto CJK: 880/−120) over hhea's line-gap-padded ones.
    private static func readMetrics(face: OpaquePointer?, unitsPerEm: Int) -> DescriptorMetrics {
        let scale = 1000.0 / Double(max(unitsPerEm, 1))
        func em(_ value: Int) -> Int { Int((Double(value) * scale).rounded()) }
        let head = FontTable(face: face, tag: "head")
        let hhea = FontTable(face: face, tag: "hhea")
        let os2 = FontTable(face: face, tag: "OS/2")
        let post = FontTable(face: face, tag: "post")

        var ascent = hhea.i16(4), descent = hhea.i16(6)
        if os2.count >= 72 { ascent = os2.i16(68); descent = os2.i16(70) }
        let capHeight = os2.count >= 90 && os2.u16(0) >= 2 ? os2.i16(88) : ascent
        let italicAngle = post.count >= 8 ? Double(post.i32(4)) / 65536.0 : 0
        let weight = os2.count >= 6 ? os2.u16(4) : 400

        var flags = 4                                          // Symbolic: glyphs outside the Latin set
        if post.count >= 16 && post.u32(12) != 0 { flags |= 1 } // FixedPitch
        // Serif: the IBM family class says so, or PANOSE (Latin text, serif style 2…10;
        // 11…13 are sans). Noto CJK leave the family class 0 and fill in PANOSE.
        let familyClass = os2.count >= 32 ? os2.u16(30) >> 8 : 0
        let panoseFamily = os2.u8(32), panoseSerif = os2.u8(33)
        if [1, 2, 3, 4, 5, 7].contains(familyClass) || (panoseFamily == 2 && (2...10).contains(panoseSerif)) { flags |= 2 }
        if italicAngle != 0 || head.u16(44) & 2 != 0 { flags |= 64 } // Italic

        // No table records the dominant vertical stem; this linear fit of StemV against
        // usWeightClass (as pdf-writer/krilla use) gives ~95 for Regular and ~170 for Bold.
        let stemV = Int((10 + 0.244 * Double(weight - 50)).rounded())
        return DescriptorMetrics(
            ascent: em(ascent), descent: em(descent), capHeight: em(capHeight),
            bbox: (em(head.i16(36)), em(head.i16(38)), em(head.i16(40)), em(head.i16(42))),
            italicAngle: italicAngle, flags: flags, stemV: stemV)
    }
}
