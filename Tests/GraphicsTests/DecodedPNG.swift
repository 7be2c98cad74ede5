import Compression
import Foundation

/// A PNG read back chunk by chunk (PNG spec, W3C 2003, §5 and §11): signature, every chunk's
/// CRC, IHDR, the IDAT data inflated and each scanline unpacked. Only what QRCode.png writes
/// is decoded into pixels (1-bit greyscale, filter type 0); anything else is reported.
struct DecodedPNG {
    struct Invalid: Error, CustomStringConvertible { var description: String }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    var chunkTypes: [String] = []
    var width = 0, height = 0, bitDepth: UInt8 = 0, colorType: UInt8 = 0, interlace: UInt8 = 0
    /// Row-major, `true` = white (1-bit greyscale stores 1 for white).
    var white: [Bool] = []

    init(_ bytes: [UInt8]) throws {
        guard bytes.starts(with: Self.signature) else { throw Invalid(description: "no PNG signature") }
        var position = Self.signature.count
        var idat: [UInt8] = []
        func be32(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        while position + 12 <= bytes.count {
            let length = Int(be32(position))
            guard position + 12 + length <= bytes.count else { throw Invalid(description: "a chunk runs past the end") }
            let body = Array(bytes[position + 4..<position + 8 + length])
            let type = String(decoding: body[0..<4], as: UTF8.self)
            let stored = be32(position + 8 + length), computed = Zlib.crc32(body)
            guard stored == computed else {
                throw Invalid(description: "\(type) CRC: stored \(String(stored, radix: 16)), computed \(String(computed, radix: 16))")
            }
            chunkTypes.append(type)
            let data = Array(body[4...])
            if type == "IHDR" {
                guard data.count == 13 else { throw Invalid(description: "IHDR is \(data.count) bytes, not 13") }
                width = Int(be32(position + 8)); height = Int(be32(position + 12))
                bitDepth = data[8]; colorType = data[9]; interlace = data[12]
            } else if type == "IDAT" {
                idat += data
            }
            position += 12 + length
        }
        guard position == bytes.count else { throw Invalid(description: "\(bytes.count - position) stray bytes after the last chunk") }
        guard bitDepth == 1, colorType == 0, interlace == 0 else {
            throw Invalid(description: "only 1-bit non-interlaced greyscale is decoded here, found depth \(bitDepth) type \(colorType)")
        }
        guard let raw = Zlib.inflate(idat) else { throw Invalid(description: "IDAT does not inflate") }
        let stride = (width + 7) / 8
        guard raw.count == height * (stride + 1) else {
            throw Invalid(description: "IDAT holds \(raw.count) bytes, expected \(height) rows of \(stride + 1)")
        }
        for row in 0..<height {
            let start = row * (stride + 1)
            guard raw[start] == 0 else { throw Invalid(description: "row \(row) uses filter \(raw[start]), expected 0") }
            for x in 0..<width { white.append(raw[start + 1 + x / 8] & (0x80 >> UInt8(x % 8)) != 0) }
        }
    }
}
