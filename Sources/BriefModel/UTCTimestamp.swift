import Foundation

/// A moment in UTC, to the second: the date outputs record (PDF CreationDate and XMP,
/// EPUB `dcterms:modified` and zip entry times). It comes from an edition's day or from
/// `SOURCE_DATE_EPOCH`, never from the clock, so rebuilding unchanged sources gives the
/// same bytes.
public struct UTCTimestamp: Hashable, Comparable, Sendable {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int

    /// Midnight UTC at the start of `date`.
    public init(midnightOf date: EditionDate) {
        year = date.year; month = date.month; day = date.day
        hour = 0; minute = 0; second = 0
    }

    /// Seconds since 1970-01-01T00:00:00Z, split into a civil date with Hinnant's
    /// `civil_from_days`: days are counted in eras of 400 years (146 097 days) with years
    /// starting in March, so the leap day falls last and needs no special case. Floor
    /// division keeps times before 1970 right.
    public init(secondsSinceEpoch seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
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

    /// Reads `SOURCE_DATE_EPOCH` (reproducible-builds.org): `.unset` when unset or empty (CI
    /// systems often export it empty), a timestamp for a whole, non-negative number of
    /// seconds up to the year 9999, `.pastLatest` for a whole number of seconds after
    /// 9999-12-31T23:59:59Z, and `.invalid` for anything else; the caller must refuse the
    /// last two rather than ignore them.
    public enum SourceDateEpoch: Equatable, Sendable {
        case unset
        case valid(UTCTimestamp)
        case pastLatest(String)
        case invalid(String)
    }

    public static func sourceDateEpoch(_ environment: [String: String]) -> SourceDateEpoch {
        guard let raw = environment["SOURCE_DATE_EPOCH"] else { return .unset }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .unset }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalid(raw) }
        // Digits only: a number too large for Int is past the year 9999 as well.
        guard let seconds = Int(text), seconds <= latestSourceDateEpoch else { return .pastLatest(raw) }
        return .valid(UTCTimestamp(secondsSinceEpoch: seconds))
    }

    /// 9999-12-31T23:59:59Z: PDF and XMP dates have four-digit years.
    public static let latestSourceDateEpoch = 253_402_300_799

    /// `CCYY-MM-DDThh:mm:ssZ` (W3C date-time, the shape `dcterms:modified` requires).
    public var w3c: String {
        "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
    }

    public static func < (a: UTCTimestamp, b: UTCTimestamp) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }

    private func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
