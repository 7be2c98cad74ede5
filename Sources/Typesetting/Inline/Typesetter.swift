/// Breaks paragraphs into lines of positioned glyphs by the zh-Hans rules of clreq and
/// GB/T 15834 (see Collect → Prepare → Shape → Spacing → LineBreak → Finalize). One per
/// document: it shares the document's FontStore and keeps a shaping cache.
public final class Typesetter {
    public let fonts: FontStore
    private let cache = ShapeCache()
    /// Finished paragraphs by their spec. A document is often set twice (the contents learn
    /// their page numbers from the first pass), and every paragraph but the contents comes
    /// back unchanged; breaking is deterministic, so the stored lines are the lines.
    private var laidOut: [ParagraphKey: [Line]] = [:]
    /// Table cells' content widths by runs and language, for the same reason.
    var measuredCells: [ParagraphKey: ContentWidths] = [:]
    /// Natural widths by runs: headings measure their phrases, and the contents their labels,
    /// again in every pass.
    private var naturalWidths: [ParagraphKey: Double] = [:]
    /// The paragraphs, cells and natural widths asked for since the last `forgetUnused()`.
    var used: Set<ParagraphKey> = []

    public init(fonts: FontStore) {
        self.fonts = fonts
    }

    /// The paragraph's lines, top to bottom. An empty paragraph has no lines.
    public func layout(_ paragraph: ParagraphSpec) -> [Line] {
        let key = ParagraphKey(paragraph)
        used.insert(key)
        if let lines = laidOut[key] { return lines }
        guard let spaced = prepareParagraph(paragraph.runs, language: paragraph.language) else { return [] }
        let spans = breakLines(spaced, spec: paragraph)
        let lines = finalize(spaced, lines: spans, spec: paragraph, store: fonts)
        laidOut[key] = lines
        return lines
    }

    /// Drops the paragraphs not asked for since the last call. A typesetter kept from one
    /// document to the next (the preview sets an edition again at every save) then holds the
    /// paragraphs of the latest document only, not of every draft.
    public func forgetUnused() {
        laidOut = laidOut.filter { used.contains($0.key) }
        measuredCells = measuredCells.filter { used.contains($0.key) }
        naturalWidths = naturalWidths.filter { used.contains($0.key) }
        used = []
    }

    /// Width of the runs set as one line at natural width (no breaking, hard breaks ignored),
    /// with the same punctuation compression and Han–Latin glue a line would get, including
    /// the line-edge trims: what `layout` gives as the width of a line that fits.
    public func naturalWidth(_ runs: [StyledText]) -> Double {
        let spec = ParagraphSpec(runs: runs, width: .infinity, alignment: .start)
        let key = ParagraphKey(spec)
        used.insert(key)
        if let known = naturalWidths[key] { return known }
        var width = 0.0
        if let spaced = prepareParagraph(runs, language: spec.language) {
            let n = spaced.atoms.count
            let measure = LineMeasure(spaced)
            let span = LineSpan(start: 0, end: n - 1, contentEnd: measure.lastContent[n - 1],
                                isFirst: true, isSolid: true, isLast: true)
            width = finalizeLine(spaced, span, spec: spec, store: fonts).width
        }
        naturalWidths[key] = width
        return width
    }

    func prepareParagraph(_ runs: [StyledText], language: String) -> SpacedText? {
        let collected = collect(runs)
        guard collected.count > 0 else { return nil }
        let prepared = prepare(collected, language: language)
        let shaped = shape(prepared, store: fonts, cache: cache, language: language)
        guard !shaped.atoms.isEmpty else { return nil }
        return measure(shaped)
    }
}
