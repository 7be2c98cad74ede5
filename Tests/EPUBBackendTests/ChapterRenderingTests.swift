import BriefModel
import Foundation
import TestSupport
import XCTest

/// A chapter as a reading system lays it out, judged in headless Chromium (a Blink engine,
/// as in many Android readers) at a narrow phone column: URLs and code in running text
/// break where they stand instead of stretching the line before them, every text colour
/// reads on its background, and Chinese emphasis is dotted, not slanted.
final class ChapterRenderingTests: XCTestCase {
    /// A column as narrow as a small phone's reading area, in CSS px.
    static let columnWidth = 300

    static let url = "https://www.example.gov.cn/policy/2026/05/28/public-data-authorization-operation-guidelines.html"
    static let identifier = "briefpress_render_edition_with_every_format_and_layout()"

    /// The fixture's day with paragraphs a reader meets: a URL and code just after a few
    /// characters, and emphasis on Chinese and on English words.
    private func chapterMeasurements() throws -> [String: Any] {
        var briefing = try SampleSources.read(.fixture)
        let paragraphs: [Block] = [
            .paragraph([.text("原文见"), .link(url: Self.url, [.text(Self.url)]), .text("，发布于五月二十八日，其中列出了授权运营的全部环节。")]),
            .paragraph([.text("可调用"), .code(Self.identifier), .text("一次生成三种格式，其余参数沿用版式文件中的设置。")]),
            .paragraph([.text("这一点"), .emphasis([.text("比具体的数量目标更值得关注")]), .text("，正如 "),
                        .emphasis([.text("Financial Times")]), .text(" 所说。")]),
        ]
        briefing.edition.sections[0].blocks.insert(contentsOf: paragraphs, at: 0)
        let book = try EPUBBook(try SampleSources.writer().edition(briefing).bytes)
        let chapterEntry = "OEBPS/text/d\(SamplePublication.fixture.editionDate.replacingOccurrences(of: "-", with: "")).xhtml"
        let chapter = String(decoding: try book.data(chapterEntry), as: UTF8.self)
        let folder = book.directory.appendingPathComponent("x/OEBPS/text")
        try Data(Self.measure.utf8).write(to: folder.appendingPathComponent("measure.js"))
        let probe = folder.appendingPathComponent("probe.xhtml")
        try Data(chapter.replacingOccurrences(of: "</body>", with: "<script src=\"measure.js\"></script></body>").utf8).write(to: probe)
        let run = try Tool.run("chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                            "--allow-file-access-from-files", "--window-size=800,900",
                                            "--virtual-time-budget=2000", "--dump-dom", probe.absoluteString])
        guard let start = run.output.range(of: "BRIEFPRESS-MEASURE:"),
              let end = run.output.range(of: ":END", range: start.upperBound..<run.output.endIndex) else {
            XCTFail("Chromium printed no measurements:\n\(run.output.suffix(2000))")
            return [:]
        }
        let json = String(run.output[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testURLsAndCodeBreakWithoutStretchingTheLineBeforeThem() throws {
        let result = try chapterMeasurements()
        let paragraphs = try XCTUnwrap(result["paragraphs"] as? [[String: Any]])
        XCTAssertEqual(paragraphs.count, 2, "expected the URL and the code paragraph measured")
        for paragraph in paragraphs {
            let name = paragraph["text"] as? String ?? "?"
            let column = try XCTUnwrap(paragraph["column"] as? Double)
            let rights = try XCTUnwrap(paragraph["rights"] as? [Double])
            let fills = try XCTUnwrap(paragraph["fills"] as? [Double])
            XCTAssertGreaterThan(rights.count, 2, "\(name): expected several lines at \(Self.columnWidth) px")
            for (i, right) in rights.enumerated() {
                XCTAssertLessThanOrEqual(right, column + 0.5, "\(name): line \(i + 1) is wider than the column")
            }
            // Set ragged, every line but the last is full to within a character or two; a
            // short one is a line that justification would stretch apart.
            for (i, fill) in fills.dropLast().enumerated() {
                XCTAssertGreaterThan(fill, 0.9, "\(name): line \(i + 1) holds only \(Int(fill * 100)) % of the column, so justified its gaps open wide")
            }
        }
    }

    func testEveryTextColourReadsOnItsBackground() throws {
        let result = try chapterMeasurements()
        let pairs = try XCTUnwrap(result["contrast"] as? [[String: Any]])
        XCTAssertGreaterThan(pairs.count, 10, "expected the chapter's text elements measured")
        for pair in pairs {
            let ratio = try XCTUnwrap(pair["ratio"] as? Double), size = try XCTUnwrap(pair["size"] as? Double)
            let needed = size >= 18 ? 3.0 : 4.5
            XCTAssertGreaterThanOrEqual(ratio, needed, "\(pair["element"] ?? "?"): \(pair["color"] ?? "?") on \(pair["background"] ?? "?") is \(ratio):1 at \(size) px")
        }
    }

    func testChineseEmphasisIsDottedAndEnglishEmphasisItalic() throws {
        let result = try chapterMeasurements()
        let emphasis = try XCTUnwrap(result["emphasis"] as? [[String: String]])
        let chinese = try XCTUnwrap(emphasis.first { $0["text"] == "比具体的数量目标更值得关注" })
        XCTAssertEqual(chinese["fontStyle"], "normal", "Chinese emphasis must not be slanted")
        XCTAssertEqual(chinese["emphasisStyle"], "dot", "Chinese emphasis carries 着重号")
        XCTAssertTrue(chinese["emphasisPosition"]?.hasPrefix("under") ?? false, "dots under the text, found \(chinese["emphasisPosition"] ?? "none")")
        let english = try XCTUnwrap(emphasis.first { $0["text"] == "Financial Times" })
        XCTAssertEqual(english["fontStyle"], "italic", "English emphasis stays italic")
        XCTAssertEqual(english["emphasisStyle"], "none", "no dots under Latin letters")
    }

    /// Runs in the chapter after it is laid out in a `columnWidth` column; prints its
    /// findings as JSON between markers into the document, which `--dump-dom` prints.
    static let measure = """
    (function () {
      document.documentElement.style.width = '\(columnWidth)px';
      function lines(p) {
        var range = document.createRange();
        range.selectNodeContents(p);
        // Rects whose middle falls inside a line's height are on that line (code and
        // text on one line differ in size, so their edges differ).
        var found = [];
        Array.prototype.forEach.call(range.getClientRects(), function (r) {
          if (r.width === 0) return;
          var middle = (r.top + r.bottom) / 2;
          var line = found.filter(function (l) { return l.top <= middle && middle <= l.bottom; })[0];
          if (!line) { found.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }); return; }
          line.left = Math.min(line.left, r.left); line.right = Math.max(line.right, r.right);
        });
        return found.sort(function (a, b) { return a.top - b.top; });
      }
      var paragraphs = [];
      document.querySelectorAll('p').forEach(function (p) {
        if (!p.querySelector('a.url, code') || p.closest('.references')) return;
        var box = p.getBoundingClientRect();
        var ragged = p.cloneNode(true);
        ragged.style.textAlign = 'left';
        p.parentNode.insertBefore(ragged, p.nextSibling);
        var set = lines(p), raw = lines(ragged);
        paragraphs.push({
          text: p.textContent.slice(0, 12),
          column: box.right,
          rights: set.map(function (l) { return l.right; }),
          fills: raw.map(function (l) { return (l.right - l.left) / (box.right - l.left); })
        });
        ragged.remove();
      });
      function rgb(s) { var m = s.match(/[0-9.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; }
      function luminance(c) {
        return [c.r, c.g, c.b].map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
          .reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
      }
      function background(el) {
        for (; el; el = el.parentElement) {
          var c = rgb(getComputedStyle(el).backgroundColor);
          if (c.a > 0) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
      }
      var contrast = [];
      document.querySelectorAll('body *').forEach(function (el) {
        var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.data.trim(); });
        if (!own) return;
        var style = getComputedStyle(el), fg = rgb(style.color), bg = background(el);
        var a = luminance(fg), b = luminance(bg);
        contrast.push({ element: el.tagName + ' ' + el.textContent.slice(0, 10), color: style.color, size: parseFloat(style.fontSize),
                        background: 'rgb(' + bg.r + ',' + bg.g + ',' + bg.b + ')',
                        ratio: Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100 });
      });
      var emphasis = Array.prototype.map.call(document.querySelectorAll('em'), function (em) {
        var s = getComputedStyle(em.querySelector('[lang="en"]') || em);
        return { text: em.textContent, fontStyle: s.fontStyle,
                 emphasisStyle: s.textEmphasisStyle || s.webkitTextEmphasisStyle,
                 emphasisPosition: s.textEmphasisPosition || s.webkitTextEmphasisPosition };
      });
      var out = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
      out.textContent = 'BRIEFPRESS-MEASURE:' + JSON.stringify({ paragraphs: paragraphs, contrast: contrast, emphasis: emphasis }) + ':END';
      document.body.appendChild(out);
    })();
    """
}
