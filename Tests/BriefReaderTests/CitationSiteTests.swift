import BriefModel
import BriefReader
import XCTest

/// A citation's problem is reported where the editor wrote it, and what looks like a
/// citation inside code or after a backslash is text.
final class CitationSiteTests: XCTestCase {
    func read(_ body: String) throws -> Edition { try Fixture.readEdition(Fixture.edition(body: body)) }

    func problems(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        Fixture.problems(ofEdition: Fixture.edition(body: body), file: file, line: line)
    }

    // The front matter takes lines 1–10, so the body starts on line 12.

    func testUnknownCitationAfterTheSameTextInACodeSpanIsReportedAtItself() {
        let found = problems("# 节\n\n写法是 `[@zz]`，例如[@zz]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column)" }, ["14:16"],
                       "expected the real citation (line 14, column 16, its `@`), not the code span; found: \(found)")
    }

    func testCitationWithoutASourcePositionIsReportedAtItsParagraph() {
        // `&#64;` is `@` to cmark but not in the source, so the citation has no site of its own.
        let found = problems("# 节\n\n第一段。\n\n第二段[&#64;nope]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column)" }, ["16:1"],
                       "expected the start of the citation's paragraph (line 16), not the body's first line; found: \(found)")
        XCTAssertTrue(found.first?.message.contains("unknown reference `nope`") == true, "\(found)")
    }

    func testCitationTextInFencedAndIndentedCodeIsNotASite() {
        let found = problems("# 节\n\n```\n[@zz]\n```\n\n    [@zz]\n\n正文[@zz]。\n")
        XCTAssertEqual(found.map { "\($0.location.line):\($0.location.column)" }, ["20:4"],
                       "expected only the paragraph's citation; found: \(found)")
    }

    func testEscapedBracketIsLiteralText() throws {
        let e = try read("# 节\n\n写成 \\[@a] 就不是引用；这是[@b]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("写成 [@a] 就不是引用；这是"),
                                                          .citation(Citation(occurrence: 1, numbers: [2])), .text("。")])])
    }

    func testEscapedUnknownCitationIsNoError() throws {
        let e = try read("# 节\n\n\\[@nope] 与 `\\[@nope]` 都是字面文字[@a]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("[@nope] 与 "), .code("\\[@nope]"), .text(" 都是字面文字"),
                                                          .citation(Citation(occurrence: 1, numbers: [1])), .text("。")])])
    }

    func testEscapeInCodeBlockAndLinkDestinationIsKeptAsWritten() throws {
        let e = try read("# 节\n\n见[链接](https://example.org/\\[@a])[@a]。\n\n```\n\\[@a]\n```\n")
        XCTAssertEqual(e.sections[0].blocks, [
            .paragraph([.text("见"), .link(url: "https://example.org/[@a]", [.text("链接")]),
                        .citation(Citation(occurrence: 1, numbers: [1])), .text("。")]),
            .code("\\[@a]", language: nil),
        ])
    }

    func testDoubleBackslashLeavesTheCitation() throws {
        let e = try read("# 节\n\n路径\\\\[@a]。\n")
        XCTAssertEqual(e.sections[0].blocks, [.paragraph([.text("路径\\"), .citation(Citation(occurrence: 1, numbers: [1])), .text("。")])])
    }
}
