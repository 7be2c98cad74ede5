import Compression

/// PDF's FlateDecode filter is a zlib stream (RFC 1950); what PDFWriter adds to the shared
/// wrapper is the fixed level each kind of stream is compressed at.
enum Flate {
    /// Level 3: desubroutinized CFF is already dense, so level 3 comes within 1.3 % of level 6
    /// on the sample (189 vs 187 KB) and deflates the serif face, the critical path of a
    /// build, in two thirds of the time (44 → 42 ms for the whole sample). Fixed levels keep
    /// bytes reproducible.
    static let compressionLevel: Int32 = 3
    /// Level 6 for streams of PDF syntax (content, object and cross-reference streams,
    /// CMaps): small and repetitive, they come out 10–12 % smaller than at level 3; level 9
    /// gains 1–3 % more in nearly twice the time. A tagged document's structure is such
    /// syntax, so this is most of what tagging costs in bytes.
    static let syntaxLevel: Int32 = 6

    static func compress(_ data: [UInt8], level: Int32 = compressionLevel) -> [UInt8] { Zlib.compress(data, level: level) }
}
