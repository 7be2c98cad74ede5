import BriefModel
import CCmarkGFM
import Foundation
import XMLKit

/// Converts cmark-gfm's nodes of one body into the model's blocks and inlines, carrying
/// along the diagnostics, the citation and figure counters, and where each citation
/// stands in the source.
struct CmarkConverter {
    let reader: MarkdownReader
    var diagnostics: [Diagnostic] = []
    private var citationCount = 0
    private var figureCount = 0
    private var tableCount = 0
    /// Paragraphs read as the caption of the table before them, so not read again as text.
    private var captionParagraphs: Set<OpaquePointer> = []
    /// Image bytes of the figures so far, each use counted: the WeChat article carries an
    /// image as a data URI at every use, so one large image shown many times multiplies
    /// the article's size (60 uses of a 1 MB image made an 86 MB article).
    private var figureBytes = 0
    /// At most this many image bytes are shown in one edition, counting every use: far
    /// more than a day's charts, small enough that every output stays tens of megabytes.
    static let maximumFigureBytes = 32 << 20
    /// Source positions of each citation text (`[@a; @b]`), in order, consumed as cmark's
    /// tree meets them; cmark-gfm does not keep positions on text nodes.
    private var citationSites: [String: [SourceLocation]] = [:]
    private let referenceNumbers: [String: Int]

    init(reader: MarkdownReader) {
        self.reader = reader
        var numbers: [String: Int] = [:]
        for r in reader.references { if let id = r.id, numbers[id] == nil { numbers[id] = r.number } }
        referenceNumbers = numbers
    }

    /// Records where each citation stands; `skippedLines` (0-based body lines) are the code
    /// and raw HTML blocks cmark found, whose brackets are not citations.
    mutating func scanCitations(bodyLines: [Substring], skippedLines: Set<Int>) {
        for site in CitationScanner.scan(bodyLines, skippingLines: skippedLines) {
            citationSites[site.text, default: []]
                .append(reader.source.location(line: reader.firstLine + site.line, column: site.column))
        }
    }

