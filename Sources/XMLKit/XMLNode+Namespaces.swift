import CLibXML2

extension XMLNode {
    /// Appends a child element in the namespace bound to `prefix` on this element or an
    /// ancestor (`dc:title` under an OPF `metadata` that declares `xmlns:dc`). `element(_:)`
    /// always uses the parent's namespace, which cannot express such mixed vocabularies.
    @discardableResult
    public func element(_ name: String, prefix: String, _ attributes: KeyValuePairs<String, String> = [:],
                        text: String? = nil) -> XMLNode {
        let ns = xmlSearchNs(tree.doc, node, prefix)
        precondition(ns != nil, "namespace prefix \(prefix) is not declared")
        let child = xmlNewChild(node, ns, name, nil)!
        for (key, value) in attributes { xmlNewProp(child, key, XMLCharacters.allowed(value)) }
        let result = XMLNode(tree: tree, node: child)
        if let text { result.text(text) }
        return result
    }
}

extension XMLNode {
    /// Appends a child element in a namespace it declares itself (`<rdf:RDF xmlns:rdf="…">`),
    /// so each vocabulary is declared where it starts.
    @discardableResult
    public func element(_ name: String, declaringPrefix prefix: String, uri: String) -> XMLNode {
        let child = xmlNewChild(node, nil, name, nil)!
        xmlSetNs(child, xmlNewNs(child, uri, prefix))
        return XMLNode(tree: tree, node: child)
    }
}
