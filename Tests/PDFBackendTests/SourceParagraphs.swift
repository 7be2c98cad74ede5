import BriefModel
import TestSupport

/// The text a reader must find in the print edition, paragraph by paragraph, in order:
/// markup and citations removed (the model's plainText), whitespace removed.
enum SourceParagraphs {
    static func of(_ briefing: Briefing) -> [String] {
        let edition = briefing.edition
        var paragraphs: [String] = []
        func walk(_ blocks: [Block]) { paragraphs += readingTexts(of: blocks) }
        if let summary = edition.summary { walk(summary.blocks) }
        for section in edition.sections {
            paragraphs.append(section.headingText)
            walk(section.blocks)
            for subsection in section.subsections {
                paragraphs.append(subsection.headingText)
                walk(subsection.blocks)
            }
        }
        for reference in edition.references {
            // 「[n] source：title，date。note」 with the URL on a line of its own.
            var entry = "[\(reference.number)]\(reference.source)：\(reference.title)"
            if let date = reference.date { entry += "，" + date }
            entry += "。"
            if let note = reference.note { entry += note + ("。！？".contains(note.last ?? "。") ? "" : "。") }
            paragraphs.append(entry + (reference.url ?? ""))
        }
        for organisation in briefing.publication.contact?.about ?? [] { paragraphs.append(organisation.text) }
        return paragraphs.map(\.compacted).filter { !$0.isEmpty }
    }

    /// The body paragraphs only (summary and sections), for the line checks.
    static func body(_ briefing: Briefing) -> [String] {
        var paragraphs: [String] = []
        let edition = briefing.edition
        func walk(_ blocks: [Block]) {
            for case .paragraph(let inlines) in blocks { paragraphs.append(inlines.plainText.compacted) }
        }
        if let summary = edition.summary { walk(summary.blocks) }
        for section in edition.sections {
            walk(section.blocks)
            section.subsections.forEach { walk($0.blocks) }
        }
        return paragraphs.filter { !$0.isEmpty }
    }
}
