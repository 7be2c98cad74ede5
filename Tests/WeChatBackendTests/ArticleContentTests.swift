import BriefModel
import Foundation
import Graphics
import WeChatBackend
import TestSupport
import XCTest

/// What a reader of the pasted article sees: the title block, every paragraph in order,
/// numbered sections, citations, the reference list as printed, and the contact footer.
final class ArticleContentTests: XCTestCase {
    /// Visible text of the fragment without superscripts (citation and note numbers), with
    /// whitespace removed: comparable with the source's plain text.
    func readingText(_ article: WeChatArticle) throws -> String {
        try root(of: article).text(skipping: ["sup"]).withoutWhitespace
    }

    func testPageHoldsTheFragmentAsTheOnlyChildOfTheArticleContainer() throws {
        let article = try render(Fixtures.sample())
        XCTAssertEqual(article.page.name, "2026-05-28.wechat.html")
        let page = String(decoding: article.page.bytes, as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"), "expected an HTML5 page, found \(page.prefix(40))")
        XCTAssertTrue(page.contains("<div id=\"briefpress-article\">" + article.fragment + "</div>"),
                      "expected the fragment, byte for byte, as the only content of #briefpress-article")
        let document = try XCTUnwrap(ParsedHTML.document(page))
        var container: HTMLNode?
        document.walk { node, _ in if node.attribute("id") == "briefpress-article" { container = node } }
        let elements = try XCTUnwrap(container).children.filter { $0.name != nil }
        XCTAssertEqual(elements.map { $0.name ?? "" }, ["section"], "expected one section in the container")
        var buttons: [String] = []
        document.walk { node, _ in if node.name == "button" { buttons.append(node.text()) } }
        XCTAssertEqual(buttons, ["复制到公众号"])
    }

    func testTitleBlockShowsTitlePublisherProducersDateAndNumber() throws {
        let sample = try root(of: render(Fixtures.sample()))
        let titleBlock = try XCTUnwrap(sample.children.first)
        XCTAssertEqual(titleBlock.elements("h1").map { $0.text() }, ["新质生产力每日动态"])
        XCTAssertEqual(titleBlock.elements("p").map { $0.text() },
                       ["中国高技术产业发展促进会新质生产力工作委员会", "博雅云创 & 中科创新驱动", "2026 年 5 月 28 日"])
        let exercise = try root(of: render(Fixtures.exercise()))
        XCTAssertEqual(try XCTUnwrap(exercise.children.first).elements("p").map { $0.text() },
                       ["工作委员会内部参考", "中国高技术产业发展促进会新质生产力工作委员会", "博雅云创 & 中科创新驱动",
                        "2026 年 5 月 28 日　第 148 期"])
    }

    func testSummaryIsSetApartUnderItsHeading() throws {
        let root = try root(of: render(Fixtures.sample()))
        let summary = root.children[1]
        XCTAssertEqual(summary.name, "section")
        XCTAssertNotNil(summary.style("background-color"), "expected the summary box to be tinted")
        XCTAssertEqual(summary.children.first?.text(), "摘要")
        XCTAssertTrue(summary.text().contains("今日新质生产力动态聚焦四条主线"))
    }

    func testSectionsAreNumberedAndUnnumberedOnesKeepTheirTitle() throws {
        let sample = try root(of: render(Fixtures.sample()))
        XCTAssertEqual(sample.elements("h2").map { $0.text() }, [
            "一、南繁硅谷论坛突出数字智能育种，农业新质生产力从实验室走向产业链",
            "二、深圳开放数据平台持续更新，地方数据要素从“目录”走向“可用资源”",
            "三、国信证券强调 AI 与数据底座，金融服务实体经济进入智能化阶段",
            "四、深圳援疆建设空天信息产业园，区域协同开始连接算力网与战略新兴产业",
            "五、Micron 与 SK Hynix 进入万亿美元市值区间，AI 基础设施价值从 GPU 扩展到内存",
            "六、数据政策继续围绕场景和制度施工展开",
            "今日判断",
            "参考文献",
        ])
        let exercise = try root(of: render(Fixtures.exercise()))
        XCTAssertEqual(exercise.elements("h3").map { $0.text() }, ["（一）市值对比", "（二）价格走势"])
    }

    func testEverySourceParagraphAppearsInOrder() throws {
        for (_, briefing) in try Fixtures.all() {
            let text = try readingText(render(briefing))
            let paragraphs = Fixtures.paragraphs(of: briefing).map(\.withoutWhitespace)
            XCTAssertGreaterThan(paragraphs.count, 8)
            assertInOrder(paragraphs, in: text, "paragraphs of \(briefing.edition.sourcePath)")
        }
    }

    /// Every line of the printed original, apart from its page-numbered contents, stands in
    /// the article in the same order: title block, body, reference list and footer.
    func testSampleReadsLikeThePrintedOriginal() throws {
        let original = try String(contentsOfFile: SharedSample.original(), encoding: .utf8)
        let lines = original.split(separator: "\n").map(String.init)
            .filter { !$0.contains("\t") && $0 != "Contents" }  // contents entries carry page numbers
            .map { $0.replacingOccurrences(of: "\\$", with: "$")  // the text extraction escaped $
                     .replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: "")
                     .withoutWhitespace }
            .filter { !$0.isEmpty }
        XCTAssertGreaterThan(lines.count, 40)
        assertInOrder(lines, in: try readingText(render(Fixtures.sample())), "lines of the printed original")
    }

