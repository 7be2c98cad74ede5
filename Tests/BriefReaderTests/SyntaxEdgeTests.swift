import BriefModel
import BriefReader
import XCTest

/// Edge cases of the format's own syntax in the body (citations, heading attributes, hidden
/// raw HTML), as an editor types them and as backends receive them.
final class SyntaxEdgeTests: XCTestCase {
    /// An edition whose references have ids that use every character an id may hold.
    static func edition(body: String) -> String {
        """
        ---
        date: 2026-05-28
        references:
          - id: a
            source: 来源甲
            title: 标题甲
          - id: b
            source: 来源乙
            title: 标题乙
          - id: gov.cn:2026-05_x
            source: 来源丙
            title: 标题丙
        ---

        \(body)
        """
    }

    func read(_ body: String) throws -> Edition { try Fixture.readEdition(Self.edition(body: body)) }

    func problems(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        Fixture.problems(ofEdition: Self.edition(body: body), file: file, line: line)
    }

    func cite(_ occurrence: Int, _ numbers: [Int]) -> Inline { .citation(Citation(occurrence: occurrence, numbers: numbers)) }

    // The front matter takes lines 1–13, so the body starts on line 15.

    func testBothBracketsEscapedAreLiteralText() throws {
        let e = try read("# 节\n\n写成 \\[@a\\] 不是引用[@b]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("写成 [@a] 不是引用"), cite(1, [2]), .text("。")])])
    }

    func testCitationInsideBracketsKeepsTheOuterBracketsAsText() throws {
        let e = try read("# 节\n\n甲[[@a]]乙[@[@b]丙[@a [@b]]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([
            .text("甲["), cite(1, [1]), .text("]乙[@"), cite(2, [2]), .text("丙[@a "), cite(3, [2]), .text("]。"),
        ])])
    }

    func testKeysWithoutSpacesAfterTheSemicolon() throws {
        let e = try read("# 节\n\n文[@a;@b]，又[@b;  @a ]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("文"), cite(1, [1, 2]), .text("，又"), cite(2, [2, 1]), .text("。")])])
    }

    func testKeyWithColonDotAndHyphen() throws {
        let e = try read("# 节\n\n文[@gov.cn:2026-05_x; @a]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("文"), cite(1, [3, 1]), .text("。")])])
    }

    func testTrailingPunctuationAfterAKeyIsNotAKey() {
        let found = problems("# 节\n\n文[@a.]，又[@b-]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column) \($0.message)" },
                       ["17:2 `@a.` in [@a.] is not a citation key", "17:9 `@b-` in [@b-] is not a citation key"],
                       "expected each span reported at its `[`; found: \(found)")
    }

    func testCombiningMarkAfterTheAtSignIsNotAKey() {
        let found = problems("# 节\n\n甲[@\u{301}a]丙[@a]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column) \($0.message)" },
                       ["17:2 `@\u{301}a` in [@\u{301}a] is not a citation key"],
                       "expected the marked key rejected at its `[`; found: \(found)")
    }

    func testUnknownKeyIsReportedAtItsAtSignCountingScalars() {
        // 𠀀 is one scalar (two UTF-16 units): columns count what the editor sees.
        let found = problems("# 节\n\n𠀀文[@a;@zz]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column)" }, ["17:7"],
                       "expected the unknown key's `@` at line 17, column 7; found: \(found)")
    }

    func testSummaryAttributeWithExtraSpaces() throws {
        let e = try read("# 甲\n\n文[@a]。\n\n# 提要   {  .summary  }\n\n要点。\n")
        XCTAssertEqual(e.summary?.title, "提要")
        XCTAssertEqual(e.sections.map(\.headingText), ["一、甲"])
    }

    func testBracesThatDoNotEndTheHeadingAreItsText() throws {
        let e = try read("# 甲 {-} 乙\n\n文。\n\n# {丙} {-}\n\n文。\n")
        XCTAssertEqual(e.sections.map(\.headingText), ["一、甲 {-} 乙", "{丙}"])
    }

    func testUpperCaseHiddenElementsHideTheirContent() throws {
        let e = try read("# 甲\n\n前<SCRIPT>alert(1)</SCRIPT>中<Style>p{}</Style>后<scripts>见</scripts>完。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("前中后见完。")])])
    }
}
