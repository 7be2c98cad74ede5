import TestSupport
import XCTest
import Typesetting

/// CJK–Western spacing (clreq.md §3): ¼ em on natural lines, a typed space replaced by the
/// same glue, none at line edges, next to full-width marks or between a number and `%`.
final class HanLatinSpacingTests: XCTestCase {
    let em = Fixtures.em

    override func setUpWithError() throws { try Fixtures.requireFonts() }

    private func positions(_ text: String, widthEm: Int) -> [[String]] {
        Fixtures.layout([Fixtures.t(text)], widthEm: widthEm).map { line in
            Audit.clusters(line).map { "\($0.text)@\(String(format: "%.4f", $0.x))" }
        }
    }

    func testTypedSpaceAtHanLatinBoundaryGivesTheSameLayoutAsNone() {
        let pairs = [
            ("国家发展改革委网站 5 月 27 日刊发，AI 和 HBM 都是 2026 年的重点，Micron 与 SK Hynix 进入万亿美元市值区间。",
             "国家发展改革委网站5月27日刊发，AI和HBM都是2026年的重点，Micron与SK Hynix进入万亿美元市值区间。"),
            ("这条新闻把“AI+ 产业”带到农业。", "这条新闻把“AI+产业”带到农业。"),
        ]
        for (spaced, solid) in pairs {
            for w in Fixtures.widthsInEm {
                XCTAssertEqual(positions(spaced, widthEm: w), positions(solid, widthEm: w), "w=\(w): typed spaces changed the layout")
            }
        }
    }

    func testNaturalGapIsAQuarterEm() {
        let lines = Fixtures.typesetter.layout(ParagraphSpec(runs: [Fixtures.t("使用AI技术")], width: 40 * em))
        let cs = Audit.clusters(lines[0])
        XCTAssertEqual((cs[2].x - (cs[1].x + cs[1].advance)) / em, 0.25, accuracy: 0.001, "用|A gap")
        XCTAssertEqual((cs[4].x - (cs[3].x + cs[3].advance)) / em, 0.25, accuracy: 0.001, "I|技 gap")
    }

    func testNoGapNextToFullWidthMarksOrBeforePercent() {
        let lines = Fixtures.typesetter.layout(ParagraphSpec(runs: [Fixtures.t("增长（AI）12.5%，iPhone ，好")], width: 40 * em))
        let cs = Audit.clusters(lines[0])
        for (a, b) in zip(cs, cs.dropFirst()) where Audit.isPunct(a.last) != Audit.isPunct(b.first) || b.text == "%" {
            let gap = (b.x - (a.x + a.advance)) / em
            XCTAssertEqual(gap, 0, accuracy: 0.001, "'\(a.text)|\(b.text)' expected no gap, found \(gap) em")
        }
    }

    func testNoGapAtLineEdges() {
        // Lines breaking at a Han–Latin boundary start and end flush.
        for w in 7...12 {
            let lines = Fixtures.layout([Fixtures.t("甲乙丙丁戊己庚辛Micron壬癸子丑寅卯辰巳午未SK申酉戌亥")], widthEm: w)
            for (i, line) in lines.enumerated() where i > 0 {
                XCTAssertEqual(Audit.clusters(line).first!.x, 0, accuracy: 1e-9, "w=\(w) line \(i) does not start flush")
            }
        }
    }
}
