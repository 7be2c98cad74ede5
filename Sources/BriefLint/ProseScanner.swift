import BriefModel

/// Reads a block's source lines into prose units, seeing the Markdown as cmark does where it
/// matters: container markers and heading marks are not text; code spans, addresses, link
/// targets, escapes, raw HTML and citations are opaque; emphasis marks are dropped, so the
/// characters on either side of `**` are neighbours. A table gives one text per cell.
enum ProseScanner {
    /// One scalar of the block's source with its place.
    private struct Place {
        var scalar: Unicode.Scalar
        var start: Int
        var end: Int
        var line: Int
        var column: Int
    }

    static func texts(of block: ProseBlock, in source: LintSource) -> [[ProseUnit]] {
        var places: [Place] = []
        var lastLine = block.lastLine
        // A setext heading's underline is not text.
        if case .heading = block.role, lastLine > block.firstLine { lastLine -= 1 }
        for line in block.firstLine...max(block.firstLine, lastLine) {
            guard let range = source.lineRange(line) else { break }
            var linePlaces: [Place] = []
            var offset = range.lowerBound, column = 1
            let text = String(decoding: source.bytes[range], as: UTF8.self)
            for scalar in text.unicodeScalars {
                let length = UTF8.width(scalar)
                linePlaces.append(Place(scalar: scalar, start: offset, end: offset + length, line: line, column: column))
                offset += length
                column += 1
            }
            if line == block.firstLine {
                // The block starts at cmark's column; before it are list and quote markers.
                let skip = block.firstByteColumn - 1
                linePlaces.removeAll { $0.start - range.lowerBound < skip }
                if case .heading = block.role { linePlaces = headingContent(linePlaces) }
                if block.role == .tableCaption { linePlaces = captionContent(linePlaces) }
            } else {
                // Continuation lines: indentation and quote markers are not text.
                let firstText = linePlaces.firstIndex { $0.scalar != " " && $0.scalar != "\t" && $0.scalar != ">" }
                linePlaces.removeSubrange(0..<(firstText ?? linePlaces.count))
            }
            if block.role == .table, isDelimiterRow(linePlaces) { continue }
            if !places.isEmpty {
                let previous = places[places.count - 1]
                places.append(Place(scalar: "\n", start: previous.end, end: previous.end, line: previous.line, column: previous.column + 1))
            }
            places += linePlaces
        }
        return split(units(places, isTable: block.role == .table), isTable: block.role == .table)
    }

    /// A heading line without its `#` marks, closing `#`s and `{…}` attributes.
    private static func headingContent(_ line: [Place]) -> [Place] {
        var content = line[...]
        while content.first?.scalar == "#" { content.removeFirst() }
        while content.first?.scalar == " " || content.first?.scalar == "\t" { content.removeFirst() }
        while content.last?.scalar == " " || content.last?.scalar == "\t" { content.removeLast() }
        if content.last?.scalar == "}", let open = content.lastIndex(where: { $0.scalar == "{" }) {
            content = content[..<open]
        }
        while content.last?.scalar == " " { content.removeLast() }
        while content.last?.scalar == "#" { content.removeLast() }
        return Array(content)
    }

    /// A table caption's first line without its `Table:` or `:` marker and the spaces after it.
    private static func captionContent(_ line: [Place]) -> [Place] {
        var content = line[...]
        let marker = content.prefix(6).map(\.scalar) == Array("Table:".unicodeScalars) ? 6 : content.first?.scalar == ":" ? 1 : 0
        content.removeFirst(marker)
        while content.first?.scalar == " " || content.first?.scalar == "\t" { content.removeFirst() }
        return Array(content)
    }

    private static func isDelimiterRow(_ line: [Place]) -> Bool {
        !line.isEmpty && line.allSatisfy { "|-: \t".unicodeScalars.contains($0.scalar) } && line.contains { $0.scalar == "-" }
    }

    /// A table's units are split into cells at `|` (kept as line ends); others stay whole.
    private static func split(_ units: [ProseUnit], isTable: Bool) -> [[ProseUnit]] {
        guard isTable else { return [units] }
        var cells: [[ProseUnit]] = [[]]
        for unit in units {
            if unit.kind == .lineEnd { cells.append([]) } else { cells[cells.count - 1].append(unit) }
        }
        return cells.filter { !$0.isEmpty }
    }

