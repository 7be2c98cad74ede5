import Compression

/// Writes a PNG from raw scanlines (filter type 0), compressed with zlib. Enough for the
/// images we generate (QR codes, covers); photographs come from the publication as files.
public enum PNGEncoder {
    /// `level` is zlib's (1–9): the smallest file by default; a large picture may trade some
    /// size for time (see `Canvas.png`).
    public static func encode(width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, rows: [[UInt8]],
                              level: Int32 = Zlib.bestCompression) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(rows.reduce(0) { $0 + $1.count + 1 })
        for row in rows {
            raw.append(0)
            raw.append(contentsOf: row)
        }
        return wrap(width: width, height: height, bitDepth: bitDepth, colorType: colorType, filtered: raw, level: level)
    }

    /// The same from scanlines already laid out as PNG compresses them: each row its filter
    /// type byte (0) and its pixels, rows end to end. A canvas keeps its pixels this way, so a
    /// cover of megabytes is compressed where it lies, never copied into rows first.
    public static func encode(width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, scanlines: [UInt8],
                              level: Int32 = Zlib.bestCompression) -> [UInt8] {
        wrap(width: width, height: height, bitDepth: bitDepth, colorType: colorType, filtered: scanlines, level: level)
    }

    private static func wrap(width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, filtered raw: [UInt8], level: Int32) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var ihdr: [UInt8] = []
        ihdr.appendBE32(UInt32(width))
        ihdr.appendBE32(UInt32(height))
        ihdr += [bitDepth, colorType, 0, 0, 0]
        png.appendChunk("IHDR", ihdr)
        png.appendChunk("IDAT", Zlib.compress(raw, level: level))
        png.appendChunk("IEND", [])
        return png
    }
}

extension Array where Element == UInt8 {
    mutating func appendBE32(_ v: UInt32) {
        append(contentsOf: [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)])
    }

    mutating func appendChunk(_ type: String, _ data: [UInt8]) {
        appendBE32(UInt32(data.count))
        let body = Array(type.utf8) + data
        append(contentsOf: body)
        appendBE32(Zlib.crc32(body))
    }
}
