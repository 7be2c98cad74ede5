/// Reads a JPEG's frame header so the file can be embedded unchanged with /DCTDecode:
/// size and component count from the SOF marker, and Adobe's APP14 marker, whose CMYK
/// files store inverted samples.
enum JPEGImage {
    static func xObject(_ data: [UInt8]) throws -> ImageXObject {
        guard data.count > 4, data[0] == 0xFF, data[1] == 0xD8 else { throw PDFError.unsupportedImage(reason: "not a JPEG") }
        var position = 2
        var isAdobe = false
        while position + 4 <= data.count {
            guard data[position] == 0xFF else { throw PDFError.unsupportedImage(reason: "JPEG marker expected at byte \(position)") }
            let marker = data[position + 1]
            if marker == 0xFF { position += 1; continue }             // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { position += 2; continue }  // no length
            let length = Int(data[position + 2]) << 8 | Int(data[position + 3])
            let segment = position + 4
            guard length >= 2, segment + length - 2 <= data.count else { throw PDFError.unsupportedImage(reason: "truncated JPEG") }
            if marker == 0xEE, length >= 7, Array(data[segment..<segment + 5]) == Array("Adobe".utf8) { isAdobe = true }
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
                return ImageXObject(
                    width: width, height: height, colorSpace: colorSpace, bitsPerComponent: 8, payload: data,
                    isJPEG: true, invertedCMYK: isAdobe && components == 4)
            }
            if marker == 0xDA { break }   // scan data starts; no frame header before it
            position = segment + length - 2
        }
        throw PDFError.unsupportedImage(reason: "JPEG without a frame header")
    }
}
