import BriefModel
@testable import EPUBBackend
import XCTest

/// `briefpress bundle PUB --month 2026-05`: every edition of a month in one EPUB.
final class MonthBundleTests: XCTestCase {
    /// One month read once for all tests of this class (reading 22 editions is the slow part).
    static let month = try! SampleSources.Month(days: SampleSources.bundleDays)

    private func bundleBook() throws -> (OutputFile, EPUBBook) {
        let month = MonthBundleTests.month
        let file = try SampleSources.writer().bundle(publication: month.publication, editions: month.editions.reversed(), month: EditionMonth("2026-05")!)
        return (file, try EPUBBook(file.bytes))
    }

    func testBundleOfTwentyTwoEditionsPassesEpubcheckWithoutErrorsOrWarnings() throws {
        let (file, book) = try bundleBook()
        XCTAssertEqual(file.name, "2026-05.epub")
        let report = try EPUBCheck.check(book.archivePath)
        print("epubcheck on the \(SampleSources.bundleDays.count)-edition bundle (\(file.bytes.count) bytes) took \(String(format: "%.1f", report.seconds)) s")
        XCTAssertEqual(report.problems, [], "expected no epubcheck errors or warnings, found:\n\(report.output)")
        XCTAssertEqual(report.status, 0, "epubcheck exit status; output:\n\(report.output)")
    }

    func testNavListsEveryEditionInDateOrderWithEverySection() throws {
        let (_, book) = try bundleBook()
        let nav = try book.xml("OEBPS/nav.xhtml")
        let toc = try XCTUnwrap(nav.elements("nav").first { $0.attribute("id") == "toc" })
        let days = try XCTUnwrap(toc.children.first { $0.name == "ol" }).children
        XCTAssertEqual(days.count, SampleSources.bundleDays.count + 1, "one entry per edition, then the contact page")
        for (i, edition) in MonthBundleTests.month.editions.enumerated() {
            let entry = days[i]
            let link = try XCTUnwrap(entry.children.first { $0.name == "a" })
            XCTAssertEqual(link.attribute("href"), "text/d\(edition.date.compact).xhtml", "edition \(i + 1) of the nav")
            XCTAssertTrue(link.text().hasPrefix(edition.date.chineseShort), "day label \(link.text())")
            let sections = entry.children.first { $0.name == "ol" }?.children.map { $0.text() } ?? []
            XCTAssertEqual(sections, edition.sections.map(\.headingText) + ["参考文献"], "sections of \(edition.date)")
        }
        XCTAssertEqual(days.last?.text(), "联系我们，请扫描二维码")
        // The NCX holds the same tree.
        let ncx = try book.xml("OEBPS/toc.ncx")
        let points = try XCTUnwrap(ncx.elements("navMap").first).children
        XCTAssertEqual(points.count, days.count, "top-level NCX entries")
    }

    func testEveryLinkOfTheBundleResolvesAndContactPageComesOnceAtTheEnd() throws {
        let (_, book) = try bundleBook()
        let counts = try LinkCheck.assertAllInternalLinksResolve(in: book)
        XCTAssertGreaterThan(counts.noterefs, 11 * (SampleSources.bundleDays.count - 1), "note references in the bundle")
        let opf = try book.xml("OEBPS/content.opf")
        let spine = opf.elements("itemref").map { $0.attribute("idref") ?? "" }
        let expected = ["cover", "nav"] + SampleSources.bundleDays.map { String(format: "d202605%02d", $0) } + ["contact"]
        XCTAssertEqual(spine, expected, "reading order")
    }

    func testEveryChapterHoldsItsSourceParagraphs() throws {
        let (_, book) = try bundleBook()
        for day in SampleSources.bundleDays {
            let chapter = try book.xml(String(format: "OEBPS/text/d202605%02d.xhtml", day))
            let missing = SourceParagraphs.missing(from: chapter, source: try MonthBundleTests.month.sourceText(day: day))
            XCTAssertEqual(missing, [], "source paragraphs of 2026-05-\(day) not found in its chapter")
        }
    }

