import XCTest
@testable import PDFWriter

/// What the writer reads from Debian's Noto CJK collections (facts listed in formats.md A1).
final class FontProgramTests: XCTestCase {
    func testSCFaceOfTheCollectionGivesItsOwnPostScriptNameAndMetrics() throws {
        let program = try FontProgram(path: SampleDocument.notoDirectory + "NotoSansCJK-Regular.ttc", faceIndex: 2)
        XCTAssertEqual(program.postScriptName, "NotoSansCJKsc-Regular", "name ID 6 of face 2 (the CFF's own name is the JP face's)")
        XCTAssertEqual(program.unitsPerEm, 1000)
        XCTAssertEqual(program.metrics.ascent, 880)
        XCTAssertEqual(program.metrics.descent, -120)
        XCTAssertEqual(program.metrics.capHeight, 733)
        XCTAssertEqual([program.metrics.bbox.0, program.metrics.bbox.1, program.metrics.bbox.2, program.metrics.bbox.3], [-1002, -1048, 2928, 1808])
        XCTAssertEqual(program.metrics.flags, 4, "CID fonts are symbolic; Sans has no Serif flag")
        let serif = try FontProgram(path: SampleDocument.notoDirectory + "NotoSerifCJK-Regular.ttc", faceIndex: 2)
        XCTAssertEqual(serif.metrics.flags, 4 | 2, "Noto Serif: Symbolic + Serif (from PANOSE)")
    }

    func testNotoCharsetMapsEveryGlyphToTheSameCID() throws {
        let program = try FontProgram(path: SampleDocument.notoDirectory + "NotoSerifCJK-Bold.ttc", faceIndex: 2)
        guard case let .cidKeyedCFF(cids) = program.outlines else { return XCTFail("Noto CJK should be CID-keyed CFF") }
        XCTAssertEqual(cids.glyphCount, program.glyphCount)
        let mismatches = (0..<cids.glyphCount).filter { Int(cids[$0]) != $0 }
        XCTAssertTrue(mismatches.isEmpty, "expected identity GID→CID, first differences: \(mismatches.prefix(5))")
    }

    func testCharsetRunsGiveEachGlyphItsOwnCID() {
        // .notdef, glyphs 1–3 → CIDs 10–12, glyph 4 → 5, glyphs 5–6 → 6–7 (continuing glyph 4's
        // run), glyph 7 → 65,535 and glyph 8 past it wraps to 0, as a 16-bit charset entry does.
        var cids = CIDMap(glyphCount: 9)
        cids.append(glyph: 1, cid: 10, count: 3)
        cids.append(glyph: 4, cid: 5, count: 1)
        cids.append(glyph: 5, cid: 6, count: 2)
        cids.append(glyph: 7, cid: 65535, count: 2)
        XCTAssertEqual((0..<9).map { cids[$0] }, [0, 10, 11, 12, 5, 6, 7, 65535, 0])
    }

    func testWidthsAreInThousandthsOfAnEm() throws {
        let program = try FontProgram(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", faceIndex: 0)
        XCTAssertEqual(program.unitsPerEm, 2048)
        // DejaVu Sans glyph 3 is the space: advance 651/2048 em.
        XCTAssertEqual(program.width(3), 318)
        XCTAssertEqual(program.postScriptName, "DejaVuSans")
    }
}
