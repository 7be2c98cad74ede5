import Digests

/// The book's `dc:identifier`: a name-based UUID (RFC 9562 version 5, SHA-1), so the same
/// publication and day (or month) get the same identifier on every build and every machine.
/// Readers use it to keep bookmarks and reading position across a rebuilt file.
enum StableIdentifier {
    /// The RFC 9562 namespace for URLs; our names are `briefpress:` URIs.
    static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                        0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// `urn:uuid:…` for the publication `title` and the key of the book (`2026-05-28` or `2026-05`).
    static func urn(publicationTitle: String, key: String) -> String {
        "urn:uuid:" + uuid5(name: "briefpress:" + publicationTitle + "/" + key)
    }

    /// Version 5 UUID: SHA-1 of namespace + name, truncated to 16 bytes, then the version
    /// (high nibble of byte 6) and variant (top bits of byte 8) overwritten.
    static func uuid5(name: String) -> String {
        var bytes = Array(SHA1.digest(urlNamespace + Array(name.utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.hex
        let cuts = [8, 12, 16, 20]
        var out = ""
        for (i, ch) in hex.enumerated() {
            if cuts.contains(i) { out.append("-") }
            out.append(ch)
        }
        return out
    }
}
