import CHarfBuzz
import FontSubsetting

/// One embedded face: the file subset to the characters the book shows, with what the
/// `@font-face` rule says about it (family, weight, style) read from the face itself, so
/// the stylesheet names it exactly as readers that have the font installed know it.
struct WebFont {
    var family: String
    /// `usWeightClass`: 400 regular, 700 bold.
    var weight: Int
    var italic: Bool
    /// `font/otf` (CFF outlines) or `font/ttf` (glyf), the types EPUB 3 core media types list.
    var mediaType: String
    /// The subset font file, not yet obfuscated.
    var bytes: [UInt8]

    /// Tables a reading system does not need for horizontal text that it shapes itself:
    /// vertical metrics (the books are horizontal), glyph substitution (its closure over
    /// `locl` and `vert` pulls in the Japanese, Korean and vertical forms of every kept
    /// character, tripling the subset), colour and bitmap tables, device hinting tables.
    static let droppedTables = [
        "GSUB", "vhea", "vmtx", "VORG", "BASE", "JSTF", "MATH", "DSIG", "morx", "meta", "STAT",
        "COLR", "CPAL", "SVG ", "sbix", "CBDT", "CBLC", "EBDT", "EBLC", "EBSC", "hdmx", "LTSH", "VDMX", "PCLT",
    ]

    /// Subsets `file` to `codePoints` (sorted); characters the face lacks are simply absent.
    init(_ file: FontFaceFile, codePoints: [UInt32]) throws {
        guard let blob = hb_blob_create_from_file_or_fail(file.path) else {
            throw EPUBError.fontUnusable(path: file.path, problem: "the file cannot be read")
        }
        defer { hb_blob_destroy(blob) }
        let faceCount = Int(hb_face_count(blob))
        guard file.index >= 0, file.index < max(faceCount, 1) else {
            throw EPUBError.fontUnusable(path: file.path, problem: "it has \(faceCount) faces, no face #\(file.index)")
        }
        let face = hb_face_create(blob, UInt32(file.index))
        defer { hb_face_destroy(face) }

        let cff = !FontTable(face: face, tag: "CFF ").isEmpty
        guard cff || !FontTable(face: face, tag: "glyf").isEmpty else {
            throw EPUBError.fontUnusable(path: file.path, problem: "no CFF or glyf outlines")
        }
        guard let family = WebFont.name(face, id: 16) ?? WebFont.name(face, id: 1) else {
            throw EPUBError.fontUnusable(path: file.path, problem: "no family name in its name table")
        }
        let os2 = FontTable(face: face, tag: "OS/2")
        let head = FontTable(face: face, tag: "head")
        self.family = family
        weight = os2.count >= 6 ? os2.u16(4) : 400
        italic = (os2.count >= 64 && os2.u16(62) & 1 != 0) || head.u16(44) & 2 != 0
        mediaType = cff ? "font/otf" : "font/ttf"

        // Hinting goes (a tenth of the bytes; phone and e-ink readers render CJK unhinted);
        // subroutines stay, as the file is obfuscated and only deflated by the container.
        let request = SubsetRequest(keep: .codePoints(codePoints), droppedTables: WebFont.droppedTables,
                                    desubroutinize: false, dropHinting: true)
        do {
            bytes = try FontSubset(face: face, request).sfnt
        } catch let error as SubsetError {
            throw EPUBError.fontUnusable(path: file.path, problem: error.reason)
        }
    }

    /// The file's name in the book: ASCII from the family, then the weight and style.
    var fileName: String {
        let stem = String(family.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        return (stem.isEmpty ? "font" : stem) + "-\(weight)" + (italic ? "-italic" : "") + (mediaType == "font/otf" ? ".otf" : ".ttf")
    }

    /// An English name string (`hb_ot_name_get_utf8` with the default language).
    private static func name(_ face: OpaquePointer?, id: hb_ot_name_id_t) -> String? {
        var size: UInt32 = 256
        var buffer = [CChar](repeating: 0, count: Int(size))
        guard hb_ot_name_get_utf8(face, id, nil, &size, &buffer) > 0 else { return nil }
        let text = String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? nil : text
    }
}
