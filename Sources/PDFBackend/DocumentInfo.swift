import BriefModel
import Foundation
import PDFWriter

/// The document information and XMP of the print edition: title, the publisher as author,
/// the language, and a date that comes from the edition (00:00:00 UTC on its day), never
/// from the clock, unless SOURCE_DATE_EPOCH asks for a fixed time (reproducible builds).
enum DocumentInfo {
    static func info(_ briefing: Briefing, environment: [String: String]) -> PDFInfo {
        let edition = briefing.edition, publication = briefing.publication
        var date = (year: edition.date.year, month: edition.date.month, day: edition.date.day, hour: 0, minute: 0, second: 0)
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 {
            date = utc(seconds)
        }
        let title = [edition.title, edition.date.chinese, edition.numberLine].compactMap { $0 }.joined(separator: " ")
        var keywords = [publication.title]
        keywords += edition.sections.map(\.title.plainText)
        return PDFInfo(title: title, author: publication.publisher, subject: edition.summary.map { $0.blocks.plainText },
                       keywords: keywords, creator: "BriefPress", producer: "BriefPress",
                       language: publication.language, date: date)
    }

    /// Seconds since 1970 as a UTC calendar date (days-from-civil, inverted; no calendar
    /// or time-zone database involved).
    static func utc(_ seconds: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = seconds / 86_400, rest = seconds % 86_400
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
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
