import BriefModel
import BriefReader
import EPUBBackend
import Foundation
import TestSupport
import Graphics

/// Test inputs read through the real reader: a sample publication's edition, a month of
/// editions made from it by changing the date, and an edition that uses every block type.
enum SampleSources {
    /// The project's default layout (so `layouts/default/epub.css`).
    static func layout() throws -> Layout { try Layout.projectDefault() }

    static func writer(sourceDate: UTCTimestamp? = nil) throws -> EPUBWriter {
        try EPUBWriter(layout: layout(), sourceDate: sourceDate)
    }

    /// The edition of `sample`, read by the real reader.
    static func read(_ sample: SamplePublication) throws -> Briefing { try BriefingReader.read(editionAt: sample.edition) }

    /// The Markdown source of the edition of `sample`.
    static func source(of sample: SamplePublication) throws -> String { try String(contentsOfFile: sample.edition, encoding: .utf8) }

    /// Days of May 2026 with an edition: the sample's date and the everything-edition's
    /// among them, with gaps (weekends and a holiday) as a real month has. 22 editions.
    static let bundleDays = [1, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 25, 26, 27, 28, 29, 31]
    /// The day that holds every block type instead of the sample text.
    static let everythingDay = 15

    /// A throwaway copy of a sample publication holding one edition per day in `days` of
    /// May 2026: the sample's text with the date changed and an issue number added, except
    /// `everythingDay`, which gets `everythingSource`.
    final class Month {
        let sample: SamplePublication
        let root: URL
        let publication: Publication
        let editions: [Edition]

        init(of sample: SamplePublication, days: [Int]) throws {
            self.sample = sample
            let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("epub-month-\(UUID().uuidString)")
            self.root = root
            let fm = FileManager.default
            try fm.createDirectory(at: root.appendingPathComponent("editions"), withIntermediateDirectories: true)
            try fm.createDirectory(at: root.appendingPathComponent("assets"), withIntermediateDirectories: true)
            try fm.copyItem(at: sample.directory.appendingPathComponent("publication.yaml"),
                            to: root.appendingPathComponent("publication.yaml"))
            try Data(SampleSources.figurePNG()).write(to: root.appendingPathComponent("assets/figure.png"))
            let source = try SampleSources.source(of: sample)
            for (i, day) in days.enumerated() {
                let date = String(format: "2026-05-%02d", day)
                let text = day == SampleSources.everythingDay
                    ? SampleSources.everythingSource(date: date, number: 100 + i)
                    : source.replacingOccurrences(of: "date: \(sample.editionDate)", with: "date: \(date)\nnumber: \(100 + i)")
                try Data(text.utf8).write(to: root.appendingPathComponent("editions/\(date).md"))
            }
            let publication = try BriefingReader.readPublication(in: root)
            self.publication = publication
            editions = try days.map { day in
                try BriefingReader.readEdition(at: root.appendingPathComponent(String(format: "editions/2026-05-%02d.md", day)).path,
                                               of: publication)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func sourceText(day: Int) throws -> String {
            try String(contentsOf: root.appendingPathComponent(String(format: "editions/2026-05-%02d.md", day)), encoding: .utf8)
        }
    }

    /// A small picture for the figure: a QR code drawn as PNG.
    static func figurePNG() throws -> [UInt8] { try QRCode(encoding: "https://example.org/figure").png(scale: 4) }

    /// An edition with every block and inline type the model has, citations in lists,
    /// tables, quotes, captions and headings, and a reference cited three times.
    static func everythingSource(date: String, number: Int) -> String {
        """
        ---
        date: \(date)
        number: \(number)
        title: 新质生产力每日动态（特刊）
        references:
          - id: alpha
            source: 来源甲
            title: 第一篇参考
            date: 2026-05-14
            note: 附注甲。
            url: https://example.org/alpha?x=1&y=2
          - id: beta
            source: Source B
            title: Second reference
            url: https://example.org/beta
          - id: gamma
            source: 来源丙
            title: 第三篇参考
          - id: delta
            source: 来源丁
            title: 第四篇参考
            note: 未被引用的条目。
        ---

        # 摘要 {.summary}

        本期特刊展示每一种内容块[@alpha]。

        # 块类型与行内格式

        段落里有**加粗**、*强调*、~~删除线~~、`inline code`、[一个链接](https://example.org/link)和连续引用[@alpha; @beta; @gamma]。
        English words across a soft
        break stay apart, 中文软换行
        不加空格。

        ## 列表

        - 第一项
        - 第二项引用[@beta]
        - 第三项

        3. 从三开始
        4. 第四条

        ## 引文与表格

        > 引文中的一段话[@gamma]。
        >
        > 引文的第二段。

        | 指标 | 数值 | 说明 |
        |:-----|-----:|:----:|
        | 延迟 | 500 微秒 | 核心交易[@alpha] |
        | 并发 | 大规模 | — |

        ## 图与代码

        ![示意图：一个二维码](assets/figure.png)

        ```swift
        let total = editions.count // <not a tag> & more
        ```

        ---

        硬换行之前\\
        硬换行之后。

        # 今日判断 {-}

        结语段落。
        """
    }
}
