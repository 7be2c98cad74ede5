/// A number an editor typed at the start of a caption (`图 2：`, `表 1 `, `Figure 3.`,
/// `Table 2-1`): figures and tables are numbered by the model, so every output drops the
/// typed one and prints its own, and the lint warns of it. One matcher for both, so what
/// `check` warns of is exactly what the outputs drop.
public enum TypedCaptionNumber {
    private static let words: [[Unicode.Scalar]] = ["图", "表", "Figure", "Fig.", "Table"].map { Array($0.unicodeScalars) }
    private static let numerals = Set("一二三四五六七八九十百零〇两".unicodeScalars)
    private static let separators = Set("：:．.、 \u{3000}".unicodeScalars)

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("０"..."９").contains(c)
    }

    /// How many scalars of `s` the typed number takes, with the separators after it; nil
    /// when `s` does not start with one.
    public static func prefixLength(_ s: [Unicode.Scalar]) -> Int? {
        for word in words where s.count > word.count
            && zip(s, word).allSatisfy({ $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }) {
            var j = word.count
            while j < s.count, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
            let digits = j
            while j < s.count, isDigit(s[j]) || numerals.contains(s[j]) || (j > digits && "-.".unicodeScalars.contains(s[j])) {
                j += 1
            }
            guard j > digits else { return nil }
            // `1.` or `2-` ends the number, not a part of it.
            while j > digits + 1, "-.".unicodeScalars.contains(s[j - 1]) { j -= 1 }
            while j < s.count, separators.contains(s[j]) { j += 1 }
            return j
        }
        return nil
    }

    /// `caption` without its typed number; unchanged when it has none or when the number is
    /// not plain text at its start.
    public static func removed(from caption: [Inline]) -> [Inline] {
        guard case .text(let first)? = caption.first,
              let length = prefixLength(Array(first.unicodeScalars.prefix(24))) else { return caption }
        let rest = String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(length)))
        return (rest.isEmpty ? [] : [.text(rest)]) + caption.dropFirst()
    }
}
