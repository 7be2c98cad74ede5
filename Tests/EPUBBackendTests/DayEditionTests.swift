import BriefModel
import BriefReader
import Digests
@testable import EPUBBackend
import XCTest

/// `briefpress build EDITION --format epub`: one edition as a valid, navigable EPUB.
final class DayEditionTests: XCTestCase {
    func testSampleDayPassesEpubcheckWithoutErrorsOrWarnings() throws {
        let file = try SampleSources.writer().edition(try SampleSources.sample())
        XCTAssertEqual(file.name, "2026-05-28.epub")
        let book = try EPUBBook(file.bytes)
        let report = try EPUBCheck.check(book.archivePath)
        print("epubcheck on the day EPUB took \(String(format: "%.1f", report.seconds)) s")
        XCTAssertEqual(report.problems, [], "expected no epubcheck errors or warnings, found:\n\(report.output)")
        XCTAssertEqual(report.status, 0, "epubcheck exit status; output:\n\(report.output)")
    }

    func testNavListsEverySectionAndTheReferencesThenTheContactPage() throws {
        let briefing = try SampleSources.sample()
        let book = try EPUBBook(try SampleSources.writer().edition(briefing).bytes)
        let nav = try book.xml("OEBPS/nav.xhtml")
        let toc = try XCTUnwrap(nav.elements("nav").first { $0.attribute("type", namespace: XHTMLPage.epubNamespace) == "toc" })
        let top = try XCTUnwrap(toc.children.first { $0.name == "ol" }).children.map { $0.children.first { $0.name == "a" }!.text() }
        let expected = briefing.edition.sections.map(\.headingText) + ["参考文献", "联系我们，请扫描二维码"]
        XCTAssertEqual(top, expected, "top-level contents entries")
        XCTAssertEqual(expected.first, "一、南繁硅谷论坛突出数字智能育种，农业新质生产力从实验室走向产业链")
    }

    func testEveryInternalLinkOfTheDayResolves() throws {
        let book = try EPUBBook(try SampleSources.writer().edition(try SampleSources.sample()).bytes)
        let checked = try LinkCheck.assertAllInternalLinksResolve(in: book)
        // The sample cites 11 references in 10 citations: 11 noterefs, 11 backlinks at least.
        XCTAssertGreaterThanOrEqual(checked.noterefs, 11, "note references found")
        XCTAssertGreaterThanOrEqual(checked.backlinks, 11, "backlinks found")
    }

    func testChapterTextHoldsEverySourceParagraph() throws {
        let book = try EPUBBook(try SampleSources.writer().edition(try SampleSources.sample()).bytes)
        let chapter = try book.xml("OEBPS/text/d20260528.xhtml")
        let missing = SourceParagraphs.missing(from: chapter, source: try SampleSources.sampleSource())
        XCTAssertEqual(missing, [], "source paragraphs not found in the chapter text")
    }

    func testTitleBlockShowsPublisherProducersAndChineseDate() throws {
        let book = try EPUBBook(try SampleSources.writer().edition(try SampleSources.sample()).bytes)
        let chapter = try book.xml("OEBPS/text/d20260528.xhtml")
        let header = try XCTUnwrap(chapter.elements("header").first)
        let lines = header.children.map { $0.text() }
        XCTAssertEqual(lines, ["新质生产力每日动态", "中国高技术产业发展促进会新质生产力工作委员会",
                               "博雅云创 & 中科创新驱动", "2026 年 5 月 28 日"])
    }

    func testReferenceEntriesOpenWithTheirBacklinkAndPrintEveryField() throws {
        let book = try EPUBBook(try SampleSources.writer().edition(try SampleSources.sample()).bytes)
        let chapter = try book.xml("OEBPS/text/d20260528.xhtml")
        let notes = chapter.elements("li").filter { $0.attribute("type", namespace: XHTMLPage.epubNamespace) == "endnote" }
        XCTAssertEqual(notes.count, 11, "reference entries")
        let first = try XCTUnwrap(notes.first?.children.first?.children.first)
        XCTAssertEqual(first.name, "a", "first element of an entry")
        XCTAssertEqual(first.attribute("role"), "doc-backlink")
        XCTAssertEqual(notes.first?.text(), "1. 国家发展改革委 | 2026 种子大会暨南繁硅谷论坛在三亚开幕 | 2026-05-27 | 核验数字智能论坛、AI 与全基因组选择等种业创新内容。")
    }

