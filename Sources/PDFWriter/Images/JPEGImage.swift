/// Reads a JPEG's frame header so the file can be embedded unchanged with /DCTDecode:
/// size and component count from the SOF marker, Adobe's APP14 marker (whose CMYK files
/// store inverted samples) and the Exif orientation (PDF ignores it, so drawing rotates).
enum JPEGImage {
    static func xObject(_ data: [UInt8]) throws -> ImageXObject {
        guard data.count > 4, data[0] == 0xFF, data[1] == 0xD8 else { throw PDFError.unsupportedImage(reason: "not a JPEG") }
        var position = 2
        var isAdobe = false
        var orientation = ImageOrientation.up
        while position + 4 <= data.count {
            guard data[position] == 0xFF else { throw PDFError.unsupportedImage(reason: "JPEG marker expected at byte \(position)") }
            let marker = data[position + 1]
            if marker == 0xFF { position += 1; continue }             // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { position += 2; continue }  // no length
            let length = Int(data[position + 2]) << 8 | Int(data[position + 3])
            let segment = position + 4
            guard length >= 2, segment + length - 2 <= data.count else { throw PDFError.unsupportedImage(reason: "truncated JPEG") }
            if marker == 0xEE, length >= 7, Array(data[segment..<segment + 5]) == Array("Adobe".utf8) { isAdobe = true }
            if marker == 0xE1, length >= 16, Array(data[segment..<segment + 6]) == Array("Exif\0\0".utf8) {
                orientation = exifOrientation(data[(segment + 6)..<(segment + length - 2)]) ?? orientation
            }
            // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 8 else { throw PDFError.unsupportedImage(reason: "truncated JPEG frame header") }
                let precision = Int(data[segment])
                let height = Int(data[segment + 1]) << 8 | Int(data[segment + 2])
                let width = Int(data[segment + 3]) << 8 | Int(data[segment + 4])
                let components = Int(data[segment + 5])
                guard precision == 8 else { throw PDFError.unsupportedImage(reason: "\(precision)-bit JPEG (PDF's DCTDecode takes 8-bit)") }
                guard width > 0, height > 0 else { throw PDFError.unsupportedImage(reason: "JPEG without dimensions") }
                let colorSpace: ImageXObject.ColorSpace
                switch components {
                case 1: colorSpace = .gray
                case 3: colorSpace = .rgb
                case 4: colorSpace = .cmyk
                default: throw PDFError.unsupportedImage(reason: "JPEG with \(components) components")
                }
                var image = ImageXObject(
                    width: width, height: height, colorSpace: colorSpace, bitsPerComponent: 8, payload: data,
                    isJPEG: true, invertedCMYK: isAdobe && components == 4)
                image.orientation = orientation
                return image
            }
            if marker == 0xDA { break }   // scan data starts; no frame header before it
            position = segment + length - 2
        }
        throw PDFError.unsupportedImage(reason: "JPEG without a frame header")
    }

    /// The Orientation tag (0x0112) of IFD0 in an Exif TIFF block, either byte order.
    private static func exifOrientation(_ tiff: ArraySlice<UInt8>) -> ImageOrientation? {
        let bytes = Array(tiff)
        guard bytes.count >= 8 else { return nil }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0x4D, 0x4D): bigEndian = true
        case (0x49, 0x49): bigEndian = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at + 2 <= bytes.count else { return nil }
            return bigEndian ? Int(bytes[at]) << 8 | Int(bytes[at + 1]) : Int(bytes[at + 1]) << 8 | Int(bytes[at])
        }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(bigEndian ? at : at + 2), let low = u16(bigEndian ? at + 2 : at) else { return nil }
            return high << 16 | low
        }
        guard let ifd = u32(4), let count = u16(ifd) else { return nil }
        for entry in 0..<count {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112, let value = u16(at + 8) { return ImageOrientation(rawValue: value) }
        }
        return nil
    }
}
