import CLibXML2

/// What an XMP packet (ISO 16684-1 §7.3) needs beyond an ordinary document: a prefixed root,
/// processing instructions around it, and serialisation without the XML declaration (the
/// packet's own `<?xpacket begin?>` must open it).
extension XMLTree {
    /// A new document whose root is `prefix:root`, declaring `prefix` for `namespace` on it.
    public convenience init(root: String, prefix: String, namespace: String) {
        self.init(root: root)
        let node = xmlDocGetRootElement(doc)
        xmlSetNs(node, xmlNewNs(node, namespace, prefix))
    }

    /// Adds `<?target content?>` before or after the root element. `content` is written as
    /// given: it is markup (pseudo-attributes), not text.
    public func addProcessingInstruction(_ target: String, _ content: String, beforeRoot: Bool) {
        let instruction = xmlNewDocPI(doc, target, content)
        if beforeRoot {
            xmlAddPrevSibling(xmlDocGetRootElement(doc), instruction)
        } else {
            xmlAddNextSibling(xmlDocGetRootElement(doc), instruction)
        }
    }

    /// The document as UTF-8 XML without declaration, no pretty-printing: top-level nodes
    /// (instructions, root) one a line, as libxml2 writes them.
    public func xmlWithoutDeclaration() -> [UInt8] {
        let buffer = xmlBufferCreate()!
        defer { xmlBufferFree(buffer) }
        let context = xmlSaveToBuffer(buffer, "UTF-8", Int32(XML_SAVE_NO_DECL.rawValue))
        xmlSaveDoc(context, doc)
        xmlSaveClose(context)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }
}
