import BriefModel
import Foundation

/// Options of one `build`, as one record (pandoc's habit): the CLI fills it, the library obeys.
public struct BuildOptions: Sendable {
    public var formats: [OutputFormat]
    public var outputDirectory: URL
    /// Where the WeChat editor can fetch images from; nil embeds them in the article.
    public var imageBase: String?
    /// The date every output records instead of the edition's (SOURCE_DATE_EPOCH).
    public var sourceDate: UTCTimestamp?
    /// Embed the layout's serif and sans faces in the EPUB, subset to the book (`--embed-fonts`).
    public var embedFonts: Bool

    /// A format named twice is built once, in the order first named (two identical outputs
    /// would otherwise collide on their name).
    public init(formats: [OutputFormat], outputDirectory: URL, imageBase: String? = nil, sourceDate: UTCTimestamp? = nil,
                embedFonts: Bool = false) {
        var seen: Set<OutputFormat> = []
        self.formats = formats.filter { seen.insert($0).inserted }
        self.outputDirectory = outputDirectory
        self.imageBase = imageBase
        self.sourceDate = sourceDate
        self.embedFonts = embedFonts
    }

    /// `SOURCE_DATE_EPOCH` from `environment`, read once for every backend: nil when unset
    /// or empty; a value that is not a whole number of seconds, or is past the last date
    /// outputs can record, is a usage error, since ignoring it would silently break a
    /// reproducible build.
    public static func sourceDate(from environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UTCTimestamp? {
        switch UTCTimestamp.sourceDateEpoch(environment) {
        case .unset: return nil
        case .valid(let date): return date
        case .invalid(let raw):
            throw UsageError("SOURCE_DATE_EPOCH is \"\(raw)\", not a whole number of seconds since 1970",
                             hint: "unset it, or set it to e.g. $(git log -1 --format=%ct)")
        case .pastLatest(let raw):
            throw UsageError("SOURCE_DATE_EPOCH is \"\(raw)\", a date past 9999-12-31T23:59:59Z (\(UTCTimestamp.latestSourceDateEpoch)), the last one PDF and EPUB dates can hold",
                             hint: "unset it, or set it to e.g. $(git log -1 --format=%ct)")
        }
    }
}
