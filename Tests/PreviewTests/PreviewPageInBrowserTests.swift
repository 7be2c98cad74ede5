import Foundation
import TestSupport
import XCTest

/// The preview page in a real browser: it shows the article, hears the rebuild after a
/// save on /events, and puts the new text in the WeChat view without a reload of the page.
final class PreviewPageInBrowserTests: XCTestCase {
    func testAnEditArrivesAsAnEventAndShowsInTheWeChatView() throws {
        let preview = try RunningPreview()
        let browser = try WebDriverSession.desktop()
        try browser.navigate(to: try XCTUnwrap(URL(string: preview.address)))
        let article = "return document.getElementById('wechat-article').textContent"
        try preview.waitFor("the article in the phone frame") {
            (try browser.execute(article) as? String)?.contains(SamplePublication.fixture.summaryOpening) == true
        }
        // The phone's screen is the width chosen (inside its bezel), and dark is a switch.
        for width in [360, 375, 414] {
            let screen = try browser.execute("document.querySelector('[data-width=\"\(width)\"]').click();"
                + " return document.getElementById('wechat-phone').clientWidth") as? Int
            XCTAssertEqual(screen, width)
        }
        XCTAssertEqual(try browser.execute("document.getElementById('dark').click();"
            + " return document.getElementById('wechat-phone').classList.contains('dark')") as? Bool, true)

        // Marks the page: a reload of the whole page would lose it.
        _ = try browser.execute("window.briefpressTestMark = 1; return null")

        let added = "浏览器里看得见的新段落"
        try preview.saveEdition { $0 + "\n\(added)。\n" }
        try preview.waitFor("the new text in the WeChat view") {
            (try browser.execute(article) as? String)?.contains(added) == true
        }
        XCTAssertEqual(try browser.execute("return window.briefpressTestMark") as? Int, 1, "only the views reloaded, not the page")
        let pdfFrame = try browser.execute("return document.getElementById('pdf-frame').getAttribute('src')") as? String
        XCTAssertTrue(pdfFrame?.hasPrefix("/out/2026-05-28.pdf?v=") == true, "the PDF view was reloaded: \(pdfFrame ?? "nil")")
        XCTAssertEqual(try browser.execute("return document.getElementById('problems').hidden") as? Bool, true)

        // A broken source raises the overlay, naming the place and quoting the line.
        try preview.saveEdition { $0.replacingOccurrences(of: "[@\(SamplePublication.fixture.firstReferenceID)]", with: "[@missing-ref]") }
        try preview.waitFor("the problem overlay") {
            try browser.execute("return document.getElementById('problems').hidden") as? Bool == false
        }
        let overlay = try XCTUnwrap(try browser.execute("return document.getElementById('problems').textContent") as? String)
        XCTAssertTrue(overlay.contains("editions/2026-05-28.md:"), overlay)
        XCTAssertTrue(overlay.contains("[@missing-ref]"), overlay)
        XCTAssertTrue((try browser.execute(article) as? String)?.contains(added) == true, "the last good article stays")
    }
}
