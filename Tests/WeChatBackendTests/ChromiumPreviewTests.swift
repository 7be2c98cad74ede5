import BriefModel
import Foundation
import TestSupport
import WeChatBackend
import XCTest

/// The preview page judged in a real browser at phone width: nothing overflows sideways,
/// the article is what shows, and the button puts the article on the clipboard as HTML.
final class ChromiumPreviewTests: XCTestCase {
    /// Screenshots and pages are kept here for a person to look at.
    static let artifacts = FileManager.default.temporaryDirectory.appendingPathComponent("briefpress-wechat-preview")

    var browser: WebDriverSession!

    override func setUpWithError() throws {
        browser = try WebDriverSession()
    }

    override func tearDown() {
        browser?.quit()
        browser = nil
    }

    /// Writes the page to the artifacts folder and opens it.
    func open(_ article: WeChatArticle, as name: String) throws {
        try FileManager.default.createDirectory(at: ChromiumPreviewTests.artifacts, withIntermediateDirectories: true)
        let file = ChromiumPreviewTests.artifacts.appendingPathComponent(name + ".html")
        try Data(article.page.bytes).write(to: file)
        try browser.navigate(to: file)
        try browser.grant("clipboard-read")
        try browser.grant("clipboard-write")
    }

    /// Elements of the article that stick out of the phone column; elements inside a
    /// sideways-scrolling box (a wide table) are that box's business, not the page's.
    static let overflowingElements = """
    var container = document.getElementById('briefpress-article');
    var frame = container.getBoundingClientRect();
    var out = [];
    container.querySelectorAll('*').forEach(function (el) {
      for (var p = el.parentElement; p && p !== container; p = p.parentElement) {
        var o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return;
      }
      var r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < frame.left - 0.5 || r.right > frame.right + 0.5))
        out.push(el.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right) + ' ' + (el.textContent || '').slice(0, 20));
    });
    return out;
    """

    func testPreviewFitsAPhoneWithoutSidewaysScrolling() throws {
        for (name, briefing) in try Fixtures.all() {
            try open(render(briefing), as: name)
            let width = try XCTUnwrap(browser.execute("return window.innerWidth;") as? Int)
            XCTAssertEqual(width, WebDriverSession.viewport.width, "expected a 375 px viewport")
            let scrollWidth = try XCTUnwrap(browser.execute("return document.documentElement.scrollWidth;") as? Int)
            XCTAssertLessThanOrEqual(scrollWidth, width, "\(name): the page scrolls sideways (\(scrollWidth) px wide)")
            let frame = try XCTUnwrap(browser.execute("return document.getElementById('briefpress-article').getBoundingClientRect().width;") as? Double)
            XCTAssertGreaterThan(frame, 300, "\(name): expected the article to fill the phone column, found \(frame) px")
            let overflowing = try XCTUnwrap(browser.execute(ChromiumPreviewTests.overflowingElements) as? [String])
            XCTAssertEqual(overflowing, [], "\(name): elements wider than the phone column")
        }
        // The exercise's wide table scrolls inside its wrapper.
        try open(render(Fixtures.exercise()), as: "exercise")
        let scrolls = try browser.execute("""
            var tables = document.querySelectorAll('#briefpress-article table');
            var w = tables[1].parentElement;
            return [w.scrollWidth > w.clientWidth, w.getBoundingClientRect().right <= document.getElementById('briefpress-article').getBoundingClientRect().right + 0.5];
            """) as? [Bool]
        XCTAssertEqual(scrolls, [true, true], "expected the wide table to scroll inside a wrapper that fits the column")
    }

