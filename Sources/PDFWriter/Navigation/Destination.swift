/// An explicit destination `[page /XYZ 0 y null]` (ISO 32000-1 §12.3.2.2): show the page
/// with height y at the top of the window, keeping the zoom (null).
enum Destination {
    static func write(page: Int, y: Double, to out: inout ByteBuffer) {
        out.write("[")
        out.write(reference: page)
        out.write("/XYZ 0 ")
        out.write(real: y)
        out.write(" null]")
    }

    /// The /Dests name tree (§7.9.6) as a single root node: keys are byte strings in
    /// byte order, which the spec requires for lookup. The first definition of a name wins.
    static func writeNameTree(_ destinations: [(name: String, page: Int, y: Double)], to out: inout ByteBuffer) {
        var seen = Set<String>()
        var unique: [(key: [UInt8], page: Int, y: Double)] = []
        for destination in destinations where seen.insert(destination.name).inserted {
            unique.append((Array(destination.name.utf8), destination.page, destination.y))
        }
        unique.sort { $0.key.lexicographicallyPrecedes($1.key) }
        out.write("<</Names[")
        for entry in unique {
            out.write(literalString: entry.key)
            write(page: entry.page, y: entry.y, to: &out)
        }
        out.write("]>>")
    }
}
