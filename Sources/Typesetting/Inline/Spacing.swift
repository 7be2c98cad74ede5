/// Han–Latin glue (clreq §3, recommended defaults §8): ¼ em, shrinking to ⅛ em on tight
/// lines and stretching to ⅓ em on loose ones. Typst uses the same ¼ em; ⅛ em is CSS
/// `text-autospace`'s amount and the least that still reads as a gap.
let hanLatinGlue = 0.25
let hanLatinGlueMinimum = 0.125
let hanLatinGlueMaximum = 1.0 / 3.0
/// Western spaces stretch first, up to ½ em (clreq expansion order).
let wordSpaceMaximum = 0.5
/// Western spaces shrink to this fraction of their natural width. clreq says "≥ ¼ em" for
/// proportional Western fonts whose space is about ⅓ em; the CJK fonts' own space is already
/// narrower (Noto CJK: 0.256 em), so the floor is relative to it.
let wordSpaceShrinkFloor = 0.8
/// Han–Latin glue beyond ⅓ em is the last resort; the tiny nominal value makes the breaker
/// avoid lines that need it.
let glueOverflowNominalStretch = 0.005
/// … and it never opens wider than ½ em, where it would read as a typed space.
let hanLatinGlueLimit = 0.5
/// Inter-character glue and word spaces open by at most this much (em) on a justified
/// line; a line that would need more is left short.
let interCharacterStretchLimit = 0.5
/// Inter-character glue between CJK characters stretches up to that limit, but the line
/// breaker scores it as if each gap could give this much (in em) at badness 100: a 40-em line
/// then takes up to 2 em before it counts as loose, and looseness beyond is costly.
let interCharacterNominalStretch = 0.05

/// Stretch and shrink by priority level. Stretch: 0 = Western spaces up to ½ em,
/// 1 = Han–Latin glue up to ⅓ em, 2 = inter-character positions and word spaces beyond
/// ½ em (a count), 3 = Han–Latin glue beyond ⅓ em (a count), the last resort of a line
/// with no other place to stretch (`道Micron跻` in a narrow column). The letters of a Latin
/// word, a URL or code are never spaced apart (it changes the word's shape, and pdftotext
/// splits such words). Shrink: 0 = brackets, quotes and `，、；：` to ½ em, 1 = Western spaces,
/// 2 = Han–Latin glue to ⅛ em, 3 = `。？！．` to ½ em (clreq's reduction order).
typealias Levels = SIMD4<Double>

/// Stage 3b of inline layout: the widths and adjustability of every atom and of the gap
/// after it, once punctuation pairs are compressed. Everything here is independent of where
/// lines break, except what happens at a line's two edges, which is kept as the trims
/// `startTrim`/`endTrim` that the breaker and Finalize apply at the edges they choose.
struct SpacedText {
    var shaped: ShapedText
    var atoms: [Atom] { shaped.atoms }
    /// Natural width after pair compression, pt.
    var width: [Double]
    var pairTrimLeft: [Double], pairTrimRight: [Double]
    /// What a line start / end removes from this atom (its unconsumed blank half).
    var startTrim: [Double], endTrim: [Double]
    var shrink: [Levels], stretch: [Levels]
    /// The gap after atom k (to atom k + 1 on the same line); dropped at a break.
    var gapWidth: [Double], gapShrink: [Levels], gapStretch: [Levels]
    var breakAfter: [BreakOpportunity]
    /// Atoms that count as characters for the 孤字 rule (not punctuation or spaces).
    var isCharacter: [Bool]
    /// Spaces that take no room (collapsed into Han–Latin glue or next to a full-width mark),
    /// and all real spaces: both are dropped from line ends.
    var isSpace: [Bool]
    var isHardBreak: [Bool]
}

