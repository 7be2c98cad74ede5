import CUnibreak

/// What may happen at the boundary after a scalar.
enum BreakOpportunity: Equatable {
    /// Never break here (UAX #14 or a clreq/GB prohibition).
    case prohibited
    /// A normal break opportunity with a penalty (0 for most CJK boundaries).
    case allowed(penalty: Double)
    /// Only when nothing else fits: inside a Latin word or code token that is wider than the line.
    case emergency
    /// A hard line break.
    case mandatory
}

/// Stage 2 of inline layout: the character classes, the break opportunity after each
/// scalar (UAX #14 through libunibreak, then the GB tailoring), where the ¼-em Han–Latin
/// glue goes, and which typed spaces it replaces.
struct PreparedText {
    var text: CollectedText
    var classes: [CharClass]
    /// Index i: the boundary between scalar i and i + 1 (the last entry is the paragraph end).
    var breaks: [BreakOpportunity]
    /// Index i: Han–Latin glue at the boundary after scalar i.
    var hanLatinGlueAfter: [Bool]
    /// Typed spaces that take no width: replaced by Han–Latin glue, or next to a full-width mark.
    var collapsedSpace: [Bool]
}

/// A break between a digit and a following Han character (`2025|年`) is legal by UAX #14
/// and unregulated by GB and clreq, but a number reads better with its measure word:
/// a soft penalty lets the breaker avoid it when another break is about as good.
let digitMeasureWordPenalty = 50.0
/// A URL breaks after `/` by preference, before `. ? & =` when it must.
let codeBreakBeforePenalty = 50.0

private let unibreakReady: Void = { init_linebreak() }()

/// Classifies every scalar, then decides the Han–Latin glue first (it collapses typed
/// spaces, and collapsed spaces must not change where lines may break), then the break
/// opportunities.
func prepare(_ text: CollectedText, language: String) -> PreparedText {
    let classes = text.scalars.map(CharClass.init)
    let (glue, collapsed) = hanLatinSpacing(text, classes)
    let breaks = breakOpportunities(text, classes, collapsed: collapsed, language: language)
    return PreparedText(text: text, classes: classes, breaks: breaks, hanLatinGlueAfter: glue, collapsedSpace: collapsed)
}

/// Finds the Han↔Latin boundaries (clreq "mixed text composition"): a Han character next to
/// a Western one, directly or across typed spaces, both on the baseline (a superscript citation
/// gets no gap). Typed spaces there are collapsed so the output does not depend on whether the
/// author typed them (CSS `text-autospace: replace`). The glue goes at the boundary where
/// UAX #14 allows the break, after the last space, so a line break swallows it; no glue is put
/// next to full-width marks, and spaces next to full-width marks collapse too (brackets and
/// quotes on either side, other full-width marks such as `×` `——` next to Han text): the
/// mark's own side bearing is the space, and a typed one would open a hole.
private func hanLatinSpacing(_ text: CollectedText, _ classes: [CharClass]) -> ([Bool], [Bool]) {
    let n = text.count
    var glue = [Bool](repeating: false, count: n)
    var collapsed = [Bool](repeating: false, count: n)
    var i = 0
    while i < n {
        guard classes[i] != .space else { i += 1; continue }
        // The next non-space character and the spaces in between.
        var j = i + 1
        while j < n && classes[j] == .space && !text.style(at: j).isCode { j += 1 }
        guard j < n else { break }
        let a = classes[i], b = classes[j]
        let onBaseline = text.style(at: i).baselineShift == 0 && text.style(at: j).baselineShift == 0
        let western: (CharClass) -> Bool = { $0 == .latin }
        if onBaseline && ((a == .han && western(b)) || (western(a) && b == .han)) {
            glue[j - 1] = true
            for k in (i + 1)..<j { collapsed[k] = true }
        } else if j > i + 1 && ((a == .opening || a == .closing) || (b == .opening || b == .closing)
                                  || (a == .han && b == .fixedPunct) || (a == .fixedPunct && b == .han)) {
            for k in (i + 1)..<j { collapsed[k] = true }
        }
        i = j
    }
    return (glue, collapsed)
}

