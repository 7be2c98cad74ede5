import Foundation
import PDFWriter

/// Makes the images the tests embed. PNGs are written here byte by byte (stored deflate
/// blocks, real CRCs) so every colour type and interlacing can be produced; JPEGs come from
/// poppler's `pdftoppm -jpeg`, a real JPEG encoder.
enum TestImages {
    /// RGB(A) 8-bit pixel source: (x, y) → [r, g, b, a] (a ignored without alpha).
    typealias Pixel = (Int, Int) -> [UInt8]

    /// A PNG of colour type 0 (grey), 2 (RGB), 4 (grey+alpha) or 6 (RGBA), 8- or 16-bit
    /// (16-bit samples are the 8-bit value × 257), optionally Adam7-interlaced.
    static func png(width: Int, height: Int, colorType: UInt8, bitDepth: UInt8 = 8, interlaced: Bool = false,
                    extraChunks: [(String, [UInt8])] = [], pixel: Pixel) -> [UInt8] {
        let channels: Int = [0: 1, 2: 3, 4: 2, 6: 4][Int(colorType)]!
        let bytesPerPixel = channels * Int(bitDepth) / 8
        func samples(_ x: Int, _ y: Int) -> [UInt8] {
            let p = pixel(x, y)
            let values: [UInt8]
            switch colorType {
            case 0: values = [p[0]]
            case 2: values = Array(p[0..<3])
            case 4: values = [p[0], p[3]]
            default: values = Array(p[0..<4])
            }
            return bitDepth == 16 ? values.flatMap { [$0, $0] } : values
        }
        var raw: [UInt8] = []
        let passes = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)]
        for (x0, y0, dx, dy) in passes {
            let passWidth = (width - x0 + dx - 1) / dx, passHeight = (height - y0 + dy - 1) / dy
            if passWidth <= 0 || passHeight <= 0 { continue }
            for row in 0..<passHeight {
                let line = (0..<passWidth).flatMap { samples(x0 + $0 * dx, y0 + row * dy) }
                // Alternate Sub and None filters so the reader's unfiltering is exercised.
                let filter: UInt8 = row % 2 == 0 ? 1 : 0
                raw.append(filter)
                for i in line.indices {
                    raw.append(filter == 1 && i >= bytesPerPixel ? line[i] &- line[i - bytesPerPixel] : line[i])
                }
            }
        }
        var header: [UInt8] = []
        header += be32(width) + be32(height) + [bitDepth, colorType, 0, 0, interlaced ? 1 : 0]
        return pngFile(header: header, extraChunks: extraChunks, data: raw)
    }

    /// A palette PNG (type 3, 8-bit) with a tRNS alpha per palette entry.
    static func palettePNG(width: Int, height: Int, palette: [[UInt8]], alphas: [UInt8], index: (Int, Int) -> UInt8) -> [UInt8] {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width { raw.append(index(x, y)) }
        }
        let header = be32(width) + be32(height) + [8, 3, 0, 0, 0]
        return pngFile(header: header, extraChunks: [("PLTE", palette.flatMap { $0 }), ("tRNS", alphas)], data: raw)
    }

    /// A JPEG of coloured bands, made by rendering a PDFWriter page with pdftoppm.
    static func jpeg(in directory: URL, cmyk: Bool = false) throws -> [UInt8] {
        let document = PDFDocument(info: PDFInfo(title: "bands", date: (2024, 5, 1, 0, 0, 0)))
        let page = document.addPage(width: 64, height: 48)
        page.fillRect(x: 0, y: 0, width: 64, height: 16, color: PDFColor(r: 0.8, g: 0.1, b: 0.1))
        page.fillRect(x: 0, y: 16, width: 64, height: 16, color: PDFColor(r: 0.1, g: 0.6, b: 0.2))
        page.fillRect(x: 0, y: 32, width: 64, height: 16, color: PDFColor(r: 0.1, g: 0.2, b: 0.8))
        let source = directory.appendingPathComponent("bands.pdf")
        try ExternalTool.write(try document.write(), to: source)
        let stem = directory.appendingPathComponent(cmyk ? "bands-cmyk" : "bands").path
        _ = try ExternalTool.run("pdftoppm", [cmyk ? "-jpegcmyk" : "-jpeg", "-r", "72", "-singlefile", source.path, stem])
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: stem + ".jpg")))
    }

    /// The JPEG with an Exif APP1 segment (big-endian TIFF, one IFD0 entry: Orientation)
    /// inserted after SOI, as cameras write it.
    static func withExifOrientation(_ jpeg: [UInt8], _ orientation: Int) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A] + be32(8) + [0x00, 0x01]
            + [0x01, 0x12, 0x00, 0x03] + be32(1) + [0x00, UInt8(orientation), 0x00, 0x00] + be32(0)
        let body = Array("Exif".utf8) + [0, 0] + tiff
        let length = body.count + 2
        return Array(jpeg[0..<2]) + [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body + Array(jpeg[2...])
    }

    private static func pngFile(header: [UInt8], extraChunks: [(String, [UInt8])], data: [UInt8]) -> [UInt8] {
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header)
        for (type, body) in extraChunks { file += chunk(type, body) }
        file += chunk("IDAT", zlibStored(data))
        file += chunk("IEND", [])
        return file
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        return be32(body.count) + typed + be32(Int(crc32(typed)))
    }

    /// zlib stream of stored (uncompressed) deflate blocks with the Adler-32 trailer.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = end - start
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += data[start..<end]
            start = end
        } while start < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return out + be32(Int(b << 16 | a))
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func be32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
