/// The two widths CSS's automatic table layout works from: the narrowest a cell can be set
/// without breaking inside anything UAX #14 and the clreq tailoring keep together (a
/// number, a date, a word, a URL between its break points), and its width on one line.
public struct ContentWidths: Hashable, Sendable {
    public var minimum: Double
    public var maximum: Double

    public init(minimum: Double, maximum: Double) {
        self.minimum = minimum
        self.maximum = maximum
    }
}

extension Typesetter {
    /// The runs' content widths in pt, measured as `layout` sets lines (same shaping, glue
    /// and edge trims), so a measure at least `minimum` wide never needs an emergency break.
    public func contentWidths(_ runs: [StyledText], language: String = "zh-Hans") -> ContentWidths {
        let key = ParagraphKey(ParagraphSpec(runs: runs, width: 0, language: language))
        used.insert(key)
        if let known = measuredCells[key] { return known }
        let widths = measureContent(runs, language: language)
        measuredCells[key] = widths
        return widths
    }

    /// The widest piece between break opportunities, and the whole text on one line (as
    /// the breaker measures lines, so a measure that wide holds it unbroken).
    private func measureContent(_ runs: [StyledText], language: String) -> ContentWidths {
        guard let spaced = prepareParagraph(runs, language: language) else { return ContentWidths(minimum: 0, maximum: 0) }
        let measure = LineMeasure(spaced)
        var minimum = 0.0, start = 0
        for k in spaced.atoms.indices {
            switch spaced.breakAfter[k] {
            case .allowed, .mandatory:
                minimum = max(minimum, measure.line(start, k).natural)
                start = k + 1
            case .prohibited, .emergency:
                continue
            }
        }
        if start < spaced.atoms.count { minimum = max(minimum, measure.line(start, spaced.atoms.count - 1).natural) }
        return ContentWidths(minimum: minimum, maximum: max(minimum, measure.line(0, spaced.atoms.count - 1).natural))
    }
}
