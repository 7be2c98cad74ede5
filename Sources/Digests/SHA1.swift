import CNettle

/// SHA-1 (FIPS 180-4) by nettle, for name-based UUIDs (RFC 9562 version 5) and stable
/// resource names: naming, never security.
public enum SHA1 {
    /// The 20-byte digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var context = sha1_ctx()
        nettle_sha1_init(&context)
        message.withUnsafeBufferPointer { nettle_sha1_update(&context, $0.count, $0.baseAddress) }
        var out = [UInt8](repeating: 0, count: Int(SHA1_DIGEST_SIZE))
        nettle_sha1_digest(&context, out.count, &out)
        return out
    }
}
