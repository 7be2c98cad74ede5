import CLibXML2

/// A document under construction, built and serialised by libxml2 so that every text is
/// escaped and every output well-formed. Nodes belong to the document; `XMLNode` values
/// keep it alive.
public final class XMLTree: @unchecked Sendable {
    let doc: xmlDocPtr

    /// A new document whose root element is `root`.
    public init(root: String, namespace: String? = nil) {
        LibXML.ready
        doc = xmlNewDoc("1.0")
        let node = xmlNewDocNode(doc, nil, root, nil)!
        xmlDocSetRootElement(doc, node)
        if let namespace {
            let ns = xmlNewNs(node, namespace, nil)
            xmlSetNs(node, ns)
        }
    }

    deinit { xmlFreeDoc(doc) }

    public var root: XMLNode { XMLNode(tree: self, node: xmlDocGetRootElement(doc)) }

    /// XML with declaration, UTF-8, no pretty-printing (whitespace in mixed content matters).
    /// `doctype` adds `<!DOCTYPE name>` (XHTML for EPUB wants `html`).
    public func xml(doctype: String? = nil) -> [UInt8] {
        if let doctype, doc.pointee.intSubset == nil {
            xmlCreateIntSubset(doc, doctype, nil, nil)
        }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 0)
        defer { xmlFree(buffer) }
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    /// The root element and its content serialised as HTML (no declaration, `<br>` not
    /// `<br/>`), for pages a browser or the WeChat editor reads.
    public func html() -> [UInt8] { root.html() }
}

/// An element of an `XMLTree`.
public struct XMLNode {
    let tree: XMLTree
    let node: xmlNodePtr

    init(tree: XMLTree, node: xmlNodePtr) {
        self.tree = tree
        self.node = node
    }

    /// Appends a child element with the attributes in the order given (output is deterministic).
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> XMLNode {
        let child = xmlNewChild(node, node.pointee.ns, name, nil)!
        for (key, value) in attributes { xmlNewProp(child, key, XMLCharacters.allowed(value)) }
        return XMLNode(tree: tree, node: child)
    }

    /// Appends a child element with optional text content.
    @discardableResult
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> XMLNode {
        let child = element(name, attributes)
        child.text(text)
        return child
    }

    /// Appends escaped text, without the characters XML forbids (`XMLCharacters`).
    public func text(_ string: String) {
        guard !string.isEmpty else { return }
        let t = xmlNewDocText(tree.doc, XMLCharacters.allowed(string))
        xmlAddChild(node, t)
    }

    public func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(node, name, XMLCharacters.allowed(value))
    }

    /// Declares a namespace prefix on this element (`xmlns:epub="…"`).
    public func declareNamespace(prefix: String, uri: String) {
        xmlNewNs(node, uri, prefix)
    }

    /// Appends an attribute in a declared namespace prefix (`epub:type`).
    public func setAttribute(prefix: String, _ name: String, _ value: String) {
        let ns = xmlSearchNs(tree.doc, node, prefix)
        xmlSetNsProp(node, ns, name, XMLCharacters.allowed(value))
    }

    /// Serialises this element and its content as HTML.
    public func html() -> [UInt8] {
        let buf = xmlBufferCreate()!
        defer { xmlBufferFree(buf) }
        let out = xmlOutputBufferCreateBuffer(buf, nil)
        htmlNodeDumpFormatOutput(out, tree.doc, node, "UTF-8", 0)
        xmlOutputBufferFlush(out)
        xmlOutputBufferClose(out)
        guard let content = xmlBufferContent(buf) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buf))))
    }

    /// Serialises this element and its content as XML.
    public func xml() -> [UInt8] {
        let buf = xmlBufferCreate()!
        defer { xmlBufferFree(buf) }
        xmlNodeDump(buf, tree.doc, node, 0, 0)
        guard let content = xmlBufferContent(buf) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buf))))
    }
}
