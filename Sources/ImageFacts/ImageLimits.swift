/// The largest image BriefPress accepts, checked from the header before anything is sized
/// from it: a header is only a claim, and a 1 MB PNG can claim 400 million pixels.
public enum ImageLimits {
    /// Largest file read at all. Every output embeds the file as it is (EPUB, WeChat `data:`
    /// URIs a third larger again), and a 24-megapixel camera JPEG is about 10 MB; a larger
    /// file is not a figure but a wrong file (a video or an archive given a `.png` name).
    public static let maxFileBytes = 20 * 1024 * 1024

    /// Longest side in pixels. At 300 dpi that is 1.39 m, beyond any page or screen; the
    /// sides above it are what broken or hostile headers claim (up to 2³¹−1 in a PNG).
    public static let maxSide = 16_384

    /// Most pixels: a 24-megapixel camera photo (6000 × 4000) fits; a full print page needs
    /// under 9 (A4 at 300 dpi). Bounds what any viewer must decode, JPEGs included.
    public static let maxPixels = 25_000_000

    /// Most bytes of decoded PNG data (rows with their filter bytes, at the file's own bit
    /// depth). The PDF writer holds this and the 8-bit planes made from it at once, so an
    /// accepted image stays within a few hundred megabytes at the very worst; with the
    /// pixel limit this also caps 16-bit images with alpha (8 bytes a pixel) at 13 megapixels.
    public static let maxDecodedBytes = 100 * 1024 * 1024

    /// `a × b`, or nil when it does not fit in an Int: headers are checked with this so no
    /// size computed from one can trap or wrap.
    static func product(_ a: Int, _ b: Int) -> Int? {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : value
    }

    /// Refuses an empty size or one over the side or pixel limits; `format` names the file
    /// kind in the message. Sides are compared before they are multiplied.
    static func check(width: Int, height: Int, format: String) throws {
        guard width > 0, height > 0 else {
            throw ImageProblem("\(format) header gives a size of \(width) × \(height) pixels", hint: ImageProblem.reexport)
        }
        guard width <= maxSide, height <= maxSide else {
            throw ImageProblem("\(format) is \(width) × \(height) pixels; the limit is \(maxSide) pixels a side",
                               hint: ImageProblem.scaleDown)
        }
        guard let pixels = product(width, height), pixels <= maxPixels else {
            throw ImageProblem("\(format) is \(width) × \(height) pixels; the limit is \(maxPixels / 1_000_000) megapixels",
                               hint: ImageProblem.scaleDown)
        }
    }
}
