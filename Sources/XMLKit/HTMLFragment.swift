import CLibXML2

/// Raw HTML found in a source, parsed by libxml2's HTML parser so that it can be reduced to
/// what is safe, never passed through.
public enum HTMLFragment {
    /// Elements whose content is code or data, not text a reader should see (lower case,
    /// sorted). The one list: the Markdown reader hides the same elements when cmark hands
    /// it their tags one by one.
    public static let invisibleElements = ["embed", "head", "iframe", "noscript", "object", "script", "style", "template", "title"]
    static let invisible = Set(invisibleElements)

    /// The visible text of an HTML snippet: tags dropped, entities decoded, the content of
    /// `script`, `style` and the like discarded. `<br>` becomes "\n".
    public static func visibleText(_ html: String) -> String {
        visibleLines(html).joined(separator: "\n")
    }

    /// The visible text split where `<br>` breaks the line, so a caller can turn each break
    /// into its own line-break element instead of a newline inside text.
    public static func visibleLines(_ html: String) -> [String] {
        let wrapped = "<html><body>" + html + "</body></html>"
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let bytes = Array(wrapped.utf8)
        LibXML.ready
        guard let doc = bytes.withUnsafeBufferPointer({ p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), nil, "UTF-8", options)
            }
        }) else { return [""] }
        defer { xmlFreeDoc(doc) }
        var lines: [String] = []
        var out = ""
        // Depth first with a stack of the siblings still to visit, so markup nested however
        // deeply in an edition's raw HTML never recurses on the host stack.
        var pending: [xmlNodePtr] = xmlDocGetRootElement(doc).map { [$0] } ?? []
        while let cur = pending.popLast() {
            if let next = cur.pointee.next { pending.append(next) }
            switch cur.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = cur.pointee.content { out += String(cString: c) }
            case XML_ELEMENT_NODE:
                let name = String(cString: cur.pointee.name).lowercased()
                if name == "br" { lines.append(out); out = "" }
                else if !invisible.contains(name), let child = cur.pointee.children { pending.append(child) }
            default: break
            }
        }
        return lines + [out]
    }
}
