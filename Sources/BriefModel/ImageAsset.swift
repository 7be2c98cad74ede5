import Foundation

/// An image file of the publication, already checked by the reader: it exists, lies inside
/// the publication folder, and is a PNG or JPEG whose pixel size is known.
public struct ImageAsset: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable {
        case png, jpeg
        public var mediaType: String { self == .png ? "image/png" : "image/jpeg" }
        public var fileExtension: String { self == .png ? "png" : "jpg" }
    }

    /// The path as written, relative to the publication folder (`assets/qr.png`).
    public var path: String
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int
    public var data: Data

    public init(path: String, format: Format, pixelWidth: Int, pixelHeight: Int, data: Data) {
        self.path = path
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.data = data
    }

    /// Reads the format and pixel size from the file's header; nil when it is neither a
    /// readable PNG nor a readable JPEG.
    public static func probe(_ data: Data) -> (Format, width: Int, height: Int)? {
        data.withUnsafeBytes { probe(bytes: $0) }
    }

    /// A PNG's size is in its IHDR chunk, always first. A JPEG's is in its start-of-frame
    /// segment, which may come after any number of other segments (EXIF, ICC profiles and
    /// XMP can take hundreds of kilobytes), so the walk goes over the whole file, segment
    /// by segment, reading in place.
    private static func probe(bytes b: UnsafeRawBufferPointer) -> (Format, width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        if b.count >= 24, b[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
           b[12..<16].elementsEqual(Array("IHDR".utf8)) {
            let w = be32(16), h = be32(20)
            return w > 0 && h > 0 ? (.png, w, h) : nil
        }
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }  // fill bytes before a marker
            let length = be16(i + 2)
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                let h = be16(i + 5), w = be16(i + 7)
                return w > 0 && h > 0 ? (.jpeg, w, h) : nil
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }
}
