import BriefModel
import BriefReader
import XCTest

/// Only http, https and mailto addresses reach the model; any other in a field is a source
/// error at the value's line and column, and a contact address too long for a QR code is
/// found by reading (`check`), not by a backend.
final class WebAddressTests: XCTestCase {
    static let hostile = ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "vbscript:msgbox(1)",
                          "JavaScript:alert(1)", "assets/page.html", "https://", "https://exa mple.org", "mailto:"]

    func edition(url: String) -> String {
        """
        ---
        date: 2026-05-28
        references:
          - id: a
            source: 来源甲
            title: 标题甲
            url: "\(url)"
        ---

        # 第一节

        正文[@a]。
        """
    }

    func publication(codeURL: String = "https://example.org/code", website: String = "https://example.org") -> String {
        """
        title: 测试简报
        publisher: 测试编辑部
        contact:
          codes:
            - label: 网站
              url: "\(codeURL)"
          website: "\(website)"

        """
    }

    /// The problems of reading an edition of a publication whose publication.yaml is `yaml`.
    func publicationProblems(_ yaml: String) -> [Diagnostic] {
        let f = Fixture()
        f.write("publication.yaml", yaml)
        return Fixture.problems(readingEditionAt: f.write("editions/2026-05-28.md", Fixture.edition()))
    }

    func testHostileReferenceAddressesAreErrorsAtTheValue() {
        for url in Self.hostile {
            let found = Fixture.problems(ofEdition: edition(url: url))
            XCTAssertEqual(found.count, 1, "\(url): \(found)")
            XCTAssertEqual(found.first?.location.line, 7, url)
            XCTAssertEqual(found.first?.location.column, 10, url)
            XCTAssertTrue(found.first?.message.hasPrefix("`url` in a reference:") == true, "\(url): \(found)")
        }
    }

    func testWebAndMailAddressesAreKept() throws {
        for url in ["https://example.org/a?b=1#c", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:editor@example.org"] {
            let e = try Fixture.readEdition(edition(url: url))
            XCTAssertEqual(e.references.first?.url, url)
        }
    }

    func testHostileContactAddressesAreErrorsAtTheValue() {
        for url in Self.hostile {
            let code = publicationProblems(publication(codeURL: url))
            XCTAssertEqual(code.map(\.location.line), [6], "\(url): \(code)")
            XCTAssertEqual(code.first?.location.column, 12, url)
            let site = publicationProblems(publication(website: url))
            XCTAssertEqual(site.map(\.location.line), [7], "\(url): \(site)")
            XCTAssertEqual(site.first?.location.column, 12, url)
        }
    }

    func testAnAddressTooLongForAnyLinkIsRefused() {
        let long = "https://example.org/" + String(repeating: "a", count: 3_000)
        let found = Fixture.problems(ofEdition: edition(url: long))
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].message.contains("at most 2000"), found[0].message)
        XCTAssertLessThan(found[0].description.count, 400, "the message must not quote the whole address")
    }

    func testAContactAddressNoQRCodeHoldsIsFoundByReading() {
        // 820 characters, but 2,420 bytes: a link, but more than a QR code holds.
        let url = "https://example.org/" + String(repeating: "码", count: 800)
        let found = publicationProblems(publication(codeURL: url))
        XCTAssertEqual(found.map(\.location.line), [6], "\(found)")
        XCTAssertTrue(found.first?.message.contains("do not fit in a QR code") == true, "\(found)")
        XCTAssertLessThan(found.first?.description.count ?? 0, 400, "the message must not quote the whole address")
    }

    func testBodyLinksWithOtherSchemesBecomeText() throws {
        let e = try Fixture.readEdition(Fixture.edition(body: "# 节\n\n[点这里](javascript:alert(1))与[站点](https://example.org)。\n"))
        guard case .paragraph(let inlines)? = e.sections.first?.blocks.first else { return XCTFail("no paragraph") }
        XCTAssertEqual(inlines.filter { if case .link = $0 { true } else { false } }.count, 1)
        XCTAssertEqual(inlines.plainText, "点这里与站点。")
    }
}
