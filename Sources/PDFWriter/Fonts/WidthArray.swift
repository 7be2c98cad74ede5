/// The CIDFont's /DW and /W (ISO 32000-1 §9.7.4.3). /DW is the most common width among the
/// drawn glyphs (1000 for CJK faces), so /W lists only the exceptions: runs of consecutive
/// CIDs as `c [w1 w2 …]`, and runs sharing one width as `c1 c2 w`.
struct WidthArray {
    let defaultWidth: Int
    private let entries: [(cid: UInt16, width: Int)]

    /// `widths` pairs each drawn glyph's CID with its width in 1/1000 em.
    init(widths: [(cid: UInt16, width: Int)]) {
        var frequency: [Int: Int] = [:]
        for entry in widths { frequency[entry.width, default: 0] += 1 }
        // Most frequent width; ties go to the smaller width so the choice is deterministic.
        defaultWidth = frequency.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 1000
        let dw = defaultWidth
        entries = widths.filter { $0.width != dw }.sorted { $0.cid < $1.cid }
    }

    func write(to out: inout ByteBuffer) {
        out.write("/DW ")
        out.write(int: defaultWidth)
        guard !entries.isEmpty else { return }
        out.write("/W[")
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].cid == entries[end - 1].cid &+ 1 { end += 1 }
            let run = entries[start..<end]
            let first = run.first!
            if run.count > 1 && run.allSatisfy({ $0.width == first.width }) {
                if start > 0 { out.write(" ") }
                out.write(int: Int(first.cid)); out.write(" ")
                out.write(int: Int(run.last!.cid)); out.write(" ")
                out.write(int: first.width)
            } else {
                if start > 0 { out.write(" ") }
                out.write(int: Int(first.cid))
                out.write("[")
                for (offset, entry) in run.enumerated() {
                    if offset > 0 { out.write(" ") }
                    out.write(int: entry.width)
                }
                out.write("]")
            }
            start = end
        }
        out.write("]")
    }
}
