/// One entry of the generated 参考文献 list, numbered in `references` order.
public struct Reference: Hashable, Sendable {
    public var number: Int
    public var id: String?
    public var source: String
    public var title: String
    /// As written (`2026-05-27`); printed as is.
    public var date: String?
    public var note: String?
    public var url: String?
    /// Where the entry stands in the front matter, for diagnostics.
    public var location: SourceLocation

    public init(number: Int, id: String?, source: String, title: String, date: String?, note: String?, url: String?, location: SourceLocation) {
        self.number = number
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.note = note
        self.url = url
        self.location = location
    }

    /// Stable ASCII anchor of the entry: `ref-3`.
    public var anchor: String { "ref-\(number)" }

    /// The entry's fields in print order, as the printed original sets them:
    /// source | title | date | note.
    public var fields: [String] { [source, title, date, note].compactMap { $0 } }
}
