import Compression

/// Walks a PNG chunk by chunk, checking each CRC, the header against the spec and
/// `ImageLimits`, the order of the chunks, and the image data by inflating it as it goes.
enum PNGReader {
    /// Longest chunk the spec allows (§5.3): 2³¹−1 bytes.
    private static let maxChunkLength = 0x7FFF_FFFF

    static func read(_ b: UnsafeRawBufferPointer) throws -> PNGFacts {
        var facts: PNGFacts?
        var rows: PNGRowCheck?
        var position = 8
        var idatSeen = false, idatEnded = false
        while true {
            guard position + 12 <= b.count else {
                throw ImageProblem.truncated("PNG ends after \(b.count) bytes, before its IEND chunk")
            }
            let length = b.be32(position)
            let typeBytes = b[(position + 4)..<(position + 8)]
            guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
                throw ImageProblem.corrupt("PNG has a damaged chunk header at byte \(position)")
            }
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard length <= maxChunkLength else { throw ImageProblem.corrupt("PNG chunk \(type) claims \(length) bytes") }
            let body = position + 8, end = body + length
            guard end + 4 <= b.count else {
                throw ImageProblem.truncated("PNG ends inside its \(type) chunk (\(length) bytes announced, \(max(0, b.count - body - 4)) present)")
            }
            let data = UnsafeRawBufferPointer(rebasing: b[body..<end])
            let crc = Zlib.crc32(UnsafeRawBufferPointer(rebasing: b[(position + 4)..<end]))
            guard crc == UInt32(b.be32(end)) else {
                throw ImageProblem.corrupt("PNG chunk \(type) at byte \(position) is corrupt: its CRC does not match")
            }
            guard type == "IHDR" || facts != nil else { throw ImageProblem.corrupt("PNG does not start with its IHDR chunk") }
            if idatSeen, type != "IDAT" { idatEnded = true }
            switch type {
            case "IHDR":
                guard facts == nil else { throw ImageProblem.corrupt("PNG has two IHDR chunks") }
                let header = try PNGReader.header(data)
                facts = header
                rows = PNGRowCheck(header)
            case "PLTE":
                guard !idatSeen else { throw ImageProblem.corrupt("PNG palette (PLTE) comes after the image data") }
                try checkPalette(data, facts!)
                facts!.palette = Array(data)
            case "tRNS":
                guard !idatSeen else { throw ImageProblem.corrupt("PNG transparency (tRNS) comes after the image data") }
                try checkTransparency(data, facts!)
                facts!.transparency = Array(data)
            case "pHYs":
                guard length == 9 else { throw ImageProblem.corrupt("PNG pHYs chunk has \(length) bytes instead of 9") }
                if data[8] == 1 { facts!.pixelsPerMetre = PixelsPerMetre(x: data.be32(0), y: data.be32(4)) }
            case "IDAT":
                guard !idatEnded else { throw ImageProblem.corrupt("PNG image data (IDAT) is split by other chunks") }
                if !idatSeen, facts!.colorType == .palette, facts!.palette.isEmpty {
                    throw ImageProblem.corrupt("palette PNG has no palette (PLTE) before its image data")
                }
                idatSeen = true
                try rows!.consume(data)
                facts!.imageData.append(contentsOf: data)
            case "IEND":
                guard idatSeen else { throw ImageProblem.corrupt("PNG has no image data (IDAT)") }
                try rows!.finish()
                return facts!
            default:
                // Bit 5 of the first letter: lower case = ancillary, safe to ignore (§5.4).
                guard typeBytes.first! & 0x20 != 0 else {
                    throw ImageProblem("PNG has a critical chunk \(type) that no PNG reader knows", hint: ImageProblem.reexport)
                }
            }
            position = end + 4
        }
    }

    /// IHDR (§11.2.2), checked against the spec and then the limits before anything is sized.
    private static func header(_ d: UnsafeRawBufferPointer) throws -> PNGFacts {
        guard d.count == 13 else { throw ImageProblem.corrupt("PNG header (IHDR) has \(d.count) bytes instead of 13") }
        let width = d.be32(0), height = d.be32(4), depth = Int(d[8])
        guard let colorType = PNGFacts.ColorType(rawValue: Int(d[9])), colorType.allowedBitDepths.contains(depth) else {
            throw ImageProblem("PNG colour type \(d[9]) with bit depth \(depth) is not a valid combination", hint: ImageProblem.reexport)
        }
        guard d[10] == 0, d[11] == 0 else { throw ImageProblem.corrupt("PNG uses an unknown compression or filter method") }
        guard d[12] <= 1 else { throw ImageProblem.corrupt("PNG uses an unknown interlace method \(d[12])") }
        try ImageLimits.check(width: width, height: height, format: "PNG")
        let facts = PNGFacts(width: width, height: height, bitDepth: depth, colorType: colorType, interlaced: d[12] == 1)
        // Within the side and pixel limits no product below overflows; the byte limit is its own.
        guard facts.decodedSize <= ImageLimits.maxDecodedBytes else {
            throw ImageProblem("PNG decodes to \(facts.decodedSize / (1024 * 1024)) MB (\(width) × \(height) at \(facts.bitsPerPixel) bits a pixel); the limit is \(ImageLimits.maxDecodedBytes / (1024 * 1024)) MB",
                               hint: ImageProblem.scaleDown)
        }
        return facts
    }

    private static func checkPalette(_ d: UnsafeRawBufferPointer, _ facts: PNGFacts) throws {
        let entries = d.count / 3
        guard d.count % 3 == 0, entries >= 1, entries <= 256 else {
            throw ImageProblem.corrupt("PNG palette (PLTE) has \(d.count) bytes, not 1 to 256 RGB entries")
        }
        guard facts.colorType != .grey, facts.colorType != .greyAlpha else {
            throw ImageProblem.corrupt("grey PNG has a palette (PLTE), which the spec forbids")
        }
        if facts.colorType == .palette, entries > 1 << facts.bitDepth {
            throw ImageProblem.corrupt("PNG palette has \(entries) entries, more than \(facts.bitDepth)-bit indices reach")
        }
    }

    private static func checkTransparency(_ d: UnsafeRawBufferPointer, _ facts: PNGFacts) throws {
        switch facts.colorType {
        case .grey where d.count == 2, .rgb where d.count == 6: return
        case .palette:
            guard !facts.palette.isEmpty else { throw ImageProblem.corrupt("PNG transparency (tRNS) comes before its palette") }
            guard d.count <= facts.palette.count / 3 else {
                throw ImageProblem.corrupt("PNG transparency (tRNS) has more entries than the palette")
            }
        case .greyAlpha, .rgba:
            throw ImageProblem.corrupt("PNG with an alpha channel also has a transparency (tRNS) chunk")
        default:
            throw ImageProblem.corrupt("PNG transparency (tRNS) has \(d.count) bytes, wrong for its colour type")
        }
    }
}
