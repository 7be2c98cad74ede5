#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first bytes of a font file, read to check a face before anything opens it: the
/// file exists and can be read, it is an OpenType/TrueType font (what HarfBuzz shapes and
/// hb-subset embeds) and it has the face asked for. Costs one 12-byte read, where opening
/// the face with FreeType parses its tables.
enum FontFileHeader {
    /// `sfnt` version tags of a single font: TrueType outlines, CFF outlines, Apple TrueType.
    static let singleFontTags: Set<UInt32> = [0x0001_0000, tag("OTTO"), tag("true")]
    /// A collection (.ttc/.otc): a count of faces at byte 8.
    static let collectionTag = tag("ttcf")

    /// Throws `FontError.unreadable` saying what is wrong with `face`'s file.
    static func check(_ face: FontFace) throws {
        func refuse(_ reason: String) -> FontError {
            FontError.unreadable(path: face.path, index: face.index, reason: reason)
        }
        // Non-blocking, and only a regular file is read: a pipe named like a font would
        // block the read (and FreeType's open after it) forever.
        let descriptor = open(face.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw refuse(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw refuse(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw refuse("it is not a regular file") }
        var bytes = [UInt8](repeating: 0, count: 12)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 12) }
        guard count >= 0 else { throw refuse(String(cString: strerror(errno))) }
        guard count == 12 else { throw refuse("not an OpenType or TrueType font (the file is \(count) bytes long)") }
        func word(_ offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let version = word(0)
        if version == collectionTag {
            let faces = Int(word(8))
            guard face.index >= 0, face.index < faces else {
                throw refuse("the collection has \(faces) faces, numbered 0 to \(faces - 1)")
            }
        } else if singleFontTags.contains(version) {
            guard face.index == 0 else { throw refuse("the file holds one face; its index is 0") }
        } else {
            throw refuse("not an OpenType or TrueType font")
        }
    }

    private static func tag(_ text: StaticString) -> UInt32 {
        text.withUTF8Buffer { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }
}
