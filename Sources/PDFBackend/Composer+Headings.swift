import BriefModel
import PDFWriter
import Typesetting

extension Composer {
    /// A numbered or unnumbered heading of the body: its label (一、 or （一）, no space
    /// after 、) in the accent colour, then the title as written; `role` is its level in the
    /// structure tree, the label part of its text.
    func heading(_ label: String, _ title: [Inline], anchor: String, style: PrintLayout.Heading, role: PDFStructureRole) {
        let base = InlineStyler.Base(role: .heading, size: style.size, color: layout.colors.heading.rgb)
        var runs: [StyledText] = []
        if !label.isEmpty {
            runs.append(StyledText(text: label, style: styler.style(.heading, size: style.size, color: layout.colors.accent.rgb)))
        }
        runs += styler.pieces(title, base).joined()
        heading(runs, anchor: anchor, style: style, role: role)
    }

    /// A heading block: its lines at the headings' own pitch, centred vertically in a whole
    /// number of body lines so the body after it stays on the grid; the space before it is
    /// dropped at the top of a page, and it never ends a page (keep-with-next).
    func heading(_ runs: [StyledText], anchor: String?, style: PrintLayout.Heading, role: PDFStructureRole,
                 frame: Frame? = nil) {
        let frame = frame ?? bodyFrame
        let element = leaf(role)
        // Centred headings go to the engine centred, which balances their lines.
        let lines = set(phraseBroken(runs, width: frame.width), width: frame.width,
                        alignment: style.align == .center ? .center : .start)
        let linePitch = layout.headings.pitch * style.size
        let textHeight = Double(lines.count) * linePitch
        let gridLines = max(1, Int(((textHeight + layout.headings.padding * pitch) / pitch - Composer.gridTolerance).rounded(.up)))
        let top = (Double(gridLines) * pitch - textHeight) / 2

        var drawables = decorations(frame, lines: gridLines)
        if let anchor { drawables.append(.destination(anchor, y: 0)) }
        for (index, line) in lines.enumerated() {
            let x = frame.x
            let y = top + Double(index) * linePitch + baseline(size: style.size, cell: linePitch)
            drawables.append(.text(line, x: x, baseline: y, tag: element))
        }
        if !items.isEmpty { space(style.spaceBefore, stretch: style.stretch) }
        append(ComposedItem(grid: .box(lines: gridLines, keepWithNext: true), drawables: drawables))
        space(style.spaceAfter)
    }

    /// A heading too long for one line breaks after pause marks when every phrase then fits
    /// on a line of its own: a reader takes 「…首批场景公 / 示，…」 for a broken word and
    /// 「…首批场景公示，/ 智能工厂…」 for two phrases. Of the ways to break it into the fewest
    /// lines, the most even wins (the longest line shortest), so a heading of three phrases
    /// stays centred and balanced on three lines; without such a way, the engine's balanced
    /// break stands.
    func phraseBroken(_ runs: [StyledText], width: Double) -> [StyledText] {
        guard typesetter.naturalWidth(runs) > width else { return runs }
        let characters = Array(runs.map(\.text).joined())
        // Offsets a line may end at: after a phrase mark, and the heading's end.
        var ends = [0]
        for (offset, character) in characters.enumerated()
        where Composer.phraseMarks.contains(character) && offset + 1 >= Composer.shortestPhrase
            && characters.count - offset - 1 >= Composer.shortestPhrase {
            ends.append(offset + 1)
        }
        ends.append(characters.count)
        // best[j]: (lines, longest line) of the best way to set characters[..<ends[j]].
        var best: [(lines: Int, longest: Double, previous: Int)?] = Array(repeating: nil, count: ends.count)
        best[0] = (0, 0, -1)
        for j in 1..<ends.count {
            for i in 0..<j {
                guard let before = best[i], ends[j] - ends[i] >= min(Composer.shortestPhrase, ends[j]) else { continue }
                let piece = Composer.split(Composer.split(runs, at: ends[j]).0, at: ends[i]).1
                let pieceWidth = typesetter.naturalWidth(piece)
                guard pieceWidth <= width else { continue }
                let candidate = (lines: before.lines + 1, longest: max(before.longest, pieceWidth), previous: i)
                if let current = best[j], (current.lines, current.longest) <= (candidate.lines, candidate.longest) { continue }
                best[j] = candidate
            }
        }
        guard let last = best[ends.count - 1], last.lines > 1 else { return runs }
        var cuts: [Int] = []
        var j = last.previous
        while j > 0 { cuts.append(ends[j]); j = best[j]!.previous }
        var out: [StyledText] = []
        var rest = runs, consumed = 0
        for cut in cuts.reversed() {
            let (head, tail) = Composer.split(rest, at: cut - consumed)
            guard var end = head.last else { return runs }
            end.text += "\n"  // the engine's hard break
            out += head.dropLast() + [end]
            rest = tail
            consumed = cut
        }
        return out + rest
    }

    /// Marks after which a heading may break into phrases.
    static let phraseMarks: Set<Character> = ["，", "；", "：", "、"]

    /// Neither phrase may be shorter than this many characters (so the 、 of a section
    /// number never ends a line of its own).
    static let shortestPhrase = 4

    /// The runs before and after the `offset`-th character.
    static func split(_ runs: [StyledText], at offset: Int) -> ([StyledText], [StyledText]) {
        var head: [StyledText] = [], tail: [StyledText] = []
        var seen = 0
        for run in runs {
            let count = run.text.count
            if seen + count <= offset {
                head.append(run)
            } else if seen >= offset {
                tail.append(run)
            } else {
                let cut = run.text.index(run.text.startIndex, offsetBy: offset - seen)
                head.append(StyledText(text: String(run.text[..<cut]), style: run.style))
                tail.append(StyledText(text: String(run.text[cut...]), style: run.style))
            }
            seen += count
        }
        return (head, tail)
    }

    /// Rounding slack when a height is counted in grid lines (floating-point noise must not
    /// add a whole line).
    static let gridTolerance = 1e-6
}
