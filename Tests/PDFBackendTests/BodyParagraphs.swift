/// The printed lines of each body paragraph, found by matching the source text against the
/// printed lines in order, so the checks know which line is a paragraph's first and last.
struct BodyParagraphs {
    var paragraphs: [[PrintedLine]]
    var missing: [String]
    /// Body size (the size most lines have), left edge of the type area, and its right edge
    /// (median right edge of non-final lines that end in Han, whose boxes are exact ems).
    var em: Double
    var left: Double
    var right: Double

    init(lines allLines: [PrintedLine], sources: [String]) {
        let sizes = allLines.map { ($0.size * 100).rounded() / 100 }
        let counts = Dictionary(grouping: sizes, by: { $0 }).mapValues(\.count)
        em = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
        let bodySize = em
        let lines = allLines.filter { abs($0.size - bodySize) < 0.05 }

        var paragraphs: [[PrintedLine]] = []
        var missing: [String] = []
        var cursor = 0
        for source in sources {
            var found: Range<Int>?
            var start = cursor
            while start < lines.count, found == nil {
                let first = lines[start].mainText
                if !first.isEmpty, source.hasPrefix(first) {
                    var matched = "", end = start
                    while end < lines.count {
                        let text = lines[end].mainText
                        guard !text.isEmpty, source.dropFirst(matched.count).hasPrefix(text) else { break }
                        matched += text
                        end += 1
                        if matched.count == source.count { found = start..<end; break }
                    }
                }
                start += 1
            }
            if let found {
                paragraphs.append(Array(lines[found]))
                cursor = found.upperBound
            } else {
                missing.append(source)
            }
        }
        self.paragraphs = paragraphs
        self.missing = missing

        let inner = paragraphs.flatMap { $0.dropFirst() }.map { ($0.x0 * 10).rounded() / 10 }
        let starts = Dictionary(grouping: inner, by: { $0 }).mapValues(\.count)
        left = starts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
        let edges = paragraphs.flatMap { $0.dropLast() }
            .filter { ClreqMarks.isHan($0.mainChars.last!.text.last!) }.map(\.x1).sorted()
        right = edges.isEmpty ? 0 : edges[edges.count / 2]
    }
}
