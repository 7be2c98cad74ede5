import TestSupport
import Typesetting
import XCTest

/// Inputs at the edges: measures narrower than a character, hard breaks, spaces only,
/// mixed sizes. Every one must give lines whose text is the source and that stay in the
/// measure wherever a single character fits.
final class RobustnessTests: XCTestCase {
    let em = Fixtures.em

    override func setUpWithError() throws { try Fixtures.requireFonts() }

    private func check(_ runs: [StyledText], width: Double, file: StaticString = #filePath, line: UInt = #line) -> [Line] {
        let lines = Fixtures.typesetter.layout(ParagraphSpec(runs: runs, width: width))
        let source = runs.map(\.text).joined().filter { $0 != "\n" }
        XCTAssertEqual(lines.flatMap(\.glyphs).map(\.text).joined(), source, "round trip at width \(width)", file: file, line: line)
        return lines
    }

    func testMeasureNarrowerThanOneCharacterSetsOneCharacterPerLine() {
        let lines = check([Fixtures.t("新质生产力。")], width: 0.5 * em)
        XCTAssertEqual(lines.map { $0.glyphs.map(\.text).joined() }, ["新", "质", "生", "产", "力。"],
                       "one character per line when none fits (孤字 avoidance cannot apply)")
        let one = check([Fixtures.t("新质生产力，AI")], width: 1 * em)
        for l in one.dropLast() { XCTAssertLessThanOrEqual(l.width, 1 * em + 1e-9 + 0.6 * em) }
    }

    func testHardBreaksIncludingLeadingAndDoubled() {
        let lines = check([Fixtures.t("\n甲乙\n\n丙丁")], width: 10 * em)
        XCTAssertEqual(lines.map { $0.glyphs.map(\.text).joined() }, ["", "甲乙", "", "丙丁"])
        XCTAssertEqual(lines.map(\.isLast), [false, false, false, true])
        XCTAssertGreaterThan(lines[0].ascent, 0, "an empty line still has the font's height")
    }

    func testSpacesOnlyAndSingleCharacter() {
        _ = check([Fixtures.t("   ")], width: 10 * em)
        let single = check([Fixtures.t("甲")], width: 10 * em)
        XCTAssertEqual(single.count, 1)
        XCTAssertEqual(single[0].width, em, accuracy: 1e-9)
    }

    func testMixedSizesTakeTheLargestAscent() {
        let big = TextStyle(fonts: [Fixtures.serif], size: 21)
        let lines = check([Fixtures.t("正文"), StyledText(text: "大字", style: big)], width: 20 * em)
        let m = Fixtures.store.metrics(Fixtures.serif)
        XCTAssertEqual(lines[0].ascent, m.ascender * 21, accuracy: 1e-9)
        XCTAssertEqual(lines[0].descent, m.descender * 21, accuracy: 1e-9)
    }

    func testLongLatinWordWiderThanTheMeasureBreaksInsteadOfOverflowing() {
        let lines = check([Fixtures.t("见Supercalifragilisticexpialidocious一词")], width: 6 * em)
        for l in lines { XCTAssertLessThanOrEqual(l.width, 6 * em + 1e-6, "line overflows: \(l.glyphs.map(\.text).joined())") }
    }

    func testSameInputGivesTheSameLinesWithAFreshOrAWarmTypesetter() throws { try sameLines(.fixture) }

    /// The same check on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSampleGivesTheSameLinesWithAFreshOrAWarmTypesetter() throws { try sameLines(SamplePublication.shared()) }

    private func sameLines(_ sample: SamplePublication) throws {
        let paragraphs = try Fixtures.paragraphs(of: sample)
        XCTAssertFalse(paragraphs.isEmpty, "\(sample.name): no paragraph read")
        func dump(_ t: Typesetter) -> String {
            paragraphs.map { runs in
                t.layout(Fixtures.spec(runs, widthEm: 23)).map { line in
                    line.glyphs.map { "\($0.glyphID)@\($0.x)" }.joined(separator: " ") + " w\(line.width)"
                }.joined(separator: "\n")
            }.joined(separator: "\n\n")
        }
        let warm = Typesetter(fonts: Fixtures.store)
        let first = dump(warm)
        XCTAssertEqual(first, dump(warm), "shaping cache changed the result")
        XCTAssertEqual(first, dump(Typesetter(fonts: FontStore())), "a fresh store changed the result")
    }
}
