import BriefModel
import Foundation

/// Writes EPUB 3 books (with an NCX for older readers): one edition as `2026-05-28.epub`,
/// or every edition of a month as `2026-05.epub`. The output depends only on the model,
/// the layout's `epub.css` and the given source date: two builds are byte-identical.
public struct EPUBWriter {
    /// The stylesheet the layout gives the EPUB backend.
    public static let stylesheetFile = "epub.css"

    let stylesheet: [UInt8]
    /// The build's fixed time (`SOURCE_DATE_EPOCH`, parsed by the caller), which replaces
    /// the content's own date; nil uses the content's date.
    let sourceDate: UTCTimestamp?
    /// Faces embedded in every book (`--embed-fonts`), subset to the book's characters and
    /// obfuscated; empty leaves the fonts to the reading system.
    let fonts: [FontFaceFile]

    /// A book, and what its embedded fonts added to it (0 without).
    public struct Book {
        public var file: OutputFile
        /// Bytes of the EPUB taken by the font files and their META-INF entries, as stored.
        public var embeddedFontBytes: Int
    }

    public init(layout: Layout, sourceDate: UTCTimestamp? = nil, embedding fonts: [FontFaceFile] = []) throws {
        guard let css = layout.files[EPUBWriter.stylesheetFile] else {
            throw EPUBError.missingStylesheet(layout: layout.name)
        }
        stylesheet = css
        self.sourceDate = sourceDate
        self.fonts = fonts
    }

    /// One edition as a book: cover, contents, the edition, the contact page. `cover` is the
    /// cover image (PNG) that shelves show; nil makes a book with the text cover page only.
    public func edition(_ briefing: Briefing, cover: [UInt8]? = nil) throws -> OutputFile {
        try editionBook(briefing, cover: cover).file
    }

    /// `edition`, with the size its embedded fonts add.
    public func editionBook(_ briefing: Briefing, cover: [UInt8]? = nil) throws -> Book {
        let publication = briefing.publication, edition = briefing.edition
        let anchors = Anchors(edition.date)
        let metadata = BookMetadata(
            identifier: StableIdentifier.urn(publicationTitle: publication.title, key: edition.date.description),
            title: "\(edition.title) \(edition.date.chinese)",
            language: publication.language,
            publisher: publication.publisher,
            contributors: publication.producers,
            date: edition.date.description,
            modified: modified(content: edition.date),
            description: edition.summary?.plainText,
            collection: (publication.title, edition.number))
        let book = BookAssembly(publication: publication, editions: [edition], stylesheet: stylesheet,
                                coverLines: [edition.date.chinese] + (edition.numberLine.map { [$0] } ?? []),
                                coverImage: cover, fonts: fonts)
        let contents = EPUBWriter.contentsTree(edition, anchors: anchors, depth: 2)
        let (bytes, fontBytes) = try book.archive(metadata: metadata, contents: contents, zipTime: zipTime)
        return Book(file: OutputFile(name: "\(edition.date).epub", bytes: bytes), embeddedFontBytes: fontBytes)
    }

    /// Every edition of `month` (`2026-05`) as one book, in date order: cover, contents
    /// (day → sections), one chapter per edition, the contact page once at the end. `cover`
    /// is the cover image (PNG) naming the month, as for `edition`.
    public func bundle(publication: Publication, editions: [Edition], month: EditionMonth, cover: [UInt8]? = nil) throws -> OutputFile {
        try bundleBook(publication: publication, editions: editions, month: month, cover: cover).file
    }

    /// `bundle`, with the size its embedded fonts add.
    public func bundleBook(publication: Publication, editions: [Edition], month: EditionMonth, cover: [UInt8]? = nil) throws -> Book {
        guard !editions.isEmpty else { throw EPUBError.emptyBundle(month: month.description) }
        let sorted = editions.sorted { $0.date < $1.date }
        for (i, edition) in sorted.enumerated() {
            guard month.contains(edition.date) else {
                throw EPUBError.editionOutsideMonth(date: edition.date.description, month: month.description)
            }
            if i > 0, sorted[i - 1].date == edition.date { throw EPUBError.duplicateEdition(date: edition.date.description) }
        }
        let monthTitle = month.chinese
        var metadata = BookMetadata(
            identifier: StableIdentifier.urn(publicationTitle: publication.title, key: month.description),
            title: "\(publication.title) \(monthTitle)",
            language: publication.language,
            publisher: publication.publisher,
            contributors: publication.producers,
            date: month.description,
            modified: modified(content: sorted.last!.date),
            description: nil,
            collection: (publication.title, month.year * 100 + month.month))
        let span = sorted.count == 1 ? "共 1 期"
            : "\(sorted.first!.date.chineseShort)至 \(sorted.last!.date.chineseShort) · 共 \(sorted.count) 期"
        // The month's description: its span, then each day's issue and sections.
        metadata.description = ([publication.title + " " + monthTitle + "，" + span + "。"] + sorted.map { edition in
            let number = edition.numberLine.map { "（\($0)）" } ?? ""
            let sections = edition.sections.map { $0.title.plainText }.joined(separator: "；")
            return "\(edition.date.chineseShort)\(number)：\(sections)"
        }).joined(separator: "\n")
        let book = BookAssembly(publication: publication, editions: sorted, stylesheet: stylesheet,
                                coverLines: [monthTitle, span], coverImage: cover, fonts: fonts)
        let contents = sorted.map { edition -> NavEntry in
            let anchors = Anchors(edition.date)
            var title = "\(edition.date.chineseShort) \(edition.date.weekday)"
            if let number = edition.numberLine { title += " · " + number }
            return NavEntry(title: title, href: anchors.file,
                            children: EPUBWriter.contentsTree(edition, anchors: anchors, depth: 1))
        }
        let (bytes, fontBytes) = try book.archive(metadata: metadata, contents: contents, zipTime: zipTime)
        return Book(file: OutputFile(name: "\(month).epub", bytes: bytes), embeddedFontBytes: fontBytes)
    }

    /// The model's contents of one edition as nav entries: sections and the reference list,
    /// with subsections nested under their section when `depth` is 2.
    static func contentsTree(_ edition: Edition, anchors: Anchors, depth: Int) -> [NavEntry] {
        var entries: [NavEntry] = []
        for entry in edition.contents {
            let nav = NavEntry(title: entry.text, href: anchors.file + "#" + anchors.contents(entry))
            if entry.level == 1 {
                entries.append(nav)
            } else if depth >= 2, !entries.isEmpty {
                entries[entries.count - 1].children.append(nav)
            }
        }
        return entries
    }

    /// `dcterms:modified`: the source date when given, else midnight UTC of the content's
    /// latest day, so rebuilding unchanged content never changes the date.
    private func modified(content date: EditionDate) -> Timestamp {
        sourceDate ?? Timestamp(midnightOf: date)
    }

    /// The time in every zip entry: the source date (clamped to DOS time) or 1980-01-01.
    private var zipTime: Timestamp {
        sourceDate ?? Timestamp.dosEpoch
    }
}
