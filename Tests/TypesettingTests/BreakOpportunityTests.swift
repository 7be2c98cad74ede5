import TestSupport
import XCTest
@testable import Typesetting

/// Where lines may break (clreq.md §1): UAX #14 from libunibreak with the GB tailoring.
final class BreakOpportunityTests: XCTestCase {
    override func setUpWithError() throws { try Fixtures.requireFonts() }

    /// The characters followed by a break opportunity, as "甲|乙" marks.
    private func marked(_ runs: [StyledText]) -> String {
        let prepared = prepare(collect(runs), language: "zh-Hans")
        var out = ""
        for (i, c) in prepared.text.scalars.enumerated() {
            out.unicodeScalars.append(Unicode.Scalar(c)!)
            if i < prepared.text.count - 1, case .allowed = prepared.breaks[i] { out += "|" }
        }
        return out
    }
    private func marked(_ text: String) -> String { marked([Fixtures.t(text)]) }

    func testQuotesBreakLikeBrackets() {
        XCTAssertEqual(marked("甲“乙”丙"), "甲|“乙”|丙", "“ opens (no break after), ” closes (no break before)")
        XCTAssertEqual(marked("甲（乙）丙"), "甲|（乙）|丙")
    }

    func testGBProhibitionsBeyondUAX14() {
        XCTAssertEqual(marked("马丁·路德"), "马|丁·路|德", "· neither starts nor ends a line")
        XCTAssertEqual(marked("甲～乙"), "甲～|乙", "～ does not start a line")
        XCTAssertEqual(marked("甲／乙"), "甲／乙", "／ on neither side (GB 5.1.9)")
        XCTAssertEqual(marked("约5—8页"), "约|5—8|页", "a range connector holds both numbers")
        XCTAssertEqual(marked("甲——乙"), "甲——|乙", "—— never split and never starts a line")
        XCTAssertEqual(marked("甲……乙"), "甲……|乙", "…… never split and never starts a line")
        XCTAssertEqual(marked("增长12.5%。"), "增|长|12.5%。", "12.5% and its full stop stay together")
        XCTAssertEqual(marked("为25℃，"), "为|25℃，", "℃ does not start a line")
    }

    func testTypedSpaceAtHanLatinBoundaryBreaksLikeNoSpace() {
        XCTAssertEqual(marked("把AI+产业").replacingOccurrences(of: " ", with: ""),
                       marked("把AI+ 产业").replacingOccurrences(of: " ", with: ""))
        XCTAssertEqual(marked("日 AI 和"), "日 |AI |和")
    }

    func testCodeBreaksAfterASolidusOrBeforePunctuationNeverAfterAHyphen() {
        let runs = [Fixtures.t("见"), StyledText(text: "https://a.cn/x_y?p=1&q=2", style: Fixtures.code), Fixtures.t("。")]
        XCTAssertEqual(marked(runs), "见|https://|a|.cn/|x_y|?p|=1|&q|=2。")
        let file = [Fixtures.t("见"), StyledText(text: "out/2026-05-29.pdf", style: Fixtures.code)]
        XCTAssertEqual(marked(file), "见|out/|2026-05-29|.pdf", "a date in a path stays whole")
        let long = [StyledText(text: "a/download-all-records", style: Fixtures.code)]
        XCTAssertEqual(marked(long), "a/|download-all-records", "never at a hyphen, before or after it")
    }

    func testRangesAndDatesStayWhole() {
        XCTAssertEqual(marked("约10～20家"), "约|10～20|家")
        XCTAssertEqual(marked("于2026-05-12发布"), "于|2026-05-12|发|布")
    }

    func testTypedSpaceNextToAFullWidthMarkTakesNoRoom() {
        let spaced = Fixtures.typesetter.naturalWidth([Fixtures.t("数据要素 ×”大赛")])
        let solid = Fixtures.typesetter.naturalWidth([Fixtures.t("数据要素×”大赛")])
        XCTAssertEqual(spaced, solid, accuracy: 1e-9)
    }

    func testCitationHangsOnItsText() {
        let runs = [Fixtures.t("产业转化"), StyledText(text: "[1]", style: Fixtures.citation), Fixtures.t("。种业")]
        XCTAssertEqual(marked(runs), "产|业|转|化[1]。|种|业")
    }
}
