import Compression
import ImageFacts
import Raster

/// A cover PNG read back: checked in full by ImageFacts (the reader `check` uses: every
/// chunk, CRC and row), then inflated and unfiltered into pixels, so a test can look at
/// the picture a reader sees.
struct DecodedCover {
    struct Invalid: Error, CustomStringConvertible { var description: String }

    let width: Int
    let height: Int
    /// R G B per pixel, top row first.
    let pixels: [UInt8]

    init(_ bytes: [UInt8]) throws {
        guard case .png(let facts) = try ImageFile.read(bytes) else { throw Invalid(description: "not a PNG") }
        guard facts.colorType == .rgb, facts.bitDepth == 8, !facts.interlaced else {
            throw Invalid(description: "expected 8-bit RGB, found type \(facts.colorType) depth \(facts.bitDepth)")
        }
        guard let raw = Zlib.inflate(facts.imageData) else { throw Invalid(description: "IDAT does not inflate") }
        let stride = facts.width * 3
        guard raw.count == facts.height * (stride + 1) else { throw Invalid(description: "\(raw.count) bytes of image data") }
        var pixels = [UInt8](repeating: 0, count: facts.height * stride)
        for row in 0..<facts.height {
            let filter = raw[row * (stride + 1)]
            for i in 0..<stride {
                let x = raw[row * (stride + 1) + 1 + i]
                let a = i >= 3 ? Int(pixels[row * stride + i - 3]) : 0
                let b = row > 0 ? Int(pixels[(row - 1) * stride + i]) : 0
                let c = i >= 3 && row > 0 ? Int(pixels[(row - 1) * stride + i - 3]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predicted = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Invalid(description: "filter type \(filter) in row \(row)")
                }
                pixels[row * stride + i] = UInt8((Int(x) + predicted) & 0xFF)
            }
        }
        width = facts.width
        height = facts.height
        self.pixels = pixels
    }

    func color(x: Int, y: Int) -> RasterColor {
        let i = (y * width + x) * 3
        return RasterColor(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2])
    }

    /// Pixels of the rectangle that differ from `background`.
    func inked(x: Range<Int>, y: Range<Int>, background: RasterColor) -> Int {
        var count = 0
        for row in y { for column in x where color(x: column, y: row) != background { count += 1 } }
        return count
    }

    /// The smallest rectangle holding every pixel that differs from `background`.
    func inkBox(background: RasterColor) -> (left: Int, top: Int, right: Int, bottom: Int)? {
        var left = width, top = height, right = -1, bottom = -1
        for row in 0..<height {
            for column in 0..<width where color(x: column, y: row) != background {
                left = min(left, column); right = max(right, column)
                top = min(top, row); bottom = max(bottom, row)
            }
        }
        return right < 0 ? nil : (left, top, right, bottom)
    }
}
