import BriefReader
import Foundation
import TestSupport
import XCTest

/// The table fixture's day EPUB: each table carries its numbered caption once, as its
/// `<caption>`, and the book passes epubcheck.
final class TableCaptionTests: XCTestCase {
    func testEachTableHasItsNumberedCaptionOnceAndTheBookPassesEpubcheck() throws {
        let path = Checkout.root.appendingPathComponent("Tests/Fixtures/tables/editions/2026-06-02.md").path
        let file = try SampleSources.writer().edition(BriefingReader.read(editionAt: path))
        let book = try EPUBBook(file.bytes)
        let chapter = try book.xml("OEBPS/text/d20260602.xhtml")
        let text = chapter.root.text()
        XCTAssertEqual(text.components(separatedBy: "表 1").count - 1, 1, "表 1 once")
        XCTAssertEqual(text.components(separatedBy: "表 2").count - 1, 1, "表 2 once")
        let captions = chapter.elements("caption")
        XCTAssertEqual(captions.map { $0.text() }, ["表 1 各地区算力与储能项目（截至 2026 年 5 月）", "表 2 逐日并网的新型储能项目"])
        XCTAssertEqual(chapter.elements("table").map { $0.children.first?.name }, ["caption", "caption"], "caption first in its table")

        let report = try EPUBCheck.check(book.archivePath)
        XCTAssertEqual(report.problems, [], "expected no epubcheck errors or warnings, found:\n\(report.output)")
        XCTAssertEqual(report.status, 0, report.output)
    }
}
