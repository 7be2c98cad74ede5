/// The six-letter `ABCDEF+` prefix that marks a subset font's name (ISO 32000-1 §9.6.4).
/// Derived from the glyph list with FNV-1a (Swift's `hashValue` is seeded per process), so
/// the same glyphs always give the same tag and different subsets of one face differ.
enum SubsetTag {
    static func make(fontName: String, glyphs: [UInt32]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        for byte in fontName.utf8 { mix(byte) }
        for gid in glyphs {
            mix(UInt8(truncatingIfNeeded: gid >> 24)); mix(UInt8(truncatingIfNeeded: gid >> 16))
            mix(UInt8(truncatingIfNeeded: gid >> 8)); mix(UInt8(truncatingIfNeeded: gid))
        }
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26)))
            hash /= 26
        }
        return letters
    }
}
