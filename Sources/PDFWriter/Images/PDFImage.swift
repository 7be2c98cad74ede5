/// An image registered with a document (PNG or JPEG), drawn with `PDFPage.drawImage`.
/// Decoded and re-encoded once, when registered; written once however often it is drawn.
public final class PDFImage {
    /// Resource name number: /Im1, /Im2, …
    let number: Int
    /// Weak: the document owns its pages, fonts and images, not the other way round.
    weak var document: PDFDocument?
    let xObject: ImageXObject

    /// Size in pixels as displayed, after any Exif rotation (for aspect ratio; the drawn
    /// size is the caller's).
    public var pixelWidth: Int { xObject.orientation.swapsSides ? xObject.height : xObject.width }
    public var pixelHeight: Int { xObject.orientation.swapsSides ? xObject.width : xObject.height }

    init(number: Int, data: [UInt8], document: PDFDocument) throws {
        self.number = number
        self.document = document
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            xObject = try PNGImage.xObject(data)
        } else if data.starts(with: [0xFF, 0xD8]) {
            xObject = try JPEGImage.xObject(data)
        } else {
            throw PDFError.unsupportedImage(reason: "neither PNG nor JPEG (first bytes \(data.prefix(4).map { String($0, radix: 16) }))")
        }
    }
}
