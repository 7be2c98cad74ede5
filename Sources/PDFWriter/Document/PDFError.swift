/// What can go wrong while building a PDF; each case names the input at fault.
public enum PDFError: Error, CustomStringConvertible, Equatable {
    case fontUnreadable(path: String)
    case faceIndexOutOfRange(path: String, index: Int, faceCount: Int)
    case unsupportedFontFormat(path: String, reason: String)
    case glyphOutOfRange(font: String, glyph: UInt32, glyphCount: Int)
    case subsetFailed(font: String, reason: String)
    case unsupportedImage(reason: String)
    case undefinedDestination(name: String)
    case outlinePageOutOfRange(title: String, page: Int, pageCount: Int)
    case foreignObject(what: String)
    case elementOutsideStructureTree(role: String)

    public var description: String {
        switch self {
        case let .fontUnreadable(path):
            return "cannot read font file \(path)"
        case let .faceIndexOutOfRange(path, index, count):
            return "font file \(path) has \(count) face(s); face index \(index) does not exist"
        case let .unsupportedFontFormat(path, reason):
            return "font \(path) cannot be embedded: \(reason)"
        case let .glyphOutOfRange(font, glyph, count):
            return "glyph id \(glyph) drawn with \(font), which has only \(count) glyphs"
        case let .subsetFailed(font, reason):
            return "subsetting \(font) failed: \(reason)"
        case let .unsupportedImage(reason):
            return "unsupported image: \(reason)"
        case let .undefinedDestination(name):
            return "a link points to destination \"\(name)\", which no page defines"
        case let .outlinePageOutOfRange(title, page, count):
            return "bookmark \"\(title)\" points to page \(page + 1), but the document has \(count) page(s)"
        case let .foreignObject(what):
            return "\(what) belongs to another PDFDocument"
        case let .elementOutsideStructureTree(role):
            return "content is tagged with a \(role) element that is not in the document's structure tree"
        }
    }
}
