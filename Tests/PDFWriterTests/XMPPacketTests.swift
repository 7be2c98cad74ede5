import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PDFWriter
import XCTest

/// The XMP packet is built by libxml2: well-formed whatever the metadata holds, wrapped in
/// its xpacket instructions, and the same bytes on every call.
final class XMPPacketTests: XCTestCase {
    private let info = PDFInfo(title: "标题 <A & B> \"引\" \u{1}x", author: "编辑部", subject: "摘要", keywords: ["甲", "乙"],
                               creator: "BriefPress", date: (2026, 5, 28, 8, 30, 0))

    /// The text of every `rdf:li`, in document order, as an XML parser reads them.
    private final class ListItems: NSObject, XMLParserDelegate {
        var items: [String] = []
        private var current: String?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "rdf:li" { current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "rdf:li", let current { items.append(current) }
            current = nil
        }
    }

    func testPacketIsWellFormedAndKeepsTheTextBarTheControlCharacter() throws {
        let packet = DocumentMetadata.xmp(info)
        let text = String(decoding: packet, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"), text)
        XCTAssertTrue(text.hasSuffix("</x:xmpmeta>\n<?xpacket end=\"r\"?>"), text)
        let parser = XMLParser(data: Data(packet))
        let items = ListItems()
        parser.delegate = items
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))\n\(text)")
        XCTAssertEqual(items.items, ["标题 <A & B> \"引\" x", "编辑部", "摘要", "甲", "乙", "zh-CN"])
    }

    func testPacketIsTheSameBytesEveryTime() {
        XCTAssertEqual(DocumentMetadata.xmp(info), DocumentMetadata.xmp(info))
    }
}
