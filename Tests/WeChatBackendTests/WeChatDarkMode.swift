import Foundation

/// An sRGB colour as the article writes it (`#rgb`, `#rrggbb`, `rgb()`, `rgba()` over white).
struct RGB: Equatable, CustomStringConvertible {
    var r, g, b: Double

    init(r: Double, g: Double, b: Double) { (self.r, self.g, self.b) = (r, g, b) }

    init?(css: String) {
        let value = css.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") {
            var hex = Array(value.dropFirst())
            if hex.count == 3 { hex = hex.flatMap { [$0, $0] } }
            guard hex.count == 6, let n = Int(String(hex), radix: 16) else { return nil }
            self.init(r: Double(n >> 16 & 255), g: Double(n >> 8 & 255), b: Double(n & 255))
        } else if value.hasPrefix("rgb") {
            let numbers = value.split { !"0123456789.".contains($0) }.compactMap { Double($0) }
            guard numbers.count >= 3 else { return nil }
            let alpha = numbers.count > 3 ? numbers[3] : 1
            // Over white, the page's colour.
            self.init(r: numbers[0] * alpha + 255 * (1 - alpha), g: numbers[1] * alpha + 255 * (1 - alpha),
                      b: numbers[2] * alpha + 255 * (1 - alpha))
        } else {
            return nil
        }
    }

    static let white = RGB(r: 255, g: 255, b: 255)

    var description: String {
        String(format: "#%02x%02x%02x", Int(r.rounded()), Int(g.rounded()), Int(b.rounded()))
    }

    /// WCAG 2 relative luminance.
    var luminance: Double {
        func linear(_ v: Double) -> Double {
            let c = v / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    func contrast(with other: RGB) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Perceived brightness (W3C AERT), 0 to 255: what WeChat's dark mode compares.
    var brightness: Double { (r * 299 + g * 587 + b * 114) / 1000 }

    /// Hue in degrees, saturation and lightness in percent.
    var hsl: (h: Double, s: Double, l: Double) {
        let (r, g, b) = (self.r / 255, self.g / 255, self.b / 255)
        let high = max(r, g, b), low = min(r, g, b), l = (high + low) / 2
        guard high != low else { return (0, 0, l * 100) }
        let d = high - low
        let s = l > 0.5 ? d / (2 - high - low) : d / (high + low)
        var h: Double
        switch high {
        case r: h = (g - b) / d + (g < b ? 6 : 0)
        case g: h = (b - r) / d + 2
        default: h = (r - g) / d + 4
        }
        h *= 60
        return (h, s * 100, l * 100)
    }

    init(h: Double, s: Double, l: Double) {
        let (s, l) = (s / 100, l / 100)
        let c = (1 - abs(2 * l - 1)) * s, x = c * (1 - abs((h / 60).truncatingRemainder(dividingBy: 2) - 1)), m = l - c / 2
        let (r, g, b): (Double, Double, Double) = switch h {
        case ..<60: (c, x, 0)
        case ..<120: (x, c, 0)
        case ..<180: (0, c, x)
        case ..<240: (0, x, c)
        case ..<300: (x, 0, c)
        default: (c, 0, x)
        }
        self.init(r: ((r + m) * 255).rounded(), g: ((g + m) * 255).rounded(), b: ((b + m) * 255).rounded())
    }
}

/// How the 公众号 reader re-colours an article in dark mode: the published algorithm of
/// WeChat's own `mp-darkmode` library (github.com/wechatjs/mp-darkmode, `sdk.ts`,
/// `_adjustBackgroundBrightness` and `_adjustTextBrightness`, with its default colours and
/// thresholds from `constant.ts`), for opaque colours. Backgrounds: white and greys above
/// 40 % lightness, or anything brighter than 250, are mirrored onto the dark page; other
/// bright colours are dimmed to brightness 190; very dark ones lifted to 22 % lightness.
/// Text and borders: kept when 65 or more brightness from their (converted) background,
/// else their lightness is mirrored (90 − L) or their brightness moved to 65 from it.
enum WeChatDarkMode {
    static let page = RGB(r: 25, g: 25, b: 25)  // #191919
    /// rgba(255,255,255,0.6) on the page: the brightest text it allows on the page.
    static let defaultText = RGB(r: 163, g: 163, b: 163)
    static let whiteLike = 250.0, maxBackground = 190.0, minOffset = 65.0, highBackground = 100.0
    static let highGreyLightness = 40.0, lowGreyLightness = 22.0
    static var maxOffset: Double { max(defaultText.brightness - page.brightness, 0) }

    static func background(_ colour: RGB) -> RGB {
        let hsl = colour.hsl, brightness = colour.brightness
        if (hsl.s == 0 && hsl.l > highGreyLightness) || brightness > whiteLike {
            return RGB(h: 0, s: 0, l: min(100, 100 + page.hsl.l - hsl.l))
        }
        if brightness > maxBackground { return adjust(colour, toBrightness: maxBackground) }
        if hsl.l < lowGreyLightness { return RGB(h: hsl.h, s: hsl.s, l: lowGreyLightness) }
        return colour
    }

    /// `colour` as text (or a border) on the converted background `background`.
    static func text(_ colour: RGB, on background: RGB) -> RGB {
        var colour = colour
        // Each pass either returns or mirrors the lightness across 45 %, after which the
        // next pass returns: at most two passes.
        for _ in 0..<3 {
            let brightness = colour.brightness, backgroundBrightness = background.brightness
            let offset = abs(backgroundBrightness - brightness)
            if brightness >= whiteLike { return colour }
            if offset > maxOffset, backgroundBrightness <= page.brightness + 2 {
                return adjust(colour, toBrightness: maxOffset + backgroundBrightness)
            }
            if offset >= minOffset { return colour }
            let hsl = colour.hsl
            if backgroundBrightness >= highBackground {
                guard hsl.l > 90 - highGreyLightness else {
                    return adjust(colour, toBrightness: min(maxOffset, backgroundBrightness - minOffset))
                }
            } else {
                guard hsl.l <= highGreyLightness else {
                    return adjust(colour, toBrightness: min(maxOffset, backgroundBrightness + minOffset))
                }
            }
            colour = RGB(h: hsl.h, s: hsl.s, l: 90 - hsl.l)
        }
        return colour
    }

    /// `adjustBrightnessTo`: scales the channels to a perceived brightness, then fixes
    /// up a channel that hit 0 or 255.
    static func adjust(_ colour: RGB, toBrightness target: Double) -> RGB {
        let ratio = target / (colour.brightness == 0 ? 1 : colour.brightness)
        var (r, g, b) = (min(255, colour.r * ratio), min(255, colour.g * ratio), min(255, colour.b * ratio))
        if g == 0 || r == 255 || b == 255 {
            g = (target * 1000 - r * 299 - b * 114) / 587
        } else if r == 0 {
            r = (target * 1000 - g * 587 - b * 114) / 299
        } else if b == 0 || g == 255 {
            b = (target * 1000 - r * 299 - g * 587) / 114
        }
        func clamp(_ v: Double) -> Double { min(255, max(0, v)).rounded() }
        return RGB(r: clamp(r), g: clamp(g), b: clamp(b))
    }
}
