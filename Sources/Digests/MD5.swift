import CNettle

/// MD5 (RFC 1321) by nettle. Used only for the PDF trailer's `/ID`: the file identifier must
/// be stable for identical documents (ISO 32000-1 §14.4 suggests a digest), not secure.
public enum MD5 {
    /// The 16-byte digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var context = md5_ctx()
        nettle_md5_init(&context)
        message.withUnsafeBufferPointer { nettle_md5_update(&context, $0.count, $0.baseAddress) }
        var out = [UInt8](repeating: 0, count: Int(MD5_DIGEST_SIZE))
        nettle_md5_digest(&context, out.count, &out)
        return out
    }
}
