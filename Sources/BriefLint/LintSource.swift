/// An edition file's bytes as read, with where each line starts: the lint reads and edits
/// the file itself, so that a fix changes nothing but the characters it means to.
struct LintSource {
    let path: String
    let bytes: [UInt8]
    /// Byte offset of each line's start (index 0 is line 1).
    let lineStarts: [Int]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        // Lines end as the reader ends them: LF, CRLF, or a lone CR (classic Mac files).
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") || (bytes[i] == UInt8(ascii: "\r") && (i + 1 == bytes.count || bytes[i + 1] != UInt8(ascii: "\n"))) {
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The byte range of a 1-based line, without its line end (`\n`, `\r\n` or `\r`).
    func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }
}
