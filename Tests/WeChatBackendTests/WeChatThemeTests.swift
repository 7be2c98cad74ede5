import BriefModel
import Foundation
import TestSupport
@testable import WeChatBackend
import XCTest

/// The theme lives in the layout's wechat.yaml; the backend inlines it and refuses values
/// the WeChat editor would drop, every one at once, at `wechat.yaml:LINE:COL`, as pdf.yaml's.
final class WeChatThemeTests: XCTestCase {
    func defaultYAML() throws -> String { try XCTUnwrap(Fixtures.defaultLayout().text("wechat.yaml")) }

    func layout(_ yaml: String) -> Layout { Layout(name: "test", files: ["wechat.yaml": Array(yaml.utf8)]) }

    func testDefaultThemeGivesWeChatReadableBodyText() throws { try readableBodyText(.fixture) }
    func testThemeValuesReachTheArticle() throws { try themeValuesReachTheArticle(.fixture) }

    /// The same checks on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSample() throws {
        let sample = try SamplePublication.shared()
        try readableBodyText(sample)
        try themeValuesReachTheArticle(sample)
    }

    private func readableBodyText(_ sample: SamplePublication) throws {
        let root = try root(of: render(Fixtures.read(sample)))
        let body = try XCTUnwrap(root.elements("p").first { $0.text().hasPrefix(sample.firstBodyOpening) }, sample.name)
        XCTAssertEqual(body.style("font-size"), "16px")
        XCTAssertEqual(body.style("line-height"), "1.75")
        XCTAssertEqual(body.style("text-align") ?? root.style("text-align"), "justify", "set on the root, which the editor keeps")
        XCTAssertEqual(body.style("color"), "#3f3f3f")
    }

    private func themeValuesReachTheArticle(_ sample: SamplePublication) throws {
        let yaml = try defaultYAML()
            .replacingOccurrences(of: "  body: 16", with: "  body: 17")
            .replacingOccurrences(of: "text: \"#3f3f3f\"", with: "text: \"#343536\"")
        let article = try WeChatWriter(layout: layout(yaml)).render(Fixtures.read(sample))
        let body = try XCTUnwrap(root(of: article).elements("p").first { $0.text().hasPrefix(sample.firstBodyOpening) }, sample.name)
        XCTAssertEqual(body.style("font-size"), "17px")
        XCTAssertEqual(body.style("color"), "#343536")
    }

    func assertRefused(_ yaml: String, mentioning words: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try WeChatWriter(layout: layout(yaml)), file: file, line: line) { error in
            for word in words {
                XCTAssertTrue("\(error)".contains(word), "expected the error to mention \(word), found: \(error)", file: file, line: line)
            }
        }
    }

    func testThemeRefusesWhatTheEditorDrops() throws {
        let yaml = try defaultYAML()
        assertRefused(yaml.replacingOccurrences(of: "text: \"#3f3f3f\"", with: "text: \"#000\""), mentioning: ["colors.text", "pure black"])
        assertRefused(yaml.replacingOccurrences(of: "link: \"#1a6b93\"", with: "link: \"var(--blue)\""), mentioning: ["colors.link", "#hex"])
        assertRefused(yaml.replacingOccurrences(of: "  body: 16", with: "  body: 12"), mentioning: ["sizes.body", "from 14 to 18 px"])
        assertRefused(yaml.replacingOccurrences(of: "  body: 1.75", with: "  body: 1.2"), mentioning: ["lineHeights.body"])
    }

    func testThemeReportsUnknownAndMissingKeys() throws {
        let yaml = try defaultYAML()
        assertRefused(yaml.replacingOccurrences(of: "  link: ", with: "  lnk: "), mentioning: ["wechat.yaml:", "unknown key `colors.lnk`: did you mean `link`?"])
        assertRefused(yaml.replacingOccurrences(of: "  gutter: 8 ", with: "  "), mentioning: ["missing key `spacing.gutter`"])
        XCTAssertThrowsError(try WeChatWriter(layout: Layout(name: "bare", files: [:]))) { error in
            XCTAssertTrue("\(error)".contains("no wechat.yaml"), "found: \(error)")
        }
    }

    /// 1-based line of the first line of `text` that starts with `prefix`.
    private func line(_ text: String, _ prefix: String) -> Int {
        (text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) } ?? -2) + 1
    }

    func testEveryProblemOfTheThemeIsReportedAtOnceAtItsLineAndColumn() throws {
        let yaml = try defaultYAML()
            .replacingOccurrences(of: "  link: ", with: "  lnk: ")
            .replacingOccurrences(of: "text: \"#3f3f3f\"", with: "text: \"#000\"")
            .replacingOccurrences(of: "  body: 16", with: "  body: 12")
            .replacingOccurrences(of: "  gutter: 8 ", with: "  ")
            .replacingOccurrences(of: "  radius: 4 ", with: "  radius: round ")
        XCTAssertThrowsError(try WeChatWriter(layout: layout(yaml))) { error in
            let expected = [
                "test layout/wechat.yaml:\(line(yaml, "colors:")):1: error: missing key `colors.link`: add `link:` under `colors:`, "
                    + "with a colour written #hex, rgb() or rgba() (is `lnk` meant to be it?)",
                "test layout/wechat.yaml:\(line(yaml, "  text:")):9: error: `colors.text` must be not pure black, "
                    + "which the WeChat editor drops (use #3f3f3f or #010101); found `\"#000\"`",
                "test layout/wechat.yaml:\(line(yaml, "  lnk:")):3: error: unknown key `colors.lnk`: did you mean `link`?",
                "test layout/wechat.yaml:\(line(yaml, "  body: 12")):9: error: `sizes.body` must be a text size from 14 to 18 px "
                    + "(the WeChat spec's range for text blocks); found `12`",
                "test layout/wechat.yaml:\(line(yaml, "spacing:")):1: error: missing key `spacing.gutter`: add `gutter:` under `spacing:`, "
                    + "with a whole number (like 2)",
                "test layout/wechat.yaml:\(line(yaml, "  radius: round")):11: error: `boxes.radius` must be a whole number (like 2); found `round`",
            ]
            XCTAssertEqual("\(error)".components(separatedBy: "\n").dropLast(), expected[...])
            XCTAssertTrue("\(error)".hasSuffix("\n  hint: compare it with layouts/default/wechat.yaml, which has every key with a comment"), "\(error)")
        }
    }

    func testAListItemsSpaceMustFitInAParagraphs() throws {
        let yaml = try defaultYAML().replacingOccurrences(of: "  listItem: 6 ", with: "  listItem: 20 ")
        assertRefused(yaml, mentioning: ["wechat.yaml:\(line(yaml, "  listItem:")):13: error: `spacing.listItem` (20 px) must be at most `spacing.paragraph` (16 px)"])
    }

    func testBoxRuleAndCodeValuesReachTheArticle() throws {
        let yaml = try defaultYAML()
            .replacingOccurrences(of: "  radius: 4 ", with: "  radius: 6 ")
            .replacingOccurrences(of: "  mark: 4 ", with: "  mark: 3 ")
            .replacingOccurrences(of: "  font: monospace ", with: "  font: Menlo, monospace ")
            .replacingOccurrences(of: "  quote: 15 ", with: "  quote: 17 ")
        let fragment = try WeChatWriter(layout: layout(yaml)).render(Fixtures.exercise()).fragment
        for declaration in ["border-radius:6px", "border-left:3px solid", "font-family:Menlo, monospace", "font-size:17px"] {
            XCTAssertTrue(fragment.contains(declaration), "expected `\(declaration)` in the article")
        }
        for declaration in ["border-radius:4px", "border-left:4px solid", "font-family:monospace", "font-size:15px"] {
            XCTAssertFalse(fragment.contains(declaration), "the default's `\(declaration)` is still in the article")
        }
    }

    func testTheSchemaDeclaresEveryPropertyOfTheTheme() throws {
        let theme = try WeChatTheme(layout: Fixtures.defaultLayout())
        let agreement = WeChatTheme.schema.disagreement(with: theme)
        XCTAssertEqual(agreement.undeclared, [], "properties of WeChatTheme that wechat.yaml's schema does not declare")
        XCTAssertEqual(agreement.unread, [], "keys of wechat.yaml's schema that no property of WeChatTheme reads")
    }

    func testTheLayoutReadmeDocumentsEveryKey() throws {
        let readme = try XCTUnwrap(Fixtures.defaultLayout().text("README.md"))
        let table = WeChatTheme.schema.keyTable
        XCTAssertTrue(readme.contains(table), "layouts/default/README.md must hold wechat.yaml's key table, as the schema gives it:\n\(table)")
    }
}
