import BriefModel
import Foundation
import Graphics
import XCTest

/// Every kind of block the model has, in one hand-built edition: the PDF must stay valid
/// and every piece of text must be in it.
final class BlockKindsTests: XCTestCase {
    static func briefing() throws -> Briefing {
        let code = try QRCode(encoding: "https://example.org/figure")
        let png = code.png(scale: 4)
        let side = (code.size + 8) * 4  // with the 4-module quiet zone on each side
        let image = ImageAsset(path: "assets/figure.png", format: .png, pixelWidth: side, pixelHeight: side, data: Data(png))
        let location = SourceLocation(file: "2026-06-01.md", line: 1, column: 1)
        let blocks: [Block] = [
            .paragraph([.text("正文含有"), .strong([.text("加粗")]), .text("、"), .emphasis([.text("强调")]), .text("、"),
                        .strikethrough([.text("删除")]), .text("与"), .code("swift build"), .text("，以及"),
                        .link(url: "https://example.org", [.text("链接")]), .text("和引用"), .citation(Citation(occurrence: 1, numbers: [1, 2])), .text("。")]),
            .list(List(ordered: false, items: [[.paragraph([.text("第一项，说明无序列表。")])], [.paragraph([.text("第二项。")])]])),
            .list(List(ordered: true, start: 3, items: [[.paragraph([.text("编号从三开始。")])]])),
            .quote([.paragraph([.text("引文段落，左侧有竖线。")])]),
            .table(Table(alignments: [.left, .right], header: [[.text("项目")], [.text("数值")]],
                         rows: [[[.text("内存")], [.text("1 万亿")]], [[.text("HBM")], [.text("42%")]]])),
            .figure(Figure(image: image, caption: [.text("示例图片")], number: 1)),
            .code("let answer = 42\n\nprint(answer) // https://example.org/a_b?c=d&e=f\n", language: "swift"),
            .thematicBreak,
            .paragraph([.text("最后一段"), .lineBreak, .text("换行之后。")]),
        ]
        let edition = Edition(
            date: EditionDate("2026-06-01")!, number: 149, title: "测试简报",
            summary: Summary(title: "摘要", blocks: [.paragraph([.text("摘要内容。")])]),
            sections: [
                Section(id: "s1", title: [.text("各种块")], number: 1, blocks: blocks,
                        subsections: [Subsection(id: "s1-1", title: [.text("小节")], number: 1, blocks: [.paragraph([.text("小节正文。")])])]),
            ],
            references: [
                Reference(number: 1, id: "a", source: "来源甲", title: "标题甲", date: "2026-05-30", note: nil, url: "https://example.org/a", location: location),
                Reference(number: 2, id: "b", source: "Source B", title: "Title B", date: nil, note: "备注", url: nil, location: location),
            ],
            sourcePath: "editions/2026-06-01.md")
        let publication = Publication(title: "测试简报", subtitle: "副标题", publisher: "测试编辑部", producers: ["甲", "乙"],
                                      contact: Contact(heading: "联系我们", codes: [
                                          ContactCode(label: "网站", caption: "example.org", source: .url("https://example.org")),
                                          ContactCode(label: "图片码", caption: nil, source: .image(image)),
                                      ], about: [Organisation(name: "编辑部", text: "一个用于测试的编辑部。")], website: "https://example.org"),
                                      directory: URL(fileURLWithPath: "/nonexistent"))
        return Briefing(publication: publication, edition: edition)
    }

    func testEveryBlockKindPrintsAsValidPDFWithAllItsText() throws {
        let rendered = try RenderedEdition(BlockKindsTests.briefing())
        XCTAssertEqual(rendered.name, "2026-06-01.pdf")
        let check = try Tool.run("qpdf", ["--check", rendered.path])
        XCTAssertEqual(check.status, 0, "qpdf --check:\n\(check.text)\(check.errors)")

        let text = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path)).map(\.mainText).joined().compacted
        for expected in ["测试简报", "副标题", "甲&乙", "2026年6月1日", "第149期", "目录", "一、各种块", "（一）小节",
                         "swiftbuild", "第一项，说明无序列表。", "3.", "引文段落", "项目", "数值", "42%", "图1", "示例图片",
                         "letanswer=42", "最后一段", "换行之后。", "参考文献", "[1]来源甲：标题甲，2026-05-30。", "https://example.org/a",
                         "联系我们", "网站", "图片码", "一个用于测试的编辑部。"] {
            XCTAssertTrue(text.contains(expected.compacted), "expected “\(expected)” in the printed text")
        }
        let links = try LinksAndOutline(pdf: rendered.path)
        XCTAssertTrue(links.links.contains { $0.uri == "https://example.org" }, "expected the link and the QR code to open https://example.org")
        XCTAssertTrue(links.links.contains { $0.uri == "https://example.org/a" }, "expected the reference URL as a link")
        XCTAssertEqual(links.bookmarks.map(\.title), ["一、各种块", "（一）小节", "参考文献"])
    }

    func testTableLongerThanAPageBreaksBetweenRowsInsideTheTypeArea() throws {
        var briefing = try BlockKindsTests.briefing()
        let rows: [[[Inline]]] = (1...70).map { [[.text("第 \($0) 行")], [.text("数值 \($0 * 7)")]] }
        briefing.edition.sections[0].blocks = [.table(Table(alignments: [.left, .right], header: [[.text("项目")], [.text("数值")]], rows: rows))]
        let rendered = try RenderedEdition(briefing)
        let check = try Tool.run("qpdf", ["--check", rendered.path])
        XCTAssertEqual(check.status, 0, "qpdf --check:\n\(check.text)\(check.errors)")
        let lines = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path))
        let text = lines.map(\.text).joined().compacted
        for row in 1...70 { XCTAssertTrue(text.contains("第\(row)行数值\(row * 7)"), "row \(row) missing") }
        for page in Set(lines.map(\.page)) {
            let pageLines = lines.filter { $0.page == page }
            guard let foot = pageLines.last, foot.text == String(page) else { XCTFail("page \(page) has no number at its foot"); continue }
            for line in pageLines.dropLast() {
                XCTAssertLessThan(line.baseline, foot.baseline - 2 * foot.size, "page \(page): “\(line.text)” runs into the footer")
            }
        }
    }
}
