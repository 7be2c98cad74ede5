/// A PDF 1.7 document under construction. Pages record drawing calls as they come; fonts
/// are subset and everything is serialised in `write()`, which is deterministic: objects are
/// numbered in a fixed traversal order (catalog, page tree, pages, fonts, images, info,
/// metadata, then each page's content and annotations, font programs, images, outline,
/// destinations, structure tree), dictionaries have fixed key order, and the trailer /ID is
/// an MD5 of the body.
public final class PDFDocument {
    public var info: PDFInfo
    /// Bookmarks; items refer to pages by index.
    public var outline: [PDFOutlineItem] = []
    /// The logical structure (normally a Document element). Setting it makes the document
    /// tagged: the catalog gets /MarkInfo and /StructTreeRoot, pages their /StructParents,
    /// link annotations their /StructParent, and the XMP the PDF/UA identification. Every
    /// element that content or links were tagged with must be in this tree.
    public var structureRoot: PDFStructureElement?

    private(set) var pages: [PDFPage] = []
    private var fonts: [PDFFont] = []
    private var fontsByFace: [String: PDFFont] = [:]
    private var images: [PDFImage] = []
    /// Problems found while drawing (drawing calls do not throw); `write()` throws the first.
    private var problems: [PDFError] = []

    /// Fonts kept from earlier documents (nil: every font is opened and subset here).
    private let fontCache: FontEmbeddingCache?

    /// `fontCache` lends its opened fonts and finished subsets, and keeps this document's.
    public init(info: PDFInfo, fontCache: FontEmbeddingCache? = nil) {
        self.info = info
        self.fontCache = fontCache
    }

    /// Registers a face (TrueType/OpenType file, or a face of a collection). Calling it again
    /// for the same face returns the same font.
    public func font(path: String, faceIndex: Int) throws -> PDFFont {
        let key = "\(faceIndex):\(path)"
        if let existing = fontsByFace[key] { return existing }
        let program = try fontCache?.program(path: path, faceIndex: faceIndex) ?? FontProgram(path: path, faceIndex: faceIndex)
        let font = PDFFont(number: fonts.count + 1, program: program, document: self)
        fonts.append(font)
        fontsByFace[key] = font
        return font
    }

    /// Registers a PNG (any colour type; alpha becomes a soft mask) or a baseline/progressive JPEG.
    public func image(_ data: [UInt8]) throws -> PDFImage {
        let image = try PDFImage(number: images.count + 1, data: data, document: self)
        images.append(image)
        return image
    }

    public func addPage(width: Double, height: Double) -> PDFPage {
        let page = PDFPage(index: pages.count, width: width, height: height, document: self)
        pages.append(page)
        return page
    }

    func report(_ problem: PDFError) { problems.append(problem) }

