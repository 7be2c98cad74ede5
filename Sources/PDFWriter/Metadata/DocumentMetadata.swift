import XMLKit

/// The Info dictionary (ISO 32000-1 §14.3.3) and the XMP packet (§14.3.2) from one PDFInfo,
/// so title, author, language, producer and dates are the same in both (PDF/A and PDF/UA
/// checkers compare them; PDF 2.0 readers read only XMP).
enum DocumentMetadata {
    static func writeInfo(_ info: PDFInfo, to out: inout ByteBuffer) {
        out.write("<</Title")
        out.write(textString: info.title)
        if let author = info.author {
            out.write("/Author")
            out.write(textString: author)
        }
        if let subject = info.subject {
            out.write("/Subject")
            out.write(textString: subject)
        }
        if !info.keywords.isEmpty {
            out.write("/Keywords")
            out.write(textString: info.keywords.joined(separator: ", "))
        }
        if let creator = info.creator {
            out.write("/Creator")
            out.write(textString: creator)
        }
        out.write("/Producer")
        out.write(textString: info.producer)
        let date = pdfDate(info)
        out.write("/CreationDate")
        out.write(literalString: Array(date.utf8))
        out.write("/ModDate")
        out.write(literalString: Array(date.utf8))
        out.write(">>")
    }

    /// `D:YYYYMMDDHHmmSSZ` (§7.9.4), UTC.
    static func pdfDate(_ info: PDFInfo) -> String {
        let d = info.date
        return "D:" + pad(d.year, 4) + pad(d.month, 2) + pad(d.day, 2) + pad(d.hour, 2) + pad(d.minute, 2) + pad(d.second, 2) + "Z"
    }

    /// ISO 8601 as XMP wants it: `YYYY-MM-DDTHH:mm:SSZ`.
    static func xmpDate(_ info: PDFInfo) -> String {
        let d = info.date
        return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2) + "T" + pad(d.hour, 2) + ":" + pad(d.minute, 2) + ":" + pad(d.second, 2) + "Z"
    }

    static let xmpNamespaces = (
        x: "adobe:ns:meta/", rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#", dc: "http://purl.org/dc/elements/1.1/",
        xmp: "http://ns.adobe.com/xap/1.0/", pdf: "http://ns.adobe.com/pdf/1.3/",
        pdfuaid: "http://www.aiim.org/pdfua/ns/id/")

    /// The XMP packet, built and escaped by libxml2: the `xpacket` instructions around one
    /// `rdf:Description` holding the Dublin Core, XMP basic and PDF properties, and for a
    /// tagged document that claims PDF/UA-1 (`universalAccess`) its identification.
    static func xmp(_ info: PDFInfo, universalAccess: Bool = false) -> [UInt8] {
        let ns = xmpNamespaces
        let date = xmpDate(info)
        let tree = XMLTree(root: "xmpmeta", prefix: "x", namespace: ns.x)
        tree.addProcessingInstruction("xpacket", "begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"", beforeRoot: true)
        tree.addProcessingInstruction("xpacket", "end=\"r\"", beforeRoot: false)
        let description = tree.root.element("RDF", declaringPrefix: "rdf", uri: ns.rdf)
            .element("Description", prefix: "rdf")
        description.setAttribute(prefix: "rdf", "about", "")
        description.declareNamespace(prefix: "dc", uri: ns.dc)
        description.declareNamespace(prefix: "xmp", uri: ns.xmp)
        description.declareNamespace(prefix: "pdf", uri: ns.pdf)
        if universalAccess { description.declareNamespace(prefix: "pdfuaid", uri: ns.pdfuaid) }

        /// `dc:name` holding an `rdf:Alt`, `rdf:Seq` or `rdf:Bag` of `values`; alternatives
        /// are marked as the default language.
        func array(_ name: String, _ kind: String, _ values: [String]) {
            let container = description.element(name, prefix: "dc").element(kind, prefix: "rdf")
            for value in values {
                let item = container.element("li", prefix: "rdf")
                if kind == "Alt" { item.setAttribute(prefix: "xml", "lang", "x-default") }
                item.text(value)
            }
        }
        description.element("format", prefix: "dc", text: "application/pdf")
        array("title", "Alt", [info.title])
        if let author = info.author { array("creator", "Seq", [author]) }
        if let subject = info.subject { array("description", "Alt", [subject]) }
        if !info.keywords.isEmpty {
            array("subject", "Bag", info.keywords)
            description.element("Keywords", prefix: "pdf", text: info.keywords.joined(separator: ", "))
        }
        array("language", "Bag", [info.language])
        if let creator = info.creator { description.element("CreatorTool", prefix: "xmp", text: creator) }
        description.element("CreateDate", prefix: "xmp", text: date)
        description.element("ModifyDate", prefix: "xmp", text: date)
        description.element("MetadataDate", prefix: "xmp", text: date)
        description.element("Producer", prefix: "pdf", text: info.producer)
        if universalAccess { description.element("part", prefix: "pdfuaid", text: "1") }
        var packet = tree.xmlWithoutDeclaration()
        if packet.last == UInt8(ascii: "\n") { packet.removeLast() }  // the packet ends with its trailer
        return packet
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(max(value, 0))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
