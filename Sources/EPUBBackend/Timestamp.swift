import BriefModel

/// The EPUB backend's name for the model's UTC moment; what is EPUB-only about time (the
/// DOS fields of a zip entry) is added here.
typealias Timestamp = UTCTimestamp

extension UTCTimestamp {
    /// The earliest moment a zip entry can record (DOS dates start in 1980).
    static let dosEpoch = UTCTimestamp(secondsSinceEpoch: 315_532_800)
    /// The latest one (the 7-bit year field ends in 2107).
    static let dosEnd = UTCTimestamp(secondsSinceEpoch: 4_354_819_198)

    /// The DOS time and date fields of a zip header, clamped to what they can hold;
    /// seconds are stored halved, so odd seconds round down.
    var dos: (time: UInt16, date: UInt16) {
        let t = Swift.min(Swift.max(self, UTCTimestamp.dosEpoch), UTCTimestamp.dosEnd)
        let time = t.hour << 11 | t.minute << 5 | t.second / 2
        let date = (t.year - 1980) << 9 | t.month << 5 | t.day
        return (UInt16(time), UInt16(date))
    }
}
