import Foundation

/// Walks a JPEG (ITU T.81 Annex B) marker by marker up to its end-of-image marker: every
/// segment must fit in the file, a frame header must come before the first scan, and the
/// frame must be one PDF's DCTDecode and every viewer can draw.
enum JPEGReader {
    static func read(_ b: UnsafeRawBufferPointer) throws -> JPEGFacts {
        var position = 2
        var frame: JPEGFacts?
        var adobe = false, orientation = 1, scans = 0
        var density: PixelsPerMetre?
        while true {
            guard position + 2 <= b.count else { throw ImageProblem.truncated("JPEG ends after \(b.count) bytes, before its end-of-image marker") }
            guard b[position] == 0xFF else { throw ImageProblem.corrupt("JPEG is damaged: a marker was expected at byte \(position)") }
            let marker = b[position + 1]
            if marker == 0xFF { position += 1; continue }  // fill byte before a marker
            if marker == 0xD9 { break }  // end of image
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { position += 2; continue }  // no length
            guard marker != 0xD8, marker != 0x00 else { throw ImageProblem.corrupt("JPEG is damaged: misplaced marker at byte \(position)") }
            guard position + 4 <= b.count else { throw ImageProblem.truncated("JPEG ends inside a segment header") }
            let length = b.be16(position + 2)
            let segment = position + 4, end = position + 2 + length
            guard length >= 2 else { throw ImageProblem.corrupt("JPEG segment at byte \(position) has length \(length)") }
            guard end <= b.count else { throw ImageProblem.truncated("JPEG ends inside a segment (\(length) bytes announced at byte \(position))") }
            let body = UnsafeRawBufferPointer(rebasing: b[segment..<end])
            switch marker {
            case 0xC0...0xCF where ![0xC4, 0xC8, 0xCC].contains(marker):
                guard frame == nil else { throw ImageProblem.corrupt("JPEG has two frame headers") }
                var f = try JPEGReader.frame(marker: marker, body)
                f.hasAdobeMarker = adobe
                frame = f
            case 0xEE where body.count >= 5 && body.prefix(5).elementsEqual("Adobe".utf8):
                adobe = true
                frame?.hasAdobeMarker = true
            case 0xE0 where body.count >= 12 && body.prefix(5).elementsEqual("JFIF\0".utf8):
                density = JPEGReader.density(body)
            case 0xE1 where body.count >= 14 && body.prefix(6).elementsEqual("Exif\0\0".utf8):
                orientation = ExifOrientation.read(UnsafeRawBufferPointer(rebasing: body[6...])) ?? orientation
            case 0xDA:
                guard frame != nil else { throw ImageProblem.corrupt("JPEG has image data before its frame header") }
                scans += 1
                position = skipEntropyCodedData(b, from: end)
                continue
            default: break
            }
            position = end
        }
        guard var frame else { throw ImageProblem.corrupt("JPEG has no frame header (no size)") }
        guard scans > 0 else { throw ImageProblem.corrupt("JPEG has no image data (no scan)") }
        frame.orientation = orientation
        frame.pixelsPerMetre = density
        return frame
    }

    /// JFIF APP0: units (1 per inch, 2 per cm), then X and Y density; nil when unitless or 0.
    private static func density(_ d: UnsafeRawBufferPointer) -> PixelsPerMetre? {
        let units = d[7], x = Double(d.be16(8)), y = Double(d.be16(10))
        guard x > 0, y > 0 else { return nil }
        switch units {
        case 1: return PixelsPerMetre(x: Int((x / 0.0254).rounded()), y: Int((y / 0.0254).rounded()))
        case 2: return PixelsPerMetre(x: Int(x * 100), y: Int(y * 100))
        default: return nil
        }
    }

    /// SOF (Annex B.2.2): precision, size, components; only the processes PDF viewers decode.
    private static func frame(marker: UInt8, _ d: UnsafeRawBufferPointer) throws -> JPEGFacts {
        guard d.count >= 6 else { throw ImageProblem.corrupt("JPEG frame header is too short") }
        // SOF0 baseline, SOF1 extended sequential, SOF2 progressive, all Huffman-coded.
        guard marker <= 0xC2 else {
            throw ImageProblem("JPEG uses coding process SOF\(marker - 0xC0) (lossless, hierarchical or arithmetic), which PDF viewers do not decode",
                               hint: ImageProblem.convert)
        }
        let precision = Int(d[0]), height = d.be16(1), width = d.be16(3), components = Int(d[5])
        guard d.count == 6 + 3 * components else { throw ImageProblem.corrupt("JPEG frame header length does not match its \(components) components") }
        guard precision == 8 else { throw ImageProblem("JPEG has \(precision)-bit samples; PDF takes 8-bit JPEGs", hint: ImageProblem.convert) }
        guard [1, 3, 4].contains(components) else { throw ImageProblem("JPEG has \(components) colour components (1, 3 or 4 expected)", hint: ImageProblem.convert) }
        // A height of 0 defers the size to a DNL marker, which PDF's DCTDecode need not support.
        guard height > 0 else { throw ImageProblem("JPEG gives its height in a DNL marker", hint: ImageProblem.convert) }
        try ImageLimits.check(width: width, height: height, format: "JPEG")
        return JPEGFacts(width: width, height: height, components: components, hasAdobeMarker: false, orientation: 1)
    }

    /// The offset of the marker that ends a scan's entropy-coded data: the first 0xFF not
    /// followed by a stuffed 0x00, a restart marker or another 0xFF (fill). Returns the end
    /// of the file when no marker follows, which the caller reports as cut short.
    private static func skipEntropyCodedData(_ b: UnsafeRawBufferPointer, from start: Int) -> Int {
        var position = start
        guard let base = b.baseAddress else { return b.count }
        while position < b.count {
            guard let hit = memchr(base + position, 0xFF, b.count - position) else { return b.count }
            let at = base.distance(to: UnsafeRawPointer(hit))
            guard at + 1 < b.count else { return b.count }
            let next = b[at + 1]
            if next == 0x00 || (0xD0...0xD7).contains(next) { position = at + 2; continue }
            if next == 0xFF { position = at + 1; continue }
            return at
        }
        return b.count
    }
}
