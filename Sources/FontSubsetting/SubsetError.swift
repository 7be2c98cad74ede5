/// Why hb-subset gave no font; the caller names the font in its own error.
public struct SubsetError: Error, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
