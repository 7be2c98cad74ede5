import Foundation

extension SamplePublication {
    /// The real briefing `shared/samples/xinzhi`, which lives outside the repository in the
    /// `shared` folder next to the checkout (`../shared` from the repository root). A git
    /// worktree nested in a folder of its own (say `wt/fix-tests`) sits one level further
    /// down, so the folders above the checkout are searched nearest first.
    ///
    /// A fresh clone does not have it: then this throws the prerequisite error, so a test of
    /// the shared sample is skipped with that one-line reason, or fails when `CI` is set.
    public static func shared() throws -> SamplePublication {
        let relativePath = "shared/samples/xinzhi"
        var folder = Checkout.root.deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("publication.yaml").path) {
                return sharedFacts(in: candidate)
            }
            if folder.path == "/" { break }
            folder = folder.deletingLastPathComponent()
        }
        throw Prerequisite.missing("the shared sample (\(relativePath) beside the checkout or above it)",
                                   remedy: "check out the shared folder beside the repository; the in-repo fixture is tested either way")
    }

    private static func sharedFacts(in directory: URL) -> SamplePublication {
        SamplePublication(
            name: "the shared sample \(directory.path)",
            directory: directory,
            editionDate: "2026-05-28",
            title: "新质生产力每日动态",
            publisher: "中国高技术产业发展促进会新质生产力工作委员会",
            producerLine: "博雅云创 & 中科创新驱动",
            chineseDate: "2026 年 5 月 28 日",
            summaryOpening: "今日新质生产力动态聚焦四条主线",
            sectionHeadings: [
                "一、南繁硅谷论坛突出数字智能育种，农业新质生产力从实验室走向产业链",
                "二、深圳开放数据平台持续更新，地方数据要素从“目录”走向“可用资源”",
                "三、国信证券强调 AI 与数据底座，金融服务实体经济进入智能化阶段",
                "四、深圳援疆建设空天信息产业园，区域协同开始连接算力网与战略新兴产业",
                "五、Micron 与 SK Hynix 进入万亿美元市值区间，AI 基础设施价值从 GPU 扩展到内存",
                "六、数据政策继续围绕场景和制度施工展开",
                "今日判断",
            ],
            subsectionHeadings: [],
            firstBodyOpening: "国家发展改革委网站",
            phrase: (section: 2, text: "核心交易系统延迟低于 500 微秒"),
            citationNumbers: [[1], [3], [4], [5], [2], [9, 10], [11], [7], [6], [8]],
            firstReferenceID: "ndrc-seed",
            firstReferenceEntry: "1. 国家发展改革委 | 2026 种子大会暨南繁硅谷论坛在三亚开幕 | 2026-05-27 | 核验数字智能论坛、AI 与全基因组选择等种业创新内容。",
            lastReferenceEntry: "11. Financial Times | Memory chipmakers ride AI boom to join trillion-dollar club | 2026-05-27 | 补充全球内存芯片厂商资本重估背景。",
            printedLiterals: ["$1trillion", "SKHynix", "500微秒", "2026-05-27"],
            contactHeading: "联系我们，请扫描二维码",
            codes: [(label: "新质生产力工作委员会", caption: "官方公众号"), (label: "工业智能算网", caption: "gyznswn.cn")],
            about: [(name: "新质生产力工作委员会", opening: "中国高技术产业发展促进会新质生产力工作委员会，专注于"),
                    (name: "工业智能算网", opening: "专注于工业人工智能")],
            website: "https://gyznswn.cn",
            firstCitation: (id: "ndrc-seed", line: 67, column: 115)
        )
    }
}
