import Foundation

/// sRGB ↔ linear light (IEC 61966-2-1). Coverage is a fraction of the pixel's area, so it
/// mixes light, not sRGB code values: blending in sRGB makes anti-aliased edges of dark
/// text on a light ground too heavy, and light text on a dark ground too thin.
/// Both directions are tables built once; every pixel is then a lookup, and the tables
/// depend only on these formulas, so the output is the same on every run.
enum LinearLight {
    /// Code value → linear light, 0...1.
    static let fromSRGB: [Float] = (0..<256).map { code in
        let c = Double(code) / 255
        return Float(c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
    }

    /// Steps of the inverse table: fine enough that neighbouring code values near black
    /// (where sRGB is steepest) get distinct entries.
    static let steps = 4096

    /// Linear light in `steps` + 1 steps → nearest code value.
    static let toSRGB: [UInt8] = (0...steps).map { step in
        let l = Double(step) / Double(steps)
        let c = l <= 0.0031308 ? l * 12.92 : 1.055 * pow(l, 1 / 2.4) - 0.055
        return UInt8(max(0, min(255, (c * 255).rounded())))
    }

    static func encode(_ linear: Float) -> UInt8 {
        toSRGB[Int((min(max(linear, 0), 1) * Float(steps)).rounded())]
    }
}
