import XMLKit

/// The shell every content document of the book shares: polyglot XHTML with the EPUB
/// namespace, the language on the root, UTF-8, a title and the stylesheet. Built and
/// serialised by libxml2, so text is escaped and void elements are closed (`<br/>`).
struct XHTMLPage {
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    static let epubNamespace = "http://www.idpf.org/2007/ops"

    let tree: XMLTree
    let body: XMLNode

    /// `stylesheet` is the href of the CSS relative to this page; `bodyType` the
    /// `epub:type` of the body (`frontmatter`, `bodymatter`, `backmatter`).
    init(title: String, language: String, stylesheet: String, bodyType: String?) {
        tree = XMLTree(root: "html", namespace: XHTMLPage.xhtmlNamespace)
        let html = tree.root
        html.declareNamespace(prefix: "epub", uri: XHTMLPage.epubNamespace)
        html.setAttribute("xml:lang", language)
        html.setAttribute("lang", language)
        let head = html.element("head")
        head.element("meta", ["charset": "utf-8"])
        head.element("title", text: title)
        head.element("link", ["rel": "stylesheet", "type": "text/css", "href": stylesheet])
        body = html.element("body")
        if let bodyType { body.setAttribute(prefix: "epub", "type", bodyType) }
    }

    /// The finished document: XML declaration, `<!DOCTYPE html>`, the tree.
    func bytes() -> [UInt8] { tree.xml(doctype: "html") }
}
