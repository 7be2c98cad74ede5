import CFreeType
import CHarfBuzz
import CFontconfig

/// Finds and opens font faces once per document. A face is found through fontconfig
/// (family + weight) or given as a file, and checked at once (the file is readable, is a
/// font and has that face: see `FontFileHeader`), so a missing font stops a build before
/// any typesetting. It is opened only when first shaped or measured: its metrics come from
/// its tables (`SfntMetrics`, or FreeType when those are not in order), and HarfBuzz keeps a
/// font over the same bytes for shaping. A layout names five
/// faces and a document often sets only three (no code, no bold 宋体 in the text), and
/// opening a face of a CJK collection is the costly part. Files are mapped once and
/// shared by every face of a collection.
public final class FontStore {
    private var library: FT_Library?
    /// FreeType's status when the store started it (0 = ready).
    private let libraryStatus: FT_Error
    /// Faces whose file passed `FontFileHeader.check`.
    private var checked: Set<FontFace> = []
    private var blobs: [String: OpaquePointer] = [:]
    private var fonts: [FontFace: LoadedFont] = [:]
    /// The face `load` answered last. Shaping and line setting ask for a face character by
    /// character, nearly always the one asked for before; comparing two faces (their paths
    /// usually share storage) is much cheaper than hashing a path for the dictionary.
    private var lastLoaded: LoadedFont?
    private var failures: [FontFace: FontError] = [:]
    /// Faces that passed their header check but could not be opened when first set in,
    /// in the order they failed. The engine goes on with a face that sets nothing (so
    /// typesetting never traps), and the caller must refuse the result: see `openFailures`.
    private var failedOpens: [FontError] = []
    private var lookups: [String: FontFace] = [:]

    public init() {
        libraryStatus = FT_Init_FreeType(&library)
    }

    deinit {
        fonts.removeAll()
        lastLoaded = nil
        for blob in blobs.values { hb_blob_destroy(blob) }
        if let library { FT_Done_FreeType(library) }
    }

    /// Begins the process's one-time font set-up in the background; a program calls it as
    /// early as it knows it will set type, then goes on reading its sources.
    public static func warmUp() { FontconfigLookup.warmUp() }

    /// fontconfig lookup; `hint` is put in the error ("install fonts-noto-cjk").
    /// fontconfig always answers with *some* font, so the answer is accepted only when one
    /// of its family names is the one asked for, and for `bold` only when it is bold:
    /// a silent substitute would typeset the document in the wrong face.
    public func face(family: String, bold: Bool = false, hint: String) throws -> FontFace {
        let key = "\(family)\u{0}\(bold)"
        if let known = lookups[key] { return known }
        guard let found = FontconfigLookup.match(family: family, bold: bold) else {
            throw FontError.notFound(family: bold ? "\(family) (bold)" : family, hint: hint)
        }
        let face = try self.face(path: found.path, index: found.index)
        lookups[key] = face
        return face
    }

    /// An explicit file (and face index for collections), checked but not yet opened.
    public func face(path: String, index: Int) throws -> FontFace {
        let face = FontFace(path: path, index: index)
        if checked.contains(face) { return face }
        if let failure = failures[face] { throw failure }
        do {
            try ready()
            try FontFileHeader.check(face)
        } catch let error as FontError {
            failures[face] = error
            throw error
        }
        checked.insert(face)
        return face
    }

    /// Throws when FreeType could not start (out of memory, a broken installation):
    /// reported at the first lookup, before any typesetting, rather than as a font that
    /// cannot be opened later.
    private func ready() throws {
        guard libraryStatus == 0, library != nil else {
            throw FontError.engineUnavailable(reason: "FreeType could not start (error \(libraryStatus))")
        }
    }

    /// Metrics in em. The face must have come from this store (or be openable).
    public func metrics(_ face: FontFace) -> FontMetrics {
        font(face).metrics
    }

    /// Why faces that were asked for could not be opened when first set in (a file damaged
    /// past its header), first failure first. Anything set after a failure used a face that
    /// sets nothing, so a caller that finds this non-empty must throw its first error rather
    /// than print the result: faces are opened lazily, so this is the only place the failure
    /// can surface.
    public var openFailures: [FontError] { failedOpens }

