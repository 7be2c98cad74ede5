/// What a checked JPEG holds: the frame header's size and components, and the two facts
/// that change how it is shown: Adobe's APP14 marker (whose CMYK files store inverted
/// samples) and the Exif orientation.
public struct JPEGFacts: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK.
    public var components: Int
    public var hasAdobeMarker: Bool
    /// Exif orientation (TIFF tag 0x0112), 1…8; 1 (as stored) when the file has none.
    public var orientation: Int
    /// The JFIF APP0 density, when its unit is the inch or the centimetre (a unitless one
    /// gives only the pixel aspect).
    public var pixelsPerMetre: PixelsPerMetre? = nil
}
