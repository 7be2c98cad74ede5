import BriefModel

/// Finds where each `[@…]` citation stands in an edition's body, since cmark-gfm keeps no
/// positions on text nodes. It sees the Markdown as cmark does where that matters for
/// citations: lines of code blocks and raw HTML blocks (found by cmark and passed in) are
/// skipped, code spans are skipped, and a backslash escapes the next character, so `\[@a]`
/// is not a citation. What is left are the bracket texts cmark hands over as text, in the
/// same order as its tree.
struct CitationScanner {
    /// One scalar of the body with the 1-based line (in the body) and column it stands at.
    private struct Place {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    /// One citation's text (`[@a; @b]`) with its body line (0-based) and column (1-based).
    typealias Site = (text: String, line: Int, column: Int)

    /// Each citation's text with its body line and column, in order.
    static func scan(_ lines: [Substring], skippingLines skipped: Set<Int>) -> [Site] {
        var found: [Site] = []
        // A code span cannot cross a blank line, so each run of non-blank lines is scanned
        // alone; a run whose lines lack the bytes `[@` holds no citation and is passed over.
        var chunk: [(index: Int, line: Substring)] = []
        var chunkMayCite = false
        func flush() {
            if chunkMayCite { found += scanChunk(places(of: chunk)) }
            chunk.removeAll(keepingCapacity: true)
            chunkMayCite = false
        }
        for (index, line) in lines.enumerated() {
            if skipped.contains(index) || line.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            chunk.append((index, line))
            if !chunkMayCite, line.holdsBytes(of: "[@") { chunkMayCite = true }
        }
        flush()
        return found
    }

    /// The scalars of a run of lines, each line ended by a line feed, with their places.
    private static func places(of lines: [(index: Int, line: Substring)]) -> [Place] {
        var places: [Place] = []
        for (index, line) in lines {
            var column = 1
            for scalar in line.unicodeScalars {
                places.append(Place(scalar: scalar, line: index, column: column))
                column += 1
            }
            places.append(Place(scalar: "\n", line: index, column: column))
        }
        return places
    }

    /// Scans one paragraph-like run: backslash escapes, code spans (a run of N backticks up to
    /// the next run of exactly N; an unmatched run is literal), and `[@…]` up to the first
    /// `]`, holding no `[` or line end (the pattern ConversionState lifts from text).
    private static func scanChunk(_ places: [Place]) -> [Site] {
        var found: [Site] = []
        var i = 0
        func backtickRun(at start: Int) -> Int {
            var end = start
            while end < places.count, places[end].scalar == "`" { end += 1 }
            return end - start
        }
        while i < places.count {
            let s = places[i].scalar
            if s == "\\" {
                i += 2
            } else if s == "`" {
                let length = backtickRun(at: i)
                var j = i + length
                var closed: Int?
                while j < places.count {
                    if places[j].scalar == "`" {
                        let run = backtickRun(at: j)
                        if run == length { closed = j + run; break }
                        j += run
                    } else {
                        j += 1
                    }
                }
                i = closed ?? (i + length)
            } else if s == "[", i + 1 < places.count, places[i + 1].scalar == "@" {
                var j = i + 2
                var inner = String.UnicodeScalarView()
                while j < places.count, places[j].scalar != "]", places[j].scalar != "[", places[j].scalar != "\n" {
                    inner.append(places[j].scalar)
                    j += 1
                }
                if j < places.count, places[j].scalar == "]" {
                    found.append(("[@" + String(inner) + "]", places[i].line, places[i].column))
                    i = j + 1
                } else {
                    i += 1
                }
            } else {
                i += 1
            }
        }
        return found
    }

    /// Marks `\[@` (with the backslash itself unescaped) by a private-use character after
    /// the bracket, so that the text cmark hands back reads `[U+E000@a]`, which the citation
    /// pattern does not match; the reader removes the mark from every literal afterwards.
    static let escapeMark: Character = "\u{E000}"

    static func protectEscapedCitations(_ body: String) -> String {
        // Without the bytes `\[` there is nothing to mark; most bodies have none.
        guard body.holdsBytes(of: "\\[") else { return body }
        var out = ""
        out.reserveCapacity(body.utf8.count)
        var backslashes = 0
        var pendingBracket = false
        for c in body {
            if pendingBracket {
                pendingBracket = false
                if c == "@" { out.append(escapeMark) }
            }
            if c == "[", backslashes % 2 == 1 { pendingBracket = true }
            backslashes = c == "\\" ? backslashes + 1 : 0
            out.append(c)
        }
        return out
    }
}
