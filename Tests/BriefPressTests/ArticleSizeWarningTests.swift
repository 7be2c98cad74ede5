import Foundation
import TestSupport
import XCTest

/// The WeChat draft API refuses an article of more than 20,000 characters. `build` still
/// writes such an article (a paste has no limit) but warns, naming the limit and the size.
final class ArticleSizeWarningTests: FixturePublicationTestCase {
    private var edition: String { "editions/\(SamplePublication.fixture.editionDate).md" }

    /// The article fragment inside the written preview page: the only child of
    /// `#briefpress-article`, which holds no `div` (wechat.md §7 rule 4).
    private func fragment(in output: URL) throws -> String {
        let page = try String(contentsOf: output.appendingPathComponent("\(SamplePublication.fixture.editionDate).wechat.html"), encoding: .utf8)
        let open = try XCTUnwrap(page.range(of: "<div id=\"briefpress-article\">"))
        let close = try XCTUnwrap(page.range(of: "</div>", range: open.upperBound..<page.endIndex))
        return String(page[open.upperBound..<close.lowerBound])
    }

    private func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    func testAnArticleUnderTheLimitBuildsWithoutWarning() throws {
        let r = try CLI.run(["build", edition, "--format", "html", "--output", "out"], in: publication)
        XCTAssertEqual(r.status, 0, r.stderr)
        let size = try fragment(in: publication.appendingPathComponent("out")).count
        XCTAssertLessThan(size, 20_000, "the fixture is meant to fit the draft API")
        XCTAssertFalse(r.stderr.contains("20,000"), "expected no size warning, found: \(r.stderr)")
    }

    func testAnArticleOverTheLimitIsWrittenWithAWarningNamingLimitAndSize() throws {
        // Three more sections of ordinary prose carry the fixture past 20,000 characters.
        let path = publication.appendingPathComponent(edition)
        var text = try String(contentsOf: path, encoding: .utf8)
        for section in 1...3 {
            text += "\n# 补充动态之\(section)\n\n"
            for paragraph in 1...4 {
                text += String(repeating: "第\(section)节第\(paragraph)段补充说明，篇幅足以让文章超过接口的字数上限。", count: 8) + "\n\n"
            }
        }
        try text.write(to: path, atomically: true, encoding: .utf8)

        let r = try CLI.run(["build", edition, "--format", "html", "--output", "out"], in: publication)
        XCTAssertEqual(r.status, 0, "a long article is still written: \(r.stderr)")
        let size = try fragment(in: publication.appendingPathComponent("out")).count
        XCTAssertGreaterThan(size, 20_000)
        let warning = try XCTUnwrap(r.stderr.split(separator: "\n").first { $0.hasPrefix("warning:") }, "expected a warning, found: \(r.stderr)")
        XCTAssertTrue(warning.contains("20,000"), "the warning names the limit: \(warning)")
        XCTAssertTrue(warning.contains("\(grouped(size)) characters"), "the warning names the article's size, \(grouped(size)): \(warning)")
        XCTAssertTrue(warning.contains(".wechat.html"), "the warning names the file: \(warning)")
    }
}
