import TestSupport
import XCTest
import Typesetting

/// Punctuation width and position (clreq.md §2): pairs 1.5 em, `——` 2 em, line-end marks
/// ½ em, opening brackets trimmed at line start, full-width CJK forms for shared code points.
final class PunctuationTests: XCTestCase {
    let em = Fixtures.em

    override func setUpWithError() throws { try Fixtures.requireFonts() }

    private func oneLine(_ text: String) -> [Audit.Cluster] {
        let lines = Fixtures.typesetter.layout(ParagraphSpec(runs: [Fixtures.t(text)], width: 100 * em, alignment: .justified))
        XCTAssertEqual(lines.count, 1)
        return Audit.clusters(lines[0])
    }

    private func x(_ cs: [Audit.Cluster], _ text: String, occurrence: Int = 0) -> Double {
        let matches = cs.filter { $0.text == text }
        XCTAssertGreaterThan(matches.count, occurrence, "expected '\(text)' in \(cs.map(\.text).joined())")
        return matches[occurrence].x / em
    }

    func testAdjacentMarksSpanOneAndAHalfEm() {
        for pair in ["。”", "），", "”（", "：“", "》？"] {
            let cs = oneLine("甲\(pair)乙")
            let a = Array(pair).map(String.init)
            let span = x(cs, "乙") - x(cs, a[0])
            XCTAssertEqual(span, 1.5, accuracy: 0.001, "pair \(pair): expected 1.5 em, found \(span)")
        }
        let cs = oneLine("甲。』」乙")
        XCTAssertEqual(x(cs, "乙") - x(cs, "。"), 2.0, accuracy: 0.001, "three marks span (3 + 1)/2 em")
    }

    func testDoubleDashAndEllipsisAreTwoEm() {
        let cs = oneLine("甲——乙……丙")
        XCTAssertEqual(x(cs, "乙") - x(cs, "甲") - 1, 2.0, accuracy: 0.001, "—— width")
        XCTAssertEqual(x(cs, "丙") - x(cs, "乙") - 1, 2.0, accuracy: 0.001, "…… width")
    }

    func testSharedMarksComeFullWidthFromTheCJKFont() {
        for mark in ["“", "”", "‘", "’", "…", "—", "·"] {
            let cs = oneLine("甲\(mark)乙")
            let span = x(cs, "乙") - x(cs, "甲") - 1
            XCTAssertEqual(span, 1.0, accuracy: 0.001, "'\(mark)' should take 1 em in Chinese text, found \(span)")
        }
    }

    func testLineEndMarkTakesHalfAnEmAndOpeningBracketAtLineStartIsTrimmed() {
        // 5 em: "甲乙丙丁，" is line 1 with the comma's ink half at the edge; "（" cannot end it.
        let lines = Fixtures.typesetter.layout(ParagraphSpec(runs: [Fixtures.t("甲乙丙丁，（己）庚辛壬癸")], width: 5 * em))
        let first = Audit.clusters(lines[0]), second = Audit.clusters(lines[1])
        XCTAssertEqual(first.last?.text, "，", "expected line 1 to end with the comma, found \(first.map(\.text))")
        XCTAssertEqual((5 * em - first.last!.x) / em, 0.5, accuracy: 0.001, "line-end comma occupancy")
        XCTAssertEqual(second.first?.text, "（")
        XCTAssertEqual(second.first!.x / em, -0.5, accuracy: 0.001, "opening bracket at line start loses its blank half")
        XCTAssertEqual(second[1].x / em, 0.5, accuracy: 0.001, "text after a trimmed bracket starts ½ em in")
    }

    func testMarksNeverCompressBelowHalfAnEm() {
        // A tight measure forces shrinking; no mark's span may fall under ½ em.
        let text = "甲，乙、丙；丁：戊（己）庚，辛、壬；癸。"
        for w in 3...12 {
            for line in Fixtures.typesetter.layout(ParagraphSpec(runs: [Fixtures.t(text)], width: Double(w) * em)) {
                let cs = Audit.clusters(line)
                for (a, b) in zip(cs, cs.dropFirst()) where Audit.brackets.contains(a.first) {
                    XCTAssertGreaterThanOrEqual((b.x - a.x) / em, 0.5 - 1e-9, "w=\(w): '\(a.text)' compressed below ½ em")
                }
            }
        }
    }
}
