/// A line chosen by the breaker: atoms `start...end` (the break is after `end`), of which
/// `start...contentEnd` are set and the rest are spaces or the hard break swallowed by it.
struct LineSpan {
    var start: Int
    var end: Int
    /// Last atom that takes room; `< start` for an empty line (two hard breaks in a row).
    var contentEnd: Int
    /// The first line of the paragraph: it takes the first-line indent.
    var isFirst: Bool
    /// Ended by a hard break or the paragraph end: set solid, not justified.
    var isSolid: Bool
    var isLast: Bool
}

/// Knuth–Plass line penalty: each line costs this much, so the breaker prefers fewer lines
/// when the choice is otherwise even (TeX's \linepenalty).
let linePenalty = 10.0
/// Badness of a line that can reach the measure only by stretching far beyond its nominal
/// stretch is capped here, so very loose lines still compare among themselves …
let maximumBadness = 1e5
/// … while a line that cannot reach the measure at all (nothing on it may stretch, or it is
/// too wide even fully shrunk) is worse than any of them.
let impossibleBadness = 1e6
/// An emergency break inside a Western word or code token costs more than any badness,
/// so it happens only when the token alone is wider than the line.
let emergencyBreakDemerits = 1e14
/// A line wider than the measure even fully shrunk is the very last resort.
let overfullDemerits = 1e16
/// The last line must hold at least two characters (孤字, clreq "adjustments of orphans"):
/// a runt costs more than any ordinary set of lines, so another break is always preferred
/// when one exists. Typst's runt cost plays the same role.
let runtDemerits = 1e10
/// Ragged lines (start, centre, end alignment) score their unused width as if they could
/// stretch this many em at badness 100: shorter lines are worse, so headings come out
/// balanced rather than one long line and a stub.
let raggedNominalStretch = 3.0
/// Float slack when comparing widths in pt.
let widthEpsilon = 1e-6

/// Stage 4 of inline layout: optimum-fit line breaking (Knuth and Plass) by dynamic
/// programming over the break opportunities. For each opportunity, every earlier one that can
/// start a line ending there is tried, from the nearest back to where the line would be
/// too wide even fully shrunk; prefix sums give each candidate line's natural width, stretch
/// and shrink in constant time, corrected for the edge effects of that particular line (the
/// glue at the break vanishes, trailing spaces drop, a mark at the end and an opening bracket
/// at the start lose their blank half). The cost of a line is (linePenalty + badness)² plus
/// its break penalty² plus emergency/runt/overfull terms; the paragraph minimises the sum.
/// Because a line can hold only so many atoms, this is O(atoms × atoms per line).
func breakLines(_ s: SpacedText, spec: ParagraphSpec) -> [LineSpan] {
    let n = s.atoms.count
    guard n > 0 else { return [] }
    let em = s.atoms[0].em
    let measure = LineMeasure(s)

    // Break candidates: atom index after which the line may end.
    var ends: [Int] = []
    for k in 0..<n {
        if s.breakAfter[k] != .prohibited { ends.append(k) }
    }
    if ends.last != n - 1 { ends.append(n - 1) }
    let totalCharacters = measure.characters(0, n - 1)

    var best = [Double](repeating: .infinity, count: ends.count)
    var previous = [Int](repeating: -1, count: ends.count)
    for c in 0..<ends.count {
        let b = ends[c]
        let isEnd = c == ends.count - 1
        let solid = isEnd || s.breakAfter[b] == .mandatory
        var p = c - 1
        var foundFeasible = false
        while p >= -1 {
            let a = p < 0 ? 0 : ends[p] + 1
            let avail = spec.width - (p < 0 ? spec.firstLineIndent : spec.hangingIndent)
            let line = measure.line(a, b)
            let base = p < 0 ? 0 : best[p]
            if line.natural - line.shrink > avail + widthEpsilon && line.hasContent {
                if !foundFeasible && p == c - 1 && base.isFinite {
                    let cost = base + overfullDemerits + (line.natural - line.shrink - avail) / em * 1e6
                    if cost < best[c] { best[c] = cost; previous[c] = p }
                }
                break
            }
            foundFeasible = true
            if base.isFinite {
                let badness = lineBadness(line, avail: avail, em: em, solid: solid, alignment: spec.alignment)
                var penalty = 0.0, extra = 0.0
                switch s.breakAfter[b] {
                case .allowed(let value): penalty = value
                case .emergency: extra += emergencyBreakDemerits
                default: break
                }
                if isEnd && totalCharacters >= 2 && measure.characters(a, b) < 2 { extra += runtDemerits }
                let cost = base + (linePenalty + badness) * (linePenalty + badness) + penalty * penalty + extra
                if cost < best[c] { best[c] = cost; previous[c] = p }
            }
            if p >= 0 && s.breakAfter[ends[p]] == .mandatory { break }
            p -= 1
        }
    }

    var chosen: [Int] = []
    var c = ends.count - 1
    while c >= 0 { chosen.append(c); c = previous[c] }
    chosen.reverse()
    var lines: [LineSpan] = []
    var start = 0
    for (i, c) in chosen.enumerated() {
        let b = ends[c]
        let isLast = i == chosen.count - 1
        lines.append(LineSpan(start: start, end: b, contentEnd: max(measure.lastContent[b], start - 1),
                              isFirst: i == 0, isSolid: isLast || s.breakAfter[b] == .mandatory, isLast: isLast))
        start = b + 1
    }
    return lines
}

