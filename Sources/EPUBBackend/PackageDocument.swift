import XMLKit

/// What the package document says about the book.
struct BookMetadata {
    var identifier: String
    var title: String
    var language: String
    var publisher: String
    var contributors: [String]
    /// `dc:date`: `2026-05-28`, or `2026-05` for a month (both W3CDTF).
    var date: String
    var modified: Timestamp
    /// `dc:description`: what the book says, in plain text.
    var description: String?
    /// The series the book belongs to (the publication) and its place in it when known
    /// (a day's issue number; a month as YYYYMM).
    var collection: (name: String, position: Int?)?
}

/// A file of the book as the manifest lists it.
struct ManifestItem {
    var id: String
    /// Relative to the package document.
    var href: String
    var mediaType: String
    var properties: String?
    /// In the spine, in reading order, when true.
    var inSpine: Bool
}

/// The package document (`content.opf`): metadata, the manifest of every file, and the
/// spine in reading order. `toc="ncx"` names the EPUB 2 contents for old readers.
struct PackageDocument {
    static let href = "content.opf"
    static let namespace = "http://www.idpf.org/2007/opf"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let identifierID = "pub-id"

    let metadata: BookMetadata
    let items: [ManifestItem]

    func bytes() -> [UInt8] {
        let tree = XMLTree(root: "package", namespace: PackageDocument.namespace)
        let package = tree.root
        package.setAttribute("version", "3.0")
        package.setAttribute("unique-identifier", PackageDocument.identifierID)
        package.setAttribute("xml:lang", metadata.language)

        let meta = package.element("metadata")
        meta.declareNamespace(prefix: "dc", uri: PackageDocument.dublinCore)
        meta.element("identifier", prefix: "dc", ["id": PackageDocument.identifierID], text: metadata.identifier)
        meta.element("title", prefix: "dc", text: metadata.title)
        meta.element("language", prefix: "dc", text: metadata.language)
        // The publishing body writes the briefing and publishes it: author and publisher
        // (MARC relators), so readers file the book under it. Producers helped make it.
        meta.element("creator", prefix: "dc", ["id": "creator"], text: metadata.publisher)
        for role in ["aut", "pbl"] { relator(role, of: "creator", into: meta) }
        meta.element("publisher", prefix: "dc", text: metadata.publisher)
        for (i, contributor) in metadata.contributors.enumerated() {
            meta.element("contributor", prefix: "dc", ["id": "contributor-\(i + 1)"], text: contributor)
            relator("pro", of: "contributor-\(i + 1)", into: meta)
        }
        meta.element("date", prefix: "dc", text: metadata.date)
        if let description = metadata.description, !description.isEmpty {
            meta.element("description", prefix: "dc", text: description)
        }
        meta.element("meta", ["property": "dcterms:modified"], text: metadata.modified.w3c)
        if let collection = metadata.collection {
            meta.element("meta", ["property": "belongs-to-collection", "id": "series"], text: collection.name)
            meta.element("meta", ["refines": "#series", "property": "collection-type"], text: "series")
            if let position = collection.position {
                meta.element("meta", ["refines": "#series", "property": "group-position"], text: String(position))
            }
        }
        // EPUB 2 readers find the cover image by this meta; EPUB 3 ones by its properties.
        if items.contains(where: { $0.id == PackageDocument.coverImageID }) {
            meta.element("meta", ["name": "cover", "content": PackageDocument.coverImageID])
        }
        accessibility(into: meta)

        let manifest = package.element("manifest")
        for item in items {
            let element = manifest.element("item", ["id": item.id, "href": item.href, "media-type": item.mediaType])
            if let properties = item.properties { element.setAttribute("properties", properties) }
        }
        let spine = package.element("spine", ["toc": PackageDocument.ncxID])
        for item in items where item.inSpine { spine.element("itemref", ["idref": item.id]) }
        return tree.xml()
    }

    static let ncxID = "ncx"
    /// The manifest id of the cover image.
    static let coverImageID = "cover-image"

    private func relator(_ code: String, of id: String, into meta: XMLNode) {
        meta.element("meta", ["refines": "#" + id, "property": "role", "scheme": "marc:relators"], text: code)
    }

    /// Schema.org accessibility metadata (EPUB Accessibility 1.1), stated from what the
    /// writer guarantees: text is the whole content, images carry alt text (the figure's
    /// caption, the QR code's label), navigation follows the document structure.
    private func accessibility(into meta: XMLNode) {
        // The cover image is not part of the reading content, and needs no alternative text there.
        let hasImages = items.contains { $0.mediaType.hasPrefix("image/") && $0.id != PackageDocument.coverImageID }
        var properties: [(String, String)] = [("schema:accessMode", "textual")]
        if hasImages { properties.append(("schema:accessMode", "visual")) }
        properties += [("schema:accessModeSufficient", "textual"),
                       ("schema:accessibilityFeature", "structuralNavigation"),
                       ("schema:accessibilityFeature", "tableOfContents")]
        if hasImages { properties.append(("schema:accessibilityFeature", "alternativeText")) }
        properties += [("schema:accessibilityHazard", "none"),
                       ("schema:accessibilitySummary", "正文为可重排文字，目录按日期与章节导航，图片均附文字说明。")]
        for (property, value) in properties { meta.element("meta", ["property": property], text: value) }
    }
}
