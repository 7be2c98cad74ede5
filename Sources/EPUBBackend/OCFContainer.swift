import Compression

/// The OCF zip container of an EPUB, written by hand so that the bytes depend only on the
/// content: `mimetype` first and stored, the other entries sorted by name, one fixed DOS
/// time for every entry, no extra fields, no data descriptors, raw deflate from zlib.
/// (ZIP format: PKWARE APPNOTE 6.3.x, sections 4.3.7 local header, 4.3.12 central directory,
/// 4.3.16 end of central directory.)
struct OCFContainer {
    /// Entries other than `mimetype`, by path inside the container (ASCII, `/`-separated).
    private var entries: [String: [UInt8]] = [:]
    /// The modification time written into every entry.
    var timestamp: Timestamp

    static let mimetype = "application/epub+zip"

    init(timestamp: Timestamp) { self.timestamp = timestamp }

    mutating func add(_ path: String, _ bytes: [UInt8]) {
        precondition(path != "mimetype", "the container writes mimetype itself")
        precondition(path.allSatisfy { $0.isASCII && $0 != " " }, "OCF paths must be ASCII without spaces: \(path)")
        precondition(entries[path] == nil, "duplicate entry \(path)")
        entries[path] = bytes
    }

    var paths: [String] { entries.keys.sorted() }

    /// The zip file: local entries in order, then the central directory and its end record.
    func archive() -> [UInt8] { archiveMeasuring().bytes }

    /// The zip file, and each entry's size as stored (after deflate), by path.
    func archiveMeasuring() -> (bytes: [UInt8], stored: [String: Int]) {
        var stored: [String: Int] = [:]
        var out: [UInt8] = []
        var central: [UInt8] = []
        let (time, date) = timestamp.dos
        let ordered = [("mimetype", Array(OCFContainer.mimetype.utf8), false)]
            + paths.map { ($0, entries[$0]!, true) }
        for (name, data, compressible) in ordered {
            let crc = Zlib.crc32(data)
            var method: UInt16 = 0
            var kept = data
            if compressible {
                let deflated = Zlib.deflateRaw(data, level: Zlib.bestCompression)
                // Keep deflate only when it saves bytes (PNGs and tiny files often grow).
                if deflated.count < data.count { method = 8; kept = deflated }
            }
            stored[name] = kept.count
            let nameBytes = Array(name.utf8)
            let offset = UInt32(out.count)
            let versionNeeded: UInt16 = method == 8 ? 20 : 10

            out.le32(0x0403_4b50)
            out.le16(versionNeeded)
            out.le16(0)                       // flags: sizes known up front, names ASCII
            out.le16(method)
            out.le16(time); out.le16(date)
            out.le32(crc)
            out.le32(UInt32(kept.count)); out.le32(UInt32(data.count))
            out.le16(UInt16(nameBytes.count))
            out.le16(0)                       // no extra field
            out += nameBytes
            out += kept

            central.le32(0x0201_4b50)
            central.le16(versionNeeded)       // made by: MS-DOS attributes, same version
            central.le16(versionNeeded)
            central.le16(0)
            central.le16(method)
            central.le16(time); central.le16(date)
            central.le32(crc)
            central.le32(UInt32(kept.count)); central.le32(UInt32(data.count))
            central.le16(UInt16(nameBytes.count))
            central.le16(0); central.le16(0)  // extra field, comment
            central.le16(0); central.le16(0)  // disk number, internal attributes
            central.le32(0)                   // external attributes: none, so no host permissions leak in
            central.le32(offset)
            central += nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        out.le32(0x0605_4b50)
        out.le16(0); out.le16(0)
        out.le16(UInt16(ordered.count)); out.le16(UInt16(ordered.count))
        out.le32(UInt32(central.count))
        out.le32(centralOffset)
        out.le16(0)                           // no comment
        return (out, stored)
    }
}

private extension Array where Element == UInt8 {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { for i in 0..<4 { append(UInt8(truncatingIfNeeded: v >> UInt32(8 * i))) } }
}
