import Foundation

extension SamplePublication {
    /// The project's own publication in `Tests/Fixtures/shuzhi`: made-up text in the shapes of
    /// a real briefing, plus subsections, a table, lists, a quote and links. It is in the
    /// repository, so every suite runs on it in any clone.
    public static let fixture = SamplePublication(
        name: "the in-repo fixture Tests/Fixtures/shuzhi",
        directory: Checkout.root.appendingPathComponent("Tests/Fixtures/shuzhi"),
        editionDate: "2026-05-28",
        title: "数智产业每日观察",
        publisher: "澄江数字经济研究会产业观察组",
        producerLine: "云栖数研 & 澄湖智库",
        chineseDate: "2026 年 5 月 28 日",
        summaryOpening: "本期围绕五条线索展开",
        sectionHeadings: [
            "一、工业母机行动计划落地，高端数控系统迎来“首台套”窗口期",
            "二、新型储能并网规模再创新高，独立储能开始参与现货市场",
            "三、低空飞行服务保障试点扩围，城市物流航线从“点状”走向“网状”",
            "四、杭州修订智能网联汽车管理细则，L4 级车辆可开展无安全员示范",
            "五、TSMC 上调资本开支，先进封装与 HBM4 成为 AI 算力新瓶颈",
            "六、公共数据登记与授权运营同步推进，数据要素进入“有账可查”阶段",
            "今日观察",
        ],
        subsectionHeadings: ["（一）装机与利用", "（二）收益模式", "（一）产能对比", "（二）对国内产业的启示"],
        firstBodyOpening: "工业和信息化部 5 月 26 日",
        phrase: (section: 4, text: "新增投资主要投向 CoWoS 等先进封装产能"),
        citationNumbers: [[1], [11], [2, 8], [3], [4], [5], [6, 7], [9], [10]],
        firstReferenceID: "miit-machine",
        firstReferenceEntry: "1. 工业和信息化部 | 工业母机高质量发展行动计划（2026—2028 年）政策解读 | 2026-05-26 | 核验数控系统、功能部件和首台套应用的目标与支持方式。",
        lastReferenceEntry: "11. Financial Times | Factory robots get a second brain as vision models mature | 2026-05-21 | 补充视觉大模型进入产线质检与柔性装配的案例。",
        printedLiterals: ["CoWoS", "HBM4", "100MW", "5G-A", "C-V2X", "7万片/月", "2026-05-21"],
        contactHeading: "欢迎扫码关注，获取每日观察",
        codes: [(label: "产业观察组", caption: "服务号"), (label: "澄湖数据门户", caption: "data.chenghu.example.org")],
        about: [(name: "产业观察组", opening: "澄江数字经济研究会产业观察组，持续跟踪"),
                (name: "澄湖数据门户", opening: "汇集公开政策文本")],
        website: "https://shuzhi-guancha.example.org",
        firstCitation: (id: "miit-machine", line: 68, column: 103)
    )
}
