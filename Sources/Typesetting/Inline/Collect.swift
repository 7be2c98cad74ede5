/// Stage 1 of inline layout: the paragraph's runs flattened into one array of Unicode
/// scalars, each with the index of its (deduplicated) style. Later stages work on scalar
/// indices, so a break opportunity, a shaping cluster and a glyph's source text all refer
/// to the same positions.
struct CollectedText {
    var scalars: [UInt32] = []
    var styleOf: [Int] = []
    var styles: [TextStyle] = []

    var count: Int { scalars.count }
    func style(at i: Int) -> TextStyle { styles[styleOf[i]] }
}

/// Flattens the runs in order, dropping empty ones. Carriage returns are dropped (a CR LF
/// pair is one hard break, the LF); tabs become spaces, since a paragraph has no tab stops.
func collect(_ runs: [StyledText]) -> CollectedText {
    var out = CollectedText()
    var styleIndex: [TextStyle: Int] = [:]
    for run in runs where !run.text.isEmpty {
        let index: Int
        if let known = styleIndex[run.style] {
            index = known
        } else {
            index = out.styles.count
            out.styles.append(run.style)
            styleIndex[run.style] = index
        }
        for scalar in run.text.unicodeScalars {
            var value = scalar.value
            if value == 0x0D { continue }
            if value == 0x09 { value = 0x20 }
            out.scalars.append(value)
            out.styleOf.append(index)
        }
    }
    return out
}
