import Foundation
import TestSupport
import XCTest
import Typesetting

/// Real fonts, real text: the Noto CJK faces the project installs (fonts-noto-cjk), the
/// paragraphs of a sample publication's edition, and adversarial strings from clreq.md.
enum Fixtures {
    static let bodySize = 10.5
    static let em = bodySize
    /// The 19 measures of clreq.md's measurements: 7…25 em.
    static let widthsInEm = Array(7...25)

    static let store = FontStore()
    static let typesetter = Typesetter(fonts: store)
    /// The body face, loaded once. Every test class that sets type calls `requireFonts()` in
    /// its setUp, so a machine without fonts-noto-cjk skips those tests (fails them on CI)
    /// instead of stopping the test process here.
    private static let serifFace = Result { try store.face(family: "Noto Serif CJK SC", hint: "install fonts-noto-cjk") }
    static var serif: FontFace {
        guard case .success(let face) = serifFace else {
            preconditionFailure("a test set type without calling Fixtures.requireFonts() in its setUpWithError")
        }
        return face
    }

    /// Throws the prerequisite error when the body face cannot be loaded.
    static func requireFonts() throws {
        if case .failure(let error) = serifFace {
            throw Prerequisite.missing("the font Noto Serif CJK SC (\(error))", remedy: "apt-get install fonts-noto-cjk")
        }
    }
    static let body = TextStyle(fonts: [serif], size: bodySize)
    /// Code and URLs carry `codeTag` so the audit can tell them from prose (they break after `/`).
    static let codeTag = 99
    static let code = TextStyle(fonts: [serif], size: bodySize, tag: codeTag, isCode: true)
    static let citation = TextStyle(fonts: [serif], size: 6.5, baselineShift: 3.5, tag: 7)

    /// Body paragraphs of a sample publication's edition (front matter, headings, lists,
    /// quotes and tables skipped; a link reduced to its text), with each `[@id; …]` citation
    /// turned into a superscript `[n]` run as the PDF backend sets it. Read once per sample.
    /// Test methods run one at a time on XCTest's main thread.
    static func paragraphs(of sample: SamplePublication) throws -> [[StyledText]] {
        if let done = parsed[sample.edition] { return try done.get() }
        let result = Result { try parseParagraphs(String(contentsOfFile: sample.edition, encoding: .utf8)) }
        parsed[sample.edition] = result
        return try result.get()
    }

    private static var parsed: [String: Result<[[StyledText]], Error>] = [:]

    private static func parseParagraphs(_ source: String) -> [[StyledText]] {
        var content = source
        if content.hasPrefix("---"), let end = content.range(of: "\n---\n", range: content.index(content.startIndex, offsetBy: 3)..<content.endIndex) {
            content = String(content[end.upperBound...])
        }
        var ids: [String] = []
        var out: [[StyledText]] = []
        for block in content.components(separatedBy: "\n\n") {
            let text = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, !["#", "-", ">", "|", "Table:"].contains(where: text.hasPrefix),
                  text.range(of: #"^\d+\. "#, options: .regularExpression) == nil else { continue }
            var runs: [StyledText] = []
            var rest = Substring(text.replacingOccurrences(of: "\n", with: "")
                .replacingOccurrences(of: #"\[([^\]@]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression))
            while let open = rest.range(of: "[@") {
                if open.lowerBound > rest.startIndex { runs.append(StyledText(text: String(rest[..<open.lowerBound]), style: body)) }
                guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
                let keys = rest[open.upperBound..<close].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "@", with: "") }
                let numbers = keys.map { key -> Int in
                    if let i = ids.firstIndex(of: key) { return i + 1 }
                    ids.append(key); return ids.count
                }
                runs.append(StyledText(text: "[\(numbers.map(String.init).joined(separator: ","))]", style: citation))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { runs.append(StyledText(text: String(rest), style: body)) }
            out.append(runs)
        }
        return out
    }

    /// The strings clreq.md's checks single out: marks that must not start or end a line,
    /// pairs, `——` `……` `·` `～` `5—8页` `／` `12.5%` `AI+ 产业` `$1 trillion`, long URLs.
    static let adversarialParagraphs: [[StyledText]] = [
        [t("他说：“今天天气很好。”然后（笑）离开了——没有回头……大家都知道马丁·路德的故事，这一节约占5—8页，增长12.5%，温度是25℃，甲／乙两方各执一词。")],
        [t("这条新闻的重要性在于，它把“AI+ 产业”从互联网和制造业扩展到农业底层能力，Micron joins $1 trillion club，SK Hynix 也进入万亿美元市值区间。")],
        [t("详见"), StyledText(text: "https://www.example.com/very/long/path/to/some/resource?query=value&other=thing_name", style: code),
         t("这个网址，以及"), StyledText(text: "https://data.gov.cn/api/v1/datasets/download-all-records-2026", style: code), t("中的数据。")],
        [t("甲、（一）《二》「三」『四』【五】〔六〕！？；：～，再……再——再，最后“引号（括号）”结束。")],
        [t("他问：“你去吗？”她答：“去。”（见《报告》第3章。）“数据要素 ×”大赛、“建平台”和“挂目录”，都很重要。")],
        [t("占比12.5%、同比增长3.2%，其中AI相关投资达到1,000亿元，约合$1 trillion的百分之十，ABS和HBM、DRAM都在其列。")],
        [t("国家发展改革委网站5月27日刊发海南日报相关信息，2026种子大会暨南繁硅谷论坛在三亚开幕，AI与全基因组选择等议题引人关注。")],
    ]

    static func t(_ s: String) -> StyledText { StyledText(text: s, style: body) }

    static func allParagraphs(of sample: SamplePublication = .fixture) throws -> [[StyledText]] {
        try paragraphs(of: sample) + adversarialParagraphs
    }

    static func spec(_ runs: [StyledText], widthEm: Int, indent: Bool = true, alignment: Alignment = .justified) -> ParagraphSpec {
        ParagraphSpec(runs: runs, width: Double(widthEm) * em, firstLineIndent: indent ? 2 * em : 0,
                      hangingIndent: 0, alignment: alignment, language: "zh-Hans")
    }

    static func layout(_ runs: [StyledText], widthEm: Int, indent: Bool = true) -> [Line] {
        typesetter.layout(spec(runs, widthEm: widthEm, indent: indent))
    }
}
