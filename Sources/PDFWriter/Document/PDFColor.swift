/// A DeviceRGB colour, components 0…1.
public struct PDFColor: Hashable, Sendable {
    public var r, g, b: Double

    public init(r: Double, g: Double, b: Double) {
        self.r = r; self.g = g; self.b = b
    }

    public static let black = PDFColor(r: 0, g: 0, b: 0)
}
