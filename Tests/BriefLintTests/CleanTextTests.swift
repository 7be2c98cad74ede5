import XCTest

/// Correct Chinese copy that looks like a fault to a naive linter: no finding.
final class CleanTextTests: XCTestCase {
    func testCorrectTextThatResemblesFaultsGivesNoFinding() {
        for body in [
            "# 节\n\n参数 --strict 用于严格模式。\n",
            "# 节\n\n所谓‘ChatGPT’时刻已经到来。\n",
            "# 节\n\n他说：“我们称之为‘OK’模式。”\n",
            "# 节\n\n她喜欢‘rock’n’roll’这个说法。\n",
            "# 节\n\n主要有三点：1）降本；2）增效；3）提质。\n",
            "# 节\n\n文件名报告.pdf 已上传。\n",
            "# 节\n\n见 https://zh.wikipedia.org/wiki/北京,上海 和更多。\n",
        ] {
            XCTAssertEqual(LintHarness.places(body), [], body)
        }
    }

    func testTheFaultsBesideThemAreStillFound() {
        XCTAssertEqual(LintHarness.places("# 节\n\n这一变化--正如所料--将持续。\n"), ["dash@3:5", "dash@3:11"])
        XCTAssertEqual(LintHarness.places("# 节\n\n他说‘好’，然后（离开。\n"), ["unbalanced-pairs@3:9"])
    }
}