    func testPackageMetadataIsStableAndComesFromTheContent() throws {
        let writer = try SampleSources.writer()
        let briefing = try SampleSources.sample()
        let opf = try EPUBBook(try writer.edition(briefing).bytes).xml("OEBPS/content.opf")
        func dc(_ name: String) -> [String] {
            opf.elements(name).filter { $0.namespacePrefix == "dc" }.map { $0.text() }
        }
        XCTAssertEqual(dc("title"), ["新质生产力每日动态 2026 年 5 月 28 日"])
        XCTAssertEqual(dc("language"), ["zh-CN"])
        XCTAssertEqual(dc("publisher"), ["中国高技术产业发展促进会新质生产力工作委员会"])
        XCTAssertEqual(dc("date"), ["2026-05-28"])
        XCTAssertEqual(dc("identifier"), [StableIdentifier.urn(publicationTitle: "新质生产力每日动态", key: "2026-05-28")])
        let modified = opf.elements("meta").filter { $0.attribute("property") == "dcterms:modified" }.map { $0.text() }
        XCTAssertEqual(modified, ["2026-05-28T00:00:00Z"])

        var otherDay = briefing
        otherDay.edition.date = EditionDate("2026-05-29")!
        let other = try EPUBBook(try writer.edition(otherDay).bytes).xml("OEBPS/content.opf")
        XCTAssertNotEqual(other.elements("identifier").map { $0.text() }, dc("identifier"), "another day needs another identifier")
    }

    func testSourceDateEpochOverridesModifiedAndZipTimes() throws {
        // 2026-06-01T08:30:00Z
        let file = try SampleSources.writer(sourceDate: UTCTimestamp(secondsSinceEpoch: 1_780_302_600)).edition(try SampleSources.sample())
        let book = try EPUBBook(file.bytes)
        let modified = try book.xml("OEBPS/content.opf").elements("meta")
            .filter { $0.attribute("property") == "dcterms:modified" }.map { $0.text() }
        XCTAssertEqual(modified, ["2026-06-01T08:30:00Z"])
        let listing = try Tool.run("zipinfo", ["-T", "-l", book.archivePath]).output
        XCTAssertTrue(listing.contains("20260601.083000"), "zip entry times should be SOURCE_DATE_EPOCH; zipinfo says:\n\(listing)")
        let unset = try EPUBBook(try SampleSources.writer(sourceDate: nil).edition(try SampleSources.sample()).bytes)
        XCTAssertEqual(try unset.xml("OEBPS/content.opf").elements("meta").filter { $0.attribute("property") == "dcterms:modified" }
            .map { $0.text() }, ["2026-05-28T00:00:00Z"], "without a source date, the edition's day")
    }

    func testContainerStartsWithStoredMimetypeAndSortsTheRest() throws {
        let file = try SampleSources.writer().edition(try SampleSources.sample())
        let book = try EPUBBook(file.bytes)
        XCTAssertEqual(book.entries.first, "mimetype")
        XCTAssertEqual(Array(book.entries.dropFirst()), book.entries.dropFirst().sorted(), "entries after mimetype")
        // Local header: method 0 (stored) at offset 8, no extra field at 28, "mimetype" then the media type.
        XCTAssertEqual(file.bytes[8], 0, "mimetype compression method")
        XCTAssertEqual(file.bytes[28], 0, "mimetype extra field length")
        XCTAssertEqual(String(decoding: file.bytes[30..<38], as: UTF8.self), "mimetype")
        XCTAssertEqual(String(decoding: file.bytes[38..<58], as: UTF8.self), "application/epub+zip")
        let listing = try Tool.run("zipinfo", ["-T", "-l", book.archivePath]).output
        XCTAssertTrue(listing.contains("19800101.000000"), "default zip time is 1980-01-01; zipinfo says:\n\(listing)")
        XCTAssertTrue(book.entries.contains("OEBPS/images/" + "qr-" + String(SHA1.digest(Array("https://gyznswn.cn".utf8)).hex.prefix(12)) + ".png"),
                      "the website's QR code is in the book: \(book.entries)")
    }

    func testTwoBuildsGiveIdenticalBytes() throws {
        let briefing = try SampleSources.sample()
        let a = try SampleSources.writer().edition(briefing)
        let b = try SampleSources.writer().edition(try SampleSources.sample())
        XCTAssertEqual(a.bytes.count, b.bytes.count)
        XCTAssertTrue(a.bytes == b.bytes, "two builds of the same edition differ")
    }

    func testLayoutWithoutStylesheetIsRefused() {
        XCTAssertThrowsError(try EPUBWriter(layout: Layout(name: "bare", files: [:]))) { error in
            XCTAssertEqual(error as? EPUBError, .missingStylesheet(layout: "bare"))
        }
    }

    func testStylesheetComesFromTheLayout() throws {
        var layout = SampleSources.layout
        layout.files["epub.css"] = Array("p { text-indent: 3em; }\n".utf8)
        let book = try EPUBBook(try EPUBWriter(layout: layout).edition(try SampleSources.sample()).bytes)
        XCTAssertEqual(String(decoding: try book.data("OEBPS/css/epub.css"), as: UTF8.self), "p { text-indent: 3em; }\n")
    }
}
