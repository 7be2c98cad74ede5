import BriefModel
import CCmarkGFM
import Foundation
import XMLKit

/// Turns the CommonMark body of an edition into summary and sections, with cmark-gfm doing
/// all the Markdown parsing (GFM tables, strikethrough and autolinks). This file only maps
/// cmark's tree onto the model and applies the briefing format's own rules: heading
/// attributes, citations, figures, the one-summary rule.
struct MarkdownReader {
    let source: SourceText
    /// The file line on which the body starts (after the front matter's closing `---`).
    let firstLine: Int
    let references: [Reference]
    let assets: AssetResolver
    let directory: URL

    struct Content {
        var summary: Summary?
        var sections: [Section] = []
        var diagnostics: [Diagnostic] = []
        var prose: [ProseBlock] = []
    }

    /// cmark-gfm registers its extensions in a global list without a lock, and editions are
    /// read on several threads: a Swift static runs the registration exactly once.
    static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    func read() -> Content {
        let bodyLines = source.lines.dropFirst(firstLine - 1)
        let body = CitationScanner.protectEscapedCitations(source.text(ofLines: (firstLine - 1)..<source.lines.count))
        var state = CmarkConverter(reader: self)

        MarkdownReader.extensionsRegistered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        let bytes = Array(body.utf8)
        bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(p.count, 1)) { cmark_parser_feed(parser, $0, p.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return Content() }
        defer { cmark_node_free(document) }
        if let (node, message, hint) = NestingLimits.firstViolation(in: document) {
            // Converting a tree this deep would cost every later stage; nothing else is read.
            state.error(state.location(of: node), message, hint: hint)
            return Content(diagnostics: state.diagnostics)
        }
        state.scanCitations(bodyLines: Array(bodyLines), skippedLines: literalBlockLines(document))

        var content = Content()
        var currentSection: (heading: HeadingInfo, blocks: [Block], subsections: [Subsection])?
        var currentSubsection: (heading: HeadingInfo, blocks: [Block])?
        var summary: (title: String, blocks: [Block], at: SourceLocation)?
        var inSummary = false
        var numbered = 0
        /// Whether each heading is numbered, for the lint's map of the text (`proseBlocks`).
        var headingNumbered: [OpaquePointer: Bool] = [:]

        func closeSubsection() {
            guard let sub = currentSubsection, currentSection != nil else { return }
            let sectionID = currentSection!.heading.id
            let index = currentSection!.subsections.count + 1
            let number = (currentSection!.heading.numbered && sub.heading.numbered) ? index : nil
            currentSection!.subsections.append(Subsection(id: "\(sectionID)-\(index)", title: sub.heading.title,
                                                          number: number, blocks: sub.blocks))
            currentSubsection = nil
        }
        func closeSection() {
            closeSubsection()
            guard let s = currentSection else { return }
            content.sections.append(Section(id: s.heading.id, title: s.heading.title, number: s.heading.number,
                                            blocks: s.blocks, subsections: s.subsections))
            currentSection = nil
        }

        var node = cmark_node_first_child(document)
        while let n = node {
            node = cmark_node_next(n)
            let location = state.location(of: n)
            if CmarkNodeKind(n) == .heading {
                let level = Int(cmark_node_get_heading_level(n))
                guard let heading = state.heading(n, level: level) else { continue }
                headingNumbered[n] = heading.numbered && !heading.isSummary
                if level == 1 {
                    if heading.isSummary {
                        closeSection()
                        if let first = summary {
                            state.error(location, "a second summary (the first is at line \(first.at.line))",
                                        hint: "an edition has one summary; merge them or drop `{.summary}` from this heading")
                        } else {
                            summary = (heading.title.plainText, [], location)
                        }
                        inSummary = true
                        continue
                    }
                    inSummary = false
                    closeSection()
                    var info = heading
                    info.id = "s\(content.sections.count + 1)"
                    if info.numbered { numbered += 1; info.number = numbered }
                    currentSection = (info, [], [])
                } else if level == 2 {
                    if inSummary {
                        state.error(location, "a subsection inside the summary", hint: "the summary is one block of text; use `#` to start a section")
                        continue
                    }
                    guard currentSection != nil else {
                        state.error(location, "a `##` subsection before any `#` section", hint: "start a section with `# Heading` first")
                        continue
                    }
                    closeSubsection()
                    currentSubsection = (heading, [])
                } else {
                    state.error(location, "a level-\(level) heading; briefings use `#` for sections and `##` for subsections",
                                hint: "use `##`, or write the line as a **bold** paragraph")
                }
                continue
            }
            guard let block = state.block(n) else { continue }
            if inSummary {
                summary!.blocks.append(block)
            } else if currentSubsection != nil {
                currentSubsection!.blocks.append(block)
            } else if currentSection != nil {
                currentSection!.blocks.append(block)
            } else {
                state.error(location, "text before the first heading belongs to no section",
                            hint: "put it under `# 摘要 {.summary}` or under a `# Heading`")
            }
        }
        closeSection()
        if let summary { content.summary = Summary(title: summary.title, blocks: summary.blocks) }
        content.diagnostics = state.diagnostics
        content.prose = proseBlocks(document, headingNumbered: headingNumbered)
        return content
    }

    /// Where each heading, paragraph, figure or table caption and table stands, in source order, at
    /// any depth (lists, quotes); code and raw HTML blocks are not text to copy-edit.
    func proseBlocks(_ document: OpaquePointer, headingNumbered: [OpaquePointer: Bool]) -> [ProseBlock] {
        var blocks: [ProseBlock] = []
        guard let iterator = cmark_iter_new(document) else { return blocks }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let role: ProseBlock.Role
            switch CmarkNodeKind(node) {
            case .heading:
                guard let numbered = headingNumbered[node] else { continue }  // refused, or level 3+
                role = .heading(level: Int(cmark_node_get_heading_level(node)), numbered: numbered)
            case .paragraph:
                let child = cmark_node_first_child(node)
                let isFigure = child.map { CmarkNodeKind($0) == .image && cmark_node_next($0) == nil } ?? false
                let isTableCaption = cmark_node_previous(node).map { CmarkNodeKind($0) == .table } == true
                    && CmarkConverter.isTableCaption(node)
                role = isFigure ? .caption : isTableCaption ? .tableCaption : .paragraph
            case .table:
                role = .table
            default:
                continue
            }
            let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
            guard start >= 1, end >= start else { continue }
            blocks.append(ProseBlock(role: role, firstLine: firstLine + start - 1, lastLine: firstLine + end - 1,
                                     firstByteColumn: max(1, Int(cmark_node_get_start_column(node)))))
        }
        return blocks
    }

    /// The body lines (0-based) of every code block and raw HTML block, at any depth:
    /// their brackets are code or markup, never citations. cmark's iterator walks the
    /// tree without recursion.
    func literalBlockLines(_ document: OpaquePointer) -> Set<Int> {
        var lines: Set<Int> = []
        guard let iterator = cmark_iter_new(document) else { return lines }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let kind = CmarkNodeKind(node)
            guard kind == .codeBlock || kind == .htmlBlock else { continue }
            let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
            if start >= 1, end >= start { lines.formUnion((start - 1)...(end - 1)) }
        }
        return lines
    }
}

/// A heading after its `{…}` attributes are read.
struct HeadingInfo {
    var title: [Inline]
    var isSummary: Bool
    var numbered: Bool
    var id = ""
    var number: Int?
}
