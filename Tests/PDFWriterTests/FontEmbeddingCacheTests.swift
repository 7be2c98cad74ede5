import Foundation
import PDFWriter
import XCTest

/// A writer handed the fonts of earlier documents (the preview, saving after saving) embeds
/// the same bytes as one that opens and subsets everything itself, and only subsets a face
/// again when the document draws a glyph set not embedded last time.
final class FontEmbeddingCacheTests: XCTestCase {
    private static let path = SampleDocument.notoDirectory + "NotoSerifCJK-Regular.ttc"
    private static let bold = SampleDocument.notoDirectory + "NotoSansCJK-Bold.ttc"

    /// A one-page document: `lines` in the serif face, a heading in the bold sans.
    private func document(_ lines: [String], cache: FontEmbeddingCache?) throws -> [UInt8] {
        let document = PDFDocument(info: PDFInfo(title: "缓存", author: "测试", subject: "", keywords: [], creator: "BriefPress tests",
                                                 producer: "BriefPress", language: "zh-CN", date: (2026, 5, 28, 8, 0, 0)),
                                   fontCache: cache)
        let page = document.addPage(width: SampleDocument.pageWidth, height: SampleDocument.pageHeight)
        let heading = try document.font(path: Self.bold, faceIndex: SampleDocument.scFace)
        page.showGlyphs(heading, size: 16, color: .black, x: 72, y: 780,
                        glyphs: TestShaper(path: Self.bold, faceIndex: SampleDocument.scFace).shape("今日要闻", size: 16).glyphs)
        let body = try document.font(path: Self.path, faceIndex: SampleDocument.scFace)
        let shaper = TestShaper(path: Self.path, faceIndex: SampleDocument.scFace)
        for (index, line) in lines.enumerated() {
            page.showGlyphs(body, size: 12, color: .black, x: 72, y: 740 - 20 * Double(index), glyphs: shaper.shape(line, size: 12).glyphs)
        }
        return try document.write()
    }

    func testTheSameGlyphsAreEmbeddedFromTheCacheWithTheBytesOfAnUncachedWrite() throws {
        let cache = FontEmbeddingCache()
        let first = ["经济运行稳中向好。", "新闻简报每日出版。"]
        XCTAssertEqual(try document(first, cache: cache), try document(first, cache: nil))
        XCTAssertEqual(cache.madeSubsets, 2, "the first document subsets both faces")

        // The same characters in another order and another line break: the same glyph sets.
        let reordered = ["新闻简报每日出版。经济", "运行稳中向好。"]
        XCTAssertEqual(try document(reordered, cache: cache), try document(reordered, cache: nil))
        XCTAssertEqual(cache.reusedSubsets, 2)
        XCTAssertEqual(cache.madeSubsets, 0, "no glyph was added, so no face is subset again")
    }

    func testAGlyphNeverDrawnBeforeSubsetsItsFaceAgainAndShowsInTheText() throws {
        let cache = FontEmbeddingCache()
        _ = try document(["经济运行稳中向好。"], cache: cache)
        let added = ["经济运行稳中向好。", "龘"]
        let bytes = try document(added, cache: cache)
        XCTAssertEqual(bytes, try document(added, cache: nil))
        XCTAssertEqual(cache.madeSubsets, 1, "the body face draws a new glyph")
        XCTAssertEqual(cache.reusedSubsets, 1, "the heading face does not")

        let directory = try ExternalTool.temporaryDirectory("font-cache")
        let file = directory.appendingPathComponent("added.pdf")
        try ExternalTool.write(bytes, to: file)
        let text = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", file.path, "-"])
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("龘"), "pdftotext gave:\n\(text.stdout)")
    }
}
