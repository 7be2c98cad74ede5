import BriefModel
import Foundation

/// Writes EPUB 3 books (with an NCX for older readers): one edition as `2026-05-28.epub`,
/// or every edition of a month as `2026-05.epub`. The output depends only on the model,
/// the layout's `epub.css` and `SOURCE_DATE_EPOCH`: two builds are byte-identical.
public struct EPUBWriter {
    /// The stylesheet the layout gives the EPUB backend.
    public static let stylesheetFile = "epub.css"

    let stylesheet: [UInt8]
    /// Seconds since 1970 from `SOURCE_DATE_EPOCH`, which replaces the content's own date.
    let sourceDateEpoch: Int?

    /// `sourceDateEpoch` is the raw value of the `SOURCE_DATE_EPOCH` variable (read from the
    /// environment unless given), which must be an integer when set and not empty.
    public init(layout: Layout,
                sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]) throws {
        guard let css = layout.files[EPUBWriter.stylesheetFile] else {
            throw EPUBError.missingStylesheet(layout: layout.name)
        }
        stylesheet = css
        // An empty value counts as unset (CI systems often export the variable empty).
        if let raw = sourceDateEpoch, !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let seconds = Int(raw.trimmingCharacters(in: .whitespaces)) else {
                throw EPUBError.invalidSourceDateEpoch(raw)
            }
            self.sourceDateEpoch = seconds
        } else {
            self.sourceDateEpoch = nil
        }
    }

    /// One edition as a book: cover, contents, the edition, the contact page.
    public func edition(_ briefing: Briefing) throws -> OutputFile {
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
            collection: nil)
        let book = BookAssembly(publication: publication, editions: [edition], stylesheet: stylesheet,
                                coverLines: [edition.date.chinese] + (edition.numberLine.map { [$0] } ?? []))
        let contents = EPUBWriter.contentsTree(edition, anchors: anchors, depth: 2)
        let bytes = try book.archive(metadata: metadata, contents: contents, zipTime: zipTime)
        return OutputFile(name: "\(edition.date).epub", bytes: bytes)
    }

    /// Every edition of `month` (`2026-05`) as one book, in date order: cover, contents
    /// (day → sections), one chapter per edition, the contact page once at the end.
    public func bundle(publication: Publication, editions: [Edition], month: String) throws -> OutputFile {
        guard let first = EditionDate(month + "-01"), month.count == 7 else { throw EPUBError.invalidMonth(month) }
        guard !editions.isEmpty else { throw EPUBError.emptyBundle(month: month) }
        let sorted = editions.sorted { $0.date < $1.date }
        for (i, edition) in sorted.enumerated() {
            guard edition.date.monthKey == month else {
                throw EPUBError.editionOutsideMonth(date: edition.date.description, month: month)
            }
            if i > 0, sorted[i - 1].date == edition.date { throw EPUBError.duplicateEdition(date: edition.date.description) }
        }
        let monthTitle = "\(first.year) 年 \(first.month) 月"
        let metadata = BookMetadata(
            identifier: StableIdentifier.urn(publicationTitle: publication.title, key: month),
            title: "\(publication.title) \(monthTitle)",
            language: publication.language,
            publisher: publication.publisher,
            contributors: publication.producers,
            date: month,
            modified: modified(content: sorted.last!.date),
            collection: (publication.title, first.year * 100 + first.month))
        let span = sorted.count == 1 ? "共 1 期"
            : "\(sorted.first!.date.chineseShort)至 \(sorted.last!.date.chineseShort) · 共 \(sorted.count) 期"
        let book = BookAssembly(publication: publication, editions: sorted, stylesheet: stylesheet,
                                coverLines: [monthTitle, span])
        let contents = sorted.map { edition -> NavEntry in
            let anchors = Anchors(edition.date)
            var title = "\(edition.date.chineseShort) \(edition.date.weekday)"
            if let number = edition.numberLine { title += " · " + number }
            return NavEntry(title: title, href: anchors.file,
                            children: EPUBWriter.contentsTree(edition, anchors: anchors, depth: 1))
        }
        let bytes = try book.archive(metadata: metadata, contents: contents, zipTime: zipTime)
        return OutputFile(name: "\(month).epub", bytes: bytes)
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

    /// `dcterms:modified`: `SOURCE_DATE_EPOCH` when set, else midnight UTC of the content's
    /// latest day, so rebuilding unchanged content never changes the date.
    private func modified(content date: EditionDate) -> Timestamp {
        sourceDateEpoch.map { Timestamp(secondsSinceEpoch: $0) } ?? Timestamp(midnightOf: date)
    }

    /// The time in every zip entry: `SOURCE_DATE_EPOCH` (clamped to DOS time) or 1980-01-01.
    private var zipTime: Timestamp {
        sourceDateEpoch.map { Timestamp(secondsSinceEpoch: $0) } ?? Timestamp.dosEpoch
    }
}
