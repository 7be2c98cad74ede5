import BriefModel

/// Puts a book together: writes every page, collects the images they use, lists them all
/// in the manifest and the spine, and packs the OCF container. The manifest is built from
/// the files actually written, so nothing is missing from it and nothing extra is in it.
struct BookAssembly {
    static let root = "OEBPS/"
    static let stylesheetHref = "css/epub.css"
    static let coverHref = "text/cover.xhtml"
    static let contactHref = "text/contact.xhtml"
    static let coverImageHref = "images/cover.png"
    static let containerXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """

    let publication: Publication
    let editions: [Edition]
    let stylesheet: [UInt8]
    let coverLines: [String]
    /// The cover image (PNG) that reading systems show on their shelves.
    var coverImage: [UInt8]?
    /// Faces to embed (`--embed-fonts`); none leaves the fonts to the reading system.
    var fonts: [FontFaceFile] = []

    /// The EPUB, and the bytes (as stored, compressed) that embedding fonts added to it.
    func archive(metadata: BookMetadata, contents: [NavEntry], zipTime: Timestamp) throws -> (bytes: [UInt8], fontBytes: Int) {
        let resources = ResourceCatalog()
        let xhtml = "application/xhtml+xml"
        let pageStylesheet = "../" + BookAssembly.stylesheetHref
        var files: [(ManifestItem, [UInt8])] = []

        files.append((ManifestItem(id: "cover", href: BookAssembly.coverHref, mediaType: xhtml, inSpine: true),
                      CoverPage(lines: coverLines).bytes(publication: publication, title: metadata.title,
                                                         stylesheet: pageStylesheet)))
        var chapters: [(ManifestItem, [UInt8])] = []
        for edition in editions {
            let page = ChapterPage(publication: publication, edition: edition, stylesheet: pageStylesheet)
            chapters.append((ManifestItem(id: page.anchors.prefix, href: page.anchors.file, mediaType: xhtml, inSpine: true),
                             try page.bytes(resources: resources)))
        }
        var toc = contents
        var landmarks = [Landmark(type: "cover", title: "封面", href: BookAssembly.coverHref),
                         Landmark(type: "toc", title: NavDocument.heading, href: NavDocument.href + "#" + NavDocument.tocAnchor),
                         Landmark(type: "bodymatter", title: "正文", href: chapters[0].0.href)]
        var contact: (ManifestItem, [UInt8])?
        if let info = publication.contact {
            let page = ContactPage(contact: info)
            contact = (ManifestItem(id: "contact", href: BookAssembly.contactHref, mediaType: xhtml, inSpine: true),
                       try page.bytes(publication: publication, stylesheet: pageStylesheet, resources: resources))
            toc.append(NavEntry(title: page.heading, href: BookAssembly.contactHref))
            landmarks.append(Landmark(type: "backmatter", title: page.heading, href: BookAssembly.contactHref))
        }
        let nav = NavDocument(entries: toc, landmarks: landmarks)
        files.append((ManifestItem(id: "nav", href: NavDocument.href, mediaType: xhtml, properties: "nav", inSpine: true),
                      nav.bytes(language: metadata.language, stylesheet: BookAssembly.stylesheetHref)))
        files += chapters
        if let contact { files.append(contact) }

        let ncx = NCXDocument(identifier: metadata.identifier, title: metadata.title, language: metadata.language, entries: toc)
        files.append((ManifestItem(id: PackageDocument.ncxID, href: NCXDocument.href, mediaType: "application/x-dtbncx+xml",
                                   inSpine: false), ncx.bytes()))
        let pages = files.filter { $0.0.mediaType == xhtml }.map(\.1)
        let embedded = try embeddedFonts(for: pages)
        var css = stylesheet
        if !embedded.isEmpty {
            css = Array(FontFaceRules.css(embedded.map { ($0, "../" + BookAssembly.fontsFolder + $0.fileName) }).utf8) + stylesheet
        }
        files.append((ManifestItem(id: "css", href: BookAssembly.stylesheetHref, mediaType: "text/css", inSpine: false), css))
        for (i, font) in embedded.enumerated() {
            files.append((ManifestItem(id: "font-\(i + 1)", href: BookAssembly.fontsFolder + font.fileName, mediaType: font.mediaType,
                                       inSpine: false), FontObfuscation.apply(font.bytes, identifier: metadata.identifier)))
        }
        for resource in resources.resources {
            let id = "res-" + resource.href.dropFirst("images/".count).replacingOccurrences(of: ".", with: "-")
            files.append((ManifestItem(id: id, href: resource.href, mediaType: resource.mediaType, inSpine: false), resource.bytes))
        }

        if let coverImage {
            files.append((ManifestItem(id: PackageDocument.coverImageID, href: BookAssembly.coverImageHref, mediaType: "image/png",
                                       properties: "cover-image", inSpine: false), coverImage))
        }

        let package = PackageDocument(metadata: metadata, items: files.map(\.0))
        var container = OCFContainer(timestamp: zipTime)
        container.add("META-INF/container.xml", Array(BookAssembly.containerXML.utf8))
        container.add(BookAssembly.root + PackageDocument.href, package.bytes())
        for (item, bytes) in files { container.add(BookAssembly.root + item.href, bytes) }
        var added: [String] = []
        if !embedded.isEmpty {
            let fontPaths = embedded.map { BookAssembly.root + BookAssembly.fontsFolder + $0.fileName }
            container.add(EncryptionDocument.path, EncryptionDocument(paths: fontPaths).bytes())
            container.add(DisplayOptions.path, DisplayOptions.bytes())
            added = fontPaths + [EncryptionDocument.path, DisplayOptions.path]
        }
        let (bytes, stored) = container.archiveMeasuring()
        // The @font-face rules are a few hundred bytes; the files and META-INF entries are the cost.
        return (bytes, added.reduce(0) { $0 + stored[$1]! })
    }

    static let fontsFolder = "fonts/"

    /// Each face subset to the characters of the book's pages (text, alt text and markup
    /// alike: a superset of what is shown, never less), one file per family, weight and
    /// style. A face whose family the stylesheet never names is refused, as no reader
    /// would ever use it.
    private func embeddedFonts(for pages: [[UInt8]]) throws -> [WebFont] {
        guard !fonts.isEmpty else { return [] }
        var shown = Set<UInt32>()
        for page in pages {
            for scalar in String(decoding: page, as: UTF8.self).unicodeScalars where scalar.value >= 0x20 { shown.insert(scalar.value) }
        }
        let codePoints = shown.sorted()
        let css = String(decoding: stylesheet, as: UTF8.self)
        var result: [WebFont] = []
        for file in fonts {
            let font = try WebFont(file, codePoints: codePoints)
            guard css.contains("\"\(font.family)\"") || css.contains("'\(font.family)'") else {
                throw EPUBError.fontFamilyNotInStylesheet(family: font.family, path: file.path)
            }
            if !result.contains(where: { $0.fileName == font.fileName }) { result.append(font) }
        }
        return result
    }
}
