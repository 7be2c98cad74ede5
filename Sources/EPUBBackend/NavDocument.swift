import BriefModel
import XMLKit

/// The EPUB 3 navigation document (`nav.xhtml`): the table of contents as nested lists and
/// the hidden landmarks. It sits in the spine after the cover, so readers that show it
/// as a page print the contents too.
struct NavDocument {
    static let href = "nav.xhtml"
    static let tocAnchor = "toc"
    static let heading = "目录"

    let entries: [NavEntry]
    let landmarks: [Landmark]

    func bytes(language: String, stylesheet: String) -> [UInt8] {
        let page = XHTMLPage(title: NavDocument.heading, language: language, stylesheet: stylesheet, bodyType: "frontmatter")
        let toc = page.body.element("nav", ["id": NavDocument.tocAnchor, "role": "doc-toc", "class": "toc"])
        toc.setAttribute(prefix: "epub", "type", "toc")
        toc.element("h1", text: NavDocument.heading)
        list(entries, into: toc)
        let marks = page.body.element("nav", ["id": "landmarks", "hidden": "hidden"])
        marks.setAttribute(prefix: "epub", "type", "landmarks")
        marks.element("h2", text: "导览")
        let ol = marks.element("ol")
        for landmark in landmarks {
            let a = ol.element("li").element("a", ["href": landmark.href], text: landmark.title)
            a.setAttribute(prefix: "epub", "type", landmark.type)
        }
        return page.bytes()
    }

    private func list(_ entries: [NavEntry], into parent: XMLNode) {
        let ol = parent.element("ol")
        for entry in entries {
            let li = ol.element("li")
            li.element("a", ["href": entry.href], text: entry.title)
            if !entry.children.isEmpty { list(entry.children, into: li) }
        }
    }
}
