import CFreeType
import Foundation

/// Turns shaped glyphs into pixels with FreeType: each glyph's outline is loaded unhinted
/// (the shapes the designer drew, at the positions HarfBuzz gave, with no snapping that
/// would fight them) and rendered as an anti-aliased 8-bit coverage mask, which the canvas
/// mixes in linear light. Pen positions keep a quarter of a pixel horizontally, so the
/// spacing of a line of type is not rounded glyph by glyph. One serves a run's threads:
/// its faces are opened once and kept (FreeType takes 0.5–0.8 ms to open a face of the Noto
/// CJK collections), and masks rendered once and kept up to `maskBudget` bytes. FreeType
/// objects are not thread-safe, so finding or rendering a mask holds a lock; laying it on
/// a canvas, the caller's own, does not.
public final class GlyphRasterizer: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sub-pixel steps a pen position keeps horizontally.
    static let subpixelSteps = 4

    private var library: FT_Library?
    private var faces: [FaceKey: FT_Face] = [:]
    private var masks: [MaskKey: Mask] = [:]
    private var maskBytes = 0
    /// Guards `library`, `faces`, `masks` and `maskBytes`.
    private let lock = NSLock()

    /// Coverage bytes of the masks kept: the example edition's two covers need 120 KB (94
    /// masks), and a title set at a size of its own rarely comes back, so past this the masks
    /// are dropped and the next cover renders what it needs again.
    static let maskBudget = 4 << 20

    private struct FaceKey: Hashable { var path: String; var index: Int }
    private struct MaskKey: Hashable { var face: FaceKey; var glyph: UInt32; var size26_6: Int; var phase: Int }
    private struct Mask {
        var coverage: [UInt8]
        var columns: Int, rows: Int
        /// From the pen position to the mask's left column, and from the baseline up to its top row.
        var left: Int, top: Int
    }

    public init() throws {
        let status = FT_Init_FreeType(&library)
        guard status == 0, library != nil else { throw Failure(description: "FreeType could not start (error \(status))") }
    }

    deinit {
        for face in faces.values { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
    }

    /// Draws glyph `glyph` of the face (`path`, `index`) at `size` px with its pen at
    /// (`x`, `baseline`) in canvas pixels (y down); the baseline is rounded to a whole pixel
    /// so the horizontal strokes of a line sit on the same rows.
    public func draw(glyph: UInt32, path: String, index: Int, size: Double, x: Double, baseline: Double,
                     color: RasterColor, on canvas: inout Canvas) throws {
        let steps = Double(GlyphRasterizer.subpixelSteps)
        let quarter = (x * steps).rounded(.down)
        let origin = Int((quarter / steps).rounded(.down))
        let phase = Int(quarter) - origin * GlyphRasterizer.subpixelSteps
        let face = FaceKey(path: path, index: index)
        let key = MaskKey(face: face, glyph: glyph, size26_6: Int((size * 64).rounded()), phase: phase)
        let mask = try lock.withLock { try self.mask(key) }
        guard mask.columns > 0, mask.rows > 0 else { return }
        canvas.draw(mask: mask.coverage, columns: mask.columns, rows: mask.rows, pitch: mask.columns,
                    left: origin + mask.left, top: Int(baseline.rounded()) - mask.top, color: color)
    }

    /// The mask kept for `key`, or rendered and kept. Called with the lock held.
    private func mask(_ key: MaskKey) throws -> Mask {
        if let known = masks[key] { return known }
        let mask = try render(key)
        if maskBytes + mask.coverage.count > GlyphRasterizer.maskBudget {
            masks.removeAll(keepingCapacity: true)
            maskBytes = 0
        }
        masks[key] = mask
        maskBytes += mask.coverage.count
        return mask
    }

    private func open(_ key: FaceKey) throws -> FT_Face {
        if let face = faces[key] { return face }
        var face: FT_Face?
        let status = FT_New_Face(library, key.path, FT_Long(key.index), &face)
        guard status == 0, let face else {
            throw Failure(description: "FreeType cannot open face \(key.index) of \(key.path) (error \(status))")
        }
        faces[key] = face
        return face
    }

    private func render(_ key: MaskKey) throws -> Mask {
        let face = try open(key.face)
        var status = FT_Set_Char_Size(face, 0, FT_F26Dot6(key.size26_6), 72, 72)
        guard status == 0 else { throw Failure(description: "FreeType cannot size \(key.face.path) at \(key.size26_6 / 64) px (error \(status))") }
        // The sub-pixel phase as a translation of the outline, in 1/64 px.
        var delta = FT_Vector(x: FT_Pos(key.phase * 64 / GlyphRasterizer.subpixelSteps), y: 0)
        FT_Set_Transform(face, nil, &delta)
        status = FT_Load_Glyph(face, key.glyph, FT_Int32(FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP))
        guard status == 0 else { throw Failure(description: "FreeType cannot load glyph \(key.glyph) of \(key.face.path) (error \(status))") }
        let slot = face.pointee.glyph!
        status = FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL)
        guard status == 0 else { throw Failure(description: "FreeType cannot render glyph \(key.glyph) of \(key.face.path) (error \(status))") }
        let bitmap = slot.pointee.bitmap
        let columns = Int(bitmap.width), rows = Int(bitmap.rows), pitch = Int(bitmap.pitch)
        var coverage = [UInt8](repeating: 0, count: columns * rows)
        if columns > 0, rows > 0, let buffer = bitmap.buffer {
            // A negative pitch means the rows are stored bottom up.
            for row in 0..<rows {
                let source = pitch >= 0 ? row * pitch : (rows - 1 - row) * -pitch
                for column in 0..<columns { coverage[row * columns + column] = buffer[source + column] }
            }
        }
        return Mask(coverage: coverage, columns: columns, rows: rows,
                    left: Int(slot.pointee.bitmap_left), top: Int(slot.pointee.bitmap_top))
    }
}
