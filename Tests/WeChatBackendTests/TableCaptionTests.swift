import BriefReader
import Foundation
import TestSupport
import XCTest

/// The table fixture's article: each table's number and caption stand once, above it,
/// with the number the editor typed dropped (never 表 1　表 1).
final class TableCaptionTests: XCTestCase {
    func testEachTableHasItsNumberedCaptionOnceAboveIt() throws {
        let path = Checkout.root.appendingPathComponent("Tests/Fixtures/tables/editions/2026-06-02.md").path
        let article = try render(BriefingReader.read(editionAt: path))
        let root = try root(of: article)
        let text = root.text()
        XCTAssertEqual(text.components(separatedBy: "表 1").count - 1, 1, "表 1 once")
        XCTAssertEqual(text.components(separatedBy: "表 2").count - 1, 1, "表 2 once")
        assertInOrder(["表 1　各地区算力与储能项目（截至 2026 年 5 月）", "公示地址", "表 2　逐日并网的新型储能项目", "序号"],
                      in: text, "captions before their tables")
        var captions: [HTMLNode] = []
        root.walk { node, _ in if node.name == "p", node.text().hasPrefix("表 ") { captions.append(node) } }
        XCTAssertEqual(captions.count, 2)
        XCTAssertEqual(captions.first?.style("text-align"), "center")
        XCTAssertEqual(captions.first?.style("margin")?.split(separator: " ").dropFirst(2).first, "6px", "tables.captionBottom below the caption")
    }
}
