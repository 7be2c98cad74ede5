import LayoutSchema
import XCTest

/// What the one layout checker reports for a small schema of its own: every problem of a
/// file at once, in file order, at LINE:COL, with the dotted key and what to write.
final class LayoutCheckerTests: XCTestCase {
    struct Sample: Decodable, Equatable {
        struct Page: Decodable, Equatable {
            var width: Double
            var lines: Int
            var align: String
        }
        struct Colors: Decodable, Equatable {
            var text: String
            var note: String?
        }
        var page: Page
        var colors: Colors
    }

    static let schema = LayoutSchema(fileName: "sample.yaml", keys: [
        LayoutKey("page.width", .quantity(Quantity("a length", unit: "pt", from: 0, included: false, to: 1000)), "width of the page"),
        LayoutKey("page.lines", .quantity(Quantity("a whole number", whole: true, from: 1, to: 100)), "lines on a page"),
        LayoutKey("page.align", .choice(["start", "center"]), "where headings stand"),
        LayoutKey("colors.text", .colour(.hexRGB), "body text"),
        LayoutKey("colors.note", .text, "a note", optional: true),
    ], relations: [
        LayoutRelation(at: "page.lines") { v in
            try Double(v.whole("page.lines")) * 10 > v.number("page.width") ? "`page.lines` × 10 must fit `page.width`" : nil
        },
    ])

    static let good = """
        page:
          width: 500
          lines: 40
          align: center
        colors:
          text: "#1A1A1A"

        """

    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        switch LayoutCheckerTests.schema.read(Sample.self, from: text) {
        case .success:
            XCTFail("expected problems; the file was accepted", file: file, line: line)
            return []
        case .failure(let problems):
            return problems.all.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    func testAGoodFileDecodes() throws {
        let sample = try LayoutCheckerTests.schema.read(Sample.self, from: LayoutCheckerTests.good).get()
        XCTAssertEqual(sample, Sample(page: .init(width: 500, lines: 40, align: "center"), colors: .init(text: "#1A1A1A", note: nil)))
    }

    func testEveryProblemIsReportedAtOnceInFileOrder() {
        let text = """
            page:
              widht: 500
              lines: 4.5
              align: left
            colors:
              text: black
            flourish: yes

            """
        XCTAssertEqual(problems(text), [
            "1:1: missing key `page.width`: add `width:` under `page:`, with a number (like 10.5) (is `widht` meant to be it?)",
            "2:3: unknown key `page.widht`: did you mean `width`?",
            "3:10: `page.lines` must be a whole number (like 2); found `4.5`",
            "4:10: `page.align` must be `start` or `center`; found `left`",
            "6:9: `colors.text` must be a colour written \"#RRGGBB\" (six hexadecimal digits, like \"#1A1A1A\"); found `black`",
            "7:1: unknown key `flourish`: it has no effect; remove it",
        ])
    }

    func testRangesSayTheRangeAndWhatWasWritten() {
        let text = LayoutCheckerTests.good.replacingOccurrences(of: "width: 500", with: "width: .inf")
            .replacingOccurrences(of: "lines: 40", with: "lines: 0")
        XCTAssertEqual(problems(text), [
            "2:10: `page.width` must be a length above 0 and at most 1000 pt; found `.inf`",
            "3:10: `page.lines` must be a whole number from 1 to 100; found `0`",
        ])
    }

    func testAQuotedNumberIsToldToLoseItsQuotes() {
        let text = LayoutCheckerTests.good.replacingOccurrences(of: "width: 500", with: "width: \"500\"")
        XCTAssertEqual(problems(text), ["2:10: `page.width` must be a number (like 10.5); found `\"500\"`; write it without quotes"])
    }

    func testAMissingGroupIsOneProblemAtTheTopLevel() {
        let text = LayoutCheckerTests.good.replacingOccurrences(of: "colors:", with: "colours:")
        XCTAssertEqual(problems(text), [
            "1:1: missing key `colors`: add `colors:` at the top level, with a group of keys, each `key: value` on its own indented line (is `colours` meant to be it?)",
            "5:1: unknown key `colours`: did you mean `colors`?",
        ])
    }

    func testAValueWhereAGroupBelongsAndAGroupWhereAValueBelongs() {
        let text = "page: 3\ncolors:\n  text:\n    dark: \"#000000\"\n"
        XCTAssertEqual(problems(text), [
            "1:1: `page` must be a group of keys, each `key: value` on its own indented line; found `3`",
            "3:3: `colors.text` must be a colour written \"#RRGGBB\" (six hexadecimal digits, like \"#1A1A1A\"); found a group of keys",
        ])
    }

    func testARelationIsJudgedOnlyWhenItsKeysAreUsable() {
        let tooMany = LayoutCheckerTests.good.replacingOccurrences(of: "lines: 40", with: "lines: 60")
        XCTAssertEqual(problems(tooMany), ["3:10: `page.lines` × 10 must fit `page.width`"])
        let refusedWidth = tooMany.replacingOccurrences(of: "width: 500", with: "width: -1")
        XCTAssertEqual(problems(refusedWidth), ["2:10: `page.width` must be a length above 0 and at most 1000 pt; found `-1`"])
    }

    func testAKeySetTwiceIsReportedAtItsFirst() {
        let text = LayoutCheckerTests.good.replacingOccurrences(of: "  lines: 40", with: "  lines: 40\n  lines: 50")
        XCTAssertEqual(problems(text), ["3:3: `lines` is set twice in one group; keep one"])
    }

    func testSyntaxErrorsAndEmptyFilesHaveAPlace() {
        let broken = problems("page:\n  width: [500\n")
        XCTAssertEqual(broken.count, 1)
        XCTAssertTrue(broken.first?.contains(": not valid YAML: ") == true, "found \(broken)")
        XCTAssertNotEqual(broken.first?.hasPrefix("1:1:"), true, "expected the place libyaml stopped; found \(broken)")
        XCTAssertEqual(problems("# nothing\n"), ["1:1: the file is empty; it must set every key of layouts/default/sample.yaml"])
    }

    func testTheSchemaAndATypeAreCompared() throws {
        let sample = try LayoutCheckerTests.schema.read(Sample.self, from: LayoutCheckerTests.good).get()
        let agreement = LayoutCheckerTests.schema.disagreement(with: sample)
        XCTAssertEqual(agreement.undeclared, [])
        XCTAssertEqual(agreement.unread, [])
        struct Other { var page = (width: 1.0, depth: 2.0) }
        let other = LayoutCheckerTests.schema.disagreement(with: Other())
        XCTAssertEqual(other.undeclared, ["page.depth"])
        XCTAssertEqual(other.unread, ["page.lines", "page.align", "colors.text", "colors.note"])
    }

    func testTheKeyTableListsEveryKeyWithItsRangeAndMeaning() {
        XCTAssertEqual(LayoutCheckerTests.schema.keyTable, """
            | key | value | meaning |
            |---|---|---|
            | `page.width` | a length above 0 and at most 1000 pt | width of the page |
            | `page.lines` | a whole number from 1 to 100 | lines on a page |
            | `page.align` | `start` or `center` | where headings stand |
            | `colors.text` | a colour written "#RRGGBB" (six hexadecimal digits, like "#1A1A1A") | body text |
            | `colors.note` | text | a note (may be left out) |

            """)
    }
}
