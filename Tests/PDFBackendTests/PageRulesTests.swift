import TestSupport
import XCTest

/// clreq's page rules (§5) on a printed sample publication: no widows, no orphans, no
/// heading at the foot of a page.
final class PageRulesTests: XCTestCase {
    func testParagraphsBrokenAcrossPagesKeepTwoLinesOnEachSide() throws { try noWidowsOrOrphans(PrintedSample.of(.fixture)) }
    func testNoHeadingStandsLastOnAPage() throws { try noHeadingLastOnAPage(PrintedSample.of(.fixture)) }

    /// The same checks on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSample() throws {
        let printed = try PrintedSample.of(SamplePublication.shared())
        try noWidowsOrOrphans(printed)
        try noHeadingLastOnAPage(printed)
    }

    private func noWidowsOrOrphans(_ printed: PrintedSample) throws {
        var broken = 0
        for paragraph in printed.body.paragraphs {
            let pages = Dictionary(grouping: paragraph, by: \.page)
            guard pages.count > 1 else { continue }
            broken += 1
            for (page, part) in pages {
                XCTAssertGreaterThanOrEqual(part.count, 2, "page \(page): \(part.count) line of “\(paragraph[0].text.prefix(12))…” (widow or orphan)")
            }
        }
        XCTAssertGreaterThan(broken, 0, "expected at least one paragraph of \(printed.sample.name) to cross a page")
    }

    private func noHeadingLastOnAPage(_ printed: PrintedSample) throws {
        let lines = printed.lines
        XCTAssertFalse(lines.isEmpty, "\(printed.sample.name): no printed line found")
        for page in Set(lines.map(\.page)).sorted() {
            // The last line above the page number.
            let pageLines = lines.filter { $0.page == page }.dropLast()
            guard let last = pageLines.last else { continue }
            XCTAssertLessThan(last.size, 1.1 * printed.body.em, "page \(page) ends with a heading: “\(last.text)”")
        }
    }
}
