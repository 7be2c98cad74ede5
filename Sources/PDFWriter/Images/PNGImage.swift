import Compression
import ImageFacts

/// Turns a checked PNG into an Image XObject. Non-interlaced grey, RGB and palette images
/// keep their compressed IDAT bytes: PDF's Flate filter with PNG predictors reads them as
/// they are. Alpha (types 4 and 6, palette tRNS) and interlacing need the pixels: the data
/// is inflated, unfiltered, de-interlaced, the alpha split into an /SMask, and the colour
/// re-deflated. Colour-key tRNS on grey/RGB becomes a /Mask range. The file's structure,
/// sizes and data were verified by `ImageFile.read`; nothing here trusts an unread header.
enum PNGImage {
    static func xObject(_ png: PNGFacts) throws -> ImageXObject {
        let colorSpace: ImageXObject.ColorSpace
        switch png.colorType {
        case .grey, .greyAlpha: colorSpace = .gray
        case .rgb, .rgba: colorSpace = .rgb
        case .palette: colorSpace = .indexed(palette: png.palette)
        }
        let hasAlphaChannel = png.colorType == .greyAlpha || png.colorType == .rgba
        let paletteAlpha = png.colorType == .palette ? png.transparency : nil

        if !png.interlaced && !hasAlphaChannel {
            var image = ImageXObject(
                width: png.width, height: png.height, colorSpace: colorSpace, bitsPerComponent: png.bitDepth,
                payload: png.imageData, isJPEG: false, pngPredictorColors: png.colorType.channels)
            if let transparency = png.transparency, png.colorType != .palette { image.colorKeyMask = colorKey(transparency, png) }
            if let paletteAlpha {
                let pixels = try decode(png)
                image.softMask = pixels.samples.map { Int($0) < paletteAlpha.count ? paletteAlpha[Int($0)] : 255 }
            }
            return image
        }

        // Decoded path: samples reduced to 8 bits (palette indices stay indices).
        let pixels = try decode(png)
        var image = ImageXObject(
            width: png.width, height: png.height, colorSpace: colorSpace, bitsPerComponent: 8,
            payload: Flate.compress(pixels.samples), isJPEG: false)
        if hasAlphaChannel { image.softMask = pixels.alpha }
        if let paletteAlpha {
            image.softMask = pixels.samples.map { Int($0) < paletteAlpha.count ? paletteAlpha[Int($0)] : 255 }
        }
        if let transparency = png.transparency, png.colorType == .grey || png.colorType == .rgb {
            // The key is in the original depth; samples are now 8-bit.
            image.colorKeyMask = colorKey(transparency, png).map { scaleTo8Bits($0, depth: png.bitDepth) }
        }
        return image
    }

    /// tRNS for grey/RGB holds one 16-bit sample per channel: the colour drawn transparent.
    private static func colorKey(_ transparency: [UInt8], _ png: PNGFacts) -> [Int] {
        var key: [Int] = []
        for channel in 0..<png.colorType.channels where channel * 2 + 1 < transparency.count {
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

    /// Inflates and unfilters the image (one pass, or seven Adam7 passes), writing each
    /// pixel's colour samples (8-bit; grey scaled up from 1/2/4 bits, palette indices kept)
    /// and alpha into full-size planes. The rows are unfiltered where they were inflated,
    /// so the decoded data is held once.
    private static func decode(_ png: PNGFacts) throws -> Pixels {
        let colorChannels = png.colorType.channels - (png.colorType == .greyAlpha || png.colorType == .rgba ? 1 : 0)
        let hasAlpha = png.colorType == .greyAlpha || png.colorType == .rgba
        let channels = png.colorType.channels
        // ImageFile.read inflated this stream to exactly decodedSize, within ImageLimits.
        guard var raw = Zlib.inflate(png.imageData, expectedSize: png.decodedSize), raw.count == png.decodedSize else {
            throw PDFError.unsupportedImage(reason: "corrupt PNG image data")
        }
        var samples = [UInt8](repeating: 0, count: png.width * png.height * colorChannels)
        var alpha = [UInt8](repeating: 255, count: hasAlpha ? png.width * png.height : 0)
        var offset = 0
        for pass in png.passes {
            let rowLength = pass.rowBytes + 1
            unfilter(&raw, from: offset, rowBytes: pass.rowBytes, rowCount: pass.height,
                     bytesPerPixel: max(1, png.bitsPerPixel / 8))
            defer { offset += pass.height * rowLength }
            if png.bitDepth == 8 {
                // The common case (photos, screenshots): bytes are samples, copy them straight.
                for row in 0..<pass.height {
                    let rowStart = offset + row * rowLength + 1
                    let rowPixel = (pass.y0 + row * pass.dy) * png.width + pass.x0
                    for column in 0..<pass.width {
                        let source = rowStart + column * channels
                        let pixel = rowPixel + column * pass.dx
                        for channel in 0..<colorChannels { samples[pixel * colorChannels + channel] = raw[source + channel] }
                        if hasAlpha { alpha[pixel] = raw[source + colorChannels] }
                    }
                }
                continue
            }
            for row in 0..<pass.height {
                let y = pass.y0 + row * pass.dy
                let rowStart = offset + row * rowLength + 1
                for column in 0..<pass.width {
                    let pixel = y * png.width + pass.x0 + column * pass.dx
                    for channel in 0..<channels {
                        let value = sample(raw, rowStart: rowStart, index: column * channels + channel, depth: png.bitDepth)
                        let byte = png.colorType == .palette ? UInt8(value) : UInt8(scaleTo8Bits(value, depth: png.bitDepth))
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

    /// Undoes the per-row filters (None, Sub, Up, Average, Paeth; PNG spec §9) in place:
    /// each row's bytes follow its filter byte, and the row above is already unfiltered.
    /// Filter types above Paeth were refused when the file was read.
    private static func unfilter(_ raw: inout [UInt8], from start: Int, rowBytes: Int, rowCount: Int, bytesPerPixel: Int) {
        let rowLength = rowBytes + 1
        for row in 0..<rowCount {
            let filter = raw[start + row * rowLength]
            let base = start + row * rowLength + 1
            let above = base - rowLength
            for i in 0..<rowBytes {
                let x = raw[base + i]
                let a = i >= bytesPerPixel ? raw[base + i - bytesPerPixel] : 0
                let b = row > 0 ? raw[above + i] : 0
                let c = row > 0 && i >= bytesPerPixel ? raw[above + i - bytesPerPixel] : 0
                switch filter {
                case 1: raw[base + i] = x &+ a
                case 2: raw[base + i] = x &+ b
                case 3: raw[base + i] = x &+ UInt8((Int(a) + Int(b)) / 2)
                case 4: raw[base + i] = x &+ paeth(a, b, c)
                default: break
                }
            }
        }
    }

    private static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
