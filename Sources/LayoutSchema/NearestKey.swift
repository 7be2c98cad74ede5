/// The key a misspelt one most likely meant: the closest by edit distance, when it is close
/// enough that offering it helps (two edits catch a dropped or doubled letter and a swap).
enum NearestKey {
    static let mostEdits = 2

    /// The closest of `candidates` to `name` within `mostEdits`, ties alphabetically.
    static func to(_ name: String, among candidates: [String]) -> String? {
        candidates.filter { $0 != name }
            .map { (edits($0, name), $0) }
            .filter { $0.0 <= mostEdits }
            .min { ($0.0, $0.1) < ($1.0, $1.1) }?.1
    }

    /// Levenshtein distance, by the usual one-row dynamic programme.
    static func edits(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
