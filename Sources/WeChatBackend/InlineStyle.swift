/// One `style` attribute under construction: declarations in the order written, one per
/// property, serialised as `name:value;…`. The order is fixed by the code, never by a
/// dictionary, so two renders give the same bytes.
struct InlineStyle: Hashable {
    private(set) var declarations: [(property: String, value: String)] = []

    init(_ pairs: KeyValuePairs<String, String> = [:]) {
        for (property, value) in pairs { set(property, value) }
    }

    /// Sets `property`, replacing an earlier value in place: the WeChat editor deletes a
    /// whole declaration list that repeats a property (wechat.md §0, "all or nothing").
    mutating func set(_ property: String, _ value: String) {
        if let i = declarations.firstIndex(where: { $0.property == property }) {
            declarations[i].value = value
        } else {
            declarations.append((property, value))
        }
    }

    func with(_ pairs: KeyValuePairs<String, String>) -> InlineStyle {
        var copy = self
        for (property, value) in pairs { copy.set(property, value) }
        return copy
    }

    var css: String { declarations.map { "\($0.property):\($0.value)" }.joined(separator: ";") }

    static func == (a: InlineStyle, b: InlineStyle) -> Bool { a.css == b.css }
    func hash(into hasher: inout Hasher) { hasher.combine(css) }
}

/// CSS lengths and numbers written the short way (`16px`, `1.75`, `0`).
enum CSSValue {
    static func px(_ value: Int) -> String { value == 0 ? "0" : "\(value)px" }

    static func px(_ value: Double) -> String { value == 0 ? "0" : number(value) + "px" }

    static func number(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `top right bottom left` margin shorthand in px, in the fewest values CSS reads the
    /// same way (`0 8px 16px` for `0 8px 16px 8px`, `0` for four zeros): the fragment must
    /// stay under the draft API's 20,000 characters, and most of it is style text.
    static func box(_ top: Int, _ right: Int, _ bottom: Int, _ left: Int) -> String {
        var values = [top, right, bottom, left]
        if values[3] == values[1] {
            values.removeLast()
            if values[2] == values[0] {
                values.removeLast()
                if values[1] == values[0] { values.removeLast() }
            }
        }
        return values.map { px($0) }.joined(separator: " ")
    }

    /// `#rrggbb` as `#rgb` when each channel's two digits agree (`#888888` → `#888`); any
    /// other colour as written. The same colour in fewer characters.
    static func colour(_ value: String) -> String {
        let digits = Array(value.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
              digits[1] == digits[2], digits[3] == digits[4], digits[5] == digits[6] else { return value }
        return String(decoding: [digits[0], digits[1], digits[3], digits[5]], as: UTF8.self)
    }
}
