/// The colour syntax the WeChat editor keeps: `#hex`, `rgb()` and `rgba()` (wechat.md §1c).
enum CSSColor {
    /// True for `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` and `rgba(r,g,b,a)`.
    static func isConservative(_ value: String) -> Bool {
        let v = value.trimmingSpaces.lowercased()
        if v.hasPrefix("#") {
            let digits = v.dropFirst()
            return [3, 4, 6, 8].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
        }
        for (prefix, count) in [("rgb(", 3), ("rgba(", 4)] where v.hasPrefix(prefix) && v.hasSuffix(")") {
            let parts = v.dropFirst(prefix.count).dropLast().split(separator: ",", omittingEmptySubsequences: false)
            return parts.count == count && parts.allSatisfy { part in
                let p = String(part).trimmingSpaces
                return !p.isEmpty && p.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "%") }
            }
        }
        return false
    }

    /// True for black written any way the editor recognises as pure black.
    static func isPureBlack(_ value: String) -> Bool {
        let v = value.lowercased().filter { !$0.isWhitespace }
        return ["#000", "#000f", "#000000", "#000000ff", "black", "rgb(0,0,0)", "rgba(0,0,0,1)"].contains(v)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
