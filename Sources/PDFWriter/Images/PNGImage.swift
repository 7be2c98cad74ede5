import Compression

/// Turns a PNG into an Image XObject (PNG spec, W3C 2003). Non-interlaced grey, RGB and
/// palette images keep their compressed IDAT bytes: PDF's Flate filter with PNG predictors
/// reads them as they are. Alpha (types 4 and 6, palette tRNS) and interlacing need the
/// pixels: the data is inflated, unfiltered, de-interlaced, the alpha split into an /SMask,
/// and the colour re-deflated. Colour-key tRNS on grey/RGB becomes a /Mask range.
enum PNGImage {
    private struct Header {
        var width = 0, height = 0, bitDepth = 0, colorType = 0, interlaced = false
        var channels: Int {
            switch colorType { case 2: return 3; case 4: return 2; case 6: return 4; default: return 1 }
        }
        var bitsPerPixel: Int { channels * bitDepth }
    }

    static func xObject(_ data: [UInt8]) throws -> ImageXObject {
        guard data.count > 8, Array(data[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw PDFError.unsupportedImage(reason: "not a PNG")
        }
        var header = Header()
        var palette: [UInt8] = []
        var transparency: [UInt8]?
        var compressed: [UInt8] = []
        var position = 8
        while position + 8 <= data.count {
            let length = Int(data[position]) << 24 | Int(data[position + 1]) << 16 | Int(data[position + 2]) << 8 | Int(data[position + 3])
            let type = String(decoding: data[position + 4..<position + 8], as: UTF8.self)
            let body = position + 8
            guard length >= 0, body + length + 4 <= data.count else { throw PDFError.unsupportedImage(reason: "truncated PNG chunk \(type)") }
            let chunk = data[body..<body + length]
            switch type {
            case "IHDR":
                guard length >= 13 else { throw PDFError.unsupportedImage(reason: "short IHDR") }
                let c = Array(chunk)
                header.width = Int(c[0]) << 24 | Int(c[1]) << 16 | Int(c[2]) << 8 | Int(c[3])
                header.height = Int(c[4]) << 24 | Int(c[5]) << 16 | Int(c[6]) << 8 | Int(c[7])
                header.bitDepth = Int(c[8])
                header.colorType = Int(c[9])
                header.interlaced = c[12] == 1
            case "PLTE": palette = Array(chunk)
            case "tRNS": transparency = Array(chunk)
            case "IDAT": compressed.append(contentsOf: chunk)
            case "IEND": position = data.count
            default: break
            }
            position = body + length + 4
        }
        try validate(header, palette: palette)
        guard !compressed.isEmpty else { throw PDFError.unsupportedImage(reason: "PNG without image data") }

        let colorSpace: ImageXObject.ColorSpace
        switch header.colorType {
        case 0, 4: colorSpace = .gray
        case 2, 6: colorSpace = .rgb
        default: colorSpace = .indexed(palette: palette)
        }
        let hasAlphaChannel = header.colorType == 4 || header.colorType == 6
        let paletteAlpha = header.colorType == 3 ? transparency : nil

        if !header.interlaced && !hasAlphaChannel {
            try verifyPassThrough(compressed, header: header)
            var image = ImageXObject(
                width: header.width, height: header.height, colorSpace: colorSpace, bitsPerComponent: header.bitDepth,
                payload: compressed, isJPEG: false, pngPredictorColors: header.channels)
            if let transparency, header.colorType != 3 { image.colorKeyMask = colorKey(transparency, header: header) }
            if let paletteAlpha {
                let pixels = try decode(compressed, header: header)
                image.softMask = pixels.samples.map { Int($0) < paletteAlpha.count ? paletteAlpha[Int($0)] : 255 }
            }
            return image
        }

        // Decoded path: samples reduced to 8 bits (palette indices stay indices).
        let pixels = try decode(compressed, header: header)
        var image = ImageXObject(
            width: header.width, height: header.height, colorSpace: colorSpace, bitsPerComponent: 8,
            payload: Flate.compress(pixels.samples), isJPEG: false)
        if hasAlphaChannel { image.softMask = pixels.alpha }
        if let paletteAlpha {
            image.softMask = pixels.samples.map { Int($0) < paletteAlpha.count ? paletteAlpha[Int($0)] : 255 }
        }
        if let transparency, header.colorType == 0 || header.colorType == 2 {
            // The key is in the original depth; samples are now 8-bit.
            image.colorKeyMask = colorKey(transparency, header: header).map { scaleTo8Bits($0, depth: header.bitDepth) }
        }
        return image
    }

    private static func validate(_ header: Header, palette: [UInt8]) throws {
        guard header.width > 0, header.height > 0 else { throw PDFError.unsupportedImage(reason: "PNG without IHDR size") }
        let allowed: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard let depths = allowed[header.colorType], depths.contains(header.bitDepth) else {
            throw PDFError.unsupportedImage(reason: "PNG colour type \(header.colorType) with bit depth \(header.bitDepth)")
        }
        if header.colorType == 3 && (palette.isEmpty || palette.count % 3 != 0) {
            throw PDFError.unsupportedImage(reason: "palette PNG without a valid PLTE")
        }
    }

    /// The pass-through path copies the compressed rows into the PDF as they are, so
    /// nothing else would look at them: a file with a valid header and corrupt data would
    /// make a PDF whose image no viewer can draw. Inflating once and checking the row count
    /// and each row's filter byte (PNG spec §9) refuses such a file as the decoded path does.
    private static func verifyPassThrough(_ compressed: [UInt8], header: Header) throws {
        let rowBytes = (header.width * header.bitsPerPixel + 7) / 8
        let size = header.height * (rowBytes + 1)
        guard let raw = Zlib.inflate(compressed, expectedSize: size) else {
            throw PDFError.unsupportedImage(reason: "corrupt PNG image data")
        }
        guard raw.count >= size else { throw PDFError.unsupportedImage(reason: "PNG image data too short") }
        for row in 0..<header.height where raw[row * (rowBytes + 1)] > highestRowFilter {
            throw PDFError.unsupportedImage(reason: "PNG row filter \(raw[row * (rowBytes + 1)])")
        }
    }

    /// Paeth, the last of the five row filters (None, Sub, Up, Average, Paeth).
    private static let highestRowFilter: UInt8 = 4

    /// tRNS for grey/RGB holds one 16-bit sample per channel: the colour drawn transparent.
    private static func colorKey(_ transparency: [UInt8], header: Header) -> [Int] {
        var key: [Int] = []
        for channel in 0..<header.channels where channel * 2 + 1 < transparency.count {
            let value = Int(transparency[channel * 2]) << 8 | Int(transparency[channel * 2 + 1])
            key += [value, value]
        }
        return key
    }

    private static func scaleTo8Bits(_ value: Int, depth: Int) -> Int {
        switch depth {
        case 16: return value >> 8
        case 8: return value
        default: return value * 255 / ((1 << depth) - 1)
        }
    }

    private struct Pixels { var samples: [UInt8]; var alpha: [UInt8] }

    /// Adam7 passes: x start, y start, x step, y step.
    private static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    /// Inflates and unfilters the image (one pass, or seven Adam7 passes), writing each
    /// pixel's colour samples (8-bit; grey scaled up from 1/2/4 bits, palette indices kept)
    /// and alpha into full-size planes.
    private static func decode(_ compressed: [UInt8], header: Header) throws -> Pixels {
        let colorChannels = header.colorType == 2 || header.colorType == 6 ? 3 : 1
        let hasAlpha = header.colorType == 4 || header.colorType == 6
        guard let raw = Zlib.inflate(compressed) else { throw PDFError.unsupportedImage(reason: "corrupt PNG image data") }
        var samples = [UInt8](repeating: 0, count: header.width * header.height * colorChannels)
        var alpha = [UInt8](repeating: 255, count: hasAlpha ? header.width * header.height : 0)
        let passes = header.interlaced ? adam7 : [(0, 0, 1, 1)]
        var offset = 0
        for (x0, y0, dx, dy) in passes {
            let passWidth = (header.width - x0 + dx - 1) / dx
            let passHeight = (header.height - y0 + dy - 1) / dy
            if passWidth <= 0 || passHeight <= 0 { continue }
            let rowBytes = (passWidth * header.bitsPerPixel + 7) / 8
            let rows = try unfilter(raw, from: offset, rowBytes: rowBytes, rowCount: passHeight,
                                    bytesPerPixel: max(1, header.bitsPerPixel / 8))
            offset += passHeight * (rowBytes + 1)
            if header.bitDepth == 8 {
                // The common case (photos, screenshots): bytes are samples, copy them straight.
                let channels = header.channels
                for row in 0..<passHeight {
                    let rowStart = row * rowBytes
                    let rowPixel = (y0 + row * dy) * header.width + x0
                    for column in 0..<passWidth {
                        let source = rowStart + column * channels
                        let pixel = rowPixel + column * dx
                        for channel in 0..<colorChannels { samples[pixel * colorChannels + channel] = rows[source + channel] }
                        if hasAlpha { alpha[pixel] = rows[source + colorChannels] }
                    }
                }
                continue
            }
            for row in 0..<passHeight {
                let y = y0 + row * dy
                let rowStart = row * rowBytes
                for column in 0..<passWidth {
                    let pixel = (y * header.width + x0 + column * dx)
                    for channel in 0..<header.channels {
                        let value = sample(rows, rowStart: rowStart, index: column * header.channels + channel, depth: header.bitDepth)
                        let byte: UInt8
                        if header.colorType == 3 { byte = UInt8(value) } else { byte = UInt8(scaleTo8Bits(value, depth: header.bitDepth)) }
                        if channel < colorChannels {
                            samples[pixel * colorChannels + channel] = byte
                        } else {
                            alpha[pixel] = byte
                        }
                    }
                }
            }
        }
        return Pixels(samples: samples, alpha: alpha)
    }

    private static func sample(_ rows: [UInt8], rowStart: Int, index: Int, depth: Int) -> Int {
        switch depth {
        case 8: return Int(rows[rowStart + index])
        case 16: return Int(rows[rowStart + index * 2]) << 8 | Int(rows[rowStart + index * 2 + 1])
        default:
            let bit = index * depth
            let byte = rows[rowStart + bit / 8]
            let shift = 8 - depth - bit % 8
            return Int(byte >> UInt8(shift)) & ((1 << depth) - 1)
        }
    }

    /// Undoes the per-row filters (None, Sub, Up, Average, Paeth; PNG spec §9).
    private static func unfilter(_ raw: [UInt8], from start: Int, rowBytes: Int, rowCount: Int, bytesPerPixel: Int) throws -> [UInt8] {
        guard start + rowCount * (rowBytes + 1) <= raw.count else { throw PDFError.unsupportedImage(reason: "PNG image data too short") }
        var out = [UInt8](repeating: 0, count: rowBytes * rowCount)
        for row in 0..<rowCount {
            let filter = raw[start + row * (rowBytes + 1)]
            let source = start + row * (rowBytes + 1) + 1
            let base = row * rowBytes
            for i in 0..<rowBytes {
                let x = raw[source + i]
                let a = i >= bytesPerPixel ? out[base + i - bytesPerPixel] : 0
                let b = row > 0 ? out[base - rowBytes + i] : 0
                let c = row > 0 && i >= bytesPerPixel ? out[base - rowBytes + i - bytesPerPixel] : 0
                let value: UInt8
                switch filter {
                case 0: value = x
                case 1: value = x &+ a
                case 2: value = x &+ b
                case 3: value = x &+ UInt8((Int(a) + Int(b)) / 2)
                case 4: value = x &+ paeth(a, b, c)
                default: throw PDFError.unsupportedImage(reason: "PNG row filter \(filter)")
                }
                out[base + i] = value
            }
        }
        return out
    }

    private static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
