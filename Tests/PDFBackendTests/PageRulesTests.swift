import XCTest

/// clreq's page rules (§5) on the printed sample: no widows, no orphans, no heading at the
/// foot of a page.
final class PageRulesTests: XCTestCase {
    var edition: RenderedEdition!

    override func setUpWithError() throws {
        edition = try RenderedEdition.sample.get()
    }

    func testParagraphsBrokenAcrossPagesKeepTwoLinesOnEachSide() throws {
        let lines = PrintedText.lines(try PrintedText.chars(ofPDF: edition.path))
        let body = BodyParagraphs(lines: lines, sources: SourceParagraphs.body(edition.briefing))
        var broken = 0
        for paragraph in body.paragraphs {
            let pages = Dictionary(grouping: paragraph, by: \.page)
            guard pages.count > 1 else { continue }
            broken += 1
            for (page, part) in pages {
                XCTAssertGreaterThanOrEqual(part.count, 2, "page \(page): \(part.count) line of “\(paragraph[0].text.prefix(12))…” (widow or orphan)")
            }
        }
        XCTAssertGreaterThan(broken, 0, "expected at least one paragraph of the sample to cross a page")
    }

    func testNoHeadingStandsLastOnAPage() throws {
        let lines = PrintedText.lines(try PrintedText.chars(ofPDF: edition.path))
        let body = BodyParagraphs(lines: lines, sources: SourceParagraphs.body(edition.briefing))
        for page in Set(lines.map(\.page)).sorted() {
            // The last line above the page number.
            let pageLines = lines.filter { $0.page == page }.dropLast()
            guard let last = pageLines.last else { continue }
            XCTAssertLessThan(last.size, 1.1 * body.em, "page \(page) ends with a heading: “\(last.text)”")
        }
    }
}
