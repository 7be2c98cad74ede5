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
    /// keeps words whole, the smallest, which breaks the fewest.
    public static func choose(_ fits: [TableFit], height: (TableFit) -> Double) -> TableFit {
        let whole = fits.filter(\.keepsWordsWhole)
        guard var best = whole.first else { return fits.last! }
        var bestHeight = height(best)
        for fit in whole.dropFirst() {
            let h = height(fit)
            if h <= (1 - worthwhileSaving) * bestHeight { best = fit; bestHeight = h }
        }
        return best
    }
}

extension Typesetter {
    /// The table at each of `sizes` in turn: column widths by `AutomaticTableLayout` from
    /// the cells' content widths, and whether every column gets its minimum, so no number
    /// or word breaks. `cells(size)` gives the cells' runs at a size, row by row (rows may
    /// be short); `padding(size)` the room on each side of a cell's text; a cell's text up
    /// to `keepShort` em of the size wide is never wrapped (its minimum is its whole width).
    public func tableFits(sizes: [Double], columns: Int, available: Double, padding: (Double) -> Double,
                          keepShort: Double, cells: (Double) -> [[[StyledText]]], language: String = "zh-Hans") -> [TableFit] {
        precondition(!sizes.isEmpty, "a table needs a type size")
        return sizes.map { size in
            let pad = 2 * padding(size)
            var minimum = [Double](repeating: pad, count: columns), maximum = minimum
            for row in cells(size) {
                for (column, runs) in row.enumerated() where column < columns {
                    let widths = contentWidths(runs, language: language)
                    let floor = min(widths.maximum, max(widths.minimum, keepShort * size))
                    minimum[column] = max(minimum[column], floor + pad)
                    maximum[column] = max(maximum[column], widths.maximum + pad)
                }
            }
            return TableFit(size: size,
                            columnWidths: AutomaticTableLayout.columnWidths(minimum: minimum, maximum: maximum, available: available),
                            keepsWordsWhole: AutomaticTableLayout.fits(minimum: minimum, available: available))
        }
    }
}
