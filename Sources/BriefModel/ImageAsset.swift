import Foundation

/// An image file of the publication, already read and checked in full by the reader: it
/// lies inside the publication folder, and is a whole PNG or JPEG within the image limits.
/// How an image is parsed is the ImageFacts module's business; this is what an image is.
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
    /// Pixels per inch across and down, when the file records its resolution.
    public var pixelsPerInch: PixelsPerInch?
    public var data: Data

    public struct PixelsPerInch: Hashable, Sendable {
        public var horizontal: Double
        public var vertical: Double

        public init(horizontal: Double, vertical: Double) {
            self.horizontal = horizontal
            self.vertical = vertical
        }
    }

    public init(path: String, format: Format, pixelWidth: Int, pixelHeight: Int, pixelsPerInch: PixelsPerInch? = nil, data: Data) {
        self.path = path
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pixelsPerInch = pixelsPerInch
        self.data = data
    }
}
