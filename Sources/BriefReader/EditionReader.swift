import BriefModel
import Foundation
import Yams

/// Reads `editions/YYYY-MM-DD.md`: YAML front matter between two `---` lines, then the
/// CommonMark body. Every problem of the file is collected and thrown at once.
enum EditionReader {
    static let keys = ["date", "number", "title", "references"]
    static let referenceKeys = ["id", "source", "title", "date", "note", "url"]

    /// Reads the edition at `url`, or `data` as if it were that file's contents.
    static func read(at url: URL, displayPath: String, publication: Publication, data given: Data? = nil) throws -> Edition {
        let data = try given ?? SourceFile.contents(of: url, displayPath: displayPath)
        let source = try SourceText(path: displayPath, data: data)
        var diagnostics: [Diagnostic] = []

        // Front matter: the first line is `---`, the block ends at the next `---` or `...`.
        guard source.lines.first.map({ $0.trimming(.spaces) == "---" }) == true,
              let end = source.lines.indices.dropFirst().first(where: {
                  let l = source.lines[$0].trimming(.spaces)
                  return l == "---" || l == "..."
              }) else {
            throw SourceErrors([Diagnostic(source.location(line: 1, column: 1),
                "the edition has no front matter",
                hint: "start the file with `---`, a line `date: YYYY-MM-DD`, and `---`")])
        }
        let yamlText = source.text(ofLines: 1..<end)
        let yaml = YAMLDocument(source: source, lineOffset: 1)

        var date: EditionDate?
        var number: Int?
        var title: String?
        var references: [Reference] = []
        if let root = yaml.parse(yamlText) {
            if let map = yaml.mapping(root, what: "the front matter", allowed: keys) {
                if let text = map.string("date", required: true, hint: "add `date: YYYY-MM-DD` to the front matter") {
                    date = EditionDate(text)
                    if date == nil {
                        yaml.error(yaml.location(map.valueNode("date")!), "`\(text)` is not a real day",
                                   hint: "write the date as YYYY-MM-DD, e.g. 2026-05-28")
                    }
                }
                number = map.integer("number")
                title = map.string("title")
                references = readReferences(map, yaml)
            }
        }
        diagnostics += yaml.diagnostics

        // The file name and the date must agree: editors copy yesterday's file and forget one.
        let stem = url.deletingPathExtension().lastPathComponent
        if let date {
            if let named = EditionDate(stem) {
                if named != date {
                    let at = yamlLocation(of: "date", in: source, before: end) ?? source.location(line: 1, column: 1)
                    diagnostics.append(Diagnostic(at, "the date \(date) differs from the file name \(url.lastPathComponent)",
                                                  hint: "rename the file to \(date).md or correct `date:`"))
                }
            } else {
                diagnostics.append(Diagnostic(source.location(line: 1, column: 1),
                    "the file name \(url.lastPathComponent) is not YYYY-MM-DD.md",
                    hint: "rename it to \(date).md"))
            }
        }

        let body = MarkdownReader(source: source, firstLine: end + 2, references: references,
                                  assets: AssetResolver(publicationDirectory: publication.directory),
                                  directory: url.deletingLastPathComponent())
        let content = body.read()
        diagnostics += content.diagnostics

        guard diagnostics.isEmpty, let date else {
            throw SourceErrors(diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return Edition(date: date, number: number, title: title ?? publication.title, summary: content.summary,
                       sections: content.sections, references: references, sourcePath: displayPath,
                       prose: content.prose)
    }

    private static func readReferences(_ map: YAMLMapping, _ yaml: YAMLDocument) -> [Reference] {
        var references: [Reference] = []
        var seen: [String: SourceLocation] = [:]
        for item in map.sequence("references") ?? [] {
            guard let m = yaml.mapping(item, what: "a reference", allowed: referenceKeys) else { continue }
            let id = m.string("id")
            if let id {
                let at = yaml.location(m.valueNode("id")!)
                if !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) }) {
                    yaml.error(at, "reference id `\(id)` may hold only ASCII letters, digits and - _ : .",
                               hint: "ids are typed in citations as [@\(id)]; keep them short and ASCII")
                } else if let first = seen[id] {
                    yaml.error(at, "duplicate reference id `\(id)` (first used at line \(first.line))",
                               hint: "give each reference its own id")
                } else {
                    seen[id] = at
                }
            }
            let source = m.string("source", required: true, hint: "add `source: …` (who published it)")
            let title = m.string("title", required: true, hint: "add `title: …` (the article's title)")
            if let source, let title {
                references.append(Reference(number: references.count + 1, id: id, source: source, title: title,
                                            date: m.string("date"), note: m.string("note"), url: m.webAddress("url"),
                                            location: yaml.location(item)))
            }
        }
        return references
    }

    /// Where `key:` starts in the front matter, for diagnostics that concern a whole field.
    private static func yamlLocation(of key: String, in source: SourceText, before end: Int) -> SourceLocation? {
        for i in 1..<end where source.lines[i].hasPrefix(key + ":") {
            return source.location(line: i + 1, column: key.count + 3)
        }
        return nil
    }
}
