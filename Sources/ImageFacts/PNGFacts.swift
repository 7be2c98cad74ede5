/// What a checked PNG holds (PNG spec, W3C 2003): its header, the chunks that colour it and
/// its compressed image data, whose decoded size has been verified row by row.
public struct PNGFacts: Equatable, Sendable {
    public enum ColorType: Int, Sendable {
        case grey = 0, rgb = 2, palette = 3, greyAlpha = 4, rgba = 6

        /// Samples per pixel as stored.
        public var channels: Int {
            switch self { case .rgb: return 3; case .greyAlpha: return 2; case .rgba: return 4; default: return 1 }
        }

        /// The bit depths the spec allows for this colour type (§11.2.2).
        var allowedBitDepths: [Int] {
            switch self {
            case .grey: return [1, 2, 4, 8, 16]
            case .palette: return [1, 2, 4, 8]
            case .rgb, .greyAlpha, .rgba: return [8, 16]
            }
        }
    }

    public var width: Int
    public var height: Int
    public var bitDepth: Int
    public var colorType: ColorType
    public var interlaced: Bool
    /// PLTE: RGB triples (palette images; optional suggestion for RGB ones).
    public var palette: [UInt8] = []
    /// tRNS as stored: alpha per palette entry, or one 16-bit colour key per channel.
    public var transparency: [UInt8]?
    /// pHYs, when its unit is the metre (a unitless pHYs gives only the pixel aspect).
    public var pixelsPerMetre: PixelsPerMetre?
    /// The IDAT chunks' bytes joined: one zlib stream.
    public var imageData: [UInt8] = []

    public var bitsPerPixel: Int { colorType.channels * bitDepth }

    /// One pass of the image as stored: the whole image, or one of the seven Adam7 passes of
    /// an interlaced one (§8.2). Empty passes (small images) are left out, as in the file.
    public struct Pass: Equatable, Sendable {
        public var x0: Int, y0: Int, dx: Int, dy: Int
        public var width: Int, height: Int
        /// Bytes of one row without its filter byte.
        public var rowBytes: Int
    }

    /// Adam7: (x0, y0, dx, dy) of each pass.
    private static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    public var passes: [Pass] {
        let steps = interlaced ? PNGFacts.adam7 : [(0, 0, 1, 1)]
        return steps.compactMap { x0, y0, dx, dy in
            let w = (width - x0 + dx - 1) / dx, h = (height - y0 + dy - 1) / dy
            guard w > 0, h > 0 else { return nil }
            return Pass(x0: x0, y0: y0, dx: dx, dy: dy, width: w, height: h, rowBytes: (w * bitsPerPixel + 7) / 8)
        }
    }

    /// Bytes of the inflated image data: every row of every pass with its filter byte.
    /// Only computed on a header within `ImageLimits`, so it cannot overflow.
    public var decodedSize: Int { passes.reduce(0) { $0 + $1.height * ($1.rowBytes + 1) } }
}
