/// A replacement of some bytes of the source file by new text; never a line end on either
/// side, so a fix keeps every line where it was.
public struct SourceEdit: Hashable, Sendable {
    public var range: Range<Int>
    public var replacement: String
}
