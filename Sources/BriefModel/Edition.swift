import Foundation

/// One day's briefing, as read from `editions/YYYY-MM-DD.md`, with everything the backends
/// share already derived: section numbers, reference numbers and the contents.
public struct Edition: Hashable, Sendable {
    public var date: EditionDate
    public var number: Int?
    /// The title printed for this day: the edition's own, or the publication's.
    public var title: String
    /// The summary block (`# 摘要 {.summary}`), with the heading the editor wrote.
    public var summary: Summary?
    public var sections: [Section]
    public var references: [Reference]
    /// The edition's source file, as given on the command line.
    public var sourcePath: String
    /// Where the text of each heading, caption, paragraph and table stands in the source,
    /// in source order (for the copy-editing lint; the backends never read it).
    public var prose: [ProseBlock]

    public init(date: EditionDate, number: Int?, title: String, summary: Summary?, sections: [Section],
                references: [Reference], sourcePath: String, prose: [ProseBlock] = []) {
        self.date = date
        self.number = number
        self.title = title
        self.summary = summary
        self.sections = sections
        self.references = references
        self.sourcePath = sourcePath
        self.prose = prose
    }

    /// "第 148 期", when the edition is numbered.
    public var numberLine: String? { number.map { "第 \($0) 期" } }

    /// The heading of the generated reference list.
    public static let referencesHeading = "参考文献"
    /// Anchor of the reference list.
    public static let referencesAnchor = "references"

    /// The generated contents: every section (numbered or not) and its subsections, then
    /// the reference list when there is one. Backends add page numbers or links.
    public var contents: [ContentsEntry] {
        var entries: [ContentsEntry] = []
        for section in sections {
            entries.append(ContentsEntry(anchor: section.id, label: section.label, title: section.title.plainText, level: 1))
            for sub in section.subsections {
                entries.append(ContentsEntry(anchor: sub.id, label: sub.label, title: sub.title.plainText, level: 2))
            }
        }
        if !references.isEmpty {
            entries.append(ContentsEntry(anchor: Edition.referencesAnchor, label: "", title: Edition.referencesHeading, level: 1))
        }
        return entries
    }

    /// Every citation in document order, for backlinks from the reference list.
    public var citations: [Citation] {
        ModelWalker.inlines(in: walkRoots) { if case .citation = $0 { true } else { false } }.compactMap {
            if case .citation(let citation) = $0 { citation } else { nil }
        }
    }
}

public struct Summary: Hashable, Sendable {
    /// The heading as the editor wrote it, without the `{.summary}` marker: 摘要.
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    /// The summary as plain text, one line per paragraph or list item paragraph (tables,
    /// figures and code are left out), for a book's description.
    public var plainText: String {
        var lines: [String] = []
        ModelWalker.walk(blocks.map(ModelNode.block), enter: { node, _ in
            guard case .block(let block) = node else { return .visitChildren }
            switch block {
            case .paragraph(let inlines):
                let line = inlines.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !line.isEmpty { lines.append(line) }
                return .skipChildren
            case .list, .quote: return .visitChildren
            default: return .skipChildren  // tables, figures, code: not prose to describe the day
            }
        })
        return lines.joined(separator: "\n")
    }
}

/// A line of the contents: what it points at and what it prints.
public struct ContentsEntry: Hashable, Sendable {
    public var anchor: String
    /// "一、", "（一）" or "".
    public var label: String
    public var title: String
    /// 1 for sections and the reference list, 2 for subsections.
    public var level: Int

    public init(anchor: String, label: String, title: String, level: Int) {
        self.anchor = anchor
        self.label = label
        self.title = title
        self.level = level
    }

    public var text: String { label + title }
}
