import Compression
import Foundation

/// The files of a built EPUB, read from its ZIP central directory, so the preview can serve
/// the chapter (and the stylesheet and images it links to) as a reading system shows them.
/// Only what our own EPUB writer makes needs reading: stored or deflated entries, no ZIP64.
struct EPUBArchive {
    /// Entry name → contents.
    private(set) var entries: [String: [UInt8]] = [:]

    struct Damaged: Error, CustomStringConvertible { var description: String }

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: its signature within the last 64 KiB + 22 bytes.
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, !(end >= 0 && u32(end) == 0x0605_4b50) { end -= 1 }
        guard end >= lowest, end >= 0 else { throw Damaged(description: "no ZIP end record") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4b50 else { throw Damaged(description: "bad central directory") }
            let method = u16(at + 10), compressed = u32(at + 20), size = u32(at + 24)
            let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
            let local = u32(at + 42)
            guard at + 46 + nameLength <= bytes.count, local + 30 <= bytes.count else { throw Damaged(description: "entry out of range") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= bytes.count else { throw Damaged(description: "\(name) out of range") }
            let raw = Array(bytes[start..<(start + compressed)])
            switch method {
            case 0: entries[name] = raw
            case 8:
                guard let inflated = Zlib.inflateRaw(raw, expectedSize: size) else { throw Damaged(description: "\(name) does not inflate") }
                entries[name] = inflated
            default: throw Damaged(description: "\(name): compression method \(method)")
            }
            at += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The chapter of the edition dated `compactDate` (`20260528`): the EPUB writer names
    /// it by the date (`text/d20260528.xhtml`), beside the cover, contents and contact pages.
    func chapterName(compactDate: String) -> String? {
        entries.keys.sorted().first { $0.hasSuffix("/d\(compactDate).xhtml") }
    }
}
