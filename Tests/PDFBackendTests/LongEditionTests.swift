import BriefModel
import BriefReader
import TestSupport
import XCTest

/// An edition eight times a sample: the contents run over more than one page and page
/// numbers reach two digits; every printed number must still be the heading's page.
final class LongEditionTests: XCTestCase {
    static let rounds = 8

    func testContentsOverSeveralPagesStillPrintTheHeadingPages() throws { try longEdition(of: .fixture) }

    /// The same check on the shared sample; skipped (failed on CI) when it is not there.
    func testSharedSample() throws { try longEdition(of: SamplePublication.shared()) }

    private func longEdition(of sample: SamplePublication) throws {
        var briefing = try BriefingReader.read(editionAt: sample.edition)
        let sections = briefing.edition.sections
        briefing.edition.sections = (1...LongEditionTests.rounds).flatMap { round in
            sections.enumerated().map { index, section in
                var copy = section
                copy.id = "r\(round)-\(section.id)"
                copy.subsections = section.subsections.map { subsection in
                    var copy = subsection
                    copy.id = "r\(round)-\(subsection.id)"
                    return copy
                }
                copy.number = section.number.map { $0 + (round - 1) * sections.count }
                copy.title = section.title + [.text("（第 \(round) 轮）")]
                return copy
            }
        }
        let rendered = try RenderedEdition(briefing)
        let check = try Tool.run("qpdf", ["--check", rendered.path])
        XCTAssertEqual(check.status, 0, "qpdf --check:\n\(check.text)\(check.errors)")

        let lines = PrintedText.lines(try PrintedText.chars(ofPDF: rendered.path))
        let pageCount = Set(lines.map(\.page)).count
        XCTAssertGreaterThanOrEqual(pageCount, 10, "expected page numbers to reach two digits")
        let all = PrintedText.withoutPageNumbers(lines).map(\.text).joined().compacted
        let headingLines = lines.filter { $0.size >= 1.1 * 10.5 }
        var checked = 0
        for entry in briefing.edition.contents where entry.level == 1 {
            let title = entry.text.compacted
            guard let range = all.range(of: title) else { XCTFail("目录 lacks “\(entry.text)”"); continue }
            let printed = Int(all[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
            let byPage = Dictionary(grouping: headingLines, by: \.page)
            let page = byPage.keys.sorted().first { byPage[$0]!.map(\.text).joined().compacted.contains(title) }
            XCTAssertEqual(printed, page, "目录 prints \(printed.map(String.init) ?? "nothing") for “\(entry.text)”; the heading is on \(page.map(String.init) ?? "no page")")
            checked += 1
        }
        XCTAssertEqual(checked, sections.count * LongEditionTests.rounds + 1)
        let outline = try LinksAndOutline(pdf: rendered.path)
        XCTAssertEqual(outline.bookmarks.count, briefing.edition.contents.count, "one bookmark per contents entry")
    }
}
