/// Document metadata, written both to the Info dictionary and to the XMP stream so the two
/// always agree. The date comes from the caller (never the clock) to keep output reproducible.
public struct PDFInfo: Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var creator: String?
    public var producer: String
    /// BCP 47 tag, e.g. "zh-CN": catalog `/Lang` and `dc:language`.
    public var language: String
    /// UTC.
    public var date: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)

    public init(
        title: String, author: String? = nil, subject: String? = nil, keywords: [String] = [],
        creator: String? = nil, producer: String = "BriefPress", language: String = "zh-CN",
        date: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    ) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.producer = producer; self.language = language; self.date = date
    }
}
