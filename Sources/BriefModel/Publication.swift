import Foundation

/// What every edition shares: the title block, the contact footer and the layout choice
/// (`publication.yaml`).
public struct Publication: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var publisher: String
    public var producers: [String]
    /// BCP 47 tag, `zh-CN` unless the publication says otherwise.
    public var language: String
    /// A layout name from the project's layouts, or a path (resolved against `directory`).
    public var layout: String
    /// Where `layout:` is written, so a layout that cannot be loaded is reported there.
    public var layoutLocation: SourceLocation?
    public var contact: Contact?
    /// The publication folder (holds publication.yaml, assets/, editions/).
    public var directory: URL
    /// The level of each copy-editing rule the publication set under `lint:`; a rule not
    /// named here is a warning.
    public var lint: [LintRuleID: LintLevel]

    public init(title: String, subtitle: String? = nil, publisher: String, producers: [String] = [],
                language: String = "zh-CN", layout: String = "default", layoutLocation: SourceLocation? = nil,
                contact: Contact? = nil, directory: URL,
                lint: [LintRuleID: LintLevel] = [:]) {
        self.title = title
        self.subtitle = subtitle
        self.publisher = publisher
        self.producers = producers
        self.language = language
        self.layout = layout
        self.layoutLocation = layoutLocation
        self.contact = contact
        self.directory = directory
        self.lint = lint
    }

    /// The level a rule has in this publication.
    public func level(of rule: LintRuleID) -> LintLevel { lint[rule] ?? .warning }

    /// "博雅云创 & 中科创新驱动", or nil when there are no producers.
    public var producerLine: String? { producers.isEmpty ? nil : producers.joined(separator: " & ") }
}

/// The footer every edition ends with.
public struct Contact: Hashable, Sendable {
    public var heading: String?
    public var codes: [ContactCode]
    public var about: [Organisation]
    public var website: String?

    public init(heading: String? = nil, codes: [ContactCode] = [], about: [Organisation] = [], website: String? = nil) {
        self.heading = heading
        self.codes = codes
        self.about = about
        self.website = website
    }
}

/// A QR code with its label and caption: either an image the publication ships, or a URL
/// that the backends encode themselves.
public struct ContactCode: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case image(ImageAsset)
        case url(String)
    }

    public var label: String
    public var caption: String?
    public var source: Source

    public init(label: String, caption: String?, source: Source) {
        self.label = label
        self.caption = caption
        self.source = source
    }
}

public struct Organisation: Hashable, Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
