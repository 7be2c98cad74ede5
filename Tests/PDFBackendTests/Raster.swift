import Foundation

/// A page rendered to 8-bit grey by a rasteriser, to check that ink is where text is.
struct Raster {
    var width: Int
    var height: Int
    var pixels: [UInt8]
    /// Pixels per PDF point.
    var scale: Double

    /// Grey level below which a pixel counts as ink (255 is white paper).
    static let inkLevel: UInt8 = 200

    /// Reads a binary PGM (P5, maxval 255), as pdftoppm -gray and mutool draw -c gray write.
    init(pgm data: Data, scale: Double) throws {
        let bytes = [UInt8](data)
        var fields: [Int] = [], index = 2, current = ""
        guard bytes.starts(with: Array("P5".utf8)) else { throw ToolFailure(tool: "pgm", message: "not a binary PGM") }
        while fields.count < 3, index < bytes.count {
            let c = Character(Unicode.Scalar(bytes[index]))
            if c == "#" { while index < bytes.count, bytes[index] != 0x0A { index += 1 } }
            else if c.isWhitespace { if !current.isEmpty { fields.append(Int(current)!); current = "" } }
            else { current.append(c) }
            index += 1
        }
        guard fields.count == 3 else { throw ToolFailure(tool: "pgm", message: "bad header") }
        width = fields[0]; height = fields[1]
        pixels = Array(bytes[index..<min(bytes.count, index + width * height)])
        self.scale = scale
    }

    /// Inked pixels (darker than a light grey, so muted text and anti-aliased small text
    /// count) inside a rectangle given in points, y down.
    func ink(x0: Double, y0: Double, x1: Double, y1: Double) -> Int {
        let left = max(0, Int(x0 * scale)), right = min(width - 1, Int(x1 * scale))
        let top = max(0, Int(y0 * scale)), bottom = min(height - 1, Int(y1 * scale))
        guard left <= right, top <= bottom else { return 0 }
        var count = 0
        for y in top...bottom { for x in left...right where pixels[y * width + x] < Raster.inkLevel { count += 1 } }
        return count
    }
}
