/// What counts as a number in a table cell: digits with `,` `.` separators, an optional
/// sign or currency before them and a percent, per-mille or a Chinese magnitude/unit after
/// (`2,824.5`, `−3.2%`, `¥1.2`, `12.5亿`). Columns of numbers are right-aligned, so their
/// digits stand in place-value columns; a date (`2026-05-12`) is not a number.
public enum NumericText {
    private static let prefixes = Set("+-−±¥$€£".unicodeScalars)
    private static let placeholders: Set<String> = ["—", "——", "-", "–", "/", "…", "N/A", "n/a"]
    private static let suffixes = Set("%‰万亿元倍".unicodeScalars)

    public static func isNumber(_ text: String) -> Bool {
        var s = Substring(text).unicodeScalars.drop { $0 == " " }
        while s.last == " " { s = s.dropLast() }
        if let first = s.first, prefixes.contains(first) { s = s.dropFirst() }
        while let last = s.last, suffixes.contains(last) { s = s.dropLast() }
        guard let first = s.first, let last = s.last, ("0"..."9").contains(first), ("0"..."9").contains(last) else { return false }
        return s.allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
    }

    /// Whether a column is numeric: at least one cell is a number and every other cell is
    /// empty or a placeholder for a missing value (`—`, `-`, `/`).
    public static func isNumericColumn(_ cells: [String]) -> Bool {
        let filled = cells.filter { cell in
            let trimmed = cell.filter { $0 != " " }
            return !trimmed.isEmpty && !placeholders.contains(trimmed)
        }
        return !filled.isEmpty && filled.allSatisfy(isNumber)
    }
}