    func testCitationsAreSuperscriptNumbers() throws {
        let briefing = try Fixtures.sample()
        let root = try root(of: render(briefing))
        var sups: [String] = []
        for section in root.elements("p") { sups += section.elements("sup").map { $0.text() } }
        XCTAssertEqual(sups, briefing.edition.citations.map { "[\($0.label)]" })
        XCTAssertTrue(sups.contains("[9, 10]"), "expected the two Reuters references cited together as [9, 10], found \(sups)")
    }

    func testCitationNumberNeverStartsALine() throws {
        let briefing = try Fixtures.sample()
        let root = try root(of: render(briefing))
        var tied: [String] = []
        root.walk { node, ancestors in
            guard node.name == "sup", node.text().hasPrefix("[") else { return }
            // The citation's parent keeps it on one line with the character before it.
            if let parent = ancestors.last, parent.name == "span", parent.attribute("style") == "white-space:nowrap",
               parent.text().count == 1 + node.text().count {
                tied.append(node.text())
            }
        }
        XCTAssertEqual(tied, briefing.edition.citations.map { "[\($0.label)]" },
                       "every citation after text should be tied to the character before it")
    }

    func testReferenceListFieldsMatchThePrintedOriginal() throws {
        let root = try root(of: render(Fixtures.sample()))
        let entries = root.children.drop { $0.text() != "参考文献" }.dropFirst().prefix { $0.name == "p" }.map { $0.text() }
        XCTAssertEqual(entries.count, 11)
        XCTAssertEqual(entries.first, "1. 国家发展改革委 | 2026 种子大会暨南繁硅谷论坛在三亚开幕 | 2026-05-27 | 核验数字智能论坛、AI 与全基因组选择等种业创新内容。")
        XCTAssertEqual(entries.last, "11. Financial Times | Memory chipmakers ride AI boom to join trillion-dollar club | 2026-05-27 | 补充全球内存芯片厂商资本重估背景。")
    }

    func testContactFooterShowsCodesSideBySideWithLabelsBlurbsAndWebsite() throws {
        let briefing = try Fixtures.sample()
        let root = try root(of: render(briefing))
        let footer = try XCTUnwrap(root.children.last)
        XCTAssertEqual(footer.children.first?.text(), "联系我们，请扫描二维码")
        let rows = footer.elements("tr")
        XCTAssertEqual(rows.count, 1, "expected both codes in one row")
        let cells = rows[0].elements("td")
        XCTAssertEqual(cells.map { $0.elements("p").map { $0.text() } },
                       [["新质生产力工作委员会", "官方公众号"], ["工业智能算网", "gyznswn.cn"]])
        // Each code is the QR code of its URL, drawn by libqrencode.
        for (cell, code) in zip(cells, briefing.publication.contact!.codes) {
            guard case .url(let url) = code.source else { continue }
            let src = try XCTUnwrap(cell.elements("img").first?.attribute("src"))
            let expected = "data:image/png;base64," + Data(try QRCode(encoding: url).png()).base64EncodedString()
            XCTAssertEqual(src, expected, "expected the QR code of \(url)")
        }
        let text = footer.text()
        assertInOrder(["新质生产力工作委员会：", "中国高技术产业发展促进会新质生产力工作委员会，专注于", "工业智能算网：",
                       "专注于工业人工智能", "网站地址：https://gyznswn.cn"], in: text, "footer")
    }

