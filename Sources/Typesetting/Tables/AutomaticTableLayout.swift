/// Column widths as CSS 2.1 automatic table layout (§17.5.2.2) and browsers resolve them,
/// from each column's minimum and maximum content widths (padding included).
public enum AutomaticTableLayout {
    /// Every column at its maximum when they all fit; else each column gets its minimum
    /// plus a share of the room left in proportion to how much more it wants (a column of
    /// numbers, whose minimum is its maximum, keeps its width; a text column takes the
    /// rest); when even the minimums do not fit, they are scaled down together and the
    /// engine breaks words as its last resort.
    public static func columnWidths(minimum: [Double], maximum: [Double], available: Double) -> [Double] {
        precondition(minimum.count == maximum.count, "one minimum and one maximum per column")
        let maximum = zip(minimum, maximum).map { max($0, $1) }
        let wantedMaximum = maximum.reduce(0, +), wantedMinimum = minimum.reduce(0, +)
        if wantedMaximum <= available { return maximum }
        guard wantedMinimum < available else {
            return minimum.map { wantedMinimum > 0 ? $0 * available / wantedMinimum : 0 }
        }
        let room = available - wantedMinimum, want = wantedMaximum - wantedMinimum
        return zip(minimum, maximum).map { $0 + ($1 - $0) * room / want }
    }

    /// Whether the columns fit `available` without setting any narrower than its minimum.
    public static func fits(minimum: [Double], available: Double) -> Bool {
        minimum.reduce(0, +) <= available + 1e-6
    }
}
