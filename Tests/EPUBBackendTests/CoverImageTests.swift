import BriefModel
import Graphics
import TestSupport
import XCTest

/// A book given a cover image lists it as the EPUB 3 `cover-image` and names it for EPUB 2
/// readers, and stays valid; a book without one has neither.
final class CoverImageTests: XCTestCase {
    /// Any PNG will do: the backend carries the picture as bytes.
    private func picture() throws -> [UInt8] { try QRCode(encoding: "https://example.org/cover").png() }

    func testTheDayAndTheMonthListTheirCoverImageAndPassEpubcheck() throws {
        let writer = try SampleSources.writer()
        let briefing = try SampleSources.read(.fixture)
        let month = try SampleSources.Month(of: .fixture, days: [27, 28])
        let cover = try picture()
        let books = [try writer.edition(briefing, cover: cover),
                     try writer.bundle(publication: month.publication, editions: month.editions,
                                       month: try XCTUnwrap(EditionMonth("2026-05")), cover: cover)]
        for file in books {
            let book = try EPUBBook(file.bytes)
            let opf = try book.xml("OEBPS/content.opf")
            let items = opf.elements("item").filter { $0.attribute("properties") == "cover-image" }
            XCTAssertEqual(items.map { $0.attribute("href") }, ["images/cover.png"], file.name)
            XCTAssertEqual(items.first?.attribute("media-type"), "image/png")
            let meta = opf.elements("meta").filter { $0.attribute("name") == "cover" }
            XCTAssertEqual(meta.map { $0.attribute("content") }, [items.first?.attribute("id")], "\(file.name): EPUB 2 cover meta")
            XCTAssertEqual([UInt8](try book.data("OEBPS/images/cover.png")), cover, "\(file.name): the picture as given")
            let report = try EPUBCheck.check(book.archivePath)
            XCTAssertEqual(report.problems, [], "\(file.name): expected no epubcheck errors or warnings, found:\n\(report.output)")
            XCTAssertEqual(report.status, 0, report.output)
        }
    }

    func testABookWithoutACoverImageHasNoCoverEntries() throws {
        let book = try EPUBBook(try SampleSources.writer().edition(try SampleSources.read(.fixture)).bytes)
        let opf = try book.xml("OEBPS/content.opf")
        XCTAssertTrue(opf.elements("item").allSatisfy { $0.attribute("properties") != "cover-image" })
        XCTAssertTrue(opf.elements("meta").allSatisfy { $0.attribute("name") != "cover" })
    }
}