    /// What a backslash escapes in CommonMark.
    private static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(s.value) && !ChineseText.isLatinOrDigit(s)
    }

    private static func units(_ p: [Place], isTable: Bool) -> [ProseUnit] {
        var out: [ProseUnit] = []
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            for place in p[range] { view.append(place.scalar) }
            return String(view)
        }
        func opaque(_ kind: ProseUnit.Kind, _ range: Range<Int>) {
            let first = p[range.lowerBound], last = p[range.upperBound - 1]
            out.append(ProseUnit(kind: kind, scalar: first.scalar, start: first.start, end: last.end,
                                 line: first.line, column: first.column, text: text(range)))
        }
        func starts(_ prefix: String, at i: Int) -> Bool {
            var j = i
            for scalar in prefix.unicodeScalars {
                guard j < p.count, p[j].scalar == scalar else { return false }
                j += 1
            }
            return true
        }
        func run(of scalar: Unicode.Scalar, at i: Int) -> Int {
            var j = i
            while j < p.count, p[j].scalar == scalar { j += 1 }
            return j - i
        }
        var unclosedLengths: Set<Int> = []
        var i = 0
        while i < p.count {
            let s = p[i].scalar
            if s == "\n" || (isTable && s == "|") {
                opaque(.lineEnd, i..<(i + 1))
                i += 1
            } else if s == "\\", i + 1 < p.count, isASCIIPunctuation(p[i + 1].scalar) {
                opaque(.escape, i..<(i + 2))
                i += 2
            } else if s == "`" {
                // A code span runs to the next run of as many backticks; an unmatched run is text.
                let length = run(of: "`", at: i)
                var j = i + length, closed: Int?
                // A length with no closing run after some point has none after any later one.
                while j < p.count, !unclosedLengths.contains(length) {
                    if p[j].scalar == "`" {
                        let r = run(of: "`", at: j)
                        if r == length { closed = j + r; break }
                        j += r
                    } else { j += 1 }
                }
                if let closed { opaque(.code, i..<closed); i = closed } else { unclosedLengths.insert(length); i += length }
            } else if s == "[", starts("[@", at: i) {
                var j = i + 2
                while j < p.count, p[j].scalar != "]", p[j].scalar != "[", p[j].scalar != "\n" { j += 1 }
                if j < p.count, p[j].scalar == "]" { opaque(.citation, i..<(j + 1)); i = j + 1 } else { i += 1 }
            } else if s == "]", i + 1 < p.count, p[i + 1].scalar == "(" || p[i + 1].scalar == "[" {
                // A link's or image's target, or a reference label: an address, never prose.
                let open = p[i + 1].scalar, close: Unicode.Scalar = open == "(" ? ")" : "]"
                // The target ends on its line, and a `(` target before the next bracket,
                // which keeps the scan linear however many `](` a paragraph holds.
                var depth = 0, j = i + 1, end: Int?
                while j < p.count, p[j].scalar != "\n" {
                    let c = p[j].scalar
                    if c == open {
                        depth += 1
                    } else if c == close {
                        depth -= 1
                        if depth == 0 { end = j + 1; break }
                    } else if c == "[" || c == "]" {
                        break
                    }
                    j += 1
                }
                if let end { opaque(.address, (i + 1)..<end); i = end } else { i += 1 }
            } else if s == "<", i + 1 < p.count, p[i + 1].scalar.properties.isAlphabetic || "/!?".unicodeScalars.contains(p[i + 1].scalar),
                      let close = (i..<p.count).first(where: { p[$0].scalar == ">" || ($0 > i && p[$0].scalar == "<") }), p[close].scalar == ">" {
                opaque(.html, i..<(close + 1))
                i = close + 1
            } else if (starts("http://", at: i) || starts("https://", at: i) || starts("www.", at: i) || starts("mailto:", at: i)),
                      i == 0 || !ChineseText.isLatinOrDigit(p[i - 1].scalar) {
                // A bare address runs to the next space or `<`, Chinese characters included,
                // as cmark-gfm's autolinks do; trailing punctuation is not part of it.
                var j = i
                while j < p.count, !p[j].scalar.properties.isWhitespace, p[j].scalar != "<", !(isTable && p[j].scalar == "|") { j += 1 }
                while j > i + 1, "?!.,:*_~'\")".unicodeScalars.contains(p[j - 1].scalar) { j -= 1 }
                opaque(.address, i..<j)
                i = j
            } else if s == "*" || s == "_" || s == "~" || s == "[" || s == "]" || (s == "!" && i + 1 < p.count && p[i + 1].scalar == "[") {
                i += 1  // emphasis and link brackets: markup, not text
            } else {
                out.append(ProseUnit(kind: .character, scalar: s, start: p[i].start, end: p[i].end, line: p[i].line, column: p[i].column, text: String(s)))
                i += 1
            }
        }
        return out
    }
}
