import CHarfBuzz

/// A glyph from HarfBuzz in font units (the font's scale is its units per em).
struct ShapedGlyph {
    var glyph: UInt32
    /// Offset of the cluster's first scalar within the shaped run.
    var cluster: Int
    var advance: Int32
    var xOffset: Int32
    var yOffset: Int32
}

/// Shaping results by (face, script, text): a paragraph's runs are shaped once, and the
/// cache lives on the Typesetter so repeated strings (headings, running heads, measured
/// labels) are shaped once per document. Positions are in font units, so size is not in the key.
final class ShapeCache {
    struct Key: Hashable {
        var face: FontFace
        var script: UInt32
        var language: String
        var scalars: [UInt32]
    }
    private var entries: [Key: [ShapedGlyph]] = [:]

    func glyphs(_ key: Key, orShape make: () -> [ShapedGlyph]) -> [ShapedGlyph] {
        if let known = entries[key] { return known }
        let made = make()
        entries[key] = made
        return made
    }
}

/// What a cluster is, for spacing and compression.
enum AtomKind: Equatable {
    case han, latin, space, opening, closing, fixedPunct, hardBreak, other
}

/// One shaping cluster (usually one character): the unit the line breaker places.
struct Atom {
    /// Scalar range in the collected text.
    var start: Int, end: Int
    /// Glyph range in `ShapedText.glyphs`.
    var glyphStart: Int, glyphEnd: Int
    var style: Int
    var face: FontFace
    var kind: AtomKind
    /// Font size, pt: the em that this atom's spacing is measured in.
    var em: Double
    /// Sum of the glyph advances, pt.
    var advance: Double
    /// Removable blank half of a full-width mark on each side, pt (0 or em/2).
    var blankLeft = 0.0, blankRight = 0.0
}

/// A glyph ready for placement, in pt relative to its atom's origin.
struct AtomGlyph {
    var glyph: UInt32
    var x: Double
    var yOffset: Double
    var advance: Double
    var isClusterStart: Bool
}

struct ShapedText {
    var prepared: PreparedText
    var atoms: [Atom]
    var glyphs: [AtomGlyph]
}

/// A full-width mark's blank side is removable only when the glyph really leaves at least
/// this much of the em empty there. Noto CJK SC puts GB marks in one half (blank ≈ 0.5–0.7 em);
/// a font with centred marks (TW/HK style) fails the test and its marks are left at full width
/// instead of cutting into their ink.
let minimumRemovableBlank = 0.42
/// A mark counts as full-width when its advance is within this fraction of an em of 1 em.
let fullWidthTolerance = 0.05

/// Code points Latin and CJK fonts share whose Chinese forms are full-width: in Chinese text
/// they come from the style's CJK face even when a Latin face is listed first (clreq.md §2;
/// Typst's `“”` at 0.47 em from Latin Modern is the failure this avoids).
let sharedMarks: Set<UInt32> = [0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014, 0x00B7, 0x2E3A, 0x22EF]
/// A face that has 中 is taken to be the CJK face of a list.
private let hanProbe: UInt32 = 0x4E2D

/// Stage 3 of inline layout: picks a face per character (the first face of the style that
/// has a glyph, except that the shared marks above take the CJK face in Chinese text;
/// combining marks and variation selectors stay with their base), cuts the text
/// into runs of one style, face and script (Han with zh-Hans for everything but Western text,
/// so shared marks `“”‘’…—·` get the CJK font's zh-Hans `locl` forms; Latin for Western text),
/// shapes each run with HarfBuzz at cluster level MONOTONE_CHARACTERS, and groups the glyphs
/// into atoms, one per cluster, measuring each full-width mark's removable blank half from its
/// ink box.
func shape(_ prepared: PreparedText, store: FontStore, cache: ShapeCache, language: String) -> ShapedText {
    let text = prepared.text
    let n = text.count
    let chinese = language.lowercased().hasPrefix("zh")
    var faceOf = [FontFace](repeating: FontFace(path: "", index: 0), count: n)
    for i in 0..<n {
        let style = text.style(at: i)
        let c = text.scalars[i]
        if i > 0, text.styleOf[i - 1] == text.styleOf[i], isAttaching(c) {
            faceOf[i] = faceOf[i - 1]
            continue
        }
        let has: (FontFace) -> Bool = { store.fontIfAvailable($0)?.hasGlyph(c) ?? false }
        if chinese && sharedMarks.contains(c),
           let cjk = style.fonts.first(where: { has($0) && (store.fontIfAvailable($0)?.hasGlyph(hanProbe) ?? false) }) {
            faceOf[i] = cjk
            continue
        }
        faceOf[i] = style.fonts.first(where: has)
            ?? style.fonts.first(where: { store.fontIfAvailable($0) != nil })
            // No face opens: the store has recorded why, and the caller refuses the
            // result; the first face (set as an empty font) lets the paragraph finish.
            ?? style.fonts.first ?? FontFace(path: "", index: 0)
    }
    func scriptOf(_ i: Int) -> UInt32 {
        switch prepared.classes[i] {
        case .latin, .space: return HB_SCRIPT_LATIN.rawValue
        default: return HB_SCRIPT_HAN.rawValue
        }
    }

    var atoms: [Atom] = []
    var glyphs: [AtomGlyph] = []
    atoms.reserveCapacity(n)
    glyphs.reserveCapacity(n)
    var runStart = 0
    while runStart < n {
        var runEnd = runStart + 1
        let script = scriptOf(runStart)
        while runEnd < n && text.styleOf[runEnd] == text.styleOf[runStart] && faceOf[runEnd] == faceOf[runStart]
            && (scriptOf(runEnd) == script || isAttaching(text.scalars[runEnd])) {
            runEnd += 1
        }
        let face = faceOf[runStart]
        let font = store.font(face)
        let style = text.style(at: runStart)
        let scalars = Array(text.scalars[runStart..<runEnd])
        let key = ShapeCache.Key(face: face, script: script, language: language, scalars: scalars)
        let shaped = cache.glyphs(key) { shapeRun(scalars, font: font, script: script, language: language) }
        let scale = style.size / Double(font.unitsPerEm)

        var g = 0
        while g < shaped.count {
            let cluster = shaped[g].cluster
            var h = g + 1
            while h < shaped.count && shaped[h].cluster == cluster { h += 1 }
            let clusterEnd = h < shaped.count ? shaped[h].cluster : scalars.count
            let glyphStart = glyphs.count
            var pen = 0.0
            for k in g..<h {
                let sg = shaped[k]
                glyphs.append(AtomGlyph(glyph: sg.glyph, x: pen + Double(sg.xOffset) * scale,
                                        yOffset: Double(sg.yOffset) * scale, advance: Double(sg.advance) * scale,
                                        isClusterStart: k == g))
                pen += Double(sg.advance) * scale
            }
            let first = runStart + cluster
            var atom = Atom(start: first, end: runStart + clusterEnd, glyphStart: glyphStart, glyphEnd: glyphs.count,
                            style: text.styleOf[first], face: face, kind: atomKind(prepared.classes[first]),
                            em: style.size, advance: pen)
            measureBlanks(&atom, glyphs: glyphs, font: font, scale: scale)
            atoms.append(atom)
            g = h
        }
        runStart = runEnd
    }
    return ShapedText(prepared: prepared, atoms: atoms, glyphs: glyphs)
}

