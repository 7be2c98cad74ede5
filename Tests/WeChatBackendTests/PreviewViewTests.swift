import BriefModel
import Foundation
import TestSupport
import WeChatBackend
import XCTest

/// The preview page's views, in a real browser wide enough for the largest phone: the
/// frame takes each phone width, and the dark-mode view re-colours a copy of the article as
/// WeChat's dark mode does while the article that is copied stays as written.
final class PreviewViewTests: XCTestCase {
    static let viewportWidth = 480

    var browser: WebDriverSession!

    override func setUpWithError() throws {
        browser = try WebDriverSession(width: PreviewViewTests.viewportWidth)
    }

    override func tearDown() {
        browser?.quit()
        browser = nil
    }

    func open(_ article: WeChatArticle, as name: String) throws {
        try FileManager.default.createDirectory(at: ChromiumPreviewTests.artifacts, withIntermediateDirectories: true)
        let file = ChromiumPreviewTests.artifacts.appendingPathComponent(name + ".html")
        try Data(article.page.bytes).write(to: file)
        try browser.navigate(to: file)
    }

    func save(_ png: Data, _ name: String) throws {
        try png.write(to: ChromiumPreviewTests.artifacts.appendingPathComponent(name))
    }

    func testPhoneFrameTakesEachWidthAndTheArticleFitsIt() throws {
        try open(render(Fixtures.exercise()), as: "exercise-widths")
        var titleLines: [Int: Int] = [:]
        for width in [414, 360, 375] {
            try browser.click(css: ".bp-width[data-width='\(width)']")
            let frame = try XCTUnwrap(browser.execute("return getComputedStyle(document.getElementById('briefpress-phone')).width;") as? String)
            XCTAssertEqual(frame, "\(width)px", "the phone frame after choosing \(width)")
            let pressed = try browser.execute("return document.querySelector('.bp-width[aria-pressed=true]').getAttribute('data-width');") as? String
            XCTAssertEqual(pressed, "\(width)", "the chosen width shows as pressed")
            let article = try XCTUnwrap(browser.execute("return document.getElementById('briefpress-article').getBoundingClientRect().width;") as? Double)
            XCTAssertEqual(article, Double(width - 2 * 16), accuracy: 0.5, "the article fills the frame inside its page padding")
            let overflowing = try XCTUnwrap(browser.execute(ChromiumPreviewTests.overflowingElements) as? [String])
            XCTAssertEqual(overflowing, [], "\(width) px: elements wider than the phone column")
            titleLines[width] = try XCTUnwrap(browser.execute("""
                var h = document.querySelector('#briefpress-article h1'), r = document.createRange();
                r.selectNodeContents(h);
                var tops = {};
                Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });
                return Object.keys(tops).length;
                """) as? Int)
            let shot = try browser.screenshot()
            XCTAssertEqual(ChromiumPreviewTests.pngWidth(shot), PreviewViewTests.viewportWidth)
            try save(shot, "exercise-width-\(width).png")
        }
        XCTAssertEqual(titleLines.count, 3, "the title measured at every width: \(titleLines)")
    }

    /// Every inline colour of the dark copy is what WeChat's algorithm (the test's model of
    /// it) makes of the light one, against the background it is painted on.
    func testDarkModeViewRecoloursACopyAsWeChatDoes() throws {
        let article = try render(Fixtures.exercise())
        try open(article, as: "exercise-dark")
        let lightStyle = try browser.execute("return document.getElementById('briefpress-article').innerHTML;") as? String
        try browser.click(css: "#briefpress-dark-mode")
        let shown = try XCTUnwrap(browser.execute("""
            return [document.getElementById('briefpress-article').hidden, document.getElementById('briefpress-dark').hidden,
                    getComputedStyle(document.getElementById('briefpress-phone')).backgroundColor];
            """) as? [Any])
        XCTAssertEqual(shown[0] as? Bool, true, "the light article is hidden in dark mode")
        XCTAssertEqual(shown[1] as? Bool, false, "the dark copy is shown")
        XCTAssertEqual(shown[2] as? String, "rgb(25, 25, 25)", "WeChat's dark page")
        let pairs = try XCTUnwrap(browser.execute("""
            var light = document.querySelectorAll('#briefpress-article *'), dark = document.querySelectorAll('#briefpress-dark *');
            var out = [];
            for (var i = 0; i < light.length; i++) {
              if (!light[i].style.color) continue;
              var bg = 'rgb(255, 255, 255)';
              for (var p = light[i]; p && p.id !== 'briefpress-article'; p = p.parentElement) {
                if (p.style.backgroundColor) { bg = p.style.backgroundColor; break; }
              }
              out.push([light[i].style.color, bg, dark[i].style.color, light[i].tagName + ' ' + light[i].textContent.slice(0, 10)]);
            }
            return out;
            """) as? [[String]])
        XCTAssertGreaterThan(pairs.count, 50, "expected the article's coloured elements compared")
        for pair in pairs {
            let light = try XCTUnwrap(RGB(css: pair[0])), background = try XCTUnwrap(RGB(css: pair[1]))
            let shown = try XCTUnwrap(RGB(css: pair[2]), "\(pair[3]): no colour in the dark copy")
            let expected = WeChatDarkMode.text(light, on: WeChatDarkMode.background(background))
            let off = max(abs(shown.r - expected.r), abs(shown.g - expected.g), abs(shown.b - expected.b))
            XCTAssertLessThanOrEqual(off, 2, "\(pair[3]): \(light) on \(background) shows as \(shown), WeChat makes it \(expected)")
        }
        let untouched = try browser.execute("return document.getElementById('briefpress-article').innerHTML;") as? String
        XCTAssertEqual(untouched, lightStyle, "the article that is copied keeps its light colours")
        try save(browser.screenshot(), "exercise-dark-top.png")
        try browser.execute("window.scrollTo(0, document.body.scrollHeight);")
        try save(browser.screenshot(), "exercise-dark-footer.png")
        // And back.
        try browser.click(css: "#briefpress-dark-mode")
        let back = try browser.execute("return document.getElementById('briefpress-article').hidden;") as? Bool
        XCTAssertEqual(back, false, "the light article returns")
    }
}
