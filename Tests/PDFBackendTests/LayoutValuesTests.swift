import BriefModel
import Foundation
import PDFBackend
import TestSupport
import XCTest

/// The lengths a designer changes in pdf.yaml reach the page: the composer has no copy of
/// its own. Checked in the page's content stream, as qpdf uncompresses it.
final class LayoutValuesTests: XCTestCase {
    /// Line widths (`N w`) drawn on the pages of the edition set in the default layout with
    /// `replacing` applied to its pdf.yaml.
    private func lineWidths(replacing: [(String, String)]) throws -> Set<String> {
        try operands(of: "w", replacing: replacing)
    }

    /// The operands of every `operator` in the pages' content, as written.
    private func operands(of operator: String, replacing: [(String, String)]) throws -> Set<String> {
        let file = try PDFRenderer(layout: defaultLayout(replacingInPDFYAML: replacing).layout).render(BlockKindsTests.briefing())
        let content = try ExpandedPDF.text(of: file.bytes)
        var operands: Set<String> = []
        for line in content.split(separator: "\n") where line.hasSuffix(" \(`operator`)") {
            operands.insert(String(line.dropLast(`operator`.count + 1)))
        }
        return operands
    }

    func testRuleThicknessesComeFromTheLayout() throws {
        let standard = try lineWidths(replacing: [])
        XCTAssertTrue(standard.isSuperset(of: ["2", "1"]), "expected the title's 2 pt and the tables' 1 pt rules; found \(standard.sorted())")
        let changed = try lineWidths(replacing: [("  thickRule: 2 ", "  thickRule: 3.25 "), ("  outerRule: 1 ", "  outerRule: 1.75 ")])
        XCTAssertTrue(changed.isSuperset(of: ["3.25", "1.75"]), "expected the rules set in pdf.yaml (3.25 and 1.75 pt); found \(changed.sorted())")
        XCTAssertFalse(changed.contains("2"), "the title's rule is still 2 pt; found \(changed.sorted())")
    }

    func testHeadingColourIsItsOwnKey() throws {
        let standard = try operands(of: "rg", replacing: [])
        let changed = try operands(of: "rg", replacing: [("  heading: \"#1A1A1A\"", "  heading: \"#336699\"")])
        XCTAssertFalse(standard.contains("0.2 0.4 0.6"), "the default layout already uses the test colour; found \(standard.sorted())")
        XCTAssertTrue(changed.contains("0.2 0.4 0.6"), "expected headings filled in colors.heading (#336699); found \(changed.sorted())")
        XCTAssertEqual(changed.subtracting(["0.2 0.4 0.6"]), standard, "only the heading colour should change")
    }
}
