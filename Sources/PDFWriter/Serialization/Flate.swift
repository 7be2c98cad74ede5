import Compression

/// PDF's FlateDecode filter is a zlib stream (RFC 1950); what PDFWriter adds to the shared
/// wrapper is the one level every stream of a document is compressed at.
enum Flate {
    /// Level 3: desubroutinized CFF is already dense, so level 3 comes within 1.3 % of level 6
    /// on the sample (189 vs 187 KB) and deflates the serif face, the critical path of a
    /// build, in two thirds of the time (44 → 42 ms for the whole sample). One level for
    /// every stream, so bytes are reproducible.
    static let compressionLevel: Int32 = 3
    /// Level 9 for streams of PDF syntax (content, object and cross-reference streams,
    /// CMaps): small and repetitive, they come out 10–17 % smaller than at level 3 for about
    /// a millisecond per edition; that is most of what a tagged document's structure costs.
    static let syntaxLevel: Int32 = 9

    static func compress(_ data: [UInt8], level: Int32 = compressionLevel) -> [UInt8] { Zlib.compress(data, level: level) }
}