    mutating func error(_ at: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(at, message, hint: hint))
    }

    /// cmark-gfm's node types carry their kind in the top two bits (`CMARK_NODE_TYPE_MASK`):
    /// 0x8000 for a block, 0xC000 for an inline; the C macros do not reach Swift.
    private static let nodeKindMask: UInt32 = 0xC000, blockKind: UInt32 = 0x8000

    /// The nearest block holding `node` (cmark keeps source positions on blocks only).
    func enclosingBlock(_ node: OpaquePointer) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let n = current {
            if UInt32(cmark_node_get_type(n).rawValue) & Self.nodeKindMask == Self.blockKind { return n }
            current = cmark_node_parent(n)
        }
        return nil
    }

    func location(of node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        return reader.source.location(line: reader.firstLine + line - 1, byteColumn: max(column, 1))
    }

    private func kind(_ node: OpaquePointer) -> CmarkNodeKind { CmarkNodeKind(node) }

    private func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var c = cmark_node_first_child(node)
        while let n = c { out.append(n); c = cmark_node_next(n) }
        return out
    }

    /// A node's text, without the marks that kept escaped `\[@` from becoming citations
    /// (text nodes keep them until citations are lifted; see `rawLiteral`).
    private func literal(_ node: OpaquePointer) -> String {
        rawLiteral(node).filter { $0 != CitationScanner.escapeMark }
    }

    private func rawLiteral(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// A link's or image's destination, without escape marks.
    private func destination(_ node: OpaquePointer) -> String {
        (cmark_node_get_url(node).map { String(cString: $0) } ?? "").filter { $0 != CitationScanner.escapeMark }
    }

    // MARK: Headings

    /// Reads a heading's inlines and its trailing `{.summary}`, `{-}` or `{.unnumbered}`.
    mutating func heading(_ node: OpaquePointer, level: Int) -> HeadingInfo? {
        var title = inlines(children(node))
        var isSummary = false, numbered = true
        if case .text(let last)? = title.last {
            if let block = HeadingAttributes(endOf: last) {
                let attributes = block.content.split(separator: " ")
                for attribute in attributes {
                    switch attribute {
                    case ".summary" where level == 1: isSummary = true
                    case ".summary":
                        error(location(of: node), "`{.summary}` is only allowed on a `#` heading, not on a level-\(level) heading",
                              hint: "write the summary as `# 摘要 {.summary}`, or drop `{.summary}` from this heading")
                    case "-", ".unnumbered": numbered = false
                    default:
                        error(location(of: node), "unknown heading attribute `\(attribute)`",
                              hint: "use `{.summary}` for the summary (on a `#` heading), `{-}` or `{.unnumbered}` for an unnumbered section")
                    }
                }
                title.removeLast()
                if !block.rest.isEmpty { title.append(.text(block.rest)) }
            }
        }
        if title.plainText.trimming(.spaces).isEmpty {
            error(location(of: node), "an empty heading", hint: "write the section's title after `#`")
            return nil
        }
        return HeadingInfo(title: title, isSummary: isSummary, numbered: numbered)
    }

    // MARK: Blocks

    mutating func block(_ node: OpaquePointer) -> Block? {
        switch kind(node) {
        case .paragraph:
            if captionParagraphs.contains(node) { return nil }
            let kids = children(node)
            // An image alone in its paragraph is a figure.
            if kids.count == 1, kind(kids[0]) == .image { return figure(kids[0]) }
            let content = inlines(kids)
            return content.isEmpty ? nil : .paragraph(content)
        case .list:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let items = children(node).map { item in children(item).compactMap { block($0) } }
            return .list(List(ordered: ordered, start: Int(cmark_node_get_list_start(node)),
                              tight: cmark_node_get_list_tight(node) != 0, items: items))
        case .blockQuote:
            return .quote(children(node).compactMap { block($0) })
        case .codeBlock:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            var code = literal(node)
            if code.hasSuffix("\n") { code.removeLast() }
            return .code(code, language: info.isEmpty ? nil : info)
        case .thematicBreak:
            return .thematicBreak
        case .htmlBlock:
            // Raw HTML is reduced to its visible text; nothing of it is passed through.
            let content = rawHTMLInlines(literal(node))
            return content.isEmpty ? nil : .paragraph(content)
        case .table:
            return table(node)
        case .heading:
            return nil  // handled by the caller
        case .unsupported(let name):
            error(location(of: node), "unsupported Markdown block (\(name))")
            return nil
        default:
            error(location(of: node), "unsupported Markdown block")
            return nil
        }
    }

    private mutating func table(_ node: OpaquePointer) -> Block {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(node) {
            let cells = children(row).map { inlines(children($0)) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        var caption: [Inline] = []
        if let next = cmark_node_next(node), CmarkConverter.isTableCaption(next) {
            captionParagraphs.insert(next)
            caption = inlines(children(next))
            if case .text(let first)? = caption.first {
                let text = CmarkConverter.droppingCaptionMarker(first)
                caption[0] = .text(text)
                if text.isEmpty { caption.removeFirst() }
            }
        }
        tableCount += 1
        return .table(Table(alignments: alignments, header: header, rows: rows, caption: caption, number: tableCount))
    }

    /// pandoc's table caption: a paragraph right after the table that starts `Table:` or
    /// `:`, then a space (or nothing more on its line).
    static func isTableCaption(_ node: OpaquePointer) -> Bool {
        guard CmarkNodeKind(node) == .paragraph else { return false }
        // cmark may split text at `:` (the autolink extension looks for `http:` there).
        var start = "", child = cmark_node_first_child(node)
        while let text = child, CmarkNodeKind(text) == .text, start.unicodeScalars.count < 8 {
            start += cmark_node_get_literal(text).map { String(cString: $0) } ?? ""
            child = cmark_node_next(text)
        }
        return captionMarkerLength(start) != nil
    }

    /// Scalars of `Table:` or `:` and the spaces after it at the start of `text`, or nil.
    static func captionMarkerLength(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.prefix(8))
        let marker = scalars.starts(with: "Table:".unicodeScalars) ? 6 : scalars.first == ":" ? 1 : 0
        guard marker > 0 else { return nil }
        var end = marker
        while end < scalars.count, scalars[end] == " " || scalars[end] == "\t" { end += 1 }
        // `:` must be followed by a space (or end its line), so `:)` starts no caption.
        guard end > marker || end == text.unicodeScalars.count else { return nil }
        return end
    }

    static func droppingCaptionMarker(_ text: String) -> String {
        guard let length = captionMarkerLength(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(length)))
    }

    private mutating func figure(_ node: OpaquePointer) -> Block? {
        let path = destination(node)
        let caption = inlines(children(node))
        switch reader.assets.resolve(path.removingPercentEncoding ?? path, relativeTo: reader.directory) {
        case .success(let asset):
            let before = figureBytes
            figureBytes += asset.data.count
            guard figureBytes <= CmarkConverter.maximumFigureBytes else {
                // Reported at the first figure past the limit only.
                if before <= CmarkConverter.maximumFigureBytes { error(location(of: node), "the edition's figures pass \(CmarkConverter.maximumFigureBytes >> 20) MB of images (each use counted)",
                      hint: "show fewer or smaller images; an image used again is embedded again in the WeChat article") }
                return nil
            }
            figureCount += 1
            return .figure(Figure(image: asset, caption: caption, number: figureCount))
        case .failure(let failure):
            let (message, hint) = reader.assets.describe(failure, path: path)
            error(location(of: node), message, hint: hint)
            return nil
        }
    }

    // MARK: Inlines

    /// The visible text of raw HTML: each `<br>` becomes a `.lineBreak`, the source's own
    /// line ends inside the HTML are spaces (as a browser shows them), and space around a
    /// break is dropped (a browser does not show it either), so text never holds a newline.
    func rawHTMLInlines(_ html: String) -> [Inline] {
        var lines = HTMLFragment.visibleLines(html).map { line in
            line.split(whereSeparator: \.isNewline).joined(separator: " ").trimming(.spaces)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        var out: [Inline] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(.lineBreak) }
            if !line.isEmpty { out.append(.text(line)) }
        }
        return out
    }

    /// Converts inline nodes, then merges adjacent text and lifts citations out of it.
    mutating func inlines(_ nodes: [OpaquePointer]) -> [Inline] {
        var out: [Inline] = []
        var hiddenUntil: String?
        for node in nodes {
            let kind = kind(node)
            if let closing = hiddenUntil {
                if kind == .htmlInline, literal(node).lowercased().replacingOccurrences(of: " ", with: "").hasPrefix("</\(closing)") { hiddenUntil = nil }
                continue
            }
            switch kind {
            case .text: out.append(.text(rawLiteral(node)))
            case .softBreak: out.append(.softBreak)
            case .lineBreak: out.append(.lineBreak)
            case .code: out.append(.code(literal(node)))
            case .emphasis: out.append(.emphasis(inlines(children(node))))
            case .strong: out.append(.strong(inlines(children(node))))
            case .strikethrough: out.append(.strikethrough(inlines(children(node))))
            case .link:
                let url = destination(node)
                let content = inlines(children(node))
                // Only web and mail links are kept; `javascript:` and relative links become text.
                if WebAddress.problem(url) == nil {
                    out.append(.link(url: url, content.isEmpty ? [.text(url)] : content))
                } else {
                    out.append(contentsOf: content)
                }
            case .image:
                error(location(of: node), "an image inside running text",
                      hint: "put `![caption](path)` alone in its own paragraph to make it a figure")
            case .htmlInline:
                let html = literal(node)
                if let name = HiddenElementTag.name(openedBy: html), !html.hasSuffix("/>") {
                    hiddenUntil = name.lowercased()
                } else if html.lowercased().hasPrefix("<br") {
                    out.append(.lineBreak)
                } else {
                    out += rawHTMLInlines(html)
                }
            case .unsupported(let name):
                error(location(of: node), "unsupported Markdown inline (\(name))")
            default:
                error(location(of: node), "unsupported Markdown inline")
            }
        }
        let fallback = nodes.first.flatMap { enclosingBlock($0) }.map { location(of: $0) }
        return liftCitations(mergeText(out), fallback: fallback).map { inline in
            guard case .text(let text) = inline, text.holdsBytes(of: String(CitationScanner.escapeMark)),
                  text.contains(CitationScanner.escapeMark) else { return inline }
            return .text(text.filter { $0 != CitationScanner.escapeMark })
        }
    }

    private func mergeText(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let b) = inline, case .text(let a)? = out.last {
                out[out.count - 1] = .text(a + b)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    /// Splits `[@id]` and `[@a; @b]` out of text into citations, resolving each id to its
    /// reference number; an unknown id is an error at the citation's line and column.
    /// `fallback` is where a citation whose own position was not found is reported: the
    /// start of the block holding it.
    private mutating func liftCitations(_ inlines: [Inline], fallback: SourceLocation?) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            guard case .text(let text) = inline, CitationSyntax.mayHoldSpan(text) else { out.append(inline); continue }
            for piece in CitationSyntax.pieces(of: text) {
                switch piece {
                case .text(let plain):
                    out.append(.text(plain))
                case .citation(let whole):
                    let site = citationSites[whole]?.isEmpty == false ? citationSites[whole]!.removeFirst() : nil
                    if let citation = citation(whole, at: site, fallback: fallback) { out.append(.citation(citation)) }
                }
            }
        }
        return out
    }

    /// Problems are reported at `site`, the citation's own position; without it, at
    /// `fallback` (its block), and failing that at the body's first line.
    private mutating func citation(_ text: String, at site: SourceLocation?, fallback: SourceLocation?) -> Citation? {
        let inner = String(text.dropFirst().dropLast())
        let here = site ?? fallback ?? reader.source.location(line: reader.firstLine, column: 1)
        var numbers: [Int] = []
        var ok = true
        for part in inner.split(separator: ";") {
            let piece = part.trimming(.spaces)
            guard let key = CitationSyntax.key(piece[...]) else {
                error(here, "`\(piece)` in \(text) is not a citation key",
                      hint: "cite as [@id] or [@id1; @id2], with ids from `references` in the front matter")
                ok = false
                continue
            }
            let id = String(key)
            if let number = referenceNumbers[id] {
                numbers.append(number)
            } else {
                // Only on this error path, so Foundation's search (as ever) is no cost.
                let offset = (inner as NSString).range(of: "@" + id).location
                // Within the citation only when its own position is known; else the block's start.
                let column = site == nil ? here.column
                    : here.column + 1 + ((inner as NSString).substring(to: max(offset, 0)) as String).unicodeScalars.count
                let known = referenceNumbers.keys.sorted()
                let suggestion = YAMLDocument.nearest(id, in: known).map { "did you mean `@\($0)`? " } ?? ""
                error(SourceLocation(file: here.file, line: here.line, column: column), "citation of unknown reference `\(id)`",
                      hint: suggestion + (known.isEmpty ? "add a `references:` entry with `id: \(id)` to the front matter"
                                                        : "known ids: " + known.joined(separator: ", ")))
                ok = false
            }
        }
        guard ok, !numbers.isEmpty else { return nil }
        citationCount += 1
        return Citation(occurrence: citationCount, numbers: numbers)
    }
}
