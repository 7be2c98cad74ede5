import BriefModel
import Foundation
import PDFWriter

/// The document information and XMP of the print edition: title, the publisher as author,
/// the language, and a date that comes from the edition (00:00:00 UTC on its day), never
/// from the clock, unless the build fixes a source date (SOURCE_DATE_EPOCH, parsed by the
/// caller) for reproducible builds.
enum DocumentInfo {
    static func info(_ briefing: Briefing, sourceDate: UTCTimestamp?) -> PDFInfo {
        let edition = briefing.edition, publication = briefing.publication
        let t = sourceDate ?? UTCTimestamp(midnightOf: edition.date)
        let title = [edition.title, edition.date.chinese, edition.numberLine].compactMap { $0 }.joined(separator: " ")
        var keywords = [publication.title]
        keywords += edition.sections.map(\.title.plainText)
        return PDFInfo(title: title, author: publication.publisher, subject: edition.summary.map { $0.blocks.plainText },
                       keywords: keywords, creator: "BriefPress", producer: "BriefPress",
                       language: publication.language,
                       date: (year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second))
    }
}

extension Array where Element == Block {
    /// The paragraphs' text, one per line (for the document's subject).
    var plainText: String {
        compactMap { block -> String? in
            if case .paragraph(let inlines) = block { return inlines.plainText }
            return nil
        }.joined(separator: "\n")
    }
}
