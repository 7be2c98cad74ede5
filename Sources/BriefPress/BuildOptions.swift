import Foundation

/// Options of one `build`, as one record (pandoc's habit): the CLI fills it, the library obeys.
public struct BuildOptions: Sendable {
    public var formats: [OutputFormat]
    public var outputDirectory: URL
    /// Where the WeChat editor can fetch images from; nil embeds them in the article.
    public var imageBase: String?

    public init(formats: [OutputFormat], outputDirectory: URL, imageBase: String? = nil) {
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.imageBase = imageBase
    }
}
