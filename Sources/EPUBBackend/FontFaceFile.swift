/// A face to embed: a font file and, for a collection (`.ttc`, `.otc`), the face's index.
public struct FontFaceFile: Hashable, Sendable {
    public var path: String
    public var index: Int

    public init(path: String, index: Int) {
        self.path = path
        self.index = index
    }
}
