import Foundation
import PDFWriter
import XCTest

/// A document given a structure tree is a tagged PDF: catalog, pages, annotations and XMP
/// say so, and every tagged piece of content leads back to its element.
final class StructureTreeTests: XCTestCase {
    /// One page: a figure drawn as content of a Figure element, inside a Link element with
    /// its annotation, and a rule drawn as an artifact.
    private func taggedDocument() -> (PDFDocument, PDFStructureElement) {
        let document = PDFDocument(info: PDFFixture.info("tagged"))
        let root = PDFStructureElement(.document)
        let link = root.add(.link)
        let figure = link.add(.figure, alternateText: "一个红色方块")
        let page = document.addPage(width: 200, height: 100)
        page.beginMarkedContent(figure)
        page.fillRect(x: 10, y: 10, width: 50, height: 50, color: PDFColor(r: 1, g: 0, b: 0))
        page.endMarkedContent()
        page.link(x: 10, y: 10, width: 50, height: 50, uri: "https://example.org", description: "示例网站", element: link)
        page.beginArtifact()
        page.strokeLine(from: (0, 80), to: (200, 80), width: 1, color: .black)
        page.endArtifact()
        return (document, root)
    }

    func testTaggedDocumentDeclaresItselfAndLinksContentToElements() throws {
        let (document, root) = taggedDocument()
        document.structureRoot = root
        let bytes = try document.write()
        let fixture = try PDFFixture(document, name: "tagged")
        let check = try fixture.qpdfCheck()
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        let info = try ExternalTool.run("pdfinfo", [fixture.file.path]).stdout
        XCTAssertTrue(info.contains("Tagged:          yes"), info)
        let structure = try ExternalTool.run("pdfinfo", ["-struct-text", fixture.file.path]).stdout
        XCTAssertEqual(structure.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("Object") && !$0.hasPrefix("\"") },
                       ["Document", "Link (inline)", "Figure"])
        XCTAssertTrue(structure.contains("Object "), "the Link element does not hold its annotation:\n\(structure)")
        let text = String(decoding: bytes, as: UTF8.self)
        for expected in ["/MarkInfo<</Marked true>>", "/StructTreeRoot ", "/StructParents 0", "/StructParent 1", "/Tabs/S",
                         "<pdfuaid:part>1</pdfuaid:part>", "/Type/ObjStm", "/Type/XRef"] {
            XCTAssertTrue(text.contains(expected), "expected \(expected)")
        }
    }

    func testUntaggedDocumentClaimsNothing() throws {
        let (document, _) = taggedDocument()
        let text = String(decoding: try document.write(), as: UTF8.self)
        for absent in ["/MarkInfo", "/StructTreeRoot", "/StructParent", "pdfuaid"] {
            XCTAssertFalse(text.contains(absent), "an untagged document has \(absent)")
        }
    }

    func testContentOfAnElementOutsideTheTreeFailsTheWrite() {
        let (document, _) = taggedDocument()
        document.structureRoot = PDFStructureElement(.document)
        XCTAssertThrowsError(try document.write()) { error in
            XCTAssertEqual(error as? PDFError, .elementOutsideStructureTree(role: "Figure"))
        }
    }

    func testDeeplyNestedStructureIsWrittenWithoutRecursion() throws {
        let document = PDFDocument(info: PDFFixture.info("deep"))
        let root = PDFStructureElement(.document)
        var element = root
        for _ in 0..<100_000 { element = element.add(.blockQuote) }
        let page = document.addPage(width: 100, height: 100)
        page.beginMarkedContent(element.add(.paragraph))
        page.fillRect(x: 0, y: 0, width: 1, height: 1, color: .black)
        page.endMarkedContent()
        document.structureRoot = root
        let fixture = try PDFFixture(document, name: "deep")
        let check = try fixture.qpdfCheck()
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        let expanded = fixture.directory.appendingPathComponent("deep-expanded.pdf")
        _ = try ExternalTool.run("qpdf", ["--object-streams=disable", fixture.file.path, expanded.path])
        let text = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "/BlockQuote").count - 1, 100_000)
    }
}
