import TestSupport
import XCTest
import PDFWriter

/// TrueType (glyf) faces go in as CIDFontType2 with FontFile2 and a CIDToGIDMap.
final class TrueTypeFontTests: XCTestCase {
    private let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

    func testTrueTypeFaceIsEmbeddedSubsetAndDrawn() throws {
        _ = try Prerequisite.file(dejaVu, package: "fonts-dejavu-core")
        let document = PDFDocument(info: PDFFixture.info("truetype"))
        let font = try document.font(path: dejaVu, faceIndex: 0)
        let shaper = TestShaper(path: dejaVu, faceIndex: 0)
        let page = document.addPage(width: 400, height: 100)
        let text = "Office affairs: 42 — naïve café"
        let shaped = shaper.shape(text, size: 18)
        page.showGlyphs(font, size: 18, color: .black, x: 20, y: 40, glyphs: shaped.glyphs)
        let fixture = try PDFFixture(document, name: "truetype")

        let check = try fixture.qpdfCheck()
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        let fonts = try fixture.fonts()
        let row = fonts.split(separator: "\n").first { $0.contains("DejaVuSerif") }
        XCTAssertNotNil(row, "pdffonts should list DejaVuSerif:\n\(fonts)")
        XCTAssertTrue(row?.contains("CID TrueType") ?? false, "expected CID TrueType: \(row ?? "")")
        XCTAssertEqual(row?.split(separator: " ").filter { $0 == "yes" || $0 == "no" }, ["yes", "yes", "yes"], "emb/sub/uni: \(row ?? "")")
        XCTAssertEqual(normalised(try fixture.text()), text)
        for (engine, raster) in try fixture.renderGray() {
            let ink = raster.ink(x: 20, y: 36, width: shaped.width, height: 18, pageHeight: 100)
            XCTAssertGreaterThan(ink, 200, "\(engine): expected the text inked, found \(ink) dark pixels")
        }
    }

    func testUnsupportedFontFilesAreRejectedWithTheirPath() {
        let document = PDFDocument(info: PDFFixture.info("bad font"))
        XCTAssertThrowsError(try document.font(path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", faceIndex: 12)) { error in
            XCTAssertEqual(error as? PDFError, .faceIndexOutOfRange(path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 12, faceCount: 10))
        }
        XCTAssertThrowsError(try document.font(path: "/etc/hostname", faceIndex: 0)) { error in
            XCTAssertTrue("\(error)".contains("/etc/hostname"), "the error should name the file: \(error)")
        }
    }

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
