/// A check of several keys together that each key's own range cannot express: a type area
/// that must fit the page, a reserve that must leave room for a figure. A backend registers
/// its relations with its schema; the checker runs each one whose keys all hold usable
/// values (when one does not, that key is reported already and a sum of it means nothing).
public struct LayoutRelation: Sendable {
    /// The key the problem is reported at (at its value).
    public var key: String
    /// The problem, in a designer's words, or nil when the values go together.
    let test: @Sendable (LayoutValues) throws -> String?

    public init(at key: String, _ test: @escaping @Sendable (LayoutValues) throws -> String?) {
        self.key = key
        self.test = test
    }
}

/// The values of a layout file that passed their own checks, for relations to read by key.
public struct LayoutValues {
    /// Reading a key that was refused or left out: the relation is not judged.
    struct Unusable: Error {}

    let values: [String: Double]

    /// The number at `path`; throws (skipping the relation) when it was not usable.
    public func number(_ path: String) throws -> Double {
        guard let value = values[path] else { throw Unusable() }
        return value
    }

    /// The whole number at `path`.
    public func whole(_ path: String) throws -> Int { Int(try number(path)) }
}
