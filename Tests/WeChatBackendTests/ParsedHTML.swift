import CLibXML2

/// HTML parsed by libxml2's HTML parser (the same kind of lenient parser the editor and
/// browsers use) into plain Swift values the tests can walk.
indirect enum HTMLNode {
    case element(name: String, attributes: [(name: String, value: String)], children: [HTMLNode])
    case text(String)
    case comment(String)

    var name: String? { if case .element(let n, _, _) = self { return n } else { return nil } }
    var children: [HTMLNode] { if case .element(_, _, let c) = self { return c } else { return [] } }
    var attributes: [(name: String, value: String)] {
        if case .element(_, let a, _) = self { return a } else { return [] }
    }
    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// The text a reader sees; `skipping` elements (say `sup`) are left out.
    func text(skipping: Set<String> = []) -> String {
        switch self {
        case .text(let t): return t
        case .comment: return ""
        case .element(let name, _, let children):
            if skipping.contains(name) { return "" }
            return children.map { $0.text(skipping: skipping) }.joined()
        }
    }

    /// Every element in document order, with its ancestors' names (nearest last).
    func walk(ancestors: [HTMLNode] = [], _ visit: (HTMLNode, [HTMLNode]) -> Void) {
        guard case .element = self else { return }
        visit(self, ancestors)
        for child in children { child.walk(ancestors: ancestors + [self], visit) }
    }

    /// Elements named `name`, in document order.
    func elements(_ name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        walk { node, _ in if node.name == name { found.append(node) } }
        return found
    }
}

enum ParsedHTML {
    /// The nodes of `fragment` as they stand in a page body.
    static func fragment(_ fragment: String) -> [HTMLNode] {
        guard let body = document("<!DOCTYPE html><html><body>" + fragment + "</body></html>")?
            .elements("body").first else { return [] }
        return body.children
    }

    /// A whole page, rooted at `html`.
    static func document(_ html: String) -> HTMLNode? {
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let bytes = Array(html.utf8)
        guard let doc = bytes.withUnsafeBufferPointer({ p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), nil, "UTF-8", options)
            }
        }) else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return convert(root)
    }

    private static func convert(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return .text(node.pointee.content.map { String(cString: $0) } ?? "")
        case XML_COMMENT_NODE:
            return .comment(node.pointee.content.map { String(cString: $0) } ?? "")
        case XML_ELEMENT_NODE:
            var attributes: [(String, String)] = []
            var attribute = node.pointee.properties
            while let a = attribute {
                let name = String(cString: a.pointee.name)
                var value = ""
                if let v = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1) {
                    value = String(cString: v)
                    xmlFree(v)
                }
                attributes.append((name, value))
                attribute = a.pointee.next
            }
            var children: [HTMLNode] = []
            var child = node.pointee.children
            while let c = child {
                if let converted = convert(c) { children.append(converted) }
                child = c.pointee.next
            }
            return .element(name: String(cString: node.pointee.name).lowercased(), attributes: attributes, children: children)
        default:
            return nil
        }
    }
}