/// HarfBuzz on one run: LTR, the run's script, the paragraph's language, monotone
/// character clusters (each character its own cluster unless a ligature joins them, so
/// every source character maps to exactly one glyph cluster).
private func shapeRun(_ scalars: [UInt32], font: LoadedFont, script: UInt32, language: String) -> [ShapedGlyph] {
    guard let buffer = hb_buffer_create() else { return [] }
    defer { hb_buffer_destroy(buffer) }
    scalars.withUnsafeBufferPointer {
        hb_buffer_add_utf32(buffer, $0.baseAddress, Int32($0.count), 0, Int32($0.count))
    }
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
    hb_buffer_set_script(buffer, hb_script_t(rawValue: script))
    hb_buffer_set_language(buffer, hb_language_from_string(language, -1))
    hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS)
    // The CJK font's default `·` is a narrow Latin middle dot (0.33 em in Noto CJK); clreq
    // wants the full-width interpunct in Chinese text, which the font gives under `fwid`.
    var features: [hb_feature_t] = []
    if script == HB_SCRIPT_HAN.rawValue {
        for (i, c) in scalars.enumerated() where fullWidthInChinese.contains(c) {
            features.append(hb_feature_t(tag: fwidTag, value: 1, start: UInt32(i), end: UInt32(i + 1)))
        }
    }
    hb_shape(font.hbFont, buffer, features, UInt32(features.count))
    var count: UInt32 = 0
    guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
          let positions = hb_buffer_get_glyph_positions(buffer, &count) else { return [] }
    var out: [ShapedGlyph] = []
    out.reserveCapacity(Int(count))
    for k in 0..<Int(count) {
        out.append(ShapedGlyph(glyph: infos[k].codepoint, cluster: Int(infos[k].cluster),
                               advance: positions[k].x_advance, xOffset: positions[k].x_offset,
                               yOffset: positions[k].y_offset))
    }
    return out
}

/// Shared code points whose default glyph in a CJK font is proportional but which Chinese
/// text sets full-width: the interpunct `·` (U+00B7).
private let fullWidthInChinese: Set<UInt32> = [0x00B7]
private let fwidTag: hb_tag_t = (0x66 << 24) | (0x77 << 16) | (0x69 << 8) | 0x64 // 'fwid'

/// Combining marks, variation selectors and joiners belong to the character before them.
private func isAttaching(_ c: UInt32) -> Bool {
    switch c {
    case 0x0300...0x036F, 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x20D0...0x20FF, 0x3099, 0x309A:
        return true
    default:
        return false
    }
}

private func atomKind(_ c: CharClass) -> AtomKind {
    switch c {
    case .han: return .han
    case .latin: return .latin
    case .space: return .space
    case .opening: return .opening
    case .closing: return .closing
    case .fixedPunct: return .fixedPunct
    case .hardBreak: return .hardBreak
    case .other: return .other
    }
}

/// A full-width opening mark may lose its left half, a closing or pause mark its right half,
/// when the glyph is 1 em wide and its ink really leaves that half empty (GB positions from
/// the zh-Hans `locl` forms). Anything else keeps its full width.
private func measureBlanks(_ atom: inout Atom, glyphs: [AtomGlyph], font: LoadedFont, scale: Double) {
    guard atom.kind == .opening || atom.kind == .closing, atom.glyphEnd - atom.glyphStart == 1 else { return }
    let em = atom.em
    guard abs(atom.advance - em) <= fullWidthTolerance * em else { return }
    let g = glyphs[atom.glyphStart]
    guard let ink = font.inkSpan(of: g.glyph) else { return }
    let inkLeft = Double(ink.left) * scale + g.x, inkRight = Double(ink.right) * scale + g.x
    if atom.kind == .opening, inkLeft >= minimumRemovableBlank * em { atom.blankLeft = em / 2 }
    if atom.kind == .closing, atom.advance - inkRight >= minimumRemovableBlank * em { atom.blankRight = em / 2 }
}