    func testScreenshotShowsTheArticle() throws {
        try open(render(Fixtures.exercise()), as: "exercise")
        // What is painted at the title's centre must be the title itself, not something on top.
        let hit = try browser.execute("""
            var h = document.querySelector('#briefpress-article h1').getBoundingClientRect();
            var el = document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2);
            return el ? el.textContent : null;
            """) as? String
        XCTAssertEqual(hit, "新质生产力每日动态", "expected the article's title painted at its place")
        let top = try browser.screenshot()
        try save(top, "exercise-top.png")
        XCTAssertEqual(ChromiumPreviewTests.pngWidth(top), WebDriverSession.viewport.width, "expected a phone-width screenshot")
        for (selector, file) in [("#briefpress-article table", "exercise-table.png"), ("#briefpress-article pre", "exercise-code.png"),
                                 ("#briefpress-article h2:last-of-type", "exercise-footer.png")] {
            try browser.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -80);", [selector])
            try save(browser.screenshot(), file)
        }
        try open(render(Fixtures.read(.fixture)), as: "fixture")
        try save(browser.screenshot(), "fixture-top.png")
        try browser.execute("window.scrollTo(0, document.body.scrollHeight);")
        try save(browser.screenshot(), "fixture-footer.png")
    }

    func testCopyButtonPutsTheArticleOnTheClipboardAsHTML() throws {
        let briefing = try Fixtures.exercise()
        let article = try render(briefing)
        try open(article, as: "exercise-copy")
        try browser.click(css: "#briefpress-copy")
        try assertCopied(article, of: briefing)
        try save(browser.screenshot(), "exercise-copied.png")
    }

    func testCopyFallsBackToSelectionWhenTheClipboardAPIRefuses() throws {
        let briefing = try Fixtures.read(.fixture)
        let article = try render(briefing)
        try open(article, as: "fixture-copy-fallback")
        try browser.execute("navigator.clipboard.write = function () { return Promise.reject(new Error('refused')); };")
        try browser.click(css: "#briefpress-copy")
        try assertCopied(article, of: briefing)
    }

    func testHostileBriefingRunsNoScriptInTheBrowser() throws {
        try open(render(SafetyAndDeterminismTests.hostile()), as: "hostile")
        let report = try XCTUnwrap(browser.executeAsync(Self.settleAndProvoke) as? [String: Any], "the page never settled")
        let images = report["images"] as? Int ?? -1, settled = report["settled"] as? Int ?? -1
        XCTAssertGreaterThan(images, 0, "expected the hostile briefing's figure and QR images on the page")
        XCTAssertEqual(settled, images, "expected every image loaded or failed before judging, found \(settled) of \(images)")
        let pwned = report["pwned"] as? String
        XCTAssertNil(pwned, "expected no briefing text to run as script, but window.pwned = \(pwned ?? "")")
        let title = try browser.execute("return document.title;") as? String
        XCTAssertEqual(title, "</title><style>body{display:none}</style><script>window.pwned=1</script> · 公众号预览",
                       "expected the hostile title shown as text")
    }

    // MARK: Helpers

    /// Waits for the positive signal that every handler an attack could hide in has had its
    /// chance: each image has loaded or failed (a failed image fires `error` in the same task
    /// that marks it complete), then every element gets a `mouseover`, and a task queued after
    /// those events reports back. Replies with the image counts and `window.pwned`.
    static let settleAndProvoke = """
    var done = arguments[arguments.length - 1];
    var images = Array.prototype.slice.call(document.images);
    Promise.all(images.map(function (image) {
      return image.complete ? null : new Promise(function (settle) {
        image.addEventListener('load', settle); image.addEventListener('error', settle);
      });
    })).then(function () {
      document.querySelectorAll('*').forEach(function (el) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      });
      setTimeout(function () {
        done({ images: images.length,
               settled: images.filter(function (image) { return image.complete; }).length,
               pwned: window.pwned === undefined ? null : String(window.pwned) });
      }, 0);
    });
    """

    /// The status line confirms the copy, and the clipboard's HTML reads exactly as the
    /// fragment does; its plain-text flavour (holding the title of `briefing`) is there too.
    func assertCopied(_ article: WeChatArticle, of briefing: Briefing, file: StaticString = #filePath, line: UInt = #line) throws {
        let confirmed = try browser.wait(until: "return document.getElementById('briefpress-status').className.indexOf('bp-ok') >= 0;")
        let status = try browser.execute("return document.getElementById('briefpress-status').textContent;") as? String
        XCTAssertTrue(confirmed, "expected a visible confirmation, found status “\(status ?? "")”", file: file, line: line)
        let flavours = try XCTUnwrap(browser.executeAsync("""
            var done = arguments[arguments.length - 1];
            navigator.clipboard.read().then(function (items) {
              var item = items[0];
              return Promise.all([item.getType('text/html').then(function (b) { return b.text(); }),
                                  item.getType('text/plain').then(function (b) { return b.text(); })]);
            }).then(function (texts) { done(texts); }, function (error) { done(['error: ' + error, '']); });
            """) as? [String], file: file, line: line)
        let html = flavours[0], plain = flavours[1]
        let copiedText = ParsedHTML.fragment(html).map { $0.text() }.joined()
        let fragmentText = ParsedHTML.fragment(article.fragment).map { $0.text() }.joined()
        XCTAssertFalse(fragmentText.isEmpty)
        XCTAssertEqual(copiedText, fragmentText, "expected the clipboard's HTML to read as the fragment (html: \(html.prefix(200)))",
                       file: file, line: line)
        XCTAssertTrue(html.contains("<section style=\""), "expected the styled root section on the clipboard", file: file, line: line)
        XCTAssertTrue(plain.withoutWhitespace.contains(briefing.edition.title.withoutWhitespace), "expected a plain-text flavour, found \(plain.prefix(80))",
                      file: file, line: line)
    }

    func save(_ png: Data, _ name: String) throws {
        try png.write(to: ChromiumPreviewTests.artifacts.appendingPathComponent(name))
    }

    /// Width from a PNG's IHDR chunk.
    static func pngWidth(_ png: Data) -> Int? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24 else { return nil }
        return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
