/// One face of a font file: a path and, for TrueType/OpenType collections (.ttc/.otc),
/// the index of the face inside it. Noto CJK ships SC, TC, JP, KR and HK in one file,
/// so the index decides which region's glyphs (and `locl` defaults) a run gets.
public struct FontFace: Hashable, Sendable {
    public var path: String
    public var index: Int

    public init(path: String, index: Int) {
        self.path = path
        self.index = index
    }
}
