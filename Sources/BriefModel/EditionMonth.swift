/// A calendar month (`2026-05`): what a monthly bundle covers.
public struct EditionMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// Parses `YYYY-MM`; nil unless the text is exactly that shape and the month is 01–12.
    public init?(_ text: String) {
        guard text.count == 7, let first = EditionDate(text + "-01") else { return nil }
        self.init(first)
    }

    /// The month `date` falls in.
    public init(_ date: EditionDate) {
        year = date.year
        month = date.month
    }

    public var firstDay: EditionDate { EditionDate(year: year, month: month, day: 1)! }
    public var dayCount: Int { EditionDate.daysIn(year: year, month: month) }

    /// Whether `date` lies in this month.
    public func contains(_ date: EditionDate) -> Bool { date.year == year && date.month == month }

    /// `2026-05`
    public var description: String { firstDay.monthKey }
    /// `2026 年 5 月`, the way the bundle's cover writes it.
    public var chinese: String { "\(year) 年 \(month) 月" }

    public static func < (a: EditionMonth, b: EditionMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
