import BriefModel
import BriefReader
import Foundation
import TestSupport
import Graphics
import WeChatBackend

/// Inputs the tests share: the project's default layout, the sample publications read by the
/// real reader, and a hand-built briefing that uses every kind of block.
enum Fixtures {

    static func defaultLayout() throws -> Layout { try Layout.projectDefault() }

    /// A sample publication's edition, read by the real reader.
    static func read(_ sample: SamplePublication) throws -> Briefing { try BriefingReader.read(editionAt: sample.edition) }

    /// The project's own example editions (lists, a table, a quote, subsections).
    static func demos() throws -> [Briefing] {
        let root = Checkout.root
        return try ["2026-05-27", "2026-05-28"].map {
            try BriefingReader.read(editionAt: root.appendingPathComponent("examples/xinzhi-demo/editions/\($0).md").path)
        }
    }

    /// Every input in the repository the article is judged on (the shared sample has a test
    /// of its own in each suite).
    static func all() throws -> [(name: String, briefing: Briefing)] {
        let demos = try demos()
        return [("fixture", try read(.fixture)), ("exercise", try exercise()), ("demo-05-27", demos[0]), ("demo-05-28", demos[1])]
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A small real PNG (a QR code), standing in for a chart or photo.
    static func pngAsset(_ path: String, text: String) throws -> ImageAsset {
        let code = try QRCode(encoding: text)
        let side = (code.size + 8) * 4  // with the 4-module quiet zone on each side
        return ImageAsset(path: path, format: .png, pixelWidth: side, pixelHeight: side, data: Data(code.png(scale: 4)))
    }

    static let mpLink = "https://mp.weixin.qq.com/s/AbCdEf123"
    static let outsideLink = "https://www.ndrc.gov.cn/xwdt/202605/t20260527.html"
    static let secondOutsideLink = "https://example.com/report?id=7&lang=zh"

    /// A briefing that exercises what the sample does not: lists nested three deep, loose
    /// items, quotes holding lists, tables, figures, code, mp and non-mp links (one URL used
    /// twice), an autolink, a mailto link, inline code, subsections and reference URLs.
    static func exercise() throws -> Briefing {
        let directory = URL(fileURLWithPath: "/tmp/briefpress-exercise")
        let logo = try pngAsset("assets/公众号 二维码.png", text: "https://mp.weixin.qq.com/mp/profile")
        let chart = try pngAsset("assets/charts/memory-prices.png", text: "chart")
        let publication = Publication(
            title: "新质生产力每日动态", subtitle: "工作委员会内部参考", publisher: "中国高技术产业发展促进会新质生产力工作委员会",
            producers: ["博雅云创", "中科创新驱动"], directory: directory
        )
        var withContact = publication
        withContact.contact = Contact(
            heading: "联系我们，请扫描二维码",
            codes: [
                ContactCode(label: "新质生产力工作委员会", caption: "官方公众号", source: .image(logo)),
                ContactCode(label: "工业智能算网", caption: "gyznswn.cn", source: .url("https://gyznswn.cn")),
                ContactCode(label: "资料下载", caption: nil, source: .url("https://gyznswn.cn/downloads")),
            ],
            about: [Organisation(name: "工业智能算网", text: "专注于工业人工智能、新质生产力、工业软件 CAE、智能制造等前沿技术。")],
            website: "https://gyznswn.cn")

        let nestedThird = List(ordered: false, items: [[.paragraph([.text("第三层：算力调度")])]])
        let nestedSecond = List(ordered: true, start: 3, items: [
            [.paragraph([.text("第二层第一项：HBM 供给")]), .list(nestedThird)],
            [.paragraph([.text("第二层第二项：先进封装")])],
        ])
        let topList = List(ordered: false, tight: false, items: [
            [.paragraph([.strong([.text("种业")]), .text("：AI 与全基因组选择进入育种。")])],
            [.paragraph([.text("数据要素：从“目录”走向“可用资源”。")]),
             .paragraph([.text("同一项的第二段，说明平台持续上架。")]),
             .list(nestedSecond)],
            [.paragraph([.text("金融："), .emphasis([.text("智能风控")]), .text("与 Agent 平台。")]),
             .code("let latency = 500 // µs\n", language: "swift")],
        ])
        let table = Table(
            alignments: [.left, .right, .center],
            header: [[.text("公司")], [.text("市值（万亿美元）")], [.text("日期")]],
            rows: [
                [[.text("Micron")], [.text("1.0")], [.text("2026-05-26")]],
                [[.text("SK Hynix")], [.text("1.1")], [.citation(Citation(occurrence: 3, numbers: [2]))]],
                [[.strong([.text("三星电子")])], [.text("—")], [.text("2026-05-27")]],
            ])
        // Wider than a phone: it must scroll inside its wrapper, not widen the page.
        let wideTable = Table(
            alignments: Array(repeating: .none, count: 5),
            header: ["来源", "链接", "日期", "类别", "备注"].map { [.text($0)] },
            rows: [[[.text("Reuters")], [.text("https://www.reuters.com/technology/micron-joins-1-trillion-club-2026-05-26/")],
                    [.text("2026-05-26")], [.text("MemoryChipCapitalization")], [.text("HBM3E-12Hi-supply")]]])
        let code = "func greet(name: String) {\n\tprint(\"你好, \\(name)\")  // two  spaces\n}\n"

        let sections = [
            Section(id: "s1", title: [.text("列表、引用与代码")], number: 1, blocks: [
                .paragraph([.text("本节检查列表与引用。Latin words"), .softBreak, .text("stay apart; 中文"), .softBreak,
                            .text("不加空格。行内代码 "), .code("a  b"), .text(" 保留空格。")]),
                .list(topList),
                .quote([
                    .paragraph([.text("引用段落：新质生产力不是只出现在机器人和芯片里。")]),
                    .list(List(ordered: true, items: [[.paragraph([.text("引用中的列表项")])]])),
                ]),
                .code(code, language: "swift"),
                .thematicBreak,
            ], subsections: []),
            Section(id: "s2", title: [.text("表格与图")], number: 2, blocks: [
                .paragraph([.text("下表列出内存厂商的市值"), .citation(Citation(occurrence: 1, numbers: [1, 2])), .text("。")]),
            ], subsections: [
                Subsection(id: "s2-1", title: [.text("市值对比")], number: 1, blocks: [.table(table), .table(wideTable)]),
                Subsection(id: "s2-2", title: [.text("价格走势")], number: 2, blocks: [
                    .figure(Figure(image: chart, caption: [.text("内存价格走势（示意）")], number: 1)),
                    .figure(Figure(image: chart, caption: [], number: 2)),
                ]),
            ]),
            Section(id: "s3", title: [.text("链接")], number: 3, blocks: [
                .paragraph([.text("公众号文章"), .link(url: mpLink, [.text("《南繁硅谷论坛》")]), .text("可以点击；"),
                            .link(url: outsideLink, [.text("发改委原文")]), .text("只能抄录；再次引用"),
                            .link(url: outsideLink, [.text("同一原文")]), .text("编号不变；"),
                            .link(url: secondOutsideLink, [.text("另一份报告")]), .text("编号递增"),
                            .citation(Citation(occurrence: 2, numbers: [1])), .text("。")]),
                .paragraph([.text("自动链接 "), .link(url: "https://gyznswn.cn", [.text("https://gyznswn.cn")]),
                            .text(" 和邮件 "), .link(url: "mailto:news@gyznswn.cn", [.text("news@gyznswn.cn")]), .text("。"),
                            .lineBreak, .text("换行之后的文字。")]),
            ], subsections: []),
            Section(id: "s4", title: [.text("今日判断")], number: nil, blocks: [
                .paragraph([.text("新质生产力正在从口号走向可建设、可运营、可投资、可考核的工程体系。")]),
            ], subsections: []),
        ]
        let location = SourceLocation(file: "editions/2026-05-28.md", line: 3, column: 3)
        let references = [
            Reference(number: 1, id: "a", source: "国家发展改革委", title: "2026 种子大会暨南繁硅谷论坛在三亚开幕",
                      date: "2026-05-27", note: "核验种业创新内容。", url: outsideLink, location: location),
            Reference(number: 2, id: "b", source: "Reuters", title: "SK Hynix joins $1 trillion club",
                      date: nil, note: nil, url: mpLink, location: location),
        ]
        let edition = Edition(
            date: EditionDate("2026-05-28")!, number: 148, title: publication.title,
            summary: Summary(title: "摘要", blocks: [.paragraph([.text("今日动态聚焦四条主线。")])]),
            sections: sections, references: references, sourcePath: "editions/2026-05-28.md")
        return Briefing(publication: withContact, edition: edition)
    }

    /// Every paragraph of a briefing in reading order, as plain text (citations left out).
    static func paragraphs(of briefing: Briefing) -> [String] {
        var out: [String] = []
        func walk(_ blocks: [Block]) { out += readingTexts(of: blocks) }
        if let summary = briefing.edition.summary { out.append(summary.title); walk(summary.blocks) }
        for section in briefing.edition.sections {
            out.append(section.headingText)
            walk(section.blocks)
            for sub in section.subsections { out.append(sub.headingText); walk(sub.blocks) }
        }
        return out
    }
}
