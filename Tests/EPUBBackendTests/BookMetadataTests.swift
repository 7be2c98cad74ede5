import BriefModel
import TestSupport
import XCTest

/// What a shelf and a reader learn from the package document and the language marks: the
/// series and issue, a description, who made the book, and which passages are English.
final class BookMetadataTests: XCTestCase {
    /// The day of `SampleSources.everythingSource`: issue 100, an English reference, a summary.
    private func everythingDay() throws -> (month: SampleSources.Month, opf: ParsedXML, chapter: ParsedXML) {
        let month = try SampleSources.Month(of: .fixture, days: [SampleSources.everythingDay])
        let briefing = Briefing(publication: month.publication, edition: month.editions[0])
        let book = try EPUBBook(try SampleSources.writer().edition(briefing).bytes)
        return (month, try book.xml("OEBPS/content.opf"), try book.xml("OEBPS/text/d20260515.xhtml"))
    }

    private func metas(_ opf: ParsedXML) -> [ParsedXML.Element] { opf.elements("meta") }

    func testDayBelongsToThePublicationSeriesAtItsIssueNumber() throws {
        let (month, opf, _) = try everythingDay()
        let series = try XCTUnwrap(metas(opf).first { $0.attribute("property") == "belongs-to-collection" }, "no belongs-to-collection")
        XCTAssertEqual(series.text(), month.publication.title)
        let id = try XCTUnwrap(series.attribute("id"))
        let refinements = metas(opf).filter { $0.attribute("refines") == "#" + id }
        XCTAssertEqual(refinements.first { $0.attribute("property") == "collection-type" }?.text(), "series")
        XCTAssertEqual(refinements.first { $0.attribute("property") == "group-position" }?.text(), "100", "the issue number")
    }

    func testUnnumberedDayStillBelongsToTheSeriesWithoutAPosition() throws {
        var briefing = try SampleSources.read(.fixture)
        briefing.edition.number = nil
        let opf = try EPUBBook(try SampleSources.writer().edition(briefing).bytes).xml("OEBPS/content.opf")
        XCTAssertEqual(metas(opf).first { $0.attribute("property") == "belongs-to-collection" }?.text(), briefing.publication.title)
        XCTAssertNil(metas(opf).first { $0.attribute("property") == "group-position" }, "no number, no position")
    }

    func testDescriptionIsTheSummaryAsPlainText() throws {
        let briefing = try SampleSources.read(.fixture)
        let opf = try EPUBBook(try SampleSources.writer().edition(briefing).bytes).xml("OEBPS/content.opf")
        let description = opf.elements("description").filter { $0.namespacePrefix == "dc" }.map { $0.text() }
        XCTAssertEqual(description.count, 1, "one dc:description")
        let text = try XCTUnwrap(description.first)
        XCTAssertTrue(text.hasPrefix(SamplePublication.fixture.summaryOpening), "expected the summary, found \(text.prefix(60))")
        for markup in ["**", "[@", "{.summary}", "摘要"] {
            XCTAssertFalse(text.contains(markup), "the description holds source markup or the heading `\(markup)`")
        }
    }

    func testCreatorIsThePublisherAsAuthorAndPublisher() throws {
        let (month, opf, _) = try everythingDay()
        let creators = opf.elements("creator").filter { $0.namespacePrefix == "dc" }
        XCTAssertEqual(creators.map { $0.text() }, [month.publication.publisher])
        let id = try XCTUnwrap(creators.first?.attribute("id"), "the creator needs an id to be refined")
        let roles = metas(opf).filter { $0.attribute("refines") == "#" + id && $0.attribute("property") == "role" }
        XCTAssertEqual(roles.map { $0.text() }, ["aut", "pbl"])
        XCTAssertEqual(Set(roles.map { $0.attribute("scheme") }), ["marc:relators"])
        let contributors = opf.elements("contributor").filter { $0.namespacePrefix == "dc" }
        XCTAssertEqual(contributors.map { $0.text() }, month.publication.producers)
    }

    func testMonthDescribesItsDays() throws {
        let month = try SampleSources.Month(of: .fixture, days: [4, 5])
        let book = try EPUBBook(try SampleSources.writer().bundle(publication: month.publication, editions: month.editions,
                                                                   month: XCTUnwrap(EditionMonth("2026-05"))).bytes)
        let opf = try book.xml("OEBPS/content.opf")
        let description = try XCTUnwrap(opf.elements("description").first { $0.namespacePrefix == "dc" }?.text())
        XCTAssertTrue(description.contains("共 2 期"), "expected the month's span, found \(description.prefix(80))")
        for heading in SamplePublication.fixture.sectionHeadings {
            let title = String(heading.split(separator: "、", maxSplits: 1).last ?? "")
            XCTAssertTrue(description.contains(title), "expected section “\(title)” in the month's description")
        }
        let creators = opf.elements("creator").filter { $0.namespacePrefix == "dc" }
        XCTAssertEqual(creators.map { $0.text() }, [month.publication.publisher])
    }

    /// English passages carry `lang` and `xml:lang`; Chinese text around them does not.
    func testEnglishPassagesAreMarkedEnglish() throws {
        let (_, _, chapter) = try everythingDay()
        let english = chapter.elements("span").filter { $0.attribute("lang") == "en" }
        let texts = english.map { $0.text() }
        XCTAssertTrue(texts.contains { $0.contains("Source B | Second reference") }, "the English reference, found \(texts)")
        XCTAssertTrue(texts.contains("English words across a soft"), "the English sentence, found \(texts)")
        for span in english {
            XCTAssertEqual(span.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"), "en", "xml:lang beside lang")
            XCTAssertFalse(span.text().unicodeScalars.contains { $0.value >= 0x2E80 }, "Chinese inside an English span: \(span.text())")
        }
        XCTAssertFalse(chapter.elements("span").contains { $0.attribute("lang") == "en" && $0.text().count < 2 },
                       "a single Latin letter is not a passage")
    }
}
