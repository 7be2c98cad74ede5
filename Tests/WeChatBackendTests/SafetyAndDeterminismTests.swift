import BriefModel
import Foundation
import TestSupport
import WeChatBackend
import XCTest

/// Hostile text stays text, and the same briefing always gives the same bytes.
final class SafetyAndDeterminismTests: XCTestCase {
    static let script = "<script>window.pwned=1</script>"
    static let imageHandler = "<img src=x onerror=\"window.pwned=2\">"
    static let scriptURL = "javascript:window.pwned=3"

    /// Every field an editor controls carries an attack.
    static func hostile() throws -> Briefing {
        var briefing = try Fixtures.exercise()
        briefing.publication.title = "</title>" + script
        briefing.publication.publisher = imageHandler
        briefing.publication.producers = ["\"><script>window.pwned=4</script>"]
        briefing.publication.contact?.codes[1].label = imageHandler
        briefing.publication.contact?.website = scriptURL
        briefing.edition.title = "</title><style>body{display:none}</style>" + script
        briefing.edition.sections[0].title = [.text(script)]
        briefing.edition.sections[0].blocks.insert(.paragraph([
            .text(script), .text(imageHandler), .link(url: scriptURL, [.text("点我")]),
            .link(url: "https://example.com/\"onmouseover=\"window.pwned=5", [.text("引号")]),
            .code("</code>" + script),
        ]), at: 0)
        let chart = try Fixtures.pngAsset("assets/\"onerror=\"window.pwned=6.png", text: "x")
        briefing.edition.sections[0].blocks.append(.figure(Figure(image: chart, caption: [.text("\" onerror=\"window.pwned=7")], number: 3)))
        briefing.edition.references[0].url = scriptURL
        briefing.edition.references[1].note = "<!-- comment --><iframe src=\"https://evil.example\"></iframe>"
        return briefing
    }

    func testHostileTextProducesNothingActive() throws {
        let article = try render(SafetyAndDeterminismTests.hostile())
        let report = FragmentChecker().check(article.fragment)
        XCTAssertTrue(report.errors.isEmpty, "expected hostile text to stay text, found \(report.errors.count):\n\(report.summary)")

        let page = try XCTUnwrap(ParsedHTML.document(String(decoding: article.page.bytes, as: UTF8.self)))
        var scripts: [String] = [], styles = 0, handlers: [String] = [], scriptURLs: [String] = [], frames = 0
        page.walk { node, _ in
            if node.name == "script" { scripts.append(node.text()) }
            if node.name == "style" { styles += 1 }
            if node.name == "iframe" { frames += 1 }
            for (name, value) in node.attributes {
                if name.hasPrefix("on") { handlers.append(name) }
                if value.lowercased().contains("javascript:") { scriptURLs.append(value) }
            }
        }
        XCTAssertEqual(scripts.count, 1, "expected only the copy button's script, found \(scripts.count)")
        XCTAssertFalse(scripts.joined().contains("pwned"), "expected no briefing text inside a script")
        XCTAssertEqual(styles, 1, "expected only the page's own stylesheet")
        XCTAssertEqual(frames, 0)
        XCTAssertEqual(handlers, [], "expected no event handler attributes")
        XCTAssertEqual(scriptURLs, [], "expected no javascript: in any attribute")

        // The attacks are still there for the reader to see, as text.
        let text = try root(of: article).text()
        for visible in [SafetyAndDeterminismTests.script, SafetyAndDeterminismTests.imageHandler, "javascript:window.pwned=3"] {
            XCTAssertTrue(text.contains(visible), "expected “\(visible)” shown as text")
        }
    }

    func testTwoRendersAreByteIdentical() throws {
        for (briefing, base) in [(try Fixtures.read(.fixture), nil), (try Fixtures.exercise(), nil),
                                 (try Fixtures.exercise(), "https://img.example.com/b/")] as [(Briefing, String?)] {
            try rendersAreByteIdentical(briefing, imageBase: base)
        }
    }

    /// The same check on the shared sample; skipped (failed on CI) when it is not there.
    func testTwoRendersOfTheSharedSampleAreByteIdentical() throws {
        try rendersAreByteIdentical(Fixtures.read(SamplePublication.shared()), imageBase: nil)
    }

    private func rendersAreByteIdentical(_ briefing: Briefing, imageBase base: String?) throws {
        let first = try render(briefing, imageBase: base), second = try render(briefing, imageBase: base)
        XCTAssertEqual(first.page.bytes, second.page.bytes, "expected the same page bytes for \(briefing.edition.sourcePath)")
        XCTAssertEqual(first.fragment, second.fragment)
        XCTAssertEqual(first.uploads, second.uploads)
    }
}
