/// Stage 5 of inline layout: turns each chosen line into positioned glyphs. The line's
/// edges are treated (an opening bracket at the start loses its blank half, also after the
/// indent; a mark at the end keeps only its ink half, GB 5.1.10), then the difference to the
/// target width is distributed by priority level: shrinking takes from each level in turn
/// (punctuation halves, Western spaces, Han–Latin glue, stops) and each level gives the same
/// fraction of its capacity at every position, so similar positions on a line stay equal;
/// stretching fills Western spaces to ½ em, then Han–Latin glue to ⅓ em, then spreads the rest
/// evenly over the inter-character positions and word spaces (on a line with none, over its
/// Han–Latin glue), never between letters.
/// Justified lines other than the last and those before a hard break are set to the full
/// width, so their right edges agree exactly; the others are set solid and aligned.
func finalize(_ s: SpacedText, lines spans: [LineSpan], spec: ParagraphSpec, store: FontStore) -> [Line] {
    spans.map { finalizeLine(s, $0, spec: spec, store: store) }
}

/// One line of `finalize`; also `naturalWidth`'s single line.
func finalizeLine(_ s: SpacedText, _ span: LineSpan, spec: ParagraphSpec, store: FontStore) -> Line {
    let atoms = s.atoms
    let text = s.shaped.prepared.text
    let indent = span.isFirst ? spec.firstLineIndent : spec.hangingIndent
    let avail = spec.width - indent
    let a = span.start, e = span.contentEnd

    // Per-atom trims (pair compression + edges) and the line's natural width.
    var natural = 0.0
    var shrinkTotal = Levels.zero, stretchTotal = Levels.zero
    var startTrimmed = false, endTrimmed = false
    if e >= a {
        for k in a...e {
            natural += s.width[k]
            shrinkTotal += s.shrink[k]
            stretchTotal += s.stretch[k]
            if k < e {
                natural += s.gapWidth[k]
                shrinkTotal += s.gapShrink[k]
                stretchTotal += s.gapStretch[k]
            }
        }
        if s.startTrim[a] > 0 { startTrimmed = true; natural -= s.startTrim[a]; shrinkTotal -= s.shrink[a] }
        if s.endTrim[e] > 0 { endTrimmed = true; natural -= s.endTrim[e]; shrinkTotal -= s.shrink[e] }
    }

    // How much each level gives: a fraction of its capacity (shrink, stretch levels 0–1),
    // or an amount per position (stretch levels 2–3).
    var shrinkFraction = Levels.zero
    var stretchFraction = Levels.zero
    let justify = spec.alignment == .justified && !span.isSolid
    let delta = (justify || natural > avail + widthEpsilon) ? avail - natural : 0
    if delta < 0 {
        var need = -delta
        for level in 0..<4 where need > 0 && shrinkTotal[level] > 0 {
            let take = min(need, shrinkTotal[level])
            shrinkFraction[level] = take / shrinkTotal[level]
            need -= take
        }
    } else if delta > 0 {
        var need = delta
        for level in 0..<2 where need > 0 && stretchTotal[level] > 0 {
            let take = min(need, stretchTotal[level])
            stretchFraction[level] = take / stretchTotal[level]
            need -= take
        }
        // The rest spreads evenly over the inter-character positions and word spaces up to
        // ½ em each, or on a line with none over its Han–Latin glue up to ½ em. A line that
        // still falls short (a few characters beside a long URL) stays short, ragged: holes
        // of an em between characters, or letter-spacing, read worse than a short line.
        if need > 0 && stretchTotal[2] > 0 {
            stretchFraction[2] = min(need / stretchTotal[2], interCharacterStretchLimit * atoms[a].em)
        } else if need > 0 && stretchTotal[3] > 0 {
            let em = atoms[a].em
            stretchFraction[3] = min(need / stretchTotal[3], (hanLatinGlueLimit - hanLatinGlueMaximum) * em)
        }
    }
    func adjustment(shrink: Levels, stretch: Levels) -> Double {
        (stretch * stretchFraction).sum() - (shrink * shrinkFraction).sum()
    }

    // Set width of the content, for alignment.
    var setWidth = natural
    if e >= a {
        for k in a...e {
            let atomShrink = (k == a && startTrimmed) || (k == e && endTrimmed) ? Levels.zero : s.shrink[k]
            setWidth += adjustment(shrink: atomShrink, stretch: s.stretch[k])
            if k < e { setWidth += adjustment(shrink: s.gapShrink[k], stretch: s.gapStretch[k]) }
        }
    }
    var pen = indent
    switch spec.alignment {
    case .center: pen += max(0, (avail - setWidth) / 2)
    case .end: pen += max(0, avail - setWidth)
    case .justified, .start: break
    }

    var glyphs: [PositionedGlyph] = []
    var ascent = 0.0, descent = 0.0
    func emit(_ k: Int, origin: Double, advance: Double, collapse: Bool) {
        let atom = atoms[k]
        let style = text.styles[atom.style]
        let metrics = store.metrics(atom.face)
        ascent = max(ascent, metrics.ascender * style.size + style.baselineShift)
        descent = max(descent, metrics.descender * style.size - style.baselineShift)
        var first = true
        for g in atom.glyphStart..<atom.glyphEnd {
            let glyph = s.shaped.glyphs[g]
            var clusterText = ""
            if first {
                var scalars = String.UnicodeScalarView()
                for i in atom.start..<atom.end { if let u = Unicode.Scalar(text.scalars[i]) { scalars.append(u) } }
                clusterText = String(scalars)
            }
            glyphs.append(PositionedGlyph(
                face: atom.face, size: style.size, glyphID: glyph.glyph,
                x: collapse ? origin : origin + glyph.x, yOffset: glyph.yOffset + style.baselineShift,
                advance: first ? advance : 0, text: clusterText, color: style.color, tag: style.tag))
            first = false
        }
    }

    if e >= a {
        for k in a...e {
            let atom = atoms[k]
            guard atom.kind != .hardBreak else { continue }
            var trimLeft = s.pairTrimLeft[k], trimRight = s.pairTrimRight[k]
            if k == a && startTrimmed { trimLeft += s.startTrim[k] }
            if k == e && endTrimmed { trimRight += s.endTrim[k] }
            let atomShrink = (k == a && startTrimmed) || (k == e && endTrimmed) ? Levels.zero : s.shrink[k]
            let compression = (atomShrink * shrinkFraction).sum()
            if atom.kind == .opening { trimLeft += compression } else { trimRight += compression }
            var boxWidth = atom.advance - trimLeft - trimRight
            boxWidth += (s.stretch[k] * stretchFraction).sum()
            if atom.kind == .space {
                boxWidth = s.width[k] + adjustment(shrink: s.shrink[k], stretch: s.stretch[k])
                emit(k, origin: pen, advance: boxWidth, collapse: true)
            } else {
                // x + advance is where the box ends, also for a bracket whose origin moved left.
                emit(k, origin: pen - trimLeft, advance: boxWidth + trimLeft, collapse: false)
            }
            pen += boxWidth
            if k < e { pen += s.gapWidth[k] + adjustment(shrink: s.gapShrink[k], stretch: s.gapStretch[k]) }
        }
    }
    let right = pen
    // Spaces swallowed by the break keep their text (copy and paste, search) at no width.
    if span.end > max(e, a - 1) {
        for k in max(e + 1, a)...span.end where atoms[k].kind != .hardBreak {
            emit(k, origin: right, advance: 0, collapse: true)
        }
    }
    if glyphs.isEmpty, let style = text.styles.first, let face = style.fonts.first {
        let metrics = store.metrics(face)
        ascent = metrics.ascender * style.size
        descent = metrics.descender * style.size
    }
    return Line(glyphs: glyphs, width: right, ascent: ascent, descent: descent, isLast: span.isLast)
}
