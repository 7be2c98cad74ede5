import XCTest
import PDFWriter

/// Copy and search must return the source text, whatever the glyphs are.
final class TextExtractionTests: XCTestCase {
    private let sans = (SampleDocument.notoDirectory + "NotoSansCJK-Regular.ttc", SampleDocument.scFace)

    func testSupplementaryPlaneCharacterRoundTrips() throws {
        let document = PDFDocument(info: PDFFixture.info("surrogates"))
        let font = try document.font(path: sans.0, faceIndex: sans.1)
        let shaper = TestShaper(path: sans.0, faceIndex: sans.1)
        let page = document.addPage(width: 300, height: 100)
        let text = "吉野家𠮷野家"
        let shaped = shaper.shape(text, size: 20)
        XCTAssertFalse(shaped.glyphs.contains { $0.id == 0 }, "the font should have 𠮷 (U+20BB7)")
        page.showGlyphs(font, size: 20, color: .black, x: 20, y: 40, glyphs: shaped.glyphs)
        let fixture = try PDFFixture(document, name: "surrogates")
        XCTAssertEqual(try fixture.text().filter { !$0.isWhitespace }, text)
    }

    func testClusterOfSeveralGlyphsExtractsAsItsTextOnce() throws {
        // One cluster drawn with two glyphs ("1" and "/"): only /ActualText can say it is "½".
        let document = PDFDocument(info: PDFFixture.info("cluster"))
        let font = try document.font(path: sans.0, faceIndex: sans.1)
        let shaper = TestShaper(path: sans.0, faceIndex: sans.1)
        let page = document.addPage(width: 300, height: 100)
        var glyphs = shaper.shape("共1/2杯", size: 20).glyphs
        XCTAssertEqual(glyphs.count, 5)
        glyphs[1].text = "½"
        glyphs[2].text = ""
        glyphs.remove(at: 3)   // the "2"
        page.showGlyphs(font, size: 20, color: .black, x: 20, y: 40, glyphs: glyphs)
        let fixture = try PDFFixture(document, name: "cluster")
        XCTAssertEqual(try fixture.text().filter { !$0.isWhitespace }, "共½杯")
    }

    func testGlyphReusedForOtherTextKeepsEachOccurrencesText() throws {
        // Noto draws 力 (U+529B), ⼒ (Kangxi U+2F12) and 力 (U+F98A) with one glyph.
        let document = PDFDocument(info: PDFFixture.info("kangxi"))
        let font = try document.font(path: sans.0, faceIndex: sans.1)
        let shaper = TestShaper(path: sans.0, faceIndex: sans.1)
        let page = document.addPage(width: 300, height: 100)
        let text = "⼒力力一⼀"
        let glyphs = shaper.shape(text, size: 20).glyphs
        XCTAssertEqual(Set(glyphs.prefix(3).map(\.id)).count, 1, "the three 力 forms should share a glyph in Noto")
        page.showGlyphs(font, size: 20, color: .black, x: 20, y: 40, glyphs: glyphs)
        let fixture = try PDFFixture(document, name: "kangxi")
        XCTAssertEqual(try fixture.text().filter { !$0.isWhitespace }, text)
        let trace = try ExternalTool.run("mutool", ["trace", fixture.file.path]).stdout
        XCTAssertTrue(trace.contains("unicode=\"⼒\""), "ToUnicode should map the glyph to its first text ⼒:\n\(trace)")
    }

    func testPositionsFromTheLayoutAreKeptInTheDrawing() throws {
        // Glyphs spaced wider than their advances (justification) and one raised glyph.
        let document = PDFDocument(info: PDFFixture.info("positions"))
        let font = try document.font(path: sans.0, faceIndex: sans.1)
        let shaper = TestShaper(path: sans.0, faceIndex: sans.1)
        let page = document.addPage(width: 400, height: 100)
        var glyphs = shaper.shape("一二三四", size: 20).glyphs
        for index in glyphs.indices { glyphs[index].x = Double(index) * 37.5 }
        glyphs[3].yOffset = 6
        page.showGlyphs(font, size: 20, color: .black, x: 20, y: 40, glyphs: glyphs)
        let fixture = try PDFFixture(document, name: "positions")
        let trace = try ExternalTool.run("mutool", ["trace", fixture.file.path]).stdout
        let xs = trace.split(separator: "\n").filter { $0.contains("<g unicode") }.compactMap { line -> (Double, Double)? in
            guard let x = value(of: "x", in: String(line)), let y = value(of: "y", in: String(line)) else { return nil }
            return (x, y)
        }
        XCTAssertEqual(xs.map(\.0), [20, 57.5, 95, 132.5], "glyph x positions in mutool trace")
        XCTAssertEqual(xs.map(\.1), [40, 40, 40, 46], "glyph baselines (the last raised 6 pt)")
    }

    private func value(of attribute: String, in line: String) -> Double? {
        guard let range = line.range(of: " \(attribute)=\"") else { return nil }
        let rest = line[range.upperBound...]
        return Double(rest.prefix { $0 != "\"" })
    }
}
