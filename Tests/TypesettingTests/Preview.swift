import Foundation
import XCTest
import Typesetting

/// Writes an HTML page that places every glyph cluster where the engine put it, to look at
/// the result in a browser (not a test; asserts nothing):
///   BRIEFPRESS_PREVIEW=/tmp/preview.html [BRIEFPRESS_PREVIEW_WIDTHS=40,17,9] swift test --skip-build --filter TypesettingPreview
final class TypesettingPreview: XCTestCase {
    func testWritePreview() throws {
        guard let path = ProcessInfo.processInfo.environment["BRIEFPRESS_PREVIEW"] else {
            throw XCTSkip("set BRIEFPRESS_PREVIEW=/path/to/file.html to write a preview")
        }
        let scale = 3.0
        let pitch = 1.6 * Fixtures.em
        var html = "<!doctype html><html lang=zh-Hans><meta charset=utf-8><body style='margin:0;background:#fff'>"
        var y = 20.0
        let widths = (ProcessInfo.processInfo.environment["BRIEFPRESS_PREVIEW_WIDTHS"] ?? "40,17,9")
            .split(separator: ",").compactMap { Int($0) }
        for w in widths {
            let paragraphs = Array(try Fixtures.sampleParagraphs().prefix(w == 40 ? 5 : 2)) + Fixtures.adversarialParagraphs
            for runs in paragraphs {
                let lines = Fixtures.layout(runs, widthEm: w)
                for line in lines {
                    y += pitch
                    html += "<div style='position:absolute;left:\(20 * scale)px;top:\((y - Fixtures.em) * scale)px;width:\(Double(w) * Fixtures.em * scale)px;height:\(Fixtures.em * scale)px;background:#eef'></div>"
                    for g in line.glyphs where !g.text.isEmpty {
                        let color = g.tag == Fixtures.codeTag ? "#06c" : "#000"
                        let text = g.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                        html += "<span style='position:absolute;white-space:pre;left:\((20 + g.x) * scale)px;top:\((y - g.yOffset) * scale)px;transform:translateY(-88%);font:\(g.size * scale)px \"Noto Serif CJK SC\";color:\(color)'>\(text)</span>"
                    }
                }
                y += pitch * 0.6
            }
            y += pitch * 2
        }
        html += "<div style='position:absolute;top:\(y * scale)px'>.</div></body></html>"
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
