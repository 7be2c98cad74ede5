import BriefModel
import XCTest

/// pandoc's table captions (`Table: …` or `: …` right after a table) and the one numbering
/// of tables and figures the model gives every output.
final class TableCaptionTests: XCTestCase {
    private func tables(_ body: String) throws -> [Table] {
        let edition = try Fixture.readEdition(Fixture.edition(body: body))
        return edition.sections.flatMap(\.blocks).compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    private func paragraphs(_ body: String) throws -> [String] {
        let edition = try Fixture.readEdition(Fixture.edition(body: body))
        return edition.sections.flatMap(\.blocks).compactMap { if case .paragraph(let p) = $0 { p.plainText } else { nil } }
    }

    func testCaptionAfterATableIsItsCaptionAndTablesAreNumberedInOrder() throws {
        let body = """
        # 第一节

        | 地区 | 产量 |
        |---|---:|
        | 华东 | 12 |

        Table: 各地**产量**[@a]

        | a | b |
        |---|---|
        | c | d |

        :  第二张表

        | e |
        |---|
        | f |

        正文。

        """
        let found = try tables(body)
        XCTAssertEqual(found.map(\.number), [1, 2, 3])
        XCTAssertEqual(found.map(\.label), ["表 1", "表 2", "表 3"])
        XCTAssertEqual(found.map(\.caption.plainText), ["各地产量", "第二张表", ""])
        XCTAssertEqual(found[0].caption.count, 3, "the caption keeps its markup and its citation: \(found[0].caption)")
        XCTAssertEqual(try paragraphs(body), ["正文。"], "a caption is not also a paragraph")
    }

    func testOnlyAParagraphRightAfterATableIsACaption() throws {
        let body = """
        # 第一节

        | a |
        |---|
        | b |

        正文。

        Table: 这段不在表格之后

        :) 不是表题

        """
        XCTAssertEqual(try tables(body).map(\.caption.plainText), [""])
        XCTAssertEqual(try paragraphs(body), ["正文。", "Table: 这段不在表格之后", ":) 不是表题"])
    }

    /// The number is the model's: one the editor typed is dropped from the caption text
    /// every output prints after the label, so nothing prints 表 1　表 1.
    func testATypedNumberIsDroppedFromTheCaptionText() throws {
        let body = """
        # 第一节

        | a |
        |---|
        | b |

        Table: 表 1：各地产量

        | a |
        |---|
        | b |

        : Table 7. Output by region

        """
        let found = try tables(body)
        XCTAssertEqual(found.map(\.captionText.plainText), ["各地产量", "Output by region"])
        XCTAssertEqual(found.map(\.caption.plainText), ["表 1：各地产量", "Table 7. Output by region"], "the source text is kept")
    }

    func testTypedNumberMatcher() {
        func stripped(_ text: String) -> String { TypedCaptionNumber.removed(from: [.text(text)]).plainText }
        XCTAssertEqual(stripped("图 2：产量走势"), "产量走势")
        XCTAssertEqual(stripped("图2 产量"), "产量")
        XCTAssertEqual(stripped("表 3-1　分地区"), "分地区")
        XCTAssertEqual(stripped("表一 产量"), "产量")
        XCTAssertEqual(stripped("Figure 4. Output"), "Output")
        XCTAssertEqual(stripped("figure 4: Output"), "Output")
        XCTAssertEqual(stripped("表 1"), "")
        XCTAssertEqual(stripped("图表显示产量"), "图表显示产量")
        XCTAssertEqual(stripped("表格 1 产量"), "表格 1 产量")
        XCTAssertEqual(stripped("Tables 2 and 3"), "Tables 2 and 3")
        XCTAssertEqual(stripped("2026 年产量"), "2026 年产量")
    }
}
