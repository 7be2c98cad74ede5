/// A colour in device RGB, each component 0...1.
public struct RGBColor: Hashable, Sendable {
    public var r, g, b: Double
    public init(r: Double, g: Double, b: Double) { self.r = r; self.g = g; self.b = b }
    public static let black = RGBColor(r: 0, g: 0, b: 0)
}

/// How a run of text is set.
public struct TextStyle: Hashable, Sendable {
    /// Fallback order: each character takes the first face that has a glyph for it. List the
    /// CJK face first so Latin, digits and the shared marks `“”‘’…—·` come from it (full-width,
    /// zh-Hans positions); list a Latin face first to set Latin in that face instead.
    public var fonts: [FontFace]
    /// Point size.
    public var size: Double
    public var color: RGBColor
    /// pt, up positive (superscript citations).
    public var baselineShift: Double
    /// Opaque caller id carried to the glyphs (links, citations).
    public var tag: Int?
    /// Code or URL: breaks only after `/` or before `. ? & =`, never hyphenated.
    public var isCode: Bool

    public init(fonts: [FontFace], size: Double, color: RGBColor = .black, baselineShift: Double = 0,
                tag: Int? = nil, isCode: Bool = false) {
        self.fonts = fonts
        self.size = size
        self.color = color
        self.baselineShift = baselineShift
        self.tag = tag
        self.isCode = isCode
    }
}

/// A piece of a paragraph in one style.
public struct StyledText: Hashable, Sendable {
    public var text: String
    public var style: TextStyle
    public init(text: String, style: TextStyle) { self.text = text; self.style = style }
}
