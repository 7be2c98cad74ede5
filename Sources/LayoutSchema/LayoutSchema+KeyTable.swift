extension LayoutSchema {
    /// The keys as a Markdown table (key, what it takes, what it means), as
    /// layouts/default/README.md documents them; a test keeps the README in step.
    public var keyTable: String {
        var lines = ["| key | value | meaning |", "|---|---|---|"]
        for key in keys {
            let meaning = key.meaning + (key.optional ? " (may be left out)" : "")
            lines.append("| `\(key.path)` | \(key.kind.accepted) | \(meaning) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
