import Graphics

/// An opaque RGB raster, top row first, 8-bit sRGB. Ink is laid on it as coverage (0–255,
/// a glyph's anti-aliased mask or a rectangle's area) mixed with what is there in linear
/// light; the finished canvas is written as a PNG by the project's encoder.
///
/// The pixels are kept as PNG compresses them: each row starts with its filter type byte
/// (0, None), so `png()` hands the memory to zlib as it is.
public struct Canvas {
    public let width: Int
    public let height: Int
    /// Bytes of one stored row: the filter byte, then R G B per pixel.
    private let rowBytes: Int
    private var scanlines: [UInt8]
    private let background: RasterColor
    /// Per ink colour, what each coverage gives over the background: most of a glyph's
    /// pixels fall on bare ground, so they are looked up, not mixed.
    private var overGround: [RasterColor: [UInt8]] = [:]

    public init(width: Int, height: Int, background: RasterColor) {
        var fresh: [UInt8] = []
        self.init(width: width, height: height, background: background, reusing: &fresh)
    }

    /// A canvas in `memory`, a finished canvas's (`memoryToReuse()`), which it takes: a
    /// fresh megabyte costs the kernel a page fault and a cleared page every 4 KB, more
    /// than laying the ground.
    public init(width: Int, height: Int, background: RasterColor, reusing memory: inout [UInt8]) {
        precondition(width > 0 && height > 0, "a canvas has at least one pixel")
        self.width = width
        self.height = height
        self.background = background
        let rowBytes = 1 + width * 3, total = rowBytes * height
        self.rowBytes = rowBytes
        scanlines = []
        swap(&scanlines, &memory)
        scanlines.removeAll(keepingCapacity: true)
        scanlines.append(contentsOf: repeatElement(0, count: total))
        // The first row byte by byte, then each row copied from the first.
        scanlines.withUnsafeMutableBufferPointer { all in
            let first = all.baseAddress!
            first[0] = 0
            for x in 0..<width {
                first[1 + 3 * x] = background.red; first[2 + 3 * x] = background.green; first[3 + 3 * x] = background.blue
            }
            for y in 1..<height { (first + y * rowBytes).update(from: first, count: rowBytes) }
        }
    }

    /// The canvas's memory, for a next canvas to reuse; this one ends here.
    public consuming func memoryToReuse() -> [UInt8] { scanlines }

    private func offset(x: Int, y: Int) -> Int { y * rowBytes + 1 + x * 3 }

    /// The colour at (x, y).
    public func color(x: Int, y: Int) -> RasterColor {
        let i = offset(x: x, y: y)
        return RasterColor(red: scanlines[i], green: scanlines[i + 1], blue: scanlines[i + 2])
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
        precondition(mask.count >= (rows - 1) * pitch + columns, "the mask holds its rows")
        let ground = groundTable(color), background = self.background, rowBytes = self.rowBytes
        let over = Canvas.linear(color)
        // The rows and columns were clipped to the canvas above: no index is checked again.
        ground.withUnsafeBufferPointer { ground in
            mask.withUnsafeBufferPointer { mask in
                scanlines.withUnsafeMutableBufferPointer { pixels in
                    for row in firstRow..<lastRow {
                        let source = row * pitch, target = (top + row) * rowBytes + 1 + left * 3
                        for column in firstColumn..<lastColumn {
                            let coverage = mask[source + column]
                            guard coverage != 0 else { continue }
                            let i = target + column * 3
                            if pixels[i] == background.red, pixels[i + 1] == background.green, pixels[i + 2] == background.blue {
                                let entry = Int(coverage) * 3
                                pixels[i] = ground[entry]; pixels[i + 1] = ground[entry + 1]; pixels[i + 2] = ground[entry + 2]
                            } else {
                                Canvas.mix(&pixels[i], &pixels[i + 1], &pixels[i + 2], coverage: coverage, over: over, color: color)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Mixes `color` over the pixel by `coverage`/255 of its area, in linear light.
    public mutating func blend(x: Int, y: Int, coverage: UInt8, color: RasterColor) {
        guard coverage != 0, x >= 0, y >= 0, x < width, y < height else { return }
        let i = offset(x: x, y: y), over = Canvas.linear(color)
        scanlines.withUnsafeMutableBufferPointer { pixels in
            Canvas.mix(&pixels[i], &pixels[i + 1], &pixels[i + 2], coverage: coverage, over: over, color: color)
        }
    }

    private static func linear(_ color: RasterColor) -> (Float, Float, Float) {
        let table = LinearLight.fromSRGB
        return (table[Int(color.red)], table[Int(color.green)], table[Int(color.blue)])
    }

    /// The one formula of mixing: full coverage is the colour itself, any other is mixed in
    /// linear light (`over` is `color` in linear light).
    private static func mix(_ red: inout UInt8, _ green: inout UInt8, _ blue: inout UInt8, coverage: UInt8,
                            over: (Float, Float, Float), color: RasterColor) {
        if coverage == 255 {
            red = color.red; green = color.green; blue = color.blue
            return
        }
        let a = Float(coverage) / 255, table = LinearLight.fromSRGB
        func mix(_ under: UInt8, _ over: Float) -> UInt8 {
            LinearLight.encode(table[Int(under)] * (1 - a) + over * a)
        }
        red = mix(red, over.0); green = mix(green, over.1); blue = mix(blue, over.2)
    }

    /// `color` over the background at each coverage, R G B for coverage 0...255.
    private mutating func groundTable(_ color: RasterColor) -> [UInt8] {
        if let known = overGround[color] { return known }
        let over = Canvas.linear(color)
        var table = [UInt8](repeating: 0, count: 256 * 3)
        for coverage in 0..<256 {
            var red = background.red, green = background.green, blue = background.blue
            Canvas.mix(&red, &green, &blue, coverage: UInt8(coverage), over: over, color: color)
            table[coverage * 3] = red; table[coverage * 3 + 1] = green; table[coverage * 3 + 2] = blue
        }
        overGround[color] = table
        return table
    }

    /// zlib level of the PNG: on a cover (flat ground, a few lines of type) level 9 takes ten
    /// times as long as 3 for a file a quarter smaller (measured on the 1000 × 1500 EPUB
    /// cover: 106 against 10 ms, 60 against 82 KB); 3 keeps a build's covers to milliseconds.
    static let pngLevel: Int32 = 3

    /// The canvas as a PNG: 8-bit truecolour, no metadata (no time, no gamma chunk beyond
    /// sRGB's default), so equal canvases give equal bytes.
    public func png() -> [UInt8] {
        PNGEncoder.encode(width: width, height: height, bitDepth: 8, colorType: 2, scanlines: scanlines, level: Canvas.pngLevel)
    }
}
