import Foundation
import TestSupport
import Typesetting
import XCTest

/// clreq.md §7 over a whole sample edition and the adversarial strings, at the 19 measures
/// 7…25 em at 10.5 pt: kinsoku, right edges, Han–Latin gaps, punctuation spans, 孤字,
/// indent and the text round trip. Every violation is listed with its line.
final class ClreqComplianceTests: XCTestCase {
    override func setUpWithError() throws { try Fixtures.requireFonts() }

    func testFixtureAndAdversarialParagraphsPassEveryCheckAtNineteenWidths() throws {
        audit(try Fixtures.allParagraphs(of: .fixture), font: "Noto Serif CJK SC")
    }

    func testTheSameInNotoSansBold() throws { try auditInSansBold(.fixture) }

    /// The same checks on the shared sample's paragraphs; skipped (failed on CI) when it is not there.
    func testSharedSample() throws {
        let sample = try SamplePublication.shared()
        audit(try Fixtures.allParagraphs(of: sample), font: "Noto Serif CJK SC")
        try auditInSansBold(sample)
    }

    private func auditInSansBold(_ sample: SamplePublication) throws {
        // Headings and emphasis are set in the sans (黑体) family, often bold.
        let sans = try Fixtures.store.face(family: "Noto Sans CJK SC", bold: true, hint: "install fonts-noto-cjk")
        let restyled = try Fixtures.allParagraphs(of: sample).map { runs in
            runs.map { run -> StyledText in
                var style = run.style
                style.fonts = [sans]
                return StyledText(text: run.text, style: style)
            }
        }
        audit(restyled, font: "Noto Sans CJK SC Bold")
    }

    private func audit(_ fixtures: [[StyledText]], font: String) {
        var report = Audit.Report()
        var paragraphs = 0
        for runs in fixtures {
            for w in Fixtures.widthsInEm {
                let spec = Fixtures.spec(runs, widthEm: w)
                let lines = Fixtures.typesetter.layout(spec)
                Audit.check(lines, spec: spec, into: &report)
                paragraphs += 1
            }
        }
        let first = report.violations.prefix(25).joined(separator: "\n")
        XCTAssertEqual(report.violations.count, 0, "expected no violations, found \(report.violations.count):\n\(first)")
        XCTAssertGreaterThan(report.solidGaps.count + report.justifiedGaps.count, 100, "expected many Han–Latin boundaries in the fixtures")
        XCTAssertGreaterThan(report.pairSpans.count, 50, "expected many adjacent-mark pairs in the fixtures")
        func stats(_ xs: [Double]) -> String {
            guard let lo = xs.min(), let hi = xs.max() else { return "none" }
            let mean = xs.reduce(0, +) / Double(xs.count)
            return String(format: "n=%d min %.3f mean %.3f max %.3f", xs.count, lo, mean, hi)
        }
        print("""
            clreq audit (\(font)): \(paragraphs) paragraph layouts, \(report.lines) lines, \(report.violations.count) violations
              Han–Latin gap on last lines (em): \(stats(report.solidGaps))
              Han–Latin gap on justified lines (em): \(stats(report.justifiedGaps))
              adjacent-mark run spans (em): \(stats(report.pairSpans))
              —— / …… spans (em): \(stats(report.dashSpans))
              Han–Han extra space per justified line (em): \(stats(report.interCharacterStretch)), \
            lines over 0.1 em: \(report.interCharacterStretch.filter { $0 > 0.1 }.count), over 0.25 em: \(report.interCharacterStretch.filter { $0 > 0.25 }.count)
            """)
        if ProcessInfo.processInfo.environment["BRIEFPRESS_LOOSE_LINES"] != nil {
            print(report.looseLines.joined(separator: "\n"))
        }
    }

    func testAuditCatchesAHandMadeViolation() {
        // The audit itself must be able to fail: a line starting with `，` and a ragged edge.
        let spec = Fixtures.spec([Fixtures.t("甲乙丙丁戊己庚辛壬癸")], widthEm: 7)
        var lines = Fixtures.typesetter.layout(ParagraphSpec(runs: spec.runs, width: 4 * Fixtures.em, alignment: .justified))
        XCTAssertGreaterThan(lines.count, 1)
        lines[0].width -= 1
        var report = Audit.Report()
        Audit.check(lines, spec: ParagraphSpec(runs: spec.runs, width: 4 * Fixtures.em), into: &report)
        XCTAssertTrue(report.violations.contains { $0.contains("set width") }, "expected a set-width violation, found \(report.violations)")
    }
}
