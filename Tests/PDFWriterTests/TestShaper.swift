import CHarfBuzz
import PDFWriter

/// Shapes text with HarfBuzz the way the typesetting engine does (zh-Hans, monotone
/// characters clusters), so tests feed the writer real glyph ids, positions and cluster texts.
final class TestShaper {
    let path: String
    let faceIndex: Int
    private let blob: OpaquePointer?
    private let face: OpaquePointer?
    private let font: OpaquePointer?
    let unitsPerEm: Double

    init(path: String, faceIndex: Int) {
        self.path = path
        self.faceIndex = faceIndex
        blob = hb_blob_create_from_file(path)
        face = hb_face_create(blob, UInt32(faceIndex))
        font = hb_font_create(face)
        unitsPerEm = Double(hb_face_get_upem(face))
        hb_font_set_scale(font, Int32(unitsPerEm), Int32(unitsPerEm))
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// Glyphs of `text` at `size` pt, pen x from `startX`, plus the run's advance width.
    func shape(_ text: String, size: Double, startX: Double = 0) -> (glyphs: [PDFGlyph], width: Double) {
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                hb_buffer_add_utf8(buffer, chars.baseAddress, Int32(chars.count), 0, Int32(chars.count))
            }
        }
        hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS)
        hb_buffer_guess_segment_properties(buffer)
        hb_buffer_set_language(buffer, hb_language_from_string("zh-Hans", -1))
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        let scale = size / unitsPerEm
        var glyphs: [PDFGlyph] = []
        var pen = startX
        for i in 0..<Int(count) {
            let cluster = Int(infos[i].cluster)
            let isFirst = i == 0 || infos[i - 1].cluster != infos[i].cluster
            var text = ""
            if isFirst {
                var next = utf8.count
                var j = i + 1
                while j < Int(count) {
                    if infos[j].cluster != infos[i].cluster { next = Int(infos[j].cluster); break }
                    j += 1
                }
                text = String(decoding: utf8[cluster..<next], as: UTF8.self)
            }
            glyphs.append(PDFGlyph(
                id: infos[i].codepoint, x: pen + Double(positions[i].x_offset) * scale,
                yOffset: Double(positions[i].y_offset) * scale, text: text))
            pen += Double(positions[i].x_advance) * scale
        }
        return (glyphs, pen - startX)
    }
}
