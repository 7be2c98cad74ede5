/// Column widths as CSS 2.1 automatic table layout (§17.5.2.2) and browsers resolve them,
/// from each column's minimum and maximum content widths (padding included), with two
/// tailorings for Chinese tables: a column's minimum is its `floor` (a short word or
/// header such as 地区 or 项目数 is never stacked one character a line, though UAX #14 lets
/// Han break anywhere), and no column's wish counts beyond `widestShare` of the table (a
/// column of long addresses wraps instead of taking the room every other column wants).
public enum AutomaticTableLayout {
    /// The largest part of the available width one column's wish is counted at.
    public static let widestShare = 1.0 / 3

    /// Every column at its maximum when they all fit; else each column gets its minimum
    /// plus a share of the room left in proportion to how much more it wants (a column of
    /// numbers, whose minimum is its maximum, keeps its width); when even the minimums do
    /// not fit, they are scaled down together and the engine breaks words as its last resort.
    public static func columnWidths(minimum: [Double], maximum: [Double], available: Double) -> [Double] {
        precondition(minimum.count == maximum.count, "one minimum and one maximum per column")
        let maximum = zip(minimum, maximum).map { max($0, $1) }
        let wantedMaximum = maximum.reduce(0, +), wantedMinimum = minimum.reduce(0, +)
        if wantedMaximum <= available { return maximum }
        guard wantedMinimum < available else {
            return minimum.map { wantedMinimum > 0 ? $0 * available / wantedMinimum : 0 }
        }
        let wish = zip(minimum, maximum).map { max(0, min($1, max($0, widestShare * available)) - $0) }
        let room = available - wantedMinimum, want = wish.reduce(0, +)
        if want >= room { return zip(minimum, wish).map { $0 + $1 * room / want } }
        // Every capped wish granted: what is left goes to the capped columns, by what they still want.
        let granted = zip(minimum, wish).map { $0 + $1 }
        let rest = zip(maximum, granted).map { $0 - $1 }, left = room - want, still = rest.reduce(0, +)
        return zip(granted, rest).map { $0 + $1 * left / still }
    }

    /// Whether the columns fit `available` without setting any narrower than its minimum.
    public static func fits(minimum: [Double], available: Double) -> Bool {
        minimum.reduce(0, +) <= available + 1e-6
    }
}
