/// One page: its content stream, written as drawing calls arrive, and what the page
/// refers to (fonts, images, link annotations, named destinations). Coordinates are PDF's:
/// points, origin bottom-left, y up.
public final class PDFPage {
    /// 0-based.
    public let index: Int
    public let width: Double
    public let height: Double
    /// Weak: the document owns its pages, fonts and images, not the other way round.
    weak var document: PDFDocument?

    var content = ByteBuffer(capacity: 16 << 10)
    private(set) var fontNumbers = Set<Int>()
    private(set) var imageNumbers = Set<Int>()
    private(set) var annotations: [LinkAnnotation] = []
    private(set) var destinations: [(name: String, y: Double)] = []

    // Graphics state already set in the stream, so repeated runs do not repeat operators.
    // Nothing that changes them is ever inside q … Q, so Q never invalidates them.
    private var fillColor: PDFColor?
    private var strokeColor: PDFColor?
    private var lineWidth: Double?
    /// Marked-content sequences (artifacts and tagged content alike) not yet ended: EMC ends
    /// the innermost, whichever kind it is.
    private var openSequences = 0
    /// The element each MCID of this page belongs to, in MCID order (the page's entry of the
    /// parent tree).
    private(set) var markedContent: [PDFStructureElement] = []

    init(index: Int, width: Double, height: Double, document: PDFDocument) {
        self.index = index
        self.width = width
        self.height = height
        self.document = document
    }

    /// Draws shaped glyphs with their origin (baseline, pen x 0) at (x, y).
    public func showGlyphs(_ font: PDFFont, size: Double, color: PDFColor, x: Double, y: Double, glyphs: [PDFGlyph]) {
        guard font.document === document else { document?.report(.foreignObject(what: "font \(font.postScriptName)")); return }
        guard !glyphs.isEmpty else { return }
        if let bad = glyphs.first(where: { !font.isValid($0.id) }) {
            document?.report(.glyphOutOfRange(font: font.postScriptName, glyph: bad.id, glyphCount: font.glyphCount))
            return
        }
        fontNumbers.insert(font.number)
        setFill(color)
        TextRunEncoder.encode(glyphs, font: font, size: size, x: x, y: y, into: &content)
    }

    public func fillRect(x: Double, y: Double, width: Double, height: Double, color: PDFColor) {
        setFill(color)
        content.write(real: x); content.write(" ")
        content.write(real: y); content.write(" ")
        content.write(real: width); content.write(" ")
        content.write(real: height); content.write(" re f\n")
    }

    public func strokeLine(from: (Double, Double), to: (Double, Double), width: Double, color: PDFColor) {
        if strokeColor != color {
            writeColor(color); content.write(" RG\n")
            strokeColor = color
        }
        if lineWidth != width {
            content.write(real: width); content.write(" w\n")
            lineWidth = width
        }
        content.write(real: from.0); content.write(" ")
        content.write(real: from.1); content.write(" m ")
        content.write(real: to.0); content.write(" ")
        content.write(real: to.1); content.write(" l S\n")
    }

    /// A filled circle, as four Bézier quarter arcs (control points 0.5523 of the radius out).
    public func fillCircle(centerX x: Double, centerY y: Double, radius r: Double, color: PDFColor) {
        setFill(color)
        let k = 0.5523 * r
        func point(_ px: Double, _ py: Double) { content.write(real: px); content.write(" "); content.write(real: py) }
        point(x + r, y); content.write(" m\n")
        for (c1, c2, end) in [((x + r, y + k), (x + k, y + r), (x, y + r)), ((x - k, y + r), (x - r, y + k), (x - r, y)),
                              ((x - r, y - k), (x - k, y - r), (x, y - r)), ((x + k, y - r), (x + r, y - k), (x + r, y))] {
            point(c1.0, c1.1); content.write(" "); point(c2.0, c2.1); content.write(" "); point(end.0, end.1); content.write(" c\n")
        }
        content.write("f\n")
    }

    /// Draws the image scaled into the rectangle whose bottom-left corner is (x, y), turned
    /// upright if its Exif orientation asks for it.
    public func drawImage(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double) {
        guard image.document === document else { document?.report(.foreignObject(what: "an image")); return }
        imageNumbers.insert(image.number)
        content.write("q ")
        for value in image.xObject.orientation.matrix(x: x, y: y, width: width, height: height) {
            content.write(real: value)
            content.write(" ")
        }
        content.write("cm /Im")
        content.write(int: image.number)
        content.write(" Do Q\n")
    }

    /// A clickable rectangle opening `uri` (non-ASCII is percent-encoded when written).
    /// `description` is its /Contents, what an assistive technology announces; in a tagged
    /// document `element` (a Link) is the structure element it belongs to.
    public func link(x: Double, y: Double, width: Double, height: Double, uri: String,
                     description: String? = nil, element: PDFStructureElement? = nil) {
        addLink(LinkAnnotation(rect: (x, y, x + width, y + height), target: .uri(uri), description: description,
                               element: element))
    }

    /// A clickable rectangle jumping to a named destination defined with `addDestination`
    /// on any page (before or after this call).
    public func link(x: Double, y: Double, width: Double, height: Double, destination: String,
                     description: String? = nil, element: PDFStructureElement? = nil) {
        addLink(LinkAnnotation(rect: (x, y, x + width, y + height), target: .named(destination), description: description,
                               element: element))
    }

    private func addLink(_ annotation: LinkAnnotation) {
        annotation.element?.addAnnotation(page: index, index: annotations.count)
        annotations.append(annotation)
    }

    /// Names the point at height y of this page; the first definition of a name wins.
    public func addDestination(_ name: String, y: Double) {
        destinations.append((name, y))
    }

    /// Marks what follows as decoration (running heads, page numbers, rules): readers and
    /// text extraction for accessibility skip artifacts.
    public func beginArtifact() {
        content.write("/Artifact BMC\n")
        openSequences += 1
    }

    public func endArtifact() { endSequence() }

    /// Marks what follows, up to `endMarkedContent()`, as content of `element` (a marked-
    /// content sequence with the page's next MCID, §14.7.4). `language` (BCP 47) marks a
    /// passage in another language than the document's, e.g. an English phrase in Chinese
    /// text (/Lang in the property list, §14.9.2.2). Sequences are not nested: poppler ends
    /// an MCID's text at the first EMC, nested or not.
    public func beginMarkedContent(_ element: PDFStructureElement, language: String? = nil) {
        let mcid = markedContent.count
        markedContent.append(element)
        element.addContent(page: index, mcid: mcid)
        content.write(name: element.role.rawValue)
        content.write("<</MCID ")
        content.write(int: mcid)
        if let language {
            content.write("/Lang")
            content.write(literalString: Array(language.utf8))
        }
        content.write(">>BDC\n")
        openSequences += 1
    }

    /// Ends the innermost marked-content sequence.
    public func endMarkedContent() { endSequence() }

    private func endSequence() {
        guard openSequences > 0 else { return }
        content.write("EMC\n")
        openSequences -= 1
    }

    /// The content stream, with any marked content the caller left open closed (unbalanced
    /// marked content is a syntax error for validators).
    var finishedContent: [UInt8] {
        var stream = content
        for _ in 0..<openSequences { stream.write("EMC\n") }
        return stream.bytes
    }

    private func setFill(_ color: PDFColor) {
        guard fillColor != color else { return }
        writeColor(color)
        content.write(" rg\n")
        fillColor = color
    }

    private func writeColor(_ color: PDFColor) {
        content.write(real: color.r); content.write(" ")
        content.write(real: color.g); content.write(" ")
        content.write(real: color.b)
    }
}
