import XCTest
import Typesetting

/// Font lookup and fallback over the installed Noto CJK collection.
final class FontStoreTests: XCTestCase {
    func testFontconfigFindsTheSimplifiedChineseFaceInsideTheCollection() throws {
        let store = FontStore()
        let face = try store.face(family: "Noto Serif CJK SC", hint: "install fonts-noto-cjk")
        XCTAssertTrue(face.path.hasSuffix("NotoSerifCJK-Regular.ttc"), "found \(face.path)")
        XCTAssertEqual(face.index, 2, "SC is face 2 of the Noto Serif CJK collection")
        let bold = try store.face(family: "Noto Serif CJK SC", bold: true, hint: "install fonts-noto-cjk")
        XCTAssertTrue(bold.path.hasSuffix("NotoSerifCJK-Bold.ttc"), "found \(bold.path)")
        let sans = try store.face(family: "Noto Sans CJK SC", bold: true, hint: "install fonts-noto-cjk")
        XCTAssertTrue(sans.path.contains("NotoSansCJK"), "found \(sans.path)")
    }

    func testMissingFamilyNamesTheFamilyAndTheHint() {
        let store = FontStore()
        XCTAssertThrowsError(try store.face(family: "Fangzheng Imaginary Song", hint: "install fonts-imaginary")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("Fangzheng Imaginary Song") && message.contains("install fonts-imaginary"), "message: \(message)")
        }
    }

    func testUnreadableFileOrIndexIsAnError() {
        let store = FontStore()
        XCTAssertThrowsError(try store.face(path: "/nonexistent/font.ttf", index: 0))
        XCTAssertThrowsError(try store.face(path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", index: 40))
    }

    func testMetricsAreInEm() throws {
        let store = FontStore()
        let m = store.metrics(try store.face(family: "Noto Serif CJK SC", hint: ""))
        XCTAssertEqual(m.unitsPerEm, 1000)
        XCTAssertEqual(m.ascender + m.descender, 1.437, accuracy: 0.01, "Noto CJK hhea ascender + descender")
        XCTAssertGreaterThan(m.capHeight, 0.6)
        XCTAssertLessThan(m.capHeight, 0.8)
    }

    func testFallbackTakesEachCharacterFromTheFirstFaceThatHasIt() throws {
        let store = FontStore()
        let cjk = try store.face(family: "Noto Serif CJK SC", hint: "")
        let latin = try store.face(family: "DejaVu Serif", hint: "install fonts-dejavu-core")
        let ts = Typesetter(fonts: store)
        func faces(_ fonts: [FontFace]) -> [String: FontFace] {
            let style = TextStyle(fonts: fonts, size: 10.5)
            let glyphs = ts.layout(ParagraphSpec(runs: [StyledText(text: "数据AI", style: style)], width: 200))[0].glyphs
            return Dictionary(glyphs.map { ($0.text, $0.face) }, uniquingKeysWith: { a, _ in a })
        }
        let cjkFirst = faces([cjk, latin])
        XCTAssertEqual(cjkFirst["A"], cjk, "Latin comes from the CJK font when it is listed first")
        let latinFirst = faces([latin, cjk])
        XCTAssertEqual(latinFirst["A"], latin, "a Latin font listed first sets the Latin")
        XCTAssertEqual(latinFirst["数"], cjk, "Han falls back to the CJK font")
    }

    func testSharedMarksComeFromTheCJKFaceEvenWhenALatinFaceIsFirst() throws {
        let store = FontStore()
        let cjk = try store.face(family: "Noto Serif CJK SC", hint: "")
        let latin = try store.face(family: "DejaVu Serif", hint: "install fonts-dejavu-core")
        let style = TextStyle(fonts: [latin, cjk], size: 10)
        let glyphs = Typesetter(fonts: store).layout(ParagraphSpec(runs: [StyledText(text: "甲“乙”丙……丁——戊·己", style: style)], width: 500))[0].glyphs
        for g in glyphs where "“”…—·".contains(g.text.first!) {
            XCTAssertEqual(g.face, cjk, "'\(g.text)' should come from the CJK face")
        }
        let x = Dictionary(glyphs.map { ($0.text, $0.x) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(x["乙"]! - x["甲"]!, 20, accuracy: 1e-9, "甲 and a full-width “ take 2 em")
        XCTAssertEqual(x["丁"]! - x["丙"]!, 30, accuracy: 1e-9, "…… is 2 em")
    }
}
