import CZlib

/// zlib (RFC 1950) compression for PDF's FlateDecode streams and decompression for PNG data.
/// PDFWriter depends only on HarfBuzz and zlib, so it carries these two calls itself.
enum Flate {
    /// Level 6 is zlib's default: within 1% of level 9 on CFF and content streams and
    /// markedly faster on 400 KB font programs. One level, so bytes are reproducible.
    static let compressionLevel: Int32 = 6

    static func compress(_ data: [UInt8]) -> [UInt8] {
        var bound = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(bound))
        let status = data.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { destination in
                compress2(destination.baseAddress, &bound, source.baseAddress, uLong(data.count), compressionLevel)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with \(status)")
        out.removeLast(out.count - Int(bound))
        return out
    }

    /// Inflates a zlib stream of unknown decompressed size; nil if the data is corrupt.
    static func decompress(_ data: [UInt8], expectedSize: Int = 0) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(max(expectedSize, data.count * 2))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = data
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        return status == Z_STREAM_END ? output : nil
    }
}
