extension StringProtocol {
    /// Whether the text's UTF-8 holds the bytes of `needle`: a cheap test that lets the
    /// reader skip a character-level search (or rewrite) of text that cannot hold `needle`
    /// at all. A `true` proves nothing about characters, so the exact check follows it.
    func holdsBytes(of needle: String) -> Bool {
        let wanted = Array(needle.utf8)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = wanted.first else { return true }
            guard bytes.count >= wanted.count else { return false }
            for start in 0...(bytes.count - wanted.count) where bytes[start] == first {
                if (1..<wanted.count).allSatisfy({ bytes[start + $0] == wanted[$0] }) { return true }
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
