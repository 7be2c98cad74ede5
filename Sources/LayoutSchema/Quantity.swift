/// A number a layout key holds and the range it must lie in: a length, a type size, a
/// factor, a count. The range is what the backend can work with, not a matter of taste: a
/// value outside it divides by zero, overflows a page or is dropped by the WeChat editor.
public struct Quantity: Hashable, Sendable {
    /// What the number is, with its article, in a designer's words: "a length".
    public var noun: String
    /// Written after the range ("pt", "px"); nil when the meaning says it (em, lines).
    public var unit: String?
    /// Whole numbers only (counts of lines, columns, pixels).
    public var whole: Bool
    public var lowest: Double
    /// False when `lowest` itself is refused (a width above 0).
    public var lowestIncluded: Bool
    public var highest: Double
    /// Why the range is what it is, when that is not plain from the noun.
    public var why: String?

    public init(_ noun: String, unit: String? = nil, whole: Bool = false, from lowest: Double,
                included: Bool = true, to highest: Double, why: String? = nil) {
        self.noun = noun
        self.unit = unit
        self.whole = whole
        self.lowest = lowest
        self.lowestIncluded = included
        self.highest = highest
        self.why = why
    }

    func contains(_ value: Double) -> Bool {
        value.isFinite && (lowestIncluded ? value >= lowest : value > lowest) && value <= highest
    }

    /// "a length above 0 and at most 14400 pt", "a type size from 14 to 18 px (…)".
    var range: String {
        let unit = self.unit.map { " \($0)" } ?? ""
        let span = lowestIncluded ? "from \(Quantity.number(lowest)) to \(Quantity.number(highest))"
                                  : "above \(Quantity.number(lowest)) and at most \(Quantity.number(highest))"
        return "\(noun) \(span)\(unit)" + (why.map { " (\($0))" } ?? "")
    }

    /// The kind alone, for a value that is not a number at all.
    var kind: String { whole ? "a whole number (like 2)" : "a number (like 10.5)" }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
