/// A type size and the column widths a table would be set at in it.
public struct TableFit: Hashable, Sendable {
    public var size: Double
    /// Outer widths in pt, padding included.
    public var columnWidths: [Double]
    /// False when the columns' minimum content widths do not fit at this size, so the
    /// engine would break inside words or numbers.
    public var keepsWordsWhole: Bool

    /// A smaller size is taken when it makes the table at least this much shorter: a row
    /// of numbers beside a long address is better a little smaller than ten lines high.
    public static let worthwhileSaving = 0.25

    /// Of `fits` (largest size first): the largest that keeps words whole, unless a smaller
    /// one that also does makes the table `worthwhileSaving` shorter by `height`; when none
    /// keeps words whole, the smallest, which breaks the fewest. `shortest` is a height no
    /// size can go below (a line a row): a fit that reaches it is not measured against more.
    public static func choose(_ fits: [TableFit], shortest: Double = 0, height: (TableFit) -> Double) -> TableFit {
        let whole = fits.filter(\.keepsWordsWhole)
        guard var best = whole.first else { return fits.last! }
        var bestHeight = height(best)
        for fit in whole.dropFirst() where bestHeight > shortest {
            let h = height(fit)
            if h <= (1 - worthwhileSaving) * bestHeight { best = fit; bestHeight = h }
        }
        return best
    }
}

extension Typesetter {
    /// The table at type size `size`: column widths by `AutomaticTableLayout` from the
    /// cells' content widths, and whether every column gets its minimum, so no number or
    /// word breaks. `cells` are the runs at that size, row by row (rows may be short);
    /// `padding` the room on each side of a cell's text; a cell's text up to `keepShort`
    /// em of the size wide is never wrapped (its minimum is its whole width).
    public func tableFit(size: Double, columns: Int, available: Double, padding: Double, keepShort: Double,
                         cells: [[[StyledText]]], language: String = "zh-Hans") -> TableFit {
        var minimum = [Double](repeating: 2 * padding, count: columns), maximum = minimum
        for row in cells {
            for (column, runs) in row.enumerated() where column < columns {
                let widths = contentWidths(runs, language: language)
                let floor = min(widths.maximum, max(widths.minimum, keepShort * size))
                minimum[column] = max(minimum[column], floor + 2 * padding)
                maximum[column] = max(maximum[column], widths.maximum + 2 * padding)
            }
        }
        return TableFit(size: size,
                        columnWidths: AutomaticTableLayout.columnWidths(minimum: minimum, maximum: maximum, available: available),
                        keepsWordsWhole: AutomaticTableLayout.fits(minimum: minimum, available: available))
    }
}
