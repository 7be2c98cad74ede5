import XCTest
import PDFWriter

/// Mistakes by the caller surface as errors that name what is wrong.
final class DocumentErrorTests: XCTestCase {
    func testLinkToAnUndefinedDestinationFailsTheWrite() {
        let document = PDFDocument(info: PDFFixture.info("links"))
        let page = document.addPage(width: 100, height: 100)
        page.link(x: 0, y: 0, width: 10, height: 10, destination: "missing")
        XCTAssertThrowsError(try document.write()) { error in
            XCTAssertEqual(error as? PDFError, .undefinedDestination(name: "missing"))
        }
    }

    func testBookmarkToAMissingPageFailsTheWrite() {
        let document = PDFDocument(info: PDFFixture.info("outline"))
        _ = document.addPage(width: 100, height: 100)
        document.outline = [PDFOutlineItem(title: "参考文献", page: 3, y: 50)]
        XCTAssertThrowsError(try document.write()) { error in
            XCTAssertEqual(error as? PDFError, .outlinePageOutOfRange(title: "参考文献", page: 3, pageCount: 1))
        }
    }

    func testGlyphIdBeyondTheFontFailsTheWrite() throws {
        let document = PDFDocument(info: PDFFixture.info("glyphs"))
        let font = try document.font(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", faceIndex: 0)
        let page = document.addPage(width: 100, height: 100)
        page.showGlyphs(font, size: 10, color: .black, x: 0, y: 0, glyphs: [PDFGlyph(id: 900_000, x: 0, text: "a")])
        XCTAssertThrowsError(try document.write()) { error in
            XCTAssertTrue("\(error)".contains("900000"), "\(error)")
        }
    }

    func testEmptyDocumentPageIsStillValid() throws {
        let document = PDFDocument(info: PDFFixture.info("empty"))
        _ = document.addPage(width: 200, height: 100)
        let fixture = try PDFFixture(document, name: "empty")
        let check = try fixture.qpdfCheck()
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }
}
