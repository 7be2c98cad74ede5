import BriefModel
import BriefReader
import XCTest

/// How the Markdown body maps onto the model: what editors write and what backends get.
final class MarkdownMappingTests: XCTestCase {
    func read(_ body: String, extraFront: String = "") throws -> Edition {
        try Fixture.readEdition(Fixture.edition(extraFront: extraFront, body: body))
    }

    func testNumberingSkipsUnnumberedSectionsAndNumbersSubsections() throws {
        let e = try read("# 甲\n\n## 子一\n\n文[@a]。\n\n## 子二\n\n文。\n\n# 判断 {-}\n\n文。\n\n# 乙 {.unnumbered}\n\n文。\n\n# 丙\n\n文。\n")
        XCTAssertEqual(e.sections.map(\.label), ["一、", "", "", "二、"])
        XCTAssertEqual(e.sections[0].subsections.map(\.headingText), ["（一）子一", "（二）子二"])
        XCTAssertEqual(e.sections[0].subsections.map(\.id), ["s1-1", "s1-2"])
        XCTAssertEqual(e.contents.map(\.text), ["一、甲", "（一）子一", "（二）子二", "判断", "乙", "二、丙", "参考文献"])
    }

    func testSummaryIsPulledOutWherever() throws {
        let e = try read("# 甲\n\n文[@a]。\n\n# 提要 {.summary}\n\n要点。\n")
        XCTAssertEqual(e.summary?.title, "提要")
        XCTAssertEqual(e.sections.count, 1)
    }

    func testBlocksListsQuotesTablesCode() throws {
        let e = try read("""
        # 甲

        - 一
        - 二
          1. 子
        > 引文 **重点**

        | 列一 | 列二 |
        |:--|--:|
        | a | ~~b~~ |

        ```swift
        let x = 1
        ```

        ***
        """)
        let blocks = e.sections[0].blocks
        guard case .list(let list) = blocks[0] else { return XCTFail("\(blocks)") }
        XCTAssertFalse(list.ordered)
        XCTAssertEqual(list.items.count, 2)
        guard case .list(let nested) = list.items[1][1] else { return XCTFail("nested list lost: \(list.items[1])") }
        XCTAssertTrue(nested.ordered)
        guard case .quote(let q) = blocks[1] else { return XCTFail("\(blocks)") }
        XCTAssertEqual(q, [.paragraph([.text("引文 "), .strong([.text("重点")])])])
        guard case .table(let t) = blocks[2] else { return XCTFail("\(blocks)") }
        XCTAssertEqual(t.alignments, [.left, .right])
        XCTAssertEqual(t.header.map(\.plainText), ["列一", "列二"])
        XCTAssertEqual(t.rows[0][1], [.strikethrough([.text("b")])])
        XCTAssertEqual(blocks[3], .code("let x = 1", language: "swift"))
        XCTAssertEqual(blocks[4], .thematicBreak)
    }

    func testFigureFromAnImageAloneInItsParagraph() throws {
        let f = Fixture()
        // A whole 3×2 PNG: the reader checks every image it is given, not only its header.
        f.write("assets/chart.png", Data(TestPNG.rgb(width: 3, height: 2)))
        let e = try BriefingReader.read(editionAt: f.write("editions/2026-05-28.md",
            Fixture.edition(body: "# 甲\n\n![产量图](assets/chart.png)\n"))).edition
        guard case .figure(let fig) = e.sections[0].blocks[0] else { return XCTFail("\(e.sections[0].blocks)") }
        XCTAssertEqual(fig.caption.plainText, "产量图")
        XCTAssertEqual(fig.image.path, "assets/chart.png")
        XCTAssertEqual([fig.image.pixelWidth, fig.image.pixelHeight], [3, 2])
        XCTAssertEqual(fig.number, 1)
    }

    func testLinksKeepOnlyWebAndMailTargets() throws {
        let e = try read("# 甲\n\n[官网](https://example.org)、[坏](javascript:alert(1))、<https://a.example/b>。\n")
        guard case .paragraph(let inlines) = e.sections[0].blocks[0] else { return XCTFail() }
        XCTAssertEqual(inlines, [
            .link(url: "https://example.org", [.text("官网")]), .text("、坏、"),
            .link(url: "https://a.example/b", [.text("https://a.example/b")]), .text("。"),
        ])
    }

    func testRawHTMLIsReducedToText() throws {
        let e = try read("# 甲\n\n前<script>alert(1)</script>后<img src=x onerror=alert(1)>完<b>粗</b>。\n\n<div onclick=\"x()\"><script>evil()</script>块</div>\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("前后完粗。")]), .paragraph([.text("块")])])
    }

    func testEditionTitleOverridesAndNumber() throws {
        let e = try read("# 甲\n\n文。\n", extraFront: "title: 特刊\nnumber: 148\n")
        XCTAssertEqual(e.title, "特刊")
        XCTAssertEqual(e.numberLine, "第 148 期")
    }

    func testCitationRangesPrintCompactly() {
        XCTAssertEqual(Citation(occurrence: 1, numbers: [1, 2, 3, 5]).label, "1–3, 5")
        XCTAssertEqual(Citation(occurrence: 1, numbers: [9, 10]).label, "9, 10")
    }

    func testChineseNumerals() {
        XCTAssertEqual([1, 9, 10, 11, 20, 21, 99, 100, 101, 110, 115].map(ChineseNumerals.string(for:)),
                       ["一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一百一十五"])
    }

    func testEditionDates() {
        XCTAssertNil(EditionDate("2026-02-29"))
        XCTAssertNotNil(EditionDate("2028-02-29"))
        XCTAssertNil(EditionDate("2026-5-28"))
        XCTAssertEqual(EditionDate("2026-05-28")?.weekday, "星期四")
    }
}