    /// The opened face. Faces reach the engine through `face(...)`, which has checked the
    /// file; one that still cannot be opened is damaged past its header: its failure is
    /// recorded in `openFailures` and an empty face (no glyphs, zero advances) stands in.
    func font(_ face: FontFace) -> LoadedFont {
        (try? load(face)) ?? LoadedFont.unusable(face)
    }

    /// Opened face or nil, for the per-character fallback that skips unusable faces.
    func fontIfAvailable(_ face: FontFace) -> LoadedFont? { try? load(face) }

    private func load(_ face: FontFace) throws -> LoadedFont {
        if let last = lastLoaded, last.face == face { return last }
        if let font = fonts[face] {
            lastLoaded = font
            return font
        }
        if let failure = failures[face] { throw failure }
        do {
            let font = try open(face)
            fonts[face] = font
            lastLoaded = font
            return font
        } catch let error as FontError {
            failures[face] = error
            failedOpens.append(error)
            throw error
        }
    }

    /// FreeType's error codes (fterrdef.h) that a font file can cause, in words; the number
    /// is kept for anything rarer. The header check passed, so the usual cause is a file
    /// damaged or cut short after its first bytes.
    static func describe(freeTypeError status: FT_Error) -> String {
        let words: [FT_Error: String] = [
            0x01: "the file cannot be opened",
            0x02: "FreeType does not recognise the font format",
            0x03: "the font file is damaged",
            0x08: "a table of the font is damaged",
            0x09: "an offset in the font points outside the file",
            0x40: "out of memory",
        ]
        let what = words[status] ?? "FreeType cannot read the face"
        return "\(what) (FreeType error \(status)); the file may be damaged or cut short: replace it with a good copy"
    }

    private func open(_ face: FontFace) throws -> LoadedFont {
        try ready()
        let blob: OpaquePointer
        if let known = blobs[face.path] {
            blob = known
        } else {
            guard let made = hb_blob_create_from_file_or_fail(face.path) else {
                // FreeType names what stops the file being read, as it did before HarfBuzz
                // mapped files first.
                _ = try freeTypeMetrics(face)
                throw FontError.unreadable(path: face.path, index: face.index, reason: "HarfBuzz cannot map the file")
            }
            blobs[face.path] = made
            blob = made
        }
        let hbFace = hb_face_create(blob, UInt32(face.index))
        defer { hb_face_destroy(hbFace) }
        let metrics = try SfntMetrics.read(hbFace) ?? freeTypeMetrics(face)
        guard let hbFont = hb_font_create(hbFace) else {
            throw FontError.unreadable(path: face.path, index: face.index, reason: "HarfBuzz cannot create a font")
        }
        // Scale = upem: HarfBuzz then reports unscaled font units, exact for every size.
        hb_font_set_scale(hbFont, Int32(metrics.unitsPerEm), Int32(metrics.unitsPerEm))
        return LoadedFont(face: face, hbFont: hbFont, metrics: metrics)
    }

    /// The face's metrics as FreeType reads them, for a face whose tables `SfntMetrics` does
    /// not take as they stand; throws what FreeType finds wrong with the file.
    func freeTypeMetrics(_ face: FontFace) throws -> FontMetrics {
        var ftFace: FT_Face?
        let status = FT_New_Face(library, face.path, FT_Long(face.index), &ftFace)
        guard status == 0, let ft = ftFace else {
            throw FontError.unreadable(path: face.path, index: face.index, reason: FontStore.describe(freeTypeError: status))
        }
        defer { FT_Done_Face(ft) }
        let upem = Int(ft.pointee.units_per_EM)
        guard upem > 0 else {
            throw FontError.unreadable(path: face.path, index: face.index, reason: "not a scalable font")
        }
        var capHeight = 0.0
        if let raw = FT_Get_Sfnt_Table(ft, FT_SFNT_OS2) {
            let os2 = raw.assumingMemoryBound(to: TT_OS2.self).pointee
            if os2.version >= 2 { capHeight = Double(os2.sCapHeight) / Double(upem) }
        }
        return FontMetrics(
            unitsPerEm: upem,
            ascender: Double(ft.pointee.ascender) / Double(upem),
            descender: Double(-ft.pointee.descender) / Double(upem),
            capHeight: capHeight)
    }
}
