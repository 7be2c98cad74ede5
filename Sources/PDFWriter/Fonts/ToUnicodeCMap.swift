/// Builds the ToUnicode CMap (ISO 32000-1 §9.10.3) that turns content codes back into text
/// for copy, search and pdftotext. Each code maps to the source text of the glyph's first
/// occurrence (a ligature maps to several characters); other texts for the same glyph are
/// carried by /ActualText in the content stream. Text is UTF-16BE, so characters outside the
/// BMP become surrogate pairs.
enum ToUnicodeCMap {
    /// §9.10.3 and the CMap spec cap a bfchar block at 100 entries.
    private static let entriesPerBlock = 100

    static func build(mappings: [(code: UInt16, text: String)]) -> [UInt8] {
        var out = ByteBuffer(capacity: 200 + mappings.count * 16)
        out.write("""
            /CIDInit/ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def
            /CMapName/Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000><FFFF>
            endcodespacerange

            """)
        let sorted = mappings.sorted { $0.code < $1.code }
        var start = 0
        while start < sorted.count {
            let block = sorted[start..<min(start + entriesPerBlock, sorted.count)]
            out.write(int: block.count)
            out.write(" beginbfchar\n")
            for entry in block {
                out.write("<")
                out.writeHex16(entry.code)
                out.write("><")
                for unit in entry.text.utf16 { out.writeHex16(unit) }
                out.write(">\n")
            }
            out.write("endbfchar\n")
            start += entriesPerBlock
        }
        out.write("""
            endcmap
            CMapName currentdict/CMap defineresource pop
            end
            end
            """)
        return out.bytes
    }
}
