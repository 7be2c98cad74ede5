import Foundation

/// How a layout file writes a colour. Each backend accepts what its output can carry: the
/// PDF backend six hexadecimal digits it turns into RGB, the WeChat backend the CSS forms
/// the Official Account editor keeps (wechat.md §1c).
public enum ColourSyntax: Hashable, Sendable {
    /// `"#RRGGBB"`.
    case hexRGB
    /// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` or `rgba(r,g,b,a)`, never pure
    /// black, which the editor drops.
    case conservativeCSS

    /// What a designer may write, for messages and the key table.
    public var accepted: String {
        switch self {
        case .hexRGB: return "a colour written \"#RRGGBB\" (six hexadecimal digits, like \"#1A1A1A\")"
        case .conservativeCSS: return "a colour written #hex, rgb() or rgba()"
        }
    }

    /// Why `text` is refused, or nil when it is a colour of this syntax.
    func refusal(_ text: String) -> String? {
        switch self {
        case .hexRGB:
            return ColourSyntax.rgb(hex: text) == nil ? accepted : nil
        case .conservativeCSS:
            if !ColourSyntax.isConservativeCSS(text) { return accepted }
            if ColourSyntax.isPureBlack(text) { return "not pure black, which the WeChat editor drops (use #3f3f3f or #010101)" }
            return nil
        }
    }

    /// Red, green and blue from 0 to 1 of `"#RRGGBB"`; nil when it is not written so.
    public static func rgb(hex text: String) -> (red: Double, green: Double, blue: Double)? {
        guard text.hasPrefix("#") else { return nil }
        let hex = text.dropFirst()
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
        return (Double(value >> 16 & 0xFF) / 255, Double(value >> 8 & 0xFF) / 255, Double(value & 0xFF) / 255)
    }

    static func isConservativeCSS(_ value: String) -> Bool {
        let v = value.trimmingCharacters(in: .whitespaces).lowercased()
        if v.hasPrefix("#") {
            let digits = v.dropFirst()
            return [3, 4, 6, 8].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
        }
        for (prefix, count) in [("rgb(", 3), ("rgba(", 4)] where v.hasPrefix(prefix) && v.hasSuffix(")") {
            let parts = v.dropFirst(prefix.count).dropLast().split(separator: ",", omittingEmptySubsequences: false)
            return parts.count == count && parts.allSatisfy { part in
                let p = part.trimmingCharacters(in: .whitespaces)
                return !p.isEmpty && p.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "%") }
            }
        }
        return false
    }

    /// Black written any way the editor recognises as pure black.
    static func isPureBlack(_ value: String) -> Bool {
        let v = value.lowercased().filter { !$0.isWhitespace }
        return ["#000", "#000f", "#000000", "#000000ff", "black", "rgb(0,0,0)", "rgba(0,0,0,1)"].contains(v)
    }
}
