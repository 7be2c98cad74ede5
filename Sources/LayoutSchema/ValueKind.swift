import Yams

/// The kind of value one layout key holds, and how a written scalar is judged against it.
/// Numbers are read with the same Yams constructors the decoder uses, so a value the
/// checker accepts is one the backend's `Decodable` type decodes.
public enum ValueKind: Hashable, Sendable {
    case quantity(Quantity)
    case colour(ColourSyntax)
    /// Any text: a font family or file, a heading, a separator.
    case text
    /// A CSS `font-family` list (`monospace`, `"Noto Sans Mono", monospace`): names,
    /// commas and spaces only, so it cannot end the style attribute it is written into.
    case cssFontFamilies
    /// One of a fixed set of words (an alignment).
    case choice([String])

    /// What to write, for a missing key and the key table.
    public var wanted: String {
        switch self {
        case .quantity(let quantity): return quantity.kind
        case .colour(let syntax): return syntax.accepted
        case .text: return "text"
        case .cssFontFamilies: return "font family names separated by commas"
        case .choice(let words): return ValueKind.either(words)
        }
    }

    /// The range or syntax, for the key table: what a designer may write.
    public var accepted: String {
        switch self {
        case .quantity(let quantity): return quantity.range
        default: return wanted
        }
    }

    var isQuantity: Bool {
        if case .quantity = self { return true }
        return false
    }

    /// Why `scalar` is refused (what the key must be), or nil when it will do; and the
    /// number it holds, for a quantity that will do.
    func judge(_ scalar: Node.Scalar) -> (refusal: String?, number: Double?) {
        switch self {
        case .quantity(let quantity):
            let value = quantity.whole ? Int.construct(from: scalar).map(Double.init) : Double.construct(from: scalar)
            guard let value else { return (quantity.kind, nil) }
            return quantity.contains(value) ? (nil, value) : (quantity.range, nil)
        case .colour(let syntax):
            return (syntax.refusal(scalar.string), nil)
        case .text:
            return (nil, nil)
        case .cssFontFamilies:
            let allowed = scalar.string.allSatisfy { $0.isLetter || $0.isNumber || " ,-_'".contains($0) }
            return (allowed && !scalar.string.isEmpty ? nil : "\(wanted) (letters, digits, spaces, hyphens and 'quotes')", nil)
        case .choice(let words):
            return (words.contains(scalar.string) ? nil : wanted, nil)
        }
    }

    private static func either(_ words: [String]) -> String {
        let quoted = words.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
