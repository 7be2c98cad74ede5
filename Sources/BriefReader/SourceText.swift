import BriefModel
import Foundation

/// A source file's text, checked to be UTF-8, with what diagnostics need: the lines, and
/// conversion from cmark's byte columns to the scalar columns editors see.
struct SourceText {
    let path: String
    let text: String
    let lines: [Substring]

    /// Decodes `data` strictly. Invalid UTF-8 is reported at the line and column of the first
    /// bad byte, since a silently replaced character would reach print as U+FFFD.
    init(path: String, data: Data) throws {
        self.path = path
        let original = [UInt8](data)
        if var text = String(validatingUTF8Bytes: SourceText.unixLineEnds(original)) {
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a BOM is harmless; drop it
            self.text = text
        } else {
            // The offset is the file's own (a hex editor's), so it is found in the bytes as
            // read; only the line and column count line ends the way the text does.
            let bytes = original
            let bad = SourceText.firstInvalidByte(bytes)
            let before = String(decoding: SourceText.unixLineEnds(Array(bytes[..<bad])), as: UTF8.self)
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
            throw SourceErrors([Diagnostic(
                SourceLocation(file: path, line: line, column: column),
                "the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))",
                hint: "save the file as UTF-8 (in most editors: File › Save with Encoding › UTF-8)")])
        }
        lines = SourceText.lines(of: text)
    }

    /// Line ends as cmark and YAML expect them: `\r\n` (Windows editors) and a lone `\r`
    /// (classic Mac) become `\n`. Line numbers do not change, and the dropped `\r` stood at
    /// a line's end, so no column does either.
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        guard bytes.contains(cr) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            if byte == cr {
                if i + 1 < bytes.count, bytes[i + 1] == lf { continue }
                out.append(lf)
            } else {
                out.append(byte)
            }
        }
        return out
    }

    /// The text's lines, split where a line feed stands alone as a character, so a `\r\n`
    /// pair (one character to Swift) does not end a line, and a final `\r` is dropped.
    /// Found on the UTF-8 bytes: splitting by characters would run grapheme breaking over
    /// the whole file.
    private static func lines(of text: String) -> [Substring] {
        // Line-feed offsets from the contiguous UTF-8 storage (a String read from a file has
        // it), turned into indices in constant time; the index walk is for any other string.
        let breaks: [Int] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var breaks: [Int] = []
            for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") && (i == 0 || bytes[i - 1] != UInt8(ascii: "\r")) {
                breaks.append(i)
            }
            return breaks
        } ?? {
            var breaks: [Int] = []
            var previous: UInt8 = 0
            for (i, byte) in text.utf8.enumerated() {
                if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { breaks.append(i) }
                previous = byte
            }
            return breaks
        }()
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start...])
        return lines.map { $0.utf8.last == UInt8(ascii: "\r") ? $0.dropLast() : $0 }
    }

    /// The lines at `indices` (0-based) joined by line feeds: a slice of the text, since two
    /// neighbouring lines stand exactly one `\n` apart (only the file's last line loses a `\r`,
    /// and its end marks where the slice stops).
    func text(ofLines indices: Range<Int>) -> String {
        let indices = indices.clamped(to: lines.indices)
        guard let first = indices.first, let last = indices.last else { return "" }
        return String(text[lines[first].startIndex..<lines[last].endIndex])
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    /// cmark counts columns in bytes; editors count characters.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count else { return location(line: line, column: byteColumn) }
        // Each scalar has one lead byte; a column inside a character counts that character.
        let scalars = lines[line - 1].utf8.prefix(max(0, byteColumn - 1)).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return location(line: line, column: scalars + 1)
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if length > 1, String(validatingUTF8Bytes: Array(bytes[i..<(i + length)])) == nil { return i }
            i += length
        }
        return i
    }
}

extension String {
    /// Strict UTF-8 decoding (Foundation's decoders replace invalid bytes silently).
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
