import XMLKit

/// The EPUB 2 table of contents (`toc.ncx`) for reading systems that predate the nav
/// document: the same tree, numbered in reading order, with the package's identifier.
struct NCXDocument {
    static let href = "toc.ncx"
    static let namespace = "http://www.daisy.org/z3986/2005/ncx/"

    let identifier: String
    let title: String
    let language: String
    let entries: [NavEntry]

    func bytes() -> [UInt8] {
        let tree = XMLTree(root: "ncx", namespace: NCXDocument.namespace)
        let ncx = tree.root
        ncx.setAttribute("version", "2005-1")
        ncx.setAttribute("xml:lang", language)
        let head = ncx.element("head")
        let depth = NCXDocument.depth(entries)
        for (name, content) in [("dtb:uid", identifier), ("dtb:depth", String(depth)),
                                ("dtb:totalPageCount", "0"), ("dtb:maxPageNumber", "0")] {
            head.element("meta", ["name": name, "content": content])
        }
        ncx.element("docTitle").element("text", text: title)
        var playOrder = 0
        func points(_ entries: [NavEntry], into parent: XMLNode) {
            for entry in entries {
                playOrder += 1
                let point = parent.element("navPoint", ["id": "np-\(playOrder)", "playOrder": String(playOrder)])
                point.element("navLabel").element("text", text: entry.title)
                point.element("content", ["src": entry.href])
                points(entry.children, into: point)
            }
        }
        points(entries, into: ncx.element("navMap"))
        return tree.xml()
    }

    static func depth(_ entries: [NavEntry]) -> Int {
        entries.map { 1 + depth($0.children) }.max() ?? 0
    }
}
