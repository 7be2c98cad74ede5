import BriefModel

/// A moment in UTC, to the second, as the two places an EPUB records time need it:
/// `dcterms:modified` (`2026-05-28T00:00:00Z`) and the DOS date and time of each zip entry.
/// Built from a calendar day or from `SOURCE_DATE_EPOCH`, never from the clock.
struct Timestamp: Hashable {
    var year: Int, month: Int, day: Int
    var hour = 0, minute = 0, second = 0

    /// Midnight UTC at the start of `date`.
    init(midnightOf date: EditionDate) {
        year = date.year; month = date.month; day = date.day
    }

    /// Seconds since 1970-01-01T00:00:00Z, split into a civil date with Hinnant's
    /// `civil_from_days` (eras of 400 years, March-based years so leap days fall last).
    init(secondsSinceEpoch seconds: Int) {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `CCYY-MM-DDThh:mm:ssZ`, the only shape epubcheck accepts for `dcterms:modified`.
    var w3c: String {
        "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
    }

    /// The earliest moment a zip entry can record (DOS dates start in 1980).
    static let dosEpoch = Timestamp(secondsSinceEpoch: 315_532_800)
    /// The latest one (the 7-bit year field ends in 2107).
    static let dosEnd = Timestamp(secondsSinceEpoch: 4_354_819_198)

    /// The DOS time and date fields of a zip header, clamped to what they can hold;
    /// seconds are stored halved, so odd seconds round down.
    var dos: (time: UInt16, date: UInt16) {
        let t = min(max(self, Timestamp.dosEpoch), Timestamp.dosEnd)
        let time = t.hour << 11 | t.minute << 5 | t.second / 2
        let date = (t.year - 1980) << 9 | t.month << 5 | t.day
        return (UInt16(time), UInt16(date))
    }

    private func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

extension Timestamp: Comparable {
    static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }
}
