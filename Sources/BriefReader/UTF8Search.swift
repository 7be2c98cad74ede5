extension StringProtocol {
    /// Whether the text's UTF-8 holds the bytes of `needle`: a cheap test that lets the
    /// reader skip a character-level search (or rewrite) of text that cannot hold `needle`
    /// at all. A `true` proves nothing about characters, so the exact check follows it.
    func holdsBytes(of needle: String) -> Bool {
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return true }
        var bytes = Array(utf8)[...]
        while let start = bytes.firstIndex(of: first) {
            if bytes[start...].starts(with: wanted) { return true }
            bytes = bytes[(start + 1)...]
        }
        return false
    }
}
