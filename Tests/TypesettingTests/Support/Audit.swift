import Typesetting

/// The checks of clreq.md §7, run on the engine's lines instead of a PDF: the same
/// quantities pdfplumber would read (glyph origin x0, advance, baseline), in em.
/// Character tables are written out here from clreq.md §1, independent of the engine's.
enum Audit {
    static let noStart: Set<Character> = Set("、。，．；：？！‼⁇⁈⁉”’）》〉」』】〕〗］｝–～·‧・／/%％‰℃°)]},.;:!?")
    static let noEnd: Set<Character> = Set("“‘（《〈「『【〔〖［｛([{￥¥$£／/")
    static let closingOrPause: Set<Character> = Set("，。、；：？！）》」』】〕〗”’")
    static let brackets: Set<Character> = Set("“‘（《〈「『【〔〖［｛”’）》〉」』】〕〗］｝，。、；：？！")
    static let openings: Set<Character> = Set("“‘（《〈「『【〔〖［｛")

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }
    static func isLatinAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
    static func isPunct(_ c: Character) -> Bool { !isHan(c) && !isLatinAlnum(c) }

    /// A visible cluster: its first glyph (which carries the text and the box advance).
    struct Cluster {
        var text: String
        var x: Double
        var advance: Double
        var yOffset: Double
        var size: Double
        var tag: Int?
        var isCode: Bool { tag == Fixtures.codeTag }
        var first: Character { text.first! }
        var last: Character { text.last! }
    }

    static func clusters(_ line: Line) -> [Cluster] {
        line.glyphs.compactMap { g in
            guard !g.text.isEmpty, !g.text.allSatisfy(\.isWhitespace) else { return nil }
            return Cluster(text: g.text, x: g.x, advance: g.advance, yOffset: g.yOffset, size: g.size, tag: g.tag)
        }
    }

    struct Report {
        var violations: [String] = []
        /// Han–Latin gaps in em on solid (last) lines and on justified lines.
        var solidGaps: [Double] = []
        var justifiedGaps: [Double] = []
        var pairSpans: [Double] = []
        var dashSpans: [Double] = []
        /// Extra space between two Han characters on justified lines (pitch − 1 em), one value per line.
        var interCharacterStretch: [Double] = []
        var looseLines: [String] = []
        var lines = 0

        mutating func fail(_ message: String) { violations.append(message) }
    }

    /// Runs every check on one laid-out paragraph.
    static func check(_ lines: [Line], spec: ParagraphSpec, into r: inout Report) {
        let em = 10.5
        let W = spec.width
        let label = "w=\(Int(W / em))em"
        r.lines += lines.count
        let all = lines.map(clusters)
        for (i, cs) in all.enumerated() {
            let line = lines[i]
            let text = cs.map(\.text).joined()
            guard let f = cs.first, let l = cs.last else { continue }
            // 1. Kinsoku (GB level, plus strict `——`/`……`, which the engine also keeps).
            if i > 0 && !f.isCode && (noStart.contains(f.first) || f.first == "—" || f.first == "…") {
                r.fail("\(label) line \(i) starts with no-start mark '\(f.first)': \(text)")
            }
            if i < lines.count - 1 {
                if noEnd.contains(l.last) && !l.isCode { r.fail("\(label) line \(i) ends with no-end mark '\(l.last)': \(text)") }
                if let n = all[i + 1].first, (l.last == "—" && n.first == "—") || (l.last == "…" && n.first == "…") {
                    r.fail("\(label) line \(i) splits \(l.last)\(n.first)")
                }
            }
            // 2. Right edges of non-final lines. A line with no space and no two Han characters
            // side by side (a piece of a URL, `详` before one) has nowhere to stretch but between
            // its letters, which the engine never does, or its Han–Latin glue up to ½ em: it may
            // end short, never long.
            // Nor does a line whose Han characters already stand ½ em apart (the most the
            // engine opens them), beside a URL in a narrow column.
            let chars = Array(text)
            let rigid = !chars.contains(" ") && !zip(chars, chars.dropFirst()).contains { isHan($0) && isHan($1) }
            var widest = 0.0
            for (a, b) in zip(cs, cs.dropFirst()) where isHan(a.last) && isHan(b.first) && a.yOffset == 0 && b.yOffset == 0 {
                widest = max(widest, (b.x - a.x) / em - 1)
            }
            let openedFully = widest >= 0.5 - 1e-3
            if !line.isLast && (rigid || openedFully) {
                if line.width > W + 1e-6 { r.fail("\(label) line \(i) overflows: \(line.width) > \(W): \(text)") }
                if widest > 0.5 + 1e-3 { r.fail("\(label) line \(i) opens Han characters \(widest) em apart: \(text)") }
            } else if !line.isLast {
                if abs(line.width - W) > 1e-6 { r.fail("\(label) line \(i) set width \(line.width) expected \(W): \(text)") }
                if closingOrPause.contains(l.last) {
                    let occupancy = (W - l.x) / em
                    if occupancy < 0.2 || occupancy > 0.55 {
                        r.fail("\(label) line \(i) end mark occupancy \(occupancy) em, expected 0.2…0.55: \(text)")
                    }
                } else {
                    let tolerance = (l.last == "—" || l.last == "…") ? 0.15 : 0.05
                    let x1 = l.x + l.advance
                    if abs(x1 - W) / em > tolerance {
                        r.fail("\(label) line \(i) right edge off by \((x1 - W) / em) em: \(text)")
                    }
                }
            } else if line.width > W + 0.05 * em {
                r.fail("\(label) last line overflows: \(line.width) > \(W)")
            }
            // 3. Last line: 孤字 and solid Han pitch.
            if line.isLast && lines.count > 1 {
                let characters = text.filter { isHan($0) || isLatinAlnum($0) }.count
                if characters < 2 { r.fail("\(label) last line holds \(characters) character(s): \(text)") }
                for (a, b) in zip(cs, cs.dropFirst()) where isHan(a.last) && isHan(b.first) && a.yOffset == 0 && b.yOffset == 0 {
                    if abs((b.x - a.x) / em - 1) > 0.001 { r.fail("\(label) last line Han pitch \((b.x - a.x) / em) em: \(text)") }
                }
            }
            if !line.isLast {
                var most = -1.0
                for (a, b) in zip(cs, cs.dropFirst()) where isHan(a.last) && isHan(b.first) && a.yOffset == 0 && b.yOffset == 0 {
                    most = max(most, (b.x - a.x) / em - 1)
                }
                if most >= 0 { r.interCharacterStretch.append(most) }
                if most > 0.25 { r.looseLines.append("\(label) line \(i) +\(most) em: \(text)") }
            }
            // 4. Han–Latin gaps.
            var lineGaps: [Double] = []
            for (a, b) in zip(cs, cs.dropFirst()) where a.yOffset == 0 && b.yOffset == 0 {
                let hanLatin = (isHan(a.last) && isLatinAlnum(b.first)) || (isLatinAlnum(a.last) && isHan(b.first))
                guard hanLatin else { continue }
                lineGaps.append((b.x - (a.x + a.advance)) / em)
            }
            // A last line that had to shrink to the full measure is set like a justified one.
            if line.isLast && line.width < W - 1e-6 {
                r.solidGaps += lineGaps
                for g in lineGaps where abs(g - 0.25) > 0.03 { r.fail("\(label) line \(i) natural Han–Latin gap \(g) em: \(text)") }
            } else {
                r.justifiedGaps += lineGaps
                for g in lineGaps where g < 0.125 - 1e-9 || g > 0.5 + 1e-9 { r.fail("\(label) line \(i) justified Han–Latin gap \(g) em: \(text)") }
                if let lo = lineGaps.min(), let hi = lineGaps.max(), hi - lo > 0.01 {
                    r.fail("\(label) line \(i) unequal Han–Latin gaps \(lo)…\(hi): \(text)")
                }
            }
            // 5. Punctuation runs between non-punctuation on the same line.
            var k = 0
            while k < cs.count {
                guard brackets.contains(cs[k].first), cs[k].text.count == 1 else { k += 1; continue }
                var j = k
                while j + 1 < cs.count && brackets.contains(cs[j + 1].first) && cs[j + 1].text.count == 1 { j += 1 }
                let count = j - k + 1
                let startsLine = k == 0
                if !startsLine, j + 1 < cs.count, cs[k].yOffset == 0, cs[j + 1].yOffset == 0, isPunct(cs[j + 1].first) == false {
                    let span = (cs[j + 1].x - cs[k].x) / em
                    if count >= 2 {
                        r.pairSpans.append(span)
                        if abs(span - Double(count + 1) / 2) > 0.01 {
                            r.fail("\(label) line \(i) run of \(count) marks spans \(span) em, expected \(Double(count + 1) / 2): \(text)")
                        }
                    } else if span < 0.5 - 1e-9 || span > 1.1 {
                        r.fail("\(label) line \(i) single mark spans \(span) em: \(text)")
                    }
                }
                k = j + 1
            }
            for (a, b) in zip(cs, cs.dropFirst()) where a.text == "——" || a.text == "……" {
                let span = (b.x - a.x) / em
                r.dashSpans.append(span)
                if abs(span - 2) > 0.05 { r.fail("\(label) line \(i) \(a.text) spans \(span) em") }
            }
            for (a, b) in zip(cs, cs.dropFirst()) where a.text == "…" && b.text == "…" {
                if abs((b.x - a.x) / em - 1) > 0.001 { r.fail("\(label) line \(i) …… halves \((b.x - a.x) / em) em apart") }
            }
            // 6. First-line indent.
            if i == 0 {
                let expected = spec.firstLineIndent / em - (openings.contains(f.first) ? 0.5 : 0)
                if abs(f.x / em - expected) > 0.02 { r.fail("\(label) first line starts at \(f.x / em) em, expected \(expected)") }
            }
        }
        // 8. Round trip: the cluster texts in order are the source text (hard breaks aside).
        let source = spec.runs.map(\.text).joined()
        let emitted = lines.flatMap(\.glyphs).map(\.text).joined()
        if emitted != source { r.fail("\(label) round trip differs:\n  source  \(source)\n  emitted \(emitted)") }
    }
}
