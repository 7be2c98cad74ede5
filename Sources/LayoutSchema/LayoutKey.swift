/// One key of a layout file, declared once by its backend: the dotted name the file writes
/// it under, the kind and range of its value, and what it means to a designer. The value
/// itself is not here: the default layout (layouts/default) holds it, so code holds no look.
public struct LayoutKey: Hashable, Sendable {
    /// Dotted path: `headings.section.size` is `size:` under `section:` under `headings:`.
    public var path: String
    public var kind: ValueKind
    public var meaning: String
    /// May be left out (a bold font file, needed only when a role names a file).
    public var optional: Bool

    public init(_ path: String, _ kind: ValueKind, _ meaning: String, optional: Bool = false) {
        self.path = path
        self.kind = kind
        self.meaning = meaning
        self.optional = optional
    }

    var parts: [String] { path.split(separator: ".").map(String.init) }
}
