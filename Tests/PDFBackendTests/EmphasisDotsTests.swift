import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// Chinese emphasis in print is the 着重号: a dot under each emphasised Han character and
/// under nothing else, sized and coloured by pdf.yaml. Checked as drawn in the page's
/// content stream, uncompressed by qpdf.
final class EmphasisDotsTests: XCTestCase {
    /// BlockKindsTests' edition (whose first paragraph emphasises 强调) with a paragraph
    /// emphasising Han characters, a full-width comma, spaces and English.
    static func briefing() throws -> Briefing {
        var briefing = try BlockKindsTests.briefing()
        briefing.edition.sections[0].blocks.append(
            .paragraph([.text("这一点"), .emphasis([.text("比目标，更值得 Financial Times 关注")]), .text("。")]))
        return briefing
    }

    /// Han characters under emphasis in `briefing()`: 强调 and 比目标更值得关注.
    static let emphasisedHan = 2 + 8

    /// Each dot drawn: its centre and diameter, from the four arcs `fillCircle` writes.
    private func dots(pdfYAML replacing: [(String, String)] = []) throws -> (dots: [(x: Double, y: Double, diameter: Double)], fills: Set<String>) {
        let file = try PDFRenderer(layout: defaultLayout(replacingInPDFYAML: replacing).layout).render(EmphasisDotsTests.briefing())
        let lines = try ExpandedPDF.text(of: file.bytes).split(separator: "\n")
        var found: [(x: Double, y: Double, diameter: Double)] = [], fills: Set<String> = []
        var index = 0, lastFill = ""
        while index < lines.count {
            let line = lines[index]
            if line.hasSuffix(" rg") { lastFill = String(line.dropLast(3)) }
            if line.hasSuffix(" c"), index + 3 < lines.count {
                let arcs = lines[index..<index + 4].map { $0.split(separator: " ").dropLast().compactMap { Double($0) } }
                guard arcs.allSatisfy({ $0.count == 6 }) else { index += 1; continue }
                // The first arc ends at the top of the circle, the third at its bottom.
                let top = arcs[0][5], bottom = arcs[2][5]
                found.append((x: arcs[0][4], y: (top + bottom) / 2, diameter: top - bottom))
                fills.insert(lastFill)
                index += 4
                continue
            }
            index += 1
        }
        return (found, fills)
    }

    func testOneDotUnderEachEmphasisedHanCharacterAndNothingElse() throws {
        let (dots, _) = try dots()
        XCTAssertEqual(dots.count, EmphasisDotsTests.emphasisedHan,
                       "expected a dot under each emphasised Han character, none under the comma, spaces or English")
        // 比目标，更值得: dots on one line stand at least an em apart (the comma's place is empty).
        let xs = dots.map(\.x)
        for (a, b) in zip(xs.dropLast(), xs.dropFirst()) where b > a {
            XCTAssertGreaterThanOrEqual(b - a, 10.5 * 0.9, "two dots closer than a character: \(xs)")
        }
    }

    func testDotSizeAndColourComeFromTheLayout() throws {
        let standard = try dots()
        for dot in standard.dots { XCTAssertEqual(dot.diameter, 0.16 * 10.5, accuracy: 0.01) }
        let changed = try dots(pdfYAML: [("  emphasisDotSize: 0.16 ", "  emphasisDotSize: 0.25 "),
                                         ("  emphasisDot: \"#1A1A1A\"", "  emphasisDot: \"#336699\"")])
        XCTAssertEqual(changed.dots.count, EmphasisDotsTests.emphasisedHan)
        for dot in changed.dots { XCTAssertEqual(dot.diameter, 0.25 * 10.5, accuracy: 0.01, "the diameter set in pdf.yaml") }
        XCTAssertEqual(changed.fills, ["0.2 0.4 0.6"], "dots filled in colors.emphasisDot")
        let lower = try dots(pdfYAML: [("  emphasisDotDrop: 0.3 ", "  emphasisDotDrop: 0.5 ")])
        for (a, b) in zip(standard.dots, lower.dots) {
            XCTAssertEqual(a.y - b.y, 0.2 * 10.5, accuracy: 0.01, "the drop set in pdf.yaml moves each dot down")
        }
    }
}