    /// Serialises the document. The same calls give the same bytes.
    public func write() throws -> [UInt8] {
        if let problem = problems.first { throw problem }
        let destinations = namedDestinations()
        let defined = Set(destinations.map(\.name))
        for page in pages {
            for annotation in page.annotations {
                if case let .named(name) = annotation.target, !defined.contains(name) {
                    throw PDFError.undefinedDestination(name: name)
                }
            }
        }

        let usedFonts = fonts.filter { $0.drawnCount > 0 }
        let preparedFonts = try FontEmbedder.prepare(usedFonts, cache: fontCache)

        var writer = ObjectWriter()
        let catalog = writer.allocate()
        let pageTree = writer.allocate()
        let pageObjects = pages.map { _ in writer.allocate() }
        let fontObjects = Dictionary(uniqueKeysWithValues: usedFonts.map { ($0.number, writer.allocate()) })
        let usedImageNumbers = Set(pages.flatMap(\.imageNumbers))
        let usedImages = images.filter { usedImageNumbers.contains($0.number) }
        let imageObjects = Dictionary(uniqueKeysWithValues: usedImages.map { ($0.number, writer.allocate()) })
        let infoObject = writer.allocate()
        let metadataObject = writer.allocate()

        writer.object(infoObject) { DocumentMetadata.writeInfo(info, to: &$0) }
        let tagged = structureRoot != nil
        writer.stream(metadataObject, data: DocumentMetadata.xmp(info, universalAccess: tagged), compress: false) { out in
            out.write("/Type/Metadata/Subtype/XML")
        }

        writer.object(pageTree) { out in
            out.write("<</Type/Pages/Kids[")
            for (offset, page) in pageObjects.enumerated() {
                if offset > 0 { out.write(" ") }
                out.write(reference: page)
            }
            out.write("]/Count ")
            out.write(int: pageObjects.count)
            out.write(">>")
        }
        // Each page's content stream and annotations, numbered page by page.
        var contentObjects: [Int] = []
        var structurePages: [StructureTreeWriter.Page] = []
        for (page, number) in zip(pages, pageObjects) {
            contentObjects.append(writer.allocate())
            let annotations = page.annotations.map { _ in writer.allocate() }
            structurePages.append(StructureTreeWriter.Page(
                object: number, markedContent: page.markedContent,
                annotations: zip(annotations, page.annotations).map { ($0, $1.element) }))
        }
        let annotationKeys = StructureTreeWriter.annotationKeys(structurePages)
        for (index, page) in pages.enumerated() {
            writePage(page, number: pageObjects[index], parent: pageTree, content: contentObjects[index],
                      annotations: structurePages[index].annotations.map(\.object),
                      structParents: tagged ? (page: index, annotations: annotationKeys[index]) : nil,
                      fontObjects: fontObjects, imageObjects: imageObjects, into: &writer)
        }
        for (font, prepared) in zip(usedFonts, preparedFonts) {
            FontEmbedder.embed(font, prepared: prepared, type0: fontObjects[font.number]!, into: &writer)
        }
        for image in usedImages {
            let softMask = image.xObject.softMask == nil ? nil : writer.allocate()
            image.xObject.write(number: imageObjects[image.number]!, softMaskNumber: softMask, into: &writer)
        }
        let outlineRoot = try OutlineWriter.write(outline, pageObjects: pageObjects, into: &writer)
        let structureTree = try structureRoot.map {
            try StructureTreeWriter.write(root: $0, pages: structurePages, into: &writer)
        }

        let dests = destinations.map { (name: $0.name, page: pageObjects[$0.page], y: $0.y) }
        writer.object(catalog) { out in
            out.write("<</Type/Catalog/Pages ")
            out.write(reference: pageTree)
            if let outlineRoot {
                out.write("/Outlines ")
                out.write(reference: outlineRoot)
                out.write("/PageMode/UseOutlines")
            }
            if !dests.isEmpty {
                out.write("/Names<</Dests")
                Destination.writeNameTree(dests, to: &out)
                out.write(">>")
            }
            out.write("/Metadata ")
            out.write(reference: metadataObject)
            if let structureTree {
                out.write("/MarkInfo<</Marked true>>/StructTreeRoot ")
                out.write(reference: structureTree)
            }
            out.write("/Lang")
            out.write(literalString: Array(info.language.utf8))   // BCP 47 tags are ASCII
            out.write("/ViewerPreferences<</DisplayDocTitle true>>>>")
        }
        return writer.finish(root: catalog, info: infoObject)
    }

    /// Every `addDestination` in page order.
    private func namedDestinations() -> [(name: String, page: Int, y: Double)] {
        pages.flatMap { page in page.destinations.map { (name: $0.name, page: page.index, y: $0.y) } }
    }

    /// `structParents`: in a tagged document, the page's key in the parent tree and its
    /// annotations' keys.
    private func writePage(
        _ page: PDFPage, number: Int, parent: Int, content: Int, annotations: [Int],
        structParents: (page: Int, annotations: [Int?])?, fontObjects: [Int: Int], imageObjects: [Int: Int],
        into writer: inout ObjectWriter
    ) {
        writer.object(number) { out in
            out.write("<</Type/Page/Parent ")
            out.write(reference: parent)
            out.write("/MediaBox[0 0 ")
            out.write(real: page.width)
            out.write(" ")
            out.write(real: page.height)
            out.write("]/Resources<<")
            if !page.fontNumbers.isEmpty {
                out.write("/Font<<")
                for font in page.fontNumbers.sorted() {
                    out.write("/F")
                    out.write(int: font)
                    out.write(" ")
                    out.write(reference: fontObjects[font]!)
                }
                out.write(">>")
            }
            if !page.imageNumbers.isEmpty {
                out.write("/XObject<<")
                for image in page.imageNumbers.sorted() {
                    out.write("/Im")
                    out.write(int: image)
                    out.write(" ")
                    out.write(reference: imageObjects[image]!)
                }
                out.write(">>")
            }
            out.write(">>/Contents ")
            out.write(reference: content)
            if !annotations.isEmpty {
                out.write("/Annots[")
                for (offset, annotation) in annotations.enumerated() {
                    if offset > 0 { out.write(" ") }
                    out.write(reference: annotation)
                }
                out.write("]")
            }
            if let structParents {
                out.write("/StructParents ")
                out.write(int: structParents.page)
                // PDF/UA: tab through annotations in structure order.
                if !annotations.isEmpty { out.write("/Tabs/S") }
            }
            out.write(">>")
        }
        writer.stream(content, data: page.finishedContent, compress: true)
        for (offset, (annotation, number)) in zip(page.annotations, annotations).enumerated() {
            writer.object(number) { annotation.write(structParent: structParents?.annotations[offset], to: &$0) }
        }
    }
}
