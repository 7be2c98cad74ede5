import Graphics

/// An opaque RGB raster, top row first, 8-bit sRGB. Ink is laid on it as coverage (0–255,
/// a glyph's anti-aliased mask or a rectangle's area) mixed with what is there in linear
/// light; the finished canvas is written as a PNG by the project's encoder.
public struct Canvas {
    public let width: Int
    public let height: Int
    /// `width * height * 3` bytes, R G B per pixel.
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, background: RasterColor) {
        precondition(width > 0 && height > 0, "a canvas has at least one pixel")
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in stride(from: 0, to: pixels.count, by: 3) {
            pixels[i] = background.red; pixels[i + 1] = background.green; pixels[i + 2] = background.blue
        }
    }

    /// The colour at (x, y).
    public func color(x: Int, y: Int) -> RasterColor {
        let i = (y * width + x) * 3
        return RasterColor(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2])
    }

    /// Fills the rectangle with `color`; an edge at a fractional position covers its pixels
    /// in part, so a 1.5 px rule reads as 1.5 px. Parts off the canvas are dropped.
    public mutating func fill(x: Double, y: Double, width w: Double, height h: Double, color: RasterColor) {
        let left = max(0, x), right = min(Double(width), x + w)
        let top = max(0, y), bottom = min(Double(height), y + h)
        guard right > left, bottom > top else { return }
        for row in Int(top.rounded(.down))..<Int(bottom.rounded(.up)) {
            let rowCover = min(bottom, Double(row + 1)) - max(top, Double(row))
            for column in Int(left.rounded(.down))..<Int(right.rounded(.up)) {
                let cover = rowCover * (min(right, Double(column + 1)) - max(left, Double(column)))
                blend(x: column, y: row, coverage: UInt8((cover * 255).rounded()), color: color)
            }
        }
    }

    /// Lays an 8-bit coverage mask (`rows` × `columns`, `pitch` bytes a row) with its top-left
    /// pixel at (`left`, `top`). Parts off the canvas are dropped.
    public mutating func draw(mask: [UInt8], columns: Int, rows: Int, pitch: Int, left: Int, top: Int, color: RasterColor) {
        let firstRow = max(0, -top), lastRow = min(rows, height - top)
        let firstColumn = max(0, -left), lastColumn = min(columns, width - left)
        guard firstRow < lastRow, firstColumn < lastColumn else { return }
        for row in firstRow..<lastRow {
            for column in firstColumn..<lastColumn {
                let coverage = mask[row * pitch + column]
                if coverage != 0 { blend(x: left + column, y: top + row, coverage: coverage, color: color) }
            }
        }
    }

    /// Mixes `color` over the pixel by `coverage`/255 of its area, in linear light.
    public mutating func blend(x: Int, y: Int, coverage: UInt8, color: RasterColor) {
        guard coverage != 0, x >= 0, y >= 0, x < width, y < height else { return }
        let i = (y * width + x) * 3
        if coverage == 255 {
            pixels[i] = color.red; pixels[i + 1] = color.green; pixels[i + 2] = color.blue
            return
        }
        let a = Float(coverage) / 255, table = LinearLight.fromSRGB
        func mix(_ under: UInt8, _ over: UInt8) -> UInt8 {
            LinearLight.encode(table[Int(under)] * (1 - a) + table[Int(over)] * a)
        }
        pixels[i] = mix(pixels[i], color.red)
        pixels[i + 1] = mix(pixels[i + 1], color.green)
        pixels[i + 2] = mix(pixels[i + 2], color.blue)
    }

    /// The canvas as a PNG: 8-bit truecolour, no metadata (no time, no gamma chunk beyond
    /// sRGB's default), so equal canvases give equal bytes.
    public func png() -> [UInt8] {
        let stride = width * 3
        let rows = (0..<height).map { Array(pixels[$0 * stride..<($0 + 1) * stride]) }
        return PNGEncoder.encode(width: width, height: height, bitDepth: 8, colorType: 2, rows: rows)
    }
}
