import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// Numbers in pdf.yaml that decode but that the composer cannot work with are refused when
/// the layout is read, every one at once, at `pdf.yaml:LINE:COL` of the value, instead of
/// crashing the build when a code block, a figure or a line is set.
final class LayoutRangeTests: XCTestCase {

    /// The message reading the layout gives, or a failure when it is accepted.
    private func refusal(replacing: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws -> (String, String) {
        let (layout, text) = try defaultLayout(replacingInPDFYAML: replacing)
        do {
            _ = try PDFRenderer(layout: layout)
            XCTFail("expected the layout refused; it was accepted", file: file, line: line)
            return ("", text)
        } catch {
            return ("\(error)", text)
        }
    }

    /// `LINE:COL` of the value on the first line that has `key` (`tabWidth:`, `size: 0`).
    private func place(of key: String, in text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(key) }), let colon = lines[index].range(of: ": ") else { return "?" }
        return "\(index + 1):\(lines[index].distance(from: lines[index].startIndex, to: colon.upperBound) + 1)"
    }

    func testValuesOutOfRangeAreAllReportedAtTheirValues() throws {
        let (message, text) = try refusal(replacing: [
            ("  size: 10.5              # 五号", "  size: 0              # 五号"),
            ("  tabWidth: 4 ", "  tabWidth: -1 "),
            ("  captionReserve: 4 ", "  captionReserve: 60 "),
        ])
        for (key, words) in [("  size: 0 ", "`body.size` must be a type size from 1"),
                             ("tabWidth:", "`body.tabWidth` must be a whole number from 1 to 16; found `-1`"),
                             ("captionReserve:", "`figures.captionReserve` must be fewer lines than `page.lines` (38)")] {
            let expected = "pdf.yaml:\(place(of: key, in: text)): error: \(words)"
            XCTAssertTrue(message.contains(expected), "expected `\(expected)`; found:\n\(message)")
        }
        // The type area is body.size wide per column: not judged while body.size is refused.
        XCTAssertFalse(message.contains("type area"), "expected no type-area check on a refused body size; found:\n\(message)")
    }

    func testCaptionReserveTallerThanThePageIsRefused() throws {
        let (message, text) = try refusal(replacing: [("  captionReserve: 4 ", "  captionReserve: 60 ")])
        let expected = "pdf.yaml:\(place(of: "captionReserve:", in: text)): error: "
            + "`figures.captionReserve` must be fewer lines than `page.lines` (38)"
        XCTAssertTrue(message.contains(expected), "expected `\(expected)`; found:\n\(message)")
    }

    func testTypeAreaWiderOrTallerThanThePageIsRefused() throws {
        let (message, text) = try refusal(replacing: [("  columns: 40 ", "  columns: 60 "), ("  lines: 38 ", "  lines: 50 ")])
        for (key, words) in [("columns:", "the type area (60 columns"), ("lines: 50", "the type area (marginTop 92.0 pt + 50 lines")] {
            let expected = "pdf.yaml:\(place(of: key, in: text)): error: \(words)"
            XCTAssertTrue(message.contains(expected), "expected `\(expected)`; found:\n\(message)")
        }
    }

    func testInfiniteAndNegativeLengthsAreRefused() throws {
        let (message, _) = try refusal(replacing: [("  width: 595.276 ", "  width: .inf "), ("  thinRule: 0.5 ", "  thinRule: -0.5 ")])
        XCTAssertTrue(message.contains("`page.width` must be a length above 0 and at most 14400 pt; found `.inf`")
                      && message.contains("`title.thinRule` must be a length from 0 to 14400 pt; found `-0.5`"),
                      "expected the infinite width and the negative rule refused; found:\n\(message)")
    }

    func testTheDefaultLayoutIsInRange() throws {
        let (layout, _) = try defaultLayout(replacingInPDFYAML: [])
        XCTAssertNoThrow(try PDFRenderer(layout: layout), "the default layout must pass its own range checks")
    }
}
