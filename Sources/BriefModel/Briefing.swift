/// What a backend renders: one edition of a publication.
public struct Briefing: Hashable, Sendable {
    public var publication: Publication
    public var edition: Edition

    public init(publication: Publication, edition: Edition) {
        self.publication = publication
        self.edition = edition
    }
}

/// A file a backend produced, named relative to the output folder. The pipeline writes it
/// atomically; backends never touch the disk themselves.
public struct OutputFile: Hashable, Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