/// Compresses adjacent full-width marks and assigns glue. Adjacent marks (clreq "adjustment
/// of adjacent punctuation marks"): of the two facing halves, the first mark's blank right
/// half goes, or else the second's blank left half, so `。”` `），` `”（` `：“` span 1.5 em and
/// a run of k marks (k + 1)/2 em, brackets hugging the text they enclose; a half given up
/// here can no longer shrink, so a pair never goes below 1.5 em mid-line. Single marks keep
/// their blank half as shrink (brackets and pause marks before stops, as clreq orders it).
/// Gaps: Han–Latin glue where Prepare put it; inter-character stretch between CJK
/// characters, but never after a mark (punctuation never stretches, and `——` `……` keep
/// exactly 2 em to the next character) and never before connectors, solidi or `·`; never
/// between the letters of a Western word.
func measure(_ shaped: ShapedText) -> SpacedText {
    let atoms = shaped.atoms
    let prepared = shaped.prepared
    let n = atoms.count
    var s = SpacedText(
        shaped: shaped, width: atoms.map(\.advance),
        pairTrimLeft: .init(repeating: 0, count: n), pairTrimRight: .init(repeating: 0, count: n),
        startTrim: .init(repeating: 0, count: n), endTrim: .init(repeating: 0, count: n),
        shrink: .init(repeating: .zero, count: n), stretch: .init(repeating: .zero, count: n),
        gapWidth: .init(repeating: 0, count: n), gapShrink: .init(repeating: .zero, count: n),
        gapStretch: .init(repeating: .zero, count: n),
        breakAfter: atoms.map { prepared.breaks[$0.end - 1] },
        isCharacter: atoms.map { atom in
            // Letters and digits on the baseline: a superscript citation or a bracket does not
            // keep a last line from being a 孤字.
            guard shaped.prepared.text.styles[atom.style].baselineShift == 0 else { return false }
            if atom.kind == .han { return true }
            guard atom.kind == .latin || atom.kind == .other,
                  let u = Unicode.Scalar(shaped.prepared.text.scalars[atom.start]) else { return false }
            return u.properties.isAlphabetic || u.properties.numericType != nil
        },
        isSpace: atoms.map { $0.kind == .space }, isHardBreak: atoms.map { $0.kind == .hardBreak })

    var blankLeft = atoms.map(\.blankLeft), blankRight = atoms.map(\.blankRight)
    var paired = [Bool](repeating: false, count: n)
    if n > 1 {
        for k in 0..<(n - 1) where isBracketOrPause(atoms[k]) && isBracketOrPause(atoms[k + 1]) {
            paired[k] = true
            paired[k + 1] = true
            if blankRight[k] > 0 {
                s.pairTrimRight[k] = blankRight[k]
                blankRight[k] = 0
            } else if blankLeft[k + 1] > 0 {
                s.pairTrimLeft[k + 1] = blankLeft[k + 1]
                blankLeft[k + 1] = 0
            }
        }
    }
    // A raised citation after a closing mark (`设施”⁵。`) sits in the mark's blank half
    // instead of leaving it as a hole before the number.
    if n > 1 {
        for k in 0..<(n - 1) where atoms[k].kind == .closing && blankRight[k] > 0 && !paired[k]
            && prepared.text.styles[atoms[k + 1].style].baselineShift > 0 {
            s.pairTrimRight[k] = blankRight[k]
            blankRight[k] = 0
            paired[k] = true
        }
    }
    for k in 0..<n {
        let atom = atoms[k], em = atom.em
        s.width[k] = atom.advance - s.pairTrimLeft[k] - s.pairTrimRight[k]
        s.startTrim[k] = blankLeft[k]
        s.endTrim[k] = blankRight[k]
        switch atom.kind {
        case .opening where paired[k], .closing where paired[k]:
            break // a pair has given its half already; it keeps 1.5 em mid-line
        case .opening:
            s.shrink[k][0] = blankLeft[k]
        case .closing:
            let isStop = CharClass.stops.contains(prepared.text.scalars[atom.start])
            s.shrink[k][isStop ? 3 : 0] = blankRight[k]
        case .space where prepared.collapsedSpace[atom.start]:
            s.width[k] = 0
        case .space:
            s.stretch[k][0] = max(0, wordSpaceMaximum * em - atom.advance)
            s.stretch[k][2] = 1
            s.shrink[k][1] = atom.advance * (1 - wordSpaceShrinkFloor)
        default:
            break
        }
        guard k + 1 < n else { continue }
        let next = atoms[k + 1]
        if prepared.hanLatinGlueAfter[atom.end - 1] {
            let glueEm = max(em, next.em)
            s.gapWidth[k] = hanLatinGlue * glueEm
            s.gapShrink[k][2] = (hanLatinGlue - hanLatinGlueMinimum) * glueEm
            s.gapStretch[k][1] = (hanLatinGlueMaximum - hanLatinGlue) * glueEm
            s.gapStretch[k][3] = 1
        } else if atom.kind == .space || next.kind == .space || atom.kind == .hardBreak || next.kind == .hardBreak
                    || [.opening, .closing, .fixedPunct].contains(atom.kind)
                    || (next.kind == .fixedPunct && !startsDoubledMark(next, prepared.text)) {
            // Spaces carry their own stretch; punctuation never stretches.
        } else if atom.kind == .latin && (next.kind == .latin || next.kind == .closing) {
            // Letters of one Western word, URL or code token stay solid, and so does a word
            // with the mark after it (`index.html，`).
        } else {
            s.gapStretch[k][2] = 1
        }
    }
    return s
}

/// `——` and `……` are dashes and ellipses, not connectors: the space before them may open up
/// like any inter-character position (never inside them or after them).
private func startsDoubledMark(_ atom: Atom, _ text: CollectedText) -> Bool {
    let c = text.scalars[atom.start]
    guard CharClass.doubledMarks.contains(c) else { return false }
    return atom.end - atom.start >= 2 || (atom.end < text.count && text.scalars[atom.end] == c)
}

private func isBracketOrPause(_ atom: Atom) -> Bool {
    atom.kind == .opening || atom.kind == .closing
}

extension SpacedText {
    /// Stretch a line can give before it counts as loose (badness 100), pt, from its levels:
    /// capped levels as they are, counted positions at their nominal amounts.
    static func nominalStretch(_ levels: Levels, em: Double) -> Double {
        levels[0] + levels[1] + levels[2] * interCharacterNominalStretch * em + levels[3] * glueOverflowNominalStretch * em
    }
}
