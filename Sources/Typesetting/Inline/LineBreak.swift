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
/// Badness is capped here, far above anything a real line reaches (a CJK line stretched by
/// 3 em over two gaps scores about 4·10⁶), so that very loose lines still compare among
/// themselves instead of tying at TeX's "infinitely bad" 10000 …
let maximumBadness = 1e12
/// … while a line that cannot reach the measure at all (nothing on it may stretch, or it is
/// too wide even fully shrunk) is worse than any of them.
let impossibleBadness = 1e13

/// What a set of lines costs, compared in order of importance: overflow past the measure
/// (only when a single unbreakable piece is wider than the line), then emergency breaks
/// inside Western words or code tokens, then 孤字 last lines (clreq "adjustments of
/// orphans": the last line must hold two characters), then Knuth–Plass demerits. Keeping the
/// hard rules out of the demerits means no badness, however large, can outweigh them, and
/// no rule needs a magic number big enough to do so.
struct BreakCost: Comparable {
    var overflow = 0.0
    var emergencies = 0
    var runts = 0
    var demerits = 0.0

    static let zero = BreakCost()
    static let unreachable = BreakCost(overflow: .infinity)
    var isReachable: Bool { overflow.isFinite }

    static func < (l: BreakCost, r: BreakCost) -> Bool {
        if l.overflow != r.overflow { return l.overflow < r.overflow }
        if l.emergencies != r.emergencies { return l.emergencies < r.emergencies }
        if l.runts != r.runts { return l.runts < r.runts }
        return l.demerits < r.demerits
    }
}

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
/// at the start lose their blank half). The demerits of a line are (linePenalty + badness)²
/// plus its break penalty², plus `adjacentFitnessDemerits` when it is two fitness classes
/// from the line before; the paragraph minimises `BreakCost`, demerits last.
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

    var best = [BreakCost](repeating: .unreachable, count: ends.count)
    var previous = [Int](repeating: -1, count: ends.count)
    // The fitness class of the last line on the best path to each break. Tracking one path
    // per break (not one per class, as TeX does) keeps the search as fast as before; it
    // misses a path only when a worse prefix would have fitted the next line better.
    var fitnessOf = [Fitness](repeating: .decent, count: ends.count)
    for c in 0..<ends.count {
        let b = ends[c]
        let isEnd = c == ends.count - 1
        let solid = isEnd || s.breakAfter[b] == .mandatory
        // What depends on the break alone is worked out once for all the lines ending at it.
        let end = measure.end(b)
        var breakDemerits: Double?
        var isEmergency = false
        switch s.breakAfter[b] {
        case .allowed(let penalty): breakDemerits = penalty * penalty
        case .emergency: isEmergency = true
        default: break
        }
        var p = c - 1
        var foundFeasible = false
        while p >= -1 {
            let a = p < 0 ? 0 : ends[p] + 1
            let avail = spec.width - (p < 0 ? spec.firstLineIndent : spec.hangingIndent)
            let line = measure.line(a, end)
            let base = p < 0 ? BreakCost.zero : best[p]
            if line.natural - line.shrink > avail + widthEpsilon && line.hasContent {
                // Only the shortest line to this break may overflow, and only when nothing fits.
                if !foundFeasible && p == c - 1 && base.isReachable {
                    var cost = base
                    cost.overflow += (line.natural - line.shrink - avail) / em
                    if cost < best[c] { best[c] = cost; previous[c] = p }
                }
                break
            }
            foundFeasible = true
            if base.isReachable {
                let badness = lineBadness(line, avail: avail, em: em, solid: solid, alignment: spec.alignment)
                let fitness = spec.alignment == .justified && !solid ? Fitness(line, avail: avail, em: em) : .decent
                var cost = base
                if p >= 0 && abs(fitness.rawValue - fitnessOf[p].rawValue) > 1 {
                    cost.demerits += adjacentFitnessDemerits
                }
                if let breakDemerits { cost.demerits += breakDemerits }
                if isEmergency { cost.emergencies += 1 }
                if isEnd && totalCharacters >= 2 && measure.characters(a, b) < 2 { cost.runts += 1 }
                cost.demerits += (linePenalty + badness) * (linePenalty + badness)
                if cost < best[c] { best[c] = cost; previous[c] = p; fitnessOf[c] = fitness }
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

/// TeX's fitness classes of a justified line, by its adjustment ratio r (how far it
/// stretches or shrinks against what it nominally can): a tight line next to a loose one
/// shows as a change of grey between them, so such neighbours cost `adjacentFitnessDemerits`.
enum Fitness: Int {
    case veryLoose = 0, loose, decent, tight

    init(_ line: LineMeasure.Line, avail: Double, em: Double) {
        let delta = avail - line.natural
        if delta < 0 {
            self = line.shrink > 0 && -delta / line.shrink > 0.5 ? .tight : .decent
        } else {
            let nominal = SpacedText.nominalStretch(line.stretch, em: em)
            let r = nominal > 0 ? delta / nominal : .infinity
            self = r > 1 ? .veryLoose : r > 0.5 ? .loose : .decent
        }
    }
}

/// TeX's \adjdemerits: the cost of adjacent lines two or more fitness classes apart.
let adjacentFitnessDemerits = 10_000.0

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

    /// What `line` reads at a line's end, the same for every start tried against a break.
    struct End {
        /// Last atom that takes room (`lastContent`); the rest are zero when there is none.
        var last: Int
        var width = 0.0, shrink = Levels.zero, stretch = Levels.zero
        var gapWidth = 0.0, gapShrink = Levels.zero, gapStretch = Levels.zero
        var trim = 0.0, trimShrink = Levels.zero
    }

    /// The end of lines that break after atom `b`.
    func end(_ b: Int) -> End {
        let e = lastContent[b]
        guard e >= 0 else { return End(last: e) }
        return End(last: e, width: width[e + 1], shrink: shrink[e + 1], stretch: stretch[e + 1],
                   gapWidth: s.gapWidth[e], gapShrink: s.gapShrink[e], gapStretch: s.gapStretch[e],
                   trim: s.endTrim[e], trimShrink: s.shrink[e])
    }

    /// The line `a...b` with its edges treated: glue after the last content atom dropped,
    /// trailing spaces dropped, end and start trims applied (their shrink with them).
    func line(_ a: Int, _ b: Int) -> Line { line(a, end(b)) }

    /// The same, for a line from `a` to an end already read.
    func line(_ a: Int, _ end: End) -> Line {
        guard end.last >= a else { return Line(natural: 0, shrink: 0, stretch: .zero, hasContent: false) }
        var natural = end.width - width[a] - end.gapWidth
        var shrinkLevels = end.shrink - shrink[a] - end.gapShrink
        let stretchLevels = end.stretch - stretch[a] - end.gapStretch
        if s.startTrim[a] > 0 { natural -= s.startTrim[a]; shrinkLevels -= s.shrink[a] }
        if end.trim > 0 { natural -= end.trim; shrinkLevels -= end.trimShrink }
        return Line(natural: natural, shrink: shrinkLevels.sum(), stretch: stretchLevels, hasContent: true)
    }
}
