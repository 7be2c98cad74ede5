/// A calendar day, checked to exist (2026-02-30 is not a day).
public struct EditionDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD`; nil unless the text is that shape and names a real day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= EditionDate.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-05-28`
    public var description: String { "\(year)-\(pad(month))-\(pad(day))" }
    /// `20260528`: ASCII key for anchors and file names.
    public var compact: String { "\(year)\(pad(month))\(pad(day))" }
    /// `2026-05`
    public var monthKey: String { "\(year)-\(pad(month))" }
    /// `2026 年 5 月 28 日`, the way the printed briefing writes it.
    public var chinese: String { "\(year) 年 \(month) 月 \(day) 日" }
    /// `5 月 28 日`
    public var chineseShort: String { "\(month) 月 \(day) 日" }

    /// 星期一 … 星期日 (Zeller's congruence; no calendar or time zone involved).
    public var weekday: String {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7  // 0 = Saturday
        return ["星期六", "星期日", "星期一", "星期二", "星期三", "星期四", "星期五"][h]
    }

    public static func < (a: EditionDate, b: EditionDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
