import Digests

/// Writes the file's skeleton: header, numbered indirect objects, the cross-reference table
/// and the trailer. Object numbers are handed out by `allocate()` in the order the document
/// walks its parts, so the numbering depends only on the document, never on hashing.
struct ObjectWriter {
    private(set) var out = ByteBuffer(capacity: 1 << 20)
    private var offsets: [Int] = [0]   // index = object number; 0 is the free-list head
    /// Objects to be written into object streams, in the order they were given.
    private var packed: [(number: Int, body: [UInt8])] = []
    private static let packedMarker = -2

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

    /// An object stored compressed in an object stream (§7.5.7) instead of on its own: for
    /// the many small dictionaries of a structure tree, which would otherwise grow the file
    /// by a tenth. A file with packed objects ends with a cross-reference stream.
    mutating func packedObject(_ number: Int, _ body: (inout ByteBuffer) -> Void) {
        precondition(offsets[number] == -1, "object \(number) written twice or never allocated")
        offsets[number] = ObjectWriter.packedMarker
        var buffer = ByteBuffer(capacity: 128)
        body(&buffer)
        packed.append((number, buffer.bytes))
    }

    /// Writes a stream object. `dictionary` writes the entries besides `/Length` (and
    /// `/Filter` when `compress` is set) between `<<` and `>>`. `level`: PDF syntax unless
    /// the data is binary (pixels).
    mutating func stream(_ number: Int, data: [UInt8], compress: Bool, level: Int32 = Flate.syntaxLevel,
                         dictionary: (inout ByteBuffer) -> Void = { _ in }) {
        let payload = compress ? Flate.compress(data, level: level) : data
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
        if !packed.isEmpty { return finishWithObjectStreams(root: root, info: info) }
        let id = MD5.digest(out.bytes)
        let xrefOffset = out.count
        out.write("xref\n0 ")
        out.write(int: offsets.count)
        out.write("\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            out.write(zeroPadded: offset, width: 10)
            out.write(" 00000 n \n")
        }
        out.write("trailer\n<<")
        writeTrailerEntries(root: root, info: info, id: id)
        out.write(">>\nstartxref\n")
        out.write(int: xrefOffset)
        out.write("\n%%EOF\n")
        return out.bytes
    }

    /// The trailer's entries, the same in a classic trailer and a cross-reference stream.
    private mutating func writeTrailerEntries(root: Int, info: Int, id: [UInt8]) {
        out.write("/Size ")
        out.write(int: offsets.count)
        out.write("/Root ")
        out.write(reference: root)
        out.write("/Info ")
        out.write(reference: info)
        out.write("/ID[")
        out.write(hexString: id)
        out.write(hexString: id)
        out.write("]")
    }

    /// Bytes of a cross-reference stream entry: /W[1 4 2].
    private static let xrefRow = 7

    /// Objects per object stream: a reader decompresses a whole stream to reach one object.
    static let objectsPerStream = 500

    /// Ends a file that has packed objects: the object streams, then a cross-reference
    /// stream (§7.5.8) that also serves as the trailer. The /ID is the MD5 of everything
    /// before the cross-reference stream, as in `finish`.
    private mutating func finishWithObjectStreams(root: Int, info: Int) -> [UInt8] {
        var location: [Int: (stream: Int, index: Int)] = [:]
        var start = 0
        while start < packed.count {
            let chunk = packed[start..<min(start + ObjectWriter.objectsPerStream, packed.count)]
            let number = allocate()
            var header = ByteBuffer(capacity: chunk.count * 12)
            var body = ByteBuffer(capacity: chunk.count * 96)
            for (index, object) in chunk.enumerated() {
                location[object.number] = (number, index)
                if index > 0 { header.write(" ") }
                header.write(int: object.number)
                header.write(" ")
                header.write(int: body.count)
                body.write(bytes: object.body)
                body.write("\n")
            }
            header.write("\n")
            let first = header.count
            stream(number, data: header.bytes + body.bytes, compress: true) { out in
                out.write("/Type/ObjStm/N ")
                out.write(int: chunk.count)
                out.write("/First ")
                out.write(int: first)
            }
            start += ObjectWriter.objectsPerStream
        }

        let id = MD5.digest(out.bytes)
        let xref = allocate()
        offsets[xref] = out.count
        // Each entry: type (1 byte), offset or object stream (4 bytes), generation or index
        // (2 bytes), after the PNG Up predictor's tag byte: each row is stored as its
        // difference from the row above, which turns runs of packed objects into zeros (the
        // long-table fixture's stream: 1,202 → 197 bytes).
        var rows: [UInt8] = []
        rows.reserveCapacity(offsets.count * (ObjectWriter.xrefRow + 1))
        var above = [UInt8](repeating: 0, count: ObjectWriter.xrefRow)
        func row(_ type: UInt8, _ field: Int, _ last: Int) {
            var entry: [UInt8] = [type]
            for shift in stride(from: 24, through: 0, by: -8) { entry.append(UInt8(truncatingIfNeeded: field >> shift)) }
            entry.append(UInt8(truncatingIfNeeded: last >> 8))
            entry.append(UInt8(truncatingIfNeeded: last))
            rows.append(2)  // PNG filter type Up
            for (byte, previous) in zip(entry, above) { rows.append(byte &- previous) }
            above = entry
        }
        row(0, 0, 65535)
        for number in 1..<offsets.count {
            if let place = location[number] { row(2, place.stream, place.index) } else { row(1, offsets[number], 0) }
        }
        let payload = Flate.compress(rows, level: Flate.syntaxLevel)
        out.write(int: xref)
        out.write(" 0 obj\n<</Type/XRef/W[1 4 2]")
        writeTrailerEntries(root: root, info: info, id: id)
        out.write("/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns ")
        out.write(int: ObjectWriter.xrefRow)
        out.write(">>/Length ")
        out.write(int: payload.count)
        out.write(">>\nstream\n")
        out.write(bytes: payload)
        out.write("\nendstream\nendobj\nstartxref\n")
        out.write(int: offsets[xref])
        out.write("\n%%EOF\n")
        return out.bytes
    }
}
