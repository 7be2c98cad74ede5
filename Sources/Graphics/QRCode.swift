import CQRencode

/// A QR code as a square grid of modules, encoded by libqrencode. Backends draw it their own
/// way: the PDF as vector rectangles, the article and the EPUB as a PNG.
public struct QRCode: Hashable, Sendable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major, `true` = dark.
    public let modules: [Bool]

    public enum Failure: Error, CustomStringConvertible {
        /// The text's size in bytes; the text itself is not kept, as it may be long.
        case cannotEncode(bytes: Int)
        public var description: String {
            switch self {
            case .cannotEncode(let bytes):
                return "\(bytes) bytes do not fit in a QR code (at most \(QRCode.capacity) at error correction level M)"
            }
        }
    }

    /// Encodes `text` as bytes with error correction level M (15 % of the code may be
    /// damaged, the usual choice for print).
    public init(encoding text: String) throws {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            throw Failure.cannotEncode(bytes: text.utf8.count)
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Bytes a version-40 code holds at level M (ISO/IEC 18004 table 7).
    public static let capacity = 2_331

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// The dark modules merged into horizontal runs, one rectangle per run (far fewer
    /// drawing operations than one square per module). Units are modules.
    public var darkRuns: [(row: Int, column: Int, length: Int)] {
        var runs: [(Int, Int, Int)] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                if isDark(row: row, column: column) {
                    let start = column
                    while column < size, isDark(row: row, column: column) { column += 1 }
                    runs.append((row, start, column - start))
                } else {
                    column += 1
                }
            }
        }
        return runs
    }

    /// A 1-bit greyscale PNG, `scale` pixels per module, with the 4-module quiet zone the
    /// standard asks for.
    public func png(scale: Int = 8, quietZone: Int = 4) -> [UInt8] {
        QRCodePictures.shared.png(self, scale: scale, quietZone: quietZone) { drawPNG(scale: scale, quietZone: quietZone) }
    }

    private func drawPNG(scale: Int, quietZone: Int) -> [UInt8] {
        let side = (size + 2 * quietZone) * scale
        var pixels = [[UInt8]](repeating: [], count: side)
        for y in 0..<side {
            var row = [UInt8](repeating: 0, count: (side + 7) / 8)
            let my = y / scale - quietZone
            for x in 0..<side {
                let mx = x / scale - quietZone
                let dark = my >= 0 && my < size && mx >= 0 && mx < size && isDark(row: my, column: mx)
                if !dark { row[x / 8] |= 0x80 >> UInt8(x % 8) }  // 1 = white in greyscale
            }
            pixels[y] = row
        }
        return PNGEncoder.encode(width: side, height: side, bitDepth: 1, colorType: 0, rows: pixels)
    }
}
