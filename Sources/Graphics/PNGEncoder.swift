import CZlib

/// Writes a PNG from raw scanlines (filter type 0), compressed with zlib. Enough for the
/// images we generate (QR codes); photographs come from the publication as files.
public enum PNGEncoder {
    public static func encode(width: Int, height: Int, bitDepth: UInt8, colorType: UInt8, rows: [[UInt8]]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(rows.reduce(0) { $0 + $1.count + 1 })
        for row in rows {
            raw.append(0)
            raw.append(contentsOf: row)
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var ihdr: [UInt8] = []
        ihdr.appendBE32(UInt32(width))
        ihdr.appendBE32(UInt32(height))
        ihdr += [bitDepth, colorType, 0, 0, 0]
        png.appendChunk("IHDR", ihdr)
        png.appendChunk("IDAT", Zlib.compress(raw))
        png.appendChunk("IEND", [])
        return png
    }
}

/// zlib's `compress2` and `crc32`, the two calls every format we write needs.
public enum Zlib {
    /// zlib-wrapped deflate at level 9; the bytes depend only on the input and zlib's version.
    public static func compress(_ data: [UInt8], level: Int32 = 9) -> [UInt8] {
        var bound = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(bound))
        let status = data.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                compress2(dst.baseAddress, &bound, src.baseAddress, uLong(data.count), level)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        out.removeLast(out.count - Int(bound))
        return out
    }

    /// Raw deflate (no zlib header or checksum), as ZIP entries store it.
    public static func deflateRaw(_ data: [UInt8], level: Int32 = 9) -> [UInt8] {
        var stream = z_stream()
        // windowBits -15: raw deflate; memLevel 8 and the default strategy, fixed so bytes are stable.
        var status = deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed with \(status)")
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        var input = data
        status = input.withUnsafeMutableBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                stream.next_in = src.baseAddress
                stream.avail_in = uInt(src.count)
                stream.next_out = dst.baseAddress
                stream.avail_out = uInt(dst.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "zlib deflate failed with \(status)")
        out.removeLast(out.count - Int(stream.total_out))
        return out
    }

    public static func crc32(_ data: [UInt8], start: UInt32 = 0) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(CZlib.crc32(uLong(start), $0.baseAddress, uInt($0.count))) }
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
