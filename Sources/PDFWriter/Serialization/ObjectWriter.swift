import Digests

/// Writes the file's skeleton: header, numbered indirect objects, the cross-reference table
/// and the trailer. Object numbers are handed out by `allocate()` in the order the document
/// walks its parts, so the numbering depends only on the document, never on hashing.
struct ObjectWriter {
    private(set) var out = ByteBuffer(capacity: 1 << 20)
    private var offsets: [Int] = [0]   // index = object number; 0 is the free-list head

    init() {
        out.write("%PDF-1.7\n")
        // A comment of bytes ≥ 128 tells transfer tools the file is binary (§7.5.2).
        out.write(bytes: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    /// Reserves the next object number.
    mutating func allocate() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Writes `number 0 obj … endobj`; `body` writes the object's value.
    mutating func object(_ number: Int, _ body: (inout ByteBuffer) -> Void) {
        precondition(offsets[number] == -1, "object \(number) written twice or never allocated")
        offsets[number] = out.count
        out.write(int: number)
        out.write(" 0 obj\n")
        body(&out)
        out.write("\nendobj\n")
    }

    /// Writes a stream object. `dictionary` writes the entries besides `/Length` (and
    /// `/Filter` when `compress` is set) between `<<` and `>>`.
    mutating func stream(_ number: Int, data: [UInt8], compress: Bool, dictionary: (inout ByteBuffer) -> Void = { _ in }) {
        let payload = compress ? Flate.compress(data) : data
        object(number) { out in
            out.write("<<")
            dictionary(&out)
            if compress { out.write("/Filter/FlateDecode") }
            out.write("/Length ")
            out.write(int: payload.count)
            out.write(">>\nstream\n")
            out.write(bytes: payload)
            out.write("\nendstream")
        }
    }

    /// Writes a stream whose bytes are already encoded (JPEG, PNG IDAT data); `dictionary`
    /// writes every entry but `/Length`, including the filter.
    mutating func encodedStream(_ number: Int, payload: [UInt8], dictionary: (inout ByteBuffer) -> Void) {
        object(number) { out in
            out.write("<<")
            dictionary(&out)
            out.write("/Length ")
            out.write(int: payload.count)
            out.write(">>\nstream\n")
            out.write(bytes: payload)
            out.write("\nendstream")
        }
    }

    /// Ends the file: xref table, trailer with a content-derived `/ID`, startxref.
    /// The ID is the MD5 of everything written before the xref table, so identical documents
    /// get identical IDs and different documents different ones.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        precondition(!offsets.dropFirst().contains(-1), "an allocated object was never written")
        let id = MD5.digest(out.bytes)
        let xrefOffset = out.count
        out.write("xref\n0 ")
        out.write(int: offsets.count)
        out.write("\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            out.write(zeroPadded: offset, width: 10)
            out.write(" 00000 n \n")
        }
        out.write("trailer\n<</Size ")
        out.write(int: offsets.count)
        out.write("/Root ")
        out.write(reference: root)
        out.write("/Info ")
        out.write(reference: info)
        out.write("/ID[")
        out.write(hexString: id)
        out.write(hexString: id)
        out.write("]>>\nstartxref\n")
        out.write(int: xrefOffset)
        out.write("\n%%EOF\n")
        return out.bytes
    }
}
