/// What embedding fonts costs, kept from one PDF to the next for a caller that writes
/// nearly the same document again and again (the preview, after each save): the opened
/// font programs, and for each face the finished subset (program and its deflated stream)
/// of the exact glyph set drawn. An edit rarely draws a glyph not drawn before, so the next
/// document usually finds every subset made; hb-subset of the CJK faces was a third of a
/// rebuild. Everything kept is a pure function of the face file and the glyph set, so a
/// document written with the cache has the bytes of one written without.
///
/// Memory stays bounded by one document: each write keeps only the faces that document
/// registered and the subsets it embedded. One document at a time: not thread-safe.
public final class FontEmbeddingCache {
    private struct Face {
        var program: FontProgram
        var identity: FontFileIdentity?
        /// Glyph set (increasing GIDs) → its embedded subset.
        var subsets: [[UInt32]: FontEmbedder.Prepared] = [:]
    }

    /// "index:path", as PDFDocument keys its faces.
    private var faces: [String: Face] = [:]
    /// Faces registered since the last write: those the next write keeps.
    private var registered: Set<String> = []

    /// Of the last document written: subsets found made, and subsets made anew.
    public private(set) var reusedSubsets = 0
    public private(set) var madeSubsets = 0

    public init() {}

    /// The face's program, opened again only when its file changed since it was kept.
    func program(path: String, faceIndex: Int) throws -> FontProgram {
        let key = FontEmbeddingCache.key(path: path, faceIndex: faceIndex)
        registered.insert(key)
        let identity = FontFileIdentity(path: path)
        if let face = faces[key], identity != nil, face.identity == identity { return face.program }
        let program = try FontProgram(path: path, faceIndex: faceIndex)
        faces[key] = Face(program: program, identity: identity)
        return program
    }

    /// The subset kept for exactly these glyphs of this program, if any.
    func prepared(_ program: FontProgram, glyphs: [UInt32]) -> FontEmbedder.Prepared? {
        guard let face = faces[FontEmbeddingCache.key(path: program.path, faceIndex: program.faceIndex)],
              face.program === program else { return nil }
        return face.subsets[glyphs]
    }

    /// Ends a document: keeps what it embedded (`prepared`, in its fonts' order) and drops
    /// every other subset and every face it did not register.
    func keep(_ fonts: [PDFFont], _ prepared: [FontEmbedder.Prepared], reused: Int) {
        var kept: [String: Face] = [:]
        for key in registered {
            if var face = faces[key] {
                face.subsets = [:]
                kept[key] = face
            }
        }
        for (font, subset) in zip(fonts, prepared) {
            let key = FontEmbeddingCache.key(path: font.program.path, faceIndex: font.program.faceIndex)
            // A program opened outside the cache (not registered through it) is not kept.
            guard kept[key]?.program === font.program else { continue }
            kept[key]?.subsets[subset.glyphs] = subset
        }
        faces = kept
        registered = []
        reusedSubsets = reused
        madeSubsets = prepared.count - reused
    }

    private static func key(path: String, faceIndex: Int) -> String { "\(faceIndex):\(path)" }
}
