import CZlib

/// The one wrapper around zlib that every format we write goes through: PNG (IDAT, chunk
/// CRCs), EPUB's ZIP container (raw deflate, entry CRCs) and PDF's FlateDecode streams.
/// Output depends only on the input, the level and zlib's version, so builds stay reproducible.
public enum Zlib {
    /// zlib's own best-compression level, for callers that have no reason to trade size for speed.
    public static let bestCompression: Int32 = Z_BEST_COMPRESSION

    /// Window and memory settings for raw deflate, fixed so the bytes never depend on zlib's
    /// defaults: a 32 KiB window (windowBits 15, negated for "no header") and memLevel 8.
    private static let rawWindowBits: Int32 = -15
    private static let memoryLevel: Int32 = 8
    /// Inflate output grows in steps of this size when the caller cannot say how big it is.
    private static let inflateChunk = 1 << 16

    /// A zlib stream (RFC 1950: header, deflate data, Adler-32), as PNG and PDF store it.
    public static func compress(_ data: [UInt8], level: Int32) -> [UInt8] {
        var bound = compressBound(uLong(data.count))
        var status = Z_OK
        // Uninitialised: zlib writes what it returns, and zero-filling the whole bound (the
        // size of the input) cost a megabyte cover as much as compressing it.
        let out = [UInt8](unsafeUninitializedCapacity: Int(bound)) { destination, written in
            status = data.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &bound, source.baseAddress, uLong(data.count), level)
            }
            written = status == Z_OK ? Int(bound) : 0
        }
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        return out
    }

    /// Raw deflate (RFC 1951: no header or checksum), as ZIP entries store it.
    public static func deflateRaw(_ data: [UInt8], level: Int32) -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, level, Z_DEFLATED, rawWindowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed with \(status)")
        defer { deflateEnd(&stream) }
        // deflateBound covers the whole output for a single Z_FINISH call; the slack is zlib's advice.
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        var input = data
        status = input.withUnsafeMutableBufferPointer { source in
            out.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "zlib deflate failed with \(status)")
        out.removeLast(out.count - Int(stream.total_out))
        return out
    }

    /// Inflates a zlib stream (PNG IDAT data); nil if it is corrupt or truncated.
    public static func inflate(_ data: [UInt8], expectedSize: Int = 0) -> [UInt8]? {
        inflate(data, windowBits: 15, expectedSize: expectedSize)
    }

    /// Inflates raw deflate data (a ZIP entry); nil if it is corrupt or truncated.
    public static func inflateRaw(_ data: [UInt8], expectedSize: Int = 0) -> [UInt8]? {
        inflate(data, windowBits: rawWindowBits, expectedSize: expectedSize)
    }

    /// CRC-32 (ISO 3309, as PNG and ZIP use it); pass a previous result as `start` to continue it.
    public static func crc32(_ data: [UInt8], start: UInt32 = 0) -> UInt32 {
        data.withUnsafeBytes { crc32($0, start: start) }
    }

    /// CRC-32 of bytes in place (a chunk inside a file being checked), without copying them.
    public static func crc32(_ bytes: UnsafeRawBufferPointer, start: UInt32 = 0) -> UInt32 {
        let pointer = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self)
        return UInt32(CZlib.crc32(uLong(start), pointer, uInt(bytes.count)))
    }

    /// Inflation of unknown output size: feed all input once and drain the output a chunk at a
    /// time until zlib reports the end of the stream. Anything short of Z_STREAM_END (bad
    /// data, or input that ends early) is a corrupt stream.
    private static func inflate(_ data: [UInt8], windowBits: Int32, expectedSize: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(max(expectedSize, data.count * 2))
        var chunk = [UInt8](repeating: 0, count: inflateChunk)
        var input = data
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        return status == Z_STREAM_END ? output : nil
    }
}
