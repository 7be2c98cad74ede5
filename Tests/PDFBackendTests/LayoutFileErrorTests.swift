import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// What a designer sees when their `pdf.yaml` is wrong: `FILE:LINE:COL: error:` with the
/// dotted key, what was found and what to write, and every unknown key at once.
final class LayoutFileErrorTests: XCTestCase {
    private var defaultText: String {
        get throws { String(decoding: try Layout.projectDefault().files["pdf.yaml"]!, as: UTF8.self) }
    }

    /// The message the default layout with `text` as its pdf.yaml is refused with.
    private func refusal(_ text: String, directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var layout = try Layout.projectDefault()
        layout.files["pdf.yaml"] = Array(text.utf8)
        layout.directory = directory
        do {
            _ = try PDFRenderer(layout: layout)
        } catch {
            return "\(error)"
        }
        XCTFail("expected the layout to be refused; it was accepted", file: file, line: line)
        return ""
    }

    /// 1-based line of the first line of `text` that starts with `prefix`.
    private func line(_ text: String, _ prefix: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) } ?? -2) + 1
    }

    private func assertContains(_ message: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(message.contains(expected), "expected the message to contain\n  \(expected)\nfound:\n\(message)", file: file, line: line)
    }

    func testDefaultLayoutIsAccepted() throws {
        XCTAssertNoThrow(try PDFRenderer(layout: Layout.projectDefault()))
    }

    func testEveryUnknownKeyIsReportedAtOnceWithLineAndColumn() throws {
        let text = try defaultText
            .replacingOccurrences(of: "  lines: 38", with: "  lines: 38\n  colums: 40")
            .replacingOccurrences(of: "  footerBaseline: 790", with: "  footerBaseline: 790\n  sise: 9\n  flourish: yes")
        let message = try refusal(text)
        let page = line(text, "  colums"), header = line(text, "  sise")
        assertContains(message, "default layout/pdf.yaml:\(page):3: error: unknown key `page.colums`: did you mean `columns`?")
        assertContains(message, "default layout/pdf.yaml:\(header):3: error: unknown key `header.sise`: did you mean `size`?")
        assertContains(message, "default layout/pdf.yaml:\(header + 1):3: error: unknown key `header.flourish`: it has no effect; remove it")
        XCTAssertEqual(message.components(separatedBy: ": error: ").count - 1, 3, "expected exactly three problems; found:\n\(message)")
    }

    func testMissingKeySaysWhereToAddItAndWhatKind() throws {
        let text = try defaultText.replacingOccurrences(of: "  columns: 40", with: "  colums: 40")
        let message = try refusal(text)
        assertContains(message, "default layout/pdf.yaml:\(line(text, "page:")):1: error: missing key `page.columns`: "
            + "add `columns:` under `page:`, with a whole number (like 2) (is `colums` meant to be it?)")
    }

    func testMissingSectionIsAGroupOfKeys() throws {
        let text = try defaultText.replacingOccurrences(of: "\nreferences:\n", with: "\nreferencez:\n")
        let message = try refusal(text)
        assertContains(message, "default layout/pdf.yaml:1:1: error: missing key `references`: add `references:` at the top level, with a group of keys")
    }

    func testValueOfTheWrongKindNamesWhatToWrite() throws {
        let text = try defaultText.replacingOccurrences(of: "  size: 10.5              # 五号", with: "  size: big")
        let message = try refusal(text)
        assertContains(message, "default layout/pdf.yaml:\(line(text, "  size: big")):9: error: `body.size` must be a number (like 10.5); found `big`")
    }

    func testBadColourSaysHowAColourIsWritten() throws {
        let text = try defaultText.replacingOccurrences(of: "text: \"#1A1A1A\"", with: "text: black")
        let message = try refusal(text)
        assertContains(message, "default layout/pdf.yaml:\(line(text, "  text: black")):9: error: `colors.text` must be a colour written \"#RRGGBB\"")
        assertContains(message, "found `black`")
    }

    func testBadAlignmentListsTheChoices() throws {
        let text = try defaultText.replacingOccurrences(of: "section: {size: 15, align: center", with: "section: {size: 15, align: left")
        let message = try refusal(text)
        assertContains(message, ":\(line(text, "  section:")):"); assertContains(message, ": error: `headings.section.align` must be `start` or `center`; found `left`")
    }

    func testSyntaxErrorHasItsPlace() throws {
        let text = try defaultText.replacingOccurrences(of: "  summary: {size: 13.5, align: center, spaceBefore: 0, spaceAfter: 0, stretch: 0}",
                                                         with: "  summary: {size: 13.5, align: center")
        let message = try refusal(text)
        XCTAssertTrue(message.hasPrefix("default layout/pdf.yaml:"), "expected the file first; found:\n\(message)")
        assertContains(message, ": error: not valid YAML:")
        let location = message.split(separator: ":").dropFirst().prefix(2).compactMap { Int($0) }
        XCTAssertEqual(location.count, 2, "expected LINE:COL after the file; found:\n\(message)")
        XCTAssertGreaterThanOrEqual(location.first ?? 0, line(text, "  summary:"), "expected the error at or after the broken line; found:\n\(message)")
    }

    func testEveryProblemOfEveryKindIsReportedAtOnceInFileOrder() throws {
        let text = try defaultText
            .replacingOccurrences(of: "  columns: 40", with: "  colums: 40")
            .replacingOccurrences(of: "text: \"#1A1A1A\"", with: "text: black")
            .replacingOccurrences(of: "  size: 10.5              # 五号", with: "  size: big")
            .replacingOccurrences(of: "section: {size: 15, align: center", with: "section: {size: 15, align: left")
            .replacingOccurrences(of: "  separator: \" · \"\n", with: "")
            .replacingOccurrences(of: "  footerBaseline: 790", with: "  footerBaseline: 790\n  sise: 9")
        let message = try refusal(text)
        let expected = [
            "\(line(text, "page:")):1: error: missing key `page.columns`",
            "\(line(text, "  colums")):3: error: unknown key `page.colums`: did you mean `columns`?",
            "\(line(text, "  text: black")):9: error: `colors.text` must be a colour",
            "\(line(text, "  size: big")):9: error: `body.size` must be a number",
            ":\(line(text, "  section:")):", // the alignment, inside the flow mapping
            "\(line(text, "header:")):1: error: missing key `header.separator`: add `separator:` under `header:`, with text",
            "\(line(text, "  sise")):3: error: unknown key `header.sise`",
        ]
        var rest = Substring(message)
        for part in expected {
            guard let found = rest.range(of: part) else {
                XCTFail("expected, in this order after the problems before it:\n  \(part)\nfound:\n\(message)")
                return
            }
            rest = rest[found.upperBound...]
        }
        XCTAssertEqual(message.components(separatedBy: ": error: ").count - 1, 7, "expected seven problems; found:\n\(message)")
    }

    func testEmptyFileIsRefused() throws {
        assertContains(try refusal("# only a comment\n"), "default layout/pdf.yaml:1:1: error: the file is empty")
    }

    func testLayoutFolderIsNamedByItsPath() throws {
        let folder = URL(fileURLWithPath: "/srv/looks/./red")
        let text = try defaultText.replacingOccurrences(of: "  lines: 38", with: "  lines: 38\n  colums: 40")
        let message = try refusal(text, directory: folder)
        XCTAssertTrue(message.hasPrefix("/srv/looks/red/pdf.yaml:\(line(text, "  colums")):3: error: unknown key `page.colums`"),
                      "expected the folder's pdf.yaml with LINE:COL first; found:\n\(message)")
    }
}
