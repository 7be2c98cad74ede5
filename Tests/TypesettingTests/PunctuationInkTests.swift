import TestSupport
import XCTest
@testable import Typesetting

/// GB 5.1.10: a line-end mark keeps ½ em, so its ink must lie inside that half. Checked on
/// the zh-Hans glyphs of both Noto CJK families the layouts use.
final class PunctuationInkTests: XCTestCase {
    override func setUpWithError() throws { try Fixtures.requireFonts() }

    func testTrimmedMarksKeepTheirInkInsideTheRemainingHalf() throws {
        let store = Fixtures.store
        let typesetter = Typesetter(fonts: store)
        for family in ["Noto Serif CJK SC", "Noto Sans CJK SC"] {
            for bold in [false, true] {
                let face = try store.face(family: family, bold: bold, hint: "install fonts-noto-cjk")
                let style = TextStyle(fonts: [face], size: 10)
                for mark in "，。、；：？！）》」』】〕〗”’（《「『【〔〖“‘" {
                    // Alone on a line: trimmed on its blank side (start for openers, end for closers).
                    let line = typesetter.layout(ParagraphSpec(runs: [StyledText(text: String(mark), style: style)], width: 100))[0]
                    let g = line.glyphs[0]
                    let box = Audit.openings.contains(mark) ? (0.0, g.x + g.advance) : (g.x, g.x + g.advance)
                    XCTAssertEqual(box.1 - box.0, 5, accuracy: 1e-9, "\(family) \(mark): trimmed to ½ em")
                    let ink = try XCTUnwrap(store.font(face).inkSpan(of: g.glyphID))
                    let left = g.x + Double(ink.left) / 100, right = g.x + Double(ink.right) / 100
                    XCTAssertGreaterThanOrEqual(left, box.0 - 0.05 * 10, "\(family)\(bold ? " bold" : "") \(mark): ink starts \(left) before the box \(box)")
                    XCTAssertLessThanOrEqual(right, box.1 + 0.05 * 10, "\(family)\(bold ? " bold" : "") \(mark): ink ends \(right) after the box \(box)")
                }
            }
        }
    }
}