    func testEveryBlockTypeIsWrittenAsItsXHTMLElement() throws {
        let (_, book) = try bundleBook()
        let chapter = try book.xml(String(format: "OEBPS/text/d202605%02d.xhtml", SampleSources.everythingDay))
        for name in ["ul", "ol", "blockquote", "table", "thead", "figure", "figcaption", "img", "pre", "code", "hr", "br",
                     "strong", "em", "del", "h3"] {
            XCTAssertFalse(chapter.elements(name).isEmpty, "expected a <\(name)> in the chapter using every block type")
        }
        XCTAssertEqual(chapter.elements("ol").first { $0.attribute("start") != nil }?.attribute("start"), "3", "ordered list starting at 3")
        let citation = chapter.elements("sup").map { $0.text() }.first { $0.contains("–") }
        XCTAssertEqual(citation, "1–3", "three consecutive references print as a range")
        let tied = chapter.elements("span").filter { $0.attribute("class") == "nobreak" }.map { $0.text() }
        XCTAssertTrue(tied.contains("块1"), "a citation is tied to the character before it; tied runs: \(tied)")
        let figure = try XCTUnwrap(chapter.elements("figcaption").first)
        XCTAssertEqual(figure.text(), "图 1 示意图：一个二维码")
        let text = SourceParagraphs.squeeze(chapter.root.text())
        XCTAssertTrue(text.contains("softbreakstayapart,中文软换行不加空格"), "soft breaks")
        XCTAssertTrue(chapter.root.text().contains("soft break stay"), "a soft break between Latin words is a space")
        XCTAssertTrue(chapter.root.text().contains("中文软换行不加空格"), "a soft break between hanzi is nothing")
        let header = try XCTUnwrap(chapter.elements("header").first).children.map { $0.text() }
        XCTAssertEqual(header.last, "2026 年 5 月 15 日 第 110 期", "date and issue number")
    }

    func testSeriesMetadataAndMonthIdentifier() throws {
        let (_, book) = try bundleBook()
        let opf = try book.xml("OEBPS/content.opf")
        let metas = opf.elements("meta")
        XCTAssertEqual(metas.first { $0.attribute("property") == "belongs-to-collection" }?.text(), "新质生产力每日动态")
        XCTAssertEqual(metas.first { $0.attribute("property") == "collection-type" }?.text(), "series")
        XCTAssertEqual(metas.first { $0.attribute("property") == "dcterms:modified" }?.text(), "2026-05-31T00:00:00Z")
        XCTAssertEqual(opf.elements("title").map { $0.text() }, ["新质生产力每日动态 2026 年 5 月"])
        XCTAssertEqual(opf.elements("identifier").map { $0.text() },
                       [StableIdentifier.urn(publicationTitle: "新质生产力每日动态", key: "2026-05")])
    }

    func testTwoBundleBuildsGiveIdenticalBytes() throws {
        let month = MonthBundleTests.month
        let writer = try SampleSources.writer()
        let start = Date()
        let a = try writer.bundle(publication: month.publication, editions: month.editions, month: EditionMonth("2026-05")!)
        print("bundling \(month.editions.count) editions took \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        let b = try writer.bundle(publication: month.publication, editions: month.editions.shuffled(), month: EditionMonth("2026-05")!)
        XCTAssertTrue(a.bytes == b.bytes, "two bundles of the same editions differ (\(a.bytes.count) vs \(b.bytes.count) bytes)")
    }

    func testBundleRefusesEditionsOfAnotherMonthAndAnEmptyMonth() throws {
        let month = MonthBundleTests.month
        let writer = try SampleSources.writer()
        XCTAssertThrowsError(try writer.bundle(publication: month.publication, editions: month.editions, month: EditionMonth("2026-06")!)) {
            XCTAssertEqual($0 as? EPUBError, .editionOutsideMonth(date: "2026-05-01", month: "2026-06"))
        }
        XCTAssertThrowsError(try writer.bundle(publication: month.publication, editions: [], month: EditionMonth("2026-05")!)) {
            XCTAssertEqual($0 as? EPUBError, .emptyBundle(month: "2026-05"))
        }
    }
}