/// Badness of a line (TeX's 100·r³): solid lines (last, before a hard break) cost nothing
/// when they fit; justified lines by how far they stretch or shrink against what they can;
/// ragged lines by their unused width.
private func lineBadness(_ line: LineMeasure.Line, avail: Double, em: Double, solid: Bool, alignment: Alignment) -> Double {
    let justified = alignment == .justified
    let delta = avail - line.natural
    if delta < -widthEpsilon {
        guard line.shrink > 0 else { return impossibleBadness }
        let r = -delta / line.shrink
        return min(maximumBadness, 100 * r * r * r)
    }
    // Centred lines are balanced, the last one included; elsewhere a solid line is free.
    if solid && !(alignment == .center) { return 0 }
    let nominal = justified ? SpacedText.nominalStretch(line.stretch, em: em) : raggedNominalStretch * em
    if delta <= widthEpsilon { return 0 }
    guard nominal > 0 else { return impossibleBadness }
    let r = delta / nominal
    return min(maximumBadness, 100 * r * r * r)
}

/// Prefix sums over the atoms and their following gaps, for O(1) line measurements.
struct LineMeasure {
    struct Line {
        var natural: Double
        var shrink: Double
        var stretch: Levels
        var hasContent: Bool
    }
    let s: SpacedText
    private var width: [Double]
    private var shrink: [Levels]
    private var stretch: [Levels]
    private var chars: [Int]
    /// For each atom, the last atom at or before it that takes room (-1 if none).
    private(set) var lastContent: [Int]

    init(_ s: SpacedText) {
        self.s = s
        let n = s.atoms.count
        width = [0]; shrink = [.zero]; stretch = [.zero]; chars = [0]; lastContent = []
        width.reserveCapacity(n + 1)
        var last = -1
        for k in 0..<n {
            width.append(width[k] + s.width[k] + s.gapWidth[k])
            shrink.append(shrink[k] + s.shrink[k] + s.gapShrink[k])
            stretch.append(stretch[k] + s.stretch[k] + s.gapStretch[k])
            chars.append(chars[k] + (s.isCharacter[k] ? 1 : 0))
            if !s.isSpace[k] && !s.isHardBreak[k] { last = k }
            lastContent.append(last)
        }
    }

    func characters(_ a: Int, _ b: Int) -> Int { chars[b + 1] - chars[a] }

    /// The line `a...b` with its edges treated: glue after the last content atom dropped,
    /// trailing spaces dropped, end and start trims applied (their shrink with them).
    func line(_ a: Int, _ b: Int) -> Line {
        let e = lastContent[b]
        guard e >= a else { return Line(natural: 0, shrink: 0, stretch: .zero, hasContent: false) }
        var natural = width[e + 1] - width[a] - s.gapWidth[e]
        var shrinkLevels = shrink[e + 1] - shrink[a] - s.gapShrink[e]
        let stretchLevels = stretch[e + 1] - stretch[a] - s.gapStretch[e]
        if s.startTrim[a] > 0 { natural -= s.startTrim[a]; shrinkLevels -= s.shrink[a] }
        if s.endTrim[e] > 0 { natural -= s.endTrim[e]; shrinkLevels -= s.shrink[e] }
        return Line(natural: natural, shrink: shrinkLevels.sum(), stretch: stretchLevels, hasContent: true)
    }
}
