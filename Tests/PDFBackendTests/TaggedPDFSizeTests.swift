import BriefModel
import BriefReader
import Foundation
@testable import PDFBackend
import TestSupport
import XCTest

/// Tagging (structure tree, marked content, parent tree) costs less than 15 % of the file:
/// each edition is rendered twice, tagged and untagged, and the two sizes compared. The
/// editions cover what makes a tree large: many cells (a 64-row, 7-column table over
/// pages), many links and English passages, and ordinary briefings.
final class TaggedPDFSizeTests: XCTestCase {
    static let growthBound = 0.15

    func testTheExampleEditionsGrowLessThanTheBound() throws {
        let editions = Checkout.root.appendingPathComponent("examples/xinzhi-demo/editions")
        for date in ["2026-05-27", "2026-05-28"] {
            try assertGrowth(BriefingReader.read(editionAt: editions.appendingPathComponent("\(date).md").path),
                             "example \(date)")
        }
    }

    func testTheFixtureGrowsLessThanTheBound() throws {
        try assertGrowth(BriefingReader.read(editionAt: SamplePublication.fixture.edition), "fixture")
    }

    func testALongTableOverPagesGrowsLessThanTheBound() throws {
        try assertGrowth(BriefingReader.read(editionAt: TaggedPDFSizeTests.longTable), "long table")
    }

    func testListsFigureEnglishAndLinksGrowLessThanTheBound() throws {
        try assertGrowth(TaggedPDFSizeTests.linksAndEnglish(), "lists, figure, English and links")
    }

    /// The 64-row, 7-column table of `Tests/Fixtures/changbiao`.
    static let longTable = Checkout.root.appendingPathComponent("Tests/Fixtures/changbiao/editions/2026-06-01.md").path

    /// Every block kind, plus 40 short paragraphs each holding two links and an English
    /// passage: the most elements per page of text.
    static func linksAndEnglish() throws -> Briefing {
        var briefing = try BlockKindsTests.briefing()
        let paragraphs: [Block] = (1...40).map { index in
            .paragraph([.text("第 \(index) 条：报道援引一位工程师的话，"), .text("“Subsidies alone did not build fabs.”"),
                        .text("详见"), .link(url: "https://example.org/chips/\(index)", [.text("原文第 \(index) 篇")]),
                        .text("与"), .link(url: "https://example.org/rules/\(index)", [.text("规则解读")]), .text("。")])
        }
        briefing.edition.sections[0].blocks += paragraphs
        return briefing
    }

    private func assertGrowth(_ briefing: Briefing, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var renderer = try PDFRenderer(layout: Layout.projectDefault())
        let tagged = try renderer.render(briefing).bytes.count
        renderer.tagged = false
        let untagged = try renderer.render(briefing).bytes.count
        let growth = Double(tagged - untagged) / Double(untagged)
        print("tagged PDF size, \(name): \(untagged) → \(tagged) bytes (+\(String(format: "%.1f", growth * 100)) %)")
        XCTAssertLessThan(growth, TaggedPDFSizeTests.growthBound,
                          "\(name): tagged \(tagged) bytes, untagged \(untagged)", file: file, line: line)
    }
}
