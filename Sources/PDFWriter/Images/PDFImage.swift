import ImageFacts

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
        let file: ImageFile
        do {
            file = try ImageFile.read(data)
        } catch let problem as ImageProblem {
            throw PDFError.unsupportedImage(reason: problem.message)
        }
        switch file {
        case .png(let png): xObject = try PNGImage.xObject(png)
        case .jpeg(let jpeg): xObject = JPEGImage.xObject(data, jpeg)
        }
    }
}