/// UAX #14 from libunibreak (language "zh", which maps the quotation marks “‘ to OP and ”’
/// to CL), then the clreq/GB tailoring of clreq.md §1:
/// - no break before a no-start mark (closing marks, `·`, `～`, `–`, `／`, postfix units) and
///   none after a no-end mark (opening marks, `／`, prefix currency);
/// - no break before `—` at all (a single `—` connector is GB no-start, `——` is strict
///   no-start), and never inside `——`, `……`, `⋯⋯`; a connector between digits (`5—8页`) holds
///   both numbers together;
/// - inside code/URL runs only after `/` or before `. ? & =` (Chicago's URL rule), elsewhere
///   inside a token only as an emergency, and never right after a hyphen;
/// - never inside a range or date between digits (`10～20`, `2026-05-12`);
/// - emergency breaks inside Latin words, so an over-long token breaks instead of overflowing;
/// - a soft penalty between a digit and a following Han character;
/// - no break before or inside a raised run (superscript citations hang on their text).
/// A run of collapsed spaces is judged as if it were not there (the characters on its two
/// sides decide), so typing a space at a Han–Latin boundary never changes where lines break.
private func breakOpportunities(_ text: CollectedText, _ classes: [CharClass], collapsed: [Bool],
                                language: String) -> [BreakOpportunity] {
    let n = text.count
    guard n > 0 else { return [] }
    _ = unibreakReady
    var raw = [CChar](repeating: 0, count: n)
    let lang = language.lowercased().hasPrefix("zh") ? "zh" : String(language.prefix(2))
    text.scalars.withUnsafeBufferPointer { s in
        set_linebreaks_utf32(s.baseAddress, n, lang, &raw)
    }
    let c = text.scalars
    var out = [BreakOpportunity](repeating: .prohibited, count: n)
    var left = 0 // the character before the boundary, collapsed spaces skipped
    for i in 0..<n {
        if i == n - 1 { out[i] = .mandatory; continue }
        if !collapsed[i] || i == 0 { left = i }
        if collapsed[i + 1] { out[i] = .prohibited; continue }
        let here = c[left], next = c[i + 1]
        if collapsed[i] && left != i {
            raw[i] = CChar(is_line_breakable(here, next, lang))
        }
        switch Int32(raw[i]) {
        case LINEBREAK_MUSTBREAK:
            out[i] = classes[i] == .hardBreak ? .mandatory : .allowed(penalty: 0)
            continue
        case LINEBREAK_ALLOWBREAK:
            out[i] = .allowed(penalty: 0)
        default:
            out[i] = .prohibited
        }
        // A raised run (a citation mark) hangs on the text before it and stays whole.
        if text.style(at: i + 1).baselineShift != 0 && classes[i + 1] != .space {
            out[i] = .prohibited
            continue
        }
        let codeHere = text.style(at: left).isCode, codeNext = text.style(at: i + 1).isCode
        if codeHere && codeNext && classes[i] != .space && classes[i + 1] != .space {
            if CharClass.codeBreakAfter.contains(here) && !CharClass.codeBreakAfter.contains(next) {
                out[i] = .allowed(penalty: 0)
            } else if CharClass.codeBreakBefore.contains(next) && !CharClass.codeBreakBefore.contains(here)
                        && !CharClass.codeBreakAfter.contains(here) {
                out[i] = .allowed(penalty: codeBreakBeforePenalty)
            } else if here == 0x2D {
                // A line ending in a hyphen reads as a hyphenated word (and pdftotext joins it).
                out[i] = .prohibited
            } else {
                out[i] = .emergency
            }
            continue
        }
        if CharClass.noStart.contains(next) || CharClass.noEnd.contains(here) || next == 0x2014 || next == 0x2E3A {
            out[i] = .prohibited
            continue
        }
        if here == next && CharClass.doubledMarks.contains(here) { out[i] = .prohibited; continue }
        // A single `—` between digits is a range connector: keep `5—8` whole.
        if here == 0x2014, left > 0, c[left - 1] != 0x2014, isDigit(c[left - 1]) || isDigit(next) {
            out[i] = .prohibited
            continue
        }
        // A range `10～20`, `3–5` and a date `2026-05-12` read as one number.
        if CharClass.rangeConnectors.contains(here) || here == 0x2D, left > 0, isDigit(c[left - 1]), isDigit(next) {
            out[i] = .prohibited
            continue
        }
        if case .prohibited = out[i], classes[left] == .latin, classes[i + 1] == .latin, left == i {
            out[i] = .emergency
            continue
        }
        if case .allowed = out[i], isDigit(here), classes[i + 1] == .han {
            out[i] = .allowed(penalty: digitMeasureWordPenalty)
        }
    }
    return out
}

private func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) }
private func isLetter(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
