/// Writes the document outline (bookmarks, ISO 32000-1 §12.3.3): a root /Outlines object
/// and one dictionary per item, linked as a doubly linked list of siblings with /First and
/// /Last children. Every item is open, so /Count is the number of all descendants. Objects
/// are numbered depth-first in the order the items are given.
enum OutlineWriter {
    static func write(_ items: [PDFOutlineItem], pageObjects: [Int], into writer: inout ObjectWriter) throws -> Int? {
        guard !items.isEmpty else { return nil }
        try check(items, pageCount: pageObjects.count)
        let root = writer.allocate()
        let children = writeLevel(items, parent: root, pageObjects: pageObjects, into: &writer)
        writer.object(root) { out in
            out.write("<</Type/Outlines/First ")
            out.write(reference: children.first)
            out.write("/Last ")
            out.write(reference: children.last)
            out.write("/Count ")
            out.write(int: children.count)
            out.write(">>")
        }
        return root
    }

    private static func check(_ items: [PDFOutlineItem], pageCount: Int) throws {
        for item in items {
            guard item.page >= 0 && item.page < pageCount else {
                throw PDFError.outlinePageOutOfRange(title: item.title, page: item.page, pageCount: pageCount)
            }
            try check(item.children, pageCount: pageCount)
        }
    }

    /// Writes one sibling list; returns its first and last object and how many items it
    /// holds including all descendants.
    private static func writeLevel(_ items: [PDFOutlineItem], parent: Int, pageObjects: [Int], into writer: inout ObjectWriter)
        -> (first: Int, last: Int, count: Int)
    {
        let numbers = items.map { _ in writer.allocate() }
        var total = items.count
        for (offset, item) in items.enumerated() {
            let number = numbers[offset]
            let children = item.children.isEmpty
                ? nil : writeLevel(item.children, parent: number, pageObjects: pageObjects, into: &writer)
            total += children?.count ?? 0
            writer.object(number) { out in
                out.write("<</Title")
                out.write(textString: item.title)
                out.write("/Parent ")
                out.write(reference: parent)
                if offset > 0 {
                    out.write("/Prev ")
                    out.write(reference: numbers[offset - 1])
                }
                if offset + 1 < numbers.count {
                    out.write("/Next ")
                    out.write(reference: numbers[offset + 1])
                }
                if let children {
                    out.write("/First ")
                    out.write(reference: children.first)
                    out.write("/Last ")
                    out.write(reference: children.last)
                    out.write("/Count ")
                    out.write(int: children.count)
                }
                out.write("/Dest")
                Destination.write(page: pageObjects[item.page], y: item.y, to: &out)
                out.write(">>")
            }
        }
        return (numbers.first!, numbers.last!, total)
    }
}
