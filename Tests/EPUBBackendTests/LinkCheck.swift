import EPUBBackend
import Foundation
import XCTest

/// Follows every link inside a book the way a reading system would: each relative href
/// (XHTML `a`/`img`/`link`, NCX `content`) must name a file in the container and, when it
/// has a fragment, an element with that ID in that file.
enum LinkCheck {
    struct Counts { var links = 0; var noterefs = 0; var backlinks = 0 }

    @discardableResult
    static func assertAllInternalLinksResolve(in book: EPUBBook, file: StaticString = #filePath, line: UInt = #line) throws -> Counts {
        var ids: [String: Set<String>] = [:]
        var documents: [String: ParsedXML] = [:]
        for entry in book.xhtmlEntries + book.entries.filter({ $0.hasSuffix(".ncx") }) {
            let doc = try book.xml(entry)
            documents[entry] = doc
            ids[entry] = doc.ids
        }
        let files = Set(book.entries)
        var counts = Counts()
        var broken: [String] = []
        for (entry, doc) in documents.sorted(by: { $0.key < $1.key }) {
            for element in doc.elements {
                let href: String?
                switch element.name {
                case "a", "link": href = element.attribute("href")
                case "img": href = element.attribute("src")
                case "content": href = element.attribute("src")
                default: href = nil
                }
                guard let href, !href.contains(":") else { continue }  // external (https:, mailto:)
                counts.links += 1
                if element.attribute("type", namespace: "http://www.idpf.org/2007/ops") == "noteref" { counts.noterefs += 1 }
                if element.attribute("role") == "doc-backlink" { counts.backlinks += 1 }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? entry : resolve(parts[0], from: entry)
                guard files.contains(target) else { broken.append("\(entry): \(href) → no file \(target)"); continue }
                if parts.count == 2, !(ids[target]?.contains(parts[1]) ?? false) {
                    broken.append("\(entry): \(href) → no id \(parts[1]) in \(target)")
                }
            }
        }
        XCTAssertEqual(broken, [], "links that do not resolve", file: file, line: line)
        XCTAssertGreaterThan(counts.links, 0, "no internal links found at all", file: file, line: line)
        return counts
    }

    /// `../images/a.png` seen from `OEBPS/text/d1.xhtml` → `OEBPS/images/a.png`.
    static func resolve(_ relative: String, from entry: String) -> String {
        var parts = entry.split(separator: "/").dropLast().map(String.init)
        for piece in relative.split(separator: "/") {
            if piece == ".." { parts.removeLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// Compares a chapter's visible text with the Markdown it came from: every paragraph,
/// list item, quote line, table cell and code line of the source must appear in the
/// chapter once Markdown syntax, citations and all whitespace are taken away.
enum SourceParagraphs {
    static func missing(from chapter: ParsedXML, source: String) -> [String] {
        let text = squeeze(chapter.root.text(skipping: { $0.attribute("class") == "cite" }))
        return paragraphs(source).filter { !text.contains(squeeze($0)) }
    }

    /// The text pieces of a Markdown body (front matter dropped), syntax removed.
    static func paragraphs(_ source: String) -> [String] {
        var lines = source.components(separatedBy: "\n")
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        var pieces: [String] = []
        var paragraph: [String] = []
        var inCode = false
        func flush() {
            if !paragraph.isEmpty { pieces.append(paragraph.joined(separator: "\n")) }
            paragraph = []
        }
        for raw in lines {
            var line = raw
            if line.hasPrefix("```") { flush(); inCode.toggle(); continue }
            if inCode { pieces.append(line); continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") || line == "---" || line.hasPrefix("![") {
                flush(); continue
            }
            if line.hasPrefix("|") {
                flush()
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if !cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { pieces += cells.map(strip) }
                continue
            }
            if line.hasPrefix("> ") { line.removeFirst(2) } else if line == ">" { flush(); continue }
            if let marker = line.range(of: #"^(- |\d+\. )"#, options: .regularExpression) {
                flush()
                line.removeSubrange(marker)
            }
            paragraph.append(strip(line))
        }
        flush()
        return pieces.filter { !squeeze($0).isEmpty }
    }

    /// Inline Markdown syntax away: citations, emphasis marks, code ticks, link targets,
    /// the backslash of a hard break.
    static func strip(_ line: String) -> String {
        var s = line
        for (pattern, template) in [(#"\[@[^\]]*\]"#, ""), (#"\[([^\]]*)\]\([^)]*\)"#, "$1"), (#"\*\*|~~|`|\*"#, ""), (#"\\$"#, "")] {
            s = s.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return s
    }

    static func squeeze(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}
