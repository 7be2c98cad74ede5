/// The type size and column widths a table is set at.
public struct TableFit: Hashable, Sendable {
    public var size: Double
    /// Outer widths in pt, padding included.
    public var columnWidths: [Double]
    /// False when not even the smallest size holds every column's longest unbreakable
    /// piece, so the engine will break inside words.
    public var keepsWordsWhole: Bool
}

extension Typesetter {
    /// Sets a table at the first of `sizes` (largest first) at which no column is narrower
    /// than its minimum content width, so a wide table steps down in size before any
    /// number or word breaks; at the smallest size it is set anyway, breaking words.
    /// `cells(size)` gives the cells' runs at a size, row by row (rows may be short);
    /// `padding(size)` the room on each side of a cell's text.
    public func fitTable(sizes: [Double], columns: Int, available: Double, padding: (Double) -> Double,
                         cells: (Double) -> [[[StyledText]]], language: String = "zh-Hans") -> TableFit {
        precondition(!sizes.isEmpty, "a table needs a type size")
        var last: TableFit?
        for size in sizes {
            let pad = 2 * padding(size)
            var minimum = [Double](repeating: pad, count: columns), maximum = minimum
            for row in cells(size) {
                for (column, runs) in row.enumerated() where column < columns {
                    let widths = contentWidths(runs, language: language)
                    minimum[column] = max(minimum[column], widths.minimum + pad)
                    maximum[column] = max(maximum[column], widths.maximum + pad)
                }
            }
            let fits = AutomaticTableLayout.fits(minimum: minimum, available: available)
            let fit = TableFit(size: size, columnWidths: AutomaticTableLayout.columnWidths(minimum: minimum, maximum: maximum,
                                                                                            available: available),
                               keepsWordsWhole: fits)
            if fits { return fit }
            last = fit
        }
        return last!
    }
}
