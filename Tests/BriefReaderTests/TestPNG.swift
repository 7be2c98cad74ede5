import Compression

/// PNG files built byte by byte, so a test can write any header, chunk or data, hostile
/// ones included, with correct CRCs unless it breaks them on purpose.
enum TestPNG {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func be32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(UInt32(data.count)) + body + be32(Zlib.crc32(body))
    }

    static func header(width: UInt32, height: UInt32, bitDepth: UInt8 = 8, colorType: UInt8 = 2, interlaced: Bool = false) -> [UInt8] {
        chunk("IHDR", be32(width) + be32(height) + [bitDepth, colorType, 0, 0, interlaced ? 1 : 0])
    }

    /// A whole file: signature, IHDR, the `extra` chunks, one IDAT holding `rows` (each
    /// already prefixed with its filter byte) compressed, IEND.
    static func file(width: UInt32, height: UInt32, bitDepth: UInt8 = 8, colorType: UInt8 = 2,
                     extra: [UInt8] = [], rows: [UInt8]) -> [UInt8] {
        signature + header(width: width, height: height, bitDepth: bitDepth, colorType: colorType) + extra
            + chunk("IDAT", Zlib.compress(rows, level: Zlib.bestCompression)) + chunk("IEND", [])
    }

    /// An 8-bit RGB image of `width` × `height`, every row filter 0 and every pixel grey.
    static func rgb(width: Int, height: Int, extra: [UInt8] = []) -> [UInt8] {
        let row = [0] + [UInt8](repeating: 0x80, count: width * 3)
        return file(width: UInt32(width), height: UInt32(height), extra: extra, rows: Array([[UInt8]](repeating: row, count: height).joined()))
    }
}
