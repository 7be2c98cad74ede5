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
        var layout = try Layout.projectDefault()
        var text = String(decoding: layout.files["pdf.yaml"]!, as: UTF8.self)
        for (old, new) in replacing {
            XCTAssertTrue(text.contains(old), "the default pdf.yaml no longer has `\(old)`")
            text = text.replacingOccurrences(of: old, with: new)
        }
        layout.files["pdf.yaml"] = Array(text.utf8)
        let file = try PDFRenderer(layout: layout).render(BlockKindsTests.briefing())
        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("layout-values-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf").path, output = directory.appendingPathComponent("out.pdf").path
        try Data(file.bytes).write(to: URL(fileURLWithPath: input))
        let result = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", input, output])
        XCTAssertEqual(result.status, 0, result.errors)
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
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
