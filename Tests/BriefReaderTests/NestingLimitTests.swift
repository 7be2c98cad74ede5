import BriefModel
import BriefReader
import XCTest

/// Bodies nested deeper than a briefing ever is are refused at the first node past the
/// limit, before conversion, so no later stage walks a tree thousands of levels deep.
final class NestingLimitTests: XCTestCase {
    static func edition(_ nested: String) -> String { Fixture.edition(body: "# 第一节\n\n正文[@a]。\n\n" + nested + "\n") }

    /// The 1-based line of the edition on which the nested text stands.
    static let nestedLine = edition("NESTED").components(separatedBy: "\n").firstIndex(of: "NESTED")! + 1

    func problems(_ nested: String) -> [Diagnostic] { Fixture.problems(ofEdition: Self.edition(nested)) }

    func read(_ nested: String) throws -> Edition {
        try Fixture.readEdition(Self.edition(nested))
    }

    func testQuotesSixteenDeepAreRead() throws {
        let edition = try read(String(repeating: "> ", count: 16) + "深处")
        XCTAssertTrue(edition.sections[0].blocks.count == 2)
    }

    func testSeventeenthQuoteIsReportedAtItsColumn() {
        let found = problems(String(repeating: "> ", count: 17) + "深处")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location.line, Self.nestedLine)
        XCTAssertEqual(found.first?.location.column, 33, "the 17th `>` stands at column 33")
        XCTAssertTrue(found.first?.message.contains("nested more than 16 levels") == true, "\(found)")
    }

    func testFortyThousandQuotesAreRefusedNotCrashed() {
        let found = problems(String(repeating: "> ", count: 40_000) + "x")
        XCTAssertEqual(found.map(\.message), ["quotes and lists nested more than 16 levels deep"])
    }

    func testDeepListIsRefused() {
        let found = problems(String(repeating: "- ", count: 4_000) + "x")
        XCTAssertEqual(found.map(\.message), ["quotes and lists nested more than 16 levels deep"])
    }

    func testDeepEmphasisIsRefusedAtItsLine() {
        let stars = String(repeating: "*", count: 19_400)
        let found = problems(stars + "x" + stars)
        XCTAssertEqual(found.map(\.message), ["emphasis, strong text and links nested more than 16 levels deep"])
        XCTAssertEqual(found.first?.location.line, Self.nestedLine)
    }

    func testEmphasisSixteenDeepIsRead() throws {
        // Each `*字 ` opens an emphasis of its own, each ` 字*` closes the nearest one.
        let edition = try read(String(repeating: "*字 ", count: 16) + "深" + String(repeating: " 字*", count: 16))
        var depth = 0, deepest = 0
        ModelWalker.walk(edition.walkRoots, enter: { node, _ in
            if case .inline(.emphasis) = node { depth += 1; deepest = max(deepest, depth) }
            return .visitChildren
        }, leave: { node in if case .inline(.emphasis) = node { depth -= 1 } })
        XCTAssertEqual(deepest, 16)
    }
}
