import BriefModel
import Foundation
import TestSupport
import WeChatBackend
import XCTest

/// The theme lives in the layout's wechat.yaml; the backend inlines it and refuses values
/// the WeChat editor would drop.
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
        XCTAssertEqual(body.style("text-align"), "justify")
        XCTAssertEqual(body.style("color"), "#3f3f3f")
    }

    private func themeValuesReachTheArticle(_ sample: SamplePublication) throws {
        let yaml = try defaultYAML()
            .replacingOccurrences(of: "  body: 16", with: "  body: 17")
            .replacingOccurrences(of: "text: \"#3f3f3f\"", with: "text: \"#333333\"")
        let article = try WeChatWriter(layout: layout(yaml)).render(Fixtures.read(sample))
        let body = try XCTUnwrap(root(of: article).elements("p").first { $0.text().hasPrefix(sample.firstBodyOpening) }, sample.name)
        XCTAssertEqual(body.style("font-size"), "17px")
        XCTAssertEqual(body.style("color"), "#333333")
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
        assertRefused(yaml.replacingOccurrences(of: "link: \"#576b95\"", with: "link: \"var(--blue)\""), mentioning: ["colors.link", "#hex"])
        assertRefused(yaml.replacingOccurrences(of: "  body: 16", with: "  body: 12"), mentioning: ["sizes.body", "14–18"])
        assertRefused(yaml.replacingOccurrences(of: "  body: 1.75", with: "  body: 1.2"), mentioning: ["lineHeights.body"])
    }

    func testThemeReportsUnknownAndMissingKeys() throws {
        let yaml = try defaultYAML()
        assertRefused(yaml.replacingOccurrences(of: "  link: ", with: "  lnk: "), mentioning: ["wechat.yaml:", "unknown key `lnk`", "colors"])
        assertRefused(yaml.replacingOccurrences(of: "  gutter: 8 ", with: "  "), mentioning: ["missing key `spacing.gutter`"])
        XCTAssertThrowsError(try WeChatWriter(layout: Layout(name: "bare", files: [:]))) { error in
            XCTAssertTrue("\(error)".contains("no wechat.yaml"), "found: \(error)")
        }
    }
}
