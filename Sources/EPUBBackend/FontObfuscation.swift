import Digests

/// IDPF font obfuscation (EPUB OCF 3.3 §4.3 "Font obfuscation"): the first 1040 bytes of the
/// font XORed with the SHA-1 of the package's unique identifier, whitespace removed. It
/// ties the font to this book; reading systems undo it (it is its own inverse).
enum FontObfuscation {
    /// The `Algorithm` that encryption.xml names for it.
    static let algorithm = "http://www.idpf.org/2008/embedding"
    static let obfuscatedLength = 1040

    static func key(identifier: String) -> [UInt8] {
        let stripped = identifier.unicodeScalars.filter { !"\u{20}\u{09}\u{0D}\u{0A}".unicodeScalars.contains($0) }
        return SHA1.digest(Array(String(String.UnicodeScalarView(stripped)).utf8))
    }

    /// Obfuscates `font`, or de-obfuscates an obfuscated one.
    static func apply(_ font: [UInt8], identifier: String) -> [UInt8] {
        let key = key(identifier: identifier)
        var out = font
        for i in 0..<min(obfuscatedLength, out.count) { out[i] ^= key[i % key.count] }
        return out
    }
}