    func testListsWriteTheirMarkersAsTextAndNestAtMostTwoLevels() throws {
        let root = try root(of: render(Fixtures.exercise()))
        XCTAssertTrue(root.elements("ul").isEmpty && root.elements("ol").isEmpty && root.elements("li").isEmpty,
                      "expected lists as marked paragraphs (the editor rebuilds ul/ol/li)")
        let paragraphs = root.elements("p")
        func line(_ start: String) throws -> HTMLNode {
            try XCTUnwrap(paragraphs.first { $0.text().contains(start) }, "expected a line with \(start)")
        }
        XCTAssertEqual(try line("种业").text(), "•种业：AI 与全基因组选择进入育种。")
        XCTAssertEqual(try line("第二层第一项").text(), "3.第二层第一项：HBM 供给", "ordered lists keep their start number")
        XCTAssertEqual(try line("第二层第二项").text(), "4.第二层第二项：先进封装")
        XCTAssertEqual(try line("同一项的第二段").text(), "同一项的第二段，说明平台持续上架。", "a later paragraph has no marker")
        let first = try line("种业").style("padding-left"), second = try line("第二层第一项").style("padding-left")
        XCTAssertNotEqual(first, second, "expected the nested list indented")
        XCTAssertEqual(try line("第三层").style("padding-left"), second, "expected the third level drawn at the second")
        XCTAssertEqual(try line("引用中的列表项").style("color"), try line("引用段落").style("color"),
                       "a list in a quote takes the quote's colour")
    }

    func testTablesScrollInsideTheirWrapperAndKeepAlignment() throws {
        let root = try root(of: render(Fixtures.exercise()))
        let table = try XCTUnwrap(root.elements("table").first)
        XCTAssertEqual(table.elements("th").map { $0.text() }, ["公司", "市值（万亿美元）", "日期"])
        XCTAssertEqual(table.elements("td").map { $0.style("text-align") ?? "" }.prefix(3), ["left", "right", "center"])
        XCTAssertEqual(table.elements("td")[5].text(), "[2]", "a citation inside a cell")
    }

    func testFiguresEmbedTheImageWithANumberedCaption() throws {
        let briefing = try Fixtures.exercise()
        let root = try root(of: render(briefing))
        let figures = root.elements("figure")
        XCTAssertEqual(figures.map { $0.elements("figcaption").first?.text() }, ["图 1　内存价格走势（示意）", "图 2"])
        let image = try XCTUnwrap(figures.first?.elements("img").first)
        XCTAssertEqual(image.attribute("alt"), "内存价格走势（示意）")
        guard case .figure(let figure) = briefing.edition.sections[1].subsections[1].blocks[0] else { return XCTFail("fixture") }
        XCTAssertEqual(image.attribute("src"), "data:image/png;base64," + figure.image.data.base64EncodedString())
    }

    func testCodeBlocksKeepLinesAndIndentationAsTheEditorNeedsThem() throws {
        let root = try root(of: render(Fixtures.exercise()))
        let code = try XCTUnwrap(root.elements("pre").last?.elements("code").first)
        XCTAssertEqual(code.elements("br").count, 2, "three lines, two breaks")
        let text = code.text()
        XCTAssertTrue(text.contains("\u{00A0}\u{00A0}\u{00A0}\u{00A0}print(\"你好,\u{00A0}\\(name)\")\u{00A0}\u{00A0}//"),
                      "expected the tab as four no-break spaces and spaces kept, found \(text)")
        let inline = try XCTUnwrap(root.elements("code").first { $0.text().hasPrefix("a") })
        XCTAssertEqual(inline.text(), "a\u{00A0}\u{00A0}b")
    }

    func testSoftBreaksSpaceLatinWordsButNotChinese() throws {
        let text = try root(of: render(Fixtures.exercise())).text()
        XCTAssertTrue(text.contains("Latin words stay apart; 中文不加空格"), "found: \(text.prefix(400))")
    }

    func testABareBriefingHasNoEmptyParts() throws {
        var briefing = try Fixtures.exercise()
        briefing.publication.contact = nil
        briefing.publication.subtitle = nil
        briefing.publication.producers = []
        briefing.edition.number = nil
        briefing.edition.summary = nil
        briefing.edition.references = []
        briefing.edition.sections = [Section(id: "s1", title: [.text("唯一一节")], number: 1,
                                             blocks: [.paragraph([.text("正文。")])], subsections: [])]
        let article = try render(briefing)
        let root = try root(of: article)
        XCTAssertEqual(root.children.map { $0.text() },
                       ["新质生产力每日动态中国高技术产业发展促进会新质生产力工作委员会2026 年 5 月 28 日", "一、唯一一节", "正文。"])
        let report = FragmentChecker().check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "found:\n\(report.summary)")
    }
}
