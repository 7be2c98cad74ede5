/// An opaque sRGB colour, 8 bits a channel: what a PNG pixel holds.
public struct RasterColor: Hashable, Sendable {
    public var red, green, blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red; self.green = green; self.blue = blue
    }

    /// From components 0...1 (the layouts' parsed `#RRGGBB`), rounded to the nearest byte.
    public init(r: Double, g: Double, b: Double) {
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
        self.init(red: byte(r), green: byte(g), blue: byte(b))
    }
}
