import BriefLint
import BriefModel
import XCTest

/// Each rule: what it must catch (rule, body line and character column), and what it must
/// leave alone. Bodies go through the real reader, so headings, captions, code and links
/// are what cmark says they are.
final class RuleTests: XCTestCase {
    func testHalfWidthPunctuationBesideHan() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n增长较快,但仍需观察.\n"),
                       ["half-width-punctuation@3:5", "half-width-punctuation@3:11"])
        XCTAssertEqual(LintHarness.places("# 经济\n\n他问:真的吗?是的!\n"),
                       ["half-width-punctuation@3:3", "half-width-punctuation@3:7", "half-width-punctuation@3:10"])
        XCTAssertEqual(LintHarness.places("# 经济\n\n数据(初值)显示\n"),
                       ["half-width-punctuation@3:3", "half-width-punctuation@3:6"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n增长较快, 但仍需观察.\n"), "# 经济\n\n增长较快，但仍需观察。\n")
    }

    func testHalfWidthPunctuationLeavesNumbersCodeAddressesAndEnglish() {
        XCTAssertEqual(LintHarness.places("""
        # 经济

        增长 52.3% ，售价 1,299 元，时间 12:30。
        用 `a, b: c` 表示，见 https://example.com/a,b:c 和 [报告](https://example.com/x,y:z)。
        英文原话是 "Hello, world. Really?" 而已。
        转自 Reuters (London) 报道。

        """), ["space-around-punctuation@3:9"])
    }

    func testStraightQuotesAroundChineseButNotEnglish() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n所谓\"新质生产力\"和'数智化'。\n"),
                       ["straight-quotes@3:3", "straight-quotes@3:9", "straight-quotes@3:11", "straight-quotes@3:15"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n所谓\"新质生产力\"和'数智化'。\n"), "# 经济\n\n所谓“新质生产力”和‘数智化’。\n")
        XCTAssertEqual(LintHarness.places("# 经济\n\n他引用 \"It's the economy, stupid\" 一语，以及 'don't panic' 一句。\n"), [])
    }

    func testFullWidthAlphanumerics() {
        XCTAssertEqual(LintHarness.places("# 经济\n\nＡＩ产业增长１２．５％。\n"),
                       ["full-width-alphanumerics@3:1", "full-width-alphanumerics@3:7"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\nＡＩ产业增长１２．５％。\n"), "# 经济\n\nAI产业增长12.5%。\n")
    }

    func testSpaceAroundFullWidthMarks() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n增长较快 ，但是 “仍需” 观察。\n"),
                       ["space-around-punctuation@3:5", "space-around-punctuation@3:9", "space-around-punctuation@3:14"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n增长较快 ，但是 “仍需” 观察。\n"), "# 经济\n\n增长较快，但是“仍需”观察。\n")
        // Han–Latin spacing is optional either way; curly quotes in English keep their spaces.
        XCTAssertEqual(LintHarness.places("# 经济\n\n使用 AI 技术，或使用AI技术。He said “yes” twice.\n"), [])
    }

    func testDoubledMarks() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n好。。真的，，还有、、吗？！\n"),
                       ["doubled-punctuation@3:2", "doubled-punctuation@3:6", "doubled-punctuation@3:10"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n好。。真的，，还有、、吗？！\n"), "# 经济\n\n好。真的，还有、吗？！\n")
    }

    func testEllipsisAndDash() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n等等...还有。。。以及--这个—那个。\n"),
                       ["ellipsis@3:3", "ellipsis@3:8", "dash@3:13", "dash@3:17"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n等等...还有。。。以及--这个—那个。\n"), "# 经济\n\n等等……还有……以及——这个——那个。\n")
        XCTAssertEqual(LintHarness.places("# 经济\n\n他说 well-known and so--on... 以及 2020—2025 年。\n"), [])
    }

    func testUnbalancedPairsAtTheOpener() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n他说“不要（急。\n\n另一段）结束。\n"),
                       ["unbalanced-pairs@3:3", "unbalanced-pairs@3:6", "unbalanced-pairs@5:4"])
        XCTAssertEqual(LintHarness.places("# 经济\n\n他说“不要急”，（好）。The students’ view.\n"), [])
    }

    func testTypedHeadingNumbers() {
        XCTAssertEqual(LintHarness.places("# 一、经济\n\n文。\n\n## （二）产业\n\n文。\n\n# 1. 科技\n\n文。\n\n# 第一部分 总览\n\n文。\n"),
                       ["typed-heading-number@1:3", "typed-heading-number@5:4", "typed-heading-number@9:3", "typed-heading-number@13:3"])
        XCTAssertEqual(LintHarness.fixed("# 一、经济\n\n文。\n\n## （二） 产业\n\n文。\n"), "# 经济\n\n文。\n\n## 产业\n\n文。\n")
        // Unnumbered headings and titles that only start with a numeral stay.
        XCTAssertEqual(LintHarness.places("# 一、今日判断 {-}\n\n文。\n\n# 2026年展望\n\n文。\n\n# 第一季度经济\n\n文。\n\n# 1.5倍增长\n\n文。\n"), [])
    }

    func testCitationAfterTheMark() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n增长较快。[@a]另外，[@a][@b]还有。\n"),
                       ["citation-after-punctuation@3:5", "citation-after-punctuation@3:12"])
        XCTAssertEqual(LintHarness.fixed("# 经济\n\n增长较快。[@a]另外，[@a][@b]还有。\n"), "# 经济\n\n增长较快[@a]。另外[@a][@b]，还有。\n")
        XCTAssertEqual(LintHarness.places("# 经济\n\n增长较快[@a]。\n"), [])
    }

    func testCodeBlocksAndRawHTMLAreNotText() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n```\n中文,中文...\n```\n\n<div>中文,中文</div>\n\n正文。\n"), [])
    }

    func testListsQuotesAndTables() {
        XCTAssertEqual(LintHarness.places("# 经济\n\n- 第一项,好\n- 第二项\n  续行,好\n\n> 引文,好\n\n| 列 | 值 |\n|---|---|\n| 甲,乙 | 1,299 |\n"),
                       ["half-width-punctuation@3:6", "half-width-punctuation@5:5", "half-width-punctuation@7:5", "half-width-punctuation@11:4"])
    }

    /// Windows line ends stay as they were; only the faulty marks change.
    func testCRLFLinesKeepTheirEnds() {
        XCTAssertEqual(LintHarness.places("# 经济\r\n\r\n增长较快,但仍需观察.\r\n"),
                       ["half-width-punctuation@3:5", "half-width-punctuation@3:11"])
        XCTAssertEqual(LintHarness.fixed("# 经济\r\n\r\n增长较快,但仍需观察.\r\n"), "# 经济\r\n\r\n增长较快，但仍需观察。\r\n")
    }

    /// Classic Mac line ends (a lone CR), which the reader accepts, are lines to the lint too.
    func testCRLinesAreLinted() {
        XCTAssertEqual(LintHarness.places("# 经济\r\r增长较快,但仍需观察.\r"),
                       ["half-width-punctuation@3:5", "half-width-punctuation@3:11"])
        XCTAssertEqual(LintHarness.fixed("# 经济\r\r增长较快,但仍需观察.\r"), "# 经济\r\r增长较快，但仍需观察。\r")
    }
}
